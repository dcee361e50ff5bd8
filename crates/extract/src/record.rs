//! Owned output records.

use dyad_types::{Repair, Span};
use serde::{Deserialize, Serialize};

/// One sentence as `dyad code` writes it (until events land, a record per
/// sentence).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceRecord {
    /// Article id.
    pub article_id: String,
    /// 0-based sentence index in the article.
    pub sentence: usize,
    /// Article date (`YYYY-MM-DD`), when known.
    pub date: Option<String>,
    /// Span of the sentence in the original article text.
    pub span: Span,
    /// The repaired sentence text.
    pub text: String,
    /// The original bytes of the sentence.
    pub original: String,
    /// Repairs made inside the sentence.
    pub repairs: Vec<Repair>,
}
