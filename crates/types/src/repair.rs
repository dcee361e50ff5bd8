//! What the normalizer changed, and where.

use crate::Span;
use serde::{Deserialize, Serialize};

/// The class of noise a repair fixes (the table in DESIGN.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RepairKind {
    /// Metadata prefix such as `date 2025-05-05 ` read as the article date.
    MetadataPrefix,
    /// Two words glued at a hyperlink seam, split with a space.
    GluedWords,
    /// A possessive that lost its apostrophe (`Chinas` → `China's`).
    LostApostrophe,
    /// A word in damaged case (`XIS`, `XI`) given its usual case.
    CaseDamage,
    /// Scraped junk at the end of the text, dropped.
    TrailingJunk,
    /// A sequence changed by Unicode NFC composition.
    UnicodeNfc,
    /// Curly quote or apostrophe made straight.
    CurlyQuote,
    /// A word hyphenated across a line end, joined.
    Hyphenation,
    /// Runs of whitespace, control characters or NUL collapsed to one space.
    Whitespace,
    /// Byte-order mark removed.
    Bom,
}

impl RepairKind {
    /// Stable snake_case name, as written in JSON output.
    pub fn as_str(&self) -> &'static str {
        match self {
            RepairKind::MetadataPrefix => "metadata_prefix",
            RepairKind::GluedWords => "glued_words",
            RepairKind::LostApostrophe => "lost_apostrophe",
            RepairKind::CaseDamage => "case_damage",
            RepairKind::TrailingJunk => "trailing_junk",
            RepairKind::UnicodeNfc => "unicode_nfc",
            RepairKind::CurlyQuote => "curly_quote",
            RepairKind::Hyphenation => "hyphenation",
            RepairKind::Whitespace => "whitespace",
            RepairKind::Bom => "bom",
        }
    }
}

/// One edit: the bytes at `original` in the original text were replaced by
/// `replacement` in the repaired text. `original_text` keeps the replaced
/// bytes so that the original can be rebuilt from the repaired text alone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repair {
    /// What kind of noise this fixes.
    pub kind: RepairKind,
    /// The replaced bytes, as a span of the original text.
    pub original: Span,
    /// The replaced bytes themselves (empty for a pure insertion).
    pub original_text: String,
    /// What stands in their place in the repaired text (may be empty).
    pub replacement: String,
}
