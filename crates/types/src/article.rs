//! One news article as a source yields it.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A stable article identifier: the id the input gave, else a content hash.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ArticleId(pub String);

impl ArticleId {
    /// Id derived from the article's content, stable across runs and
    /// machines: `h` followed by 16 hex digits of a 64-bit FNV-1a hash of the
    /// text (FNV because it is fixed by definition, unlike `std`'s hasher).
    pub fn from_content(text: &str) -> ArticleId {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in text.as_bytes() {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        ArticleId(format!("h{h:016x}"))
    }

    /// The id as a string.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ArticleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A dated news article. `text` is the original text every [`crate::Span`]
/// points into; nothing downstream rewrites it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Article {
    /// Stable id (given by the input, else [`ArticleId::from_content`]).
    pub id: ArticleId,
    /// Publication date as `YYYY-MM-DD`, when known.
    pub date: Option<String>,
    /// Headline, when the input has one apart from the text.
    pub title: Option<String>,
    /// Body text, exactly as read (after lossy UTF-8 decoding).
    pub text: String,
    /// Where the article was published, when known.
    pub url: Option<String>,
    /// Publisher or feed name, when known.
    pub source: Option<String>,
    /// Where dyad read it: `file` or `file:line` or `file#record`.
    pub origin: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_id_is_stable_and_distinct() {
        let a = ArticleId::from_content("Xi met Putin.");
        assert_eq!(a, ArticleId::from_content("Xi met Putin."));
        assert_ne!(a, ArticleId::from_content("Xi met Putin!"));
        assert_eq!(a.as_str().len(), 17);
        // Pinned so that ids never change between releases.
        assert_eq!(ArticleId::from_content("").as_str(), "hcbf29ce484222325");
    }
}
