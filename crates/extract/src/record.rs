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
    /// Actors found in the sentence.
    pub actors: Vec<ActorRecord>,
}

/// One actor mention as written in output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// CAMEO actor code on the article date.
    pub code: String,
    /// The mention as repaired.
    pub text: String,
    /// Span in the original article text.
    pub span: Span,
    /// The dictionary text that matched.
    pub entry: String,
    /// Canonical name, for people.
    pub canonical: Option<String>,
    /// `exact`, `alias` or `fuzzy`.
    pub matched: String,
}
