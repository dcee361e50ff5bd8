//! What the caller can choose: input format, JSON field names, record cap.

use std::fmt;
use std::str::FromStr;

/// How the bytes of one input are split into articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// One JSON object per line (JSON Lines / NDJSON).
    Jsonl,
    /// One article per file (or per stdin).
    Text,
    /// One article per non-blank line.
    Lines,
    /// WARC archive; HTML `response` records become articles.
    Warc,
}

impl InputFormat {
    /// The name used on the command line (`jsonl`, `text`, `lines`, `warc`).
    pub fn as_str(&self) -> &'static str {
        match self {
            InputFormat::Jsonl => "jsonl",
            InputFormat::Text => "text",
            InputFormat::Lines => "lines",
            InputFormat::Warc => "warc",
        }
    }
}

impl fmt::Display for InputFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The error of parsing an [`InputFormat`] from a string.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown input format {0:?} (expected one of: jsonl, text, lines, warc)")]
pub struct UnknownFormat(pub String);

impl FromStr for InputFormat {
    type Err = UnknownFormat;

    fn from_str(s: &str) -> Result<InputFormat, UnknownFormat> {
        match s.trim().to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" | "json" => Ok(InputFormat::Jsonl),
            "text" | "txt" => Ok(InputFormat::Text),
            "lines" => Ok(InputFormat::Lines),
            "warc" => Ok(InputFormat::Warc),
            _ => Err(UnknownFormat(s.to_string())),
        }
    }
}

/// Names of the JSONL fields that map onto [`dyad_types::Article`] fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldNames {
    /// Field holding the article id (string or number).
    pub id: String,
    /// Field holding the publication date (`YYYY-MM-DD...`).
    pub date: String,
    /// Field holding the headline.
    pub title: String,
    /// Field holding the body text (required).
    pub text: String,
    /// Field holding the article URL.
    pub url: String,
    /// Field holding the publisher or feed name.
    pub source: String,
}

impl Default for FieldNames {
    fn default() -> FieldNames {
        FieldNames {
            id: "id".into(),
            date: "date".into(),
            title: "title".into(),
            text: "text".into(),
            url: "url".into(),
            source: "source".into(),
        }
    }
}

/// Options of a [`crate::Reader`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// Force one format for every input; `None` chooses per file by
    /// extension, then by sniffing the first bytes.
    pub format: Option<InputFormat>,
    /// JSONL field names.
    pub fields: FieldNames,
    /// Largest record (JSONL line, text line, text file, WARC record body)
    /// read into memory, in bytes; larger ones are skipped.
    pub max_record_bytes: usize,
}

/// Default for [`ReadOptions::max_record_bytes`]: 8 MiB.
pub const DEFAULT_MAX_RECORD_BYTES: usize = 8 * 1024 * 1024;

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions { format: None, fields: FieldNames::default(), max_record_bytes: DEFAULT_MAX_RECORD_BYTES }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_round_trips_through_str() {
        for f in [InputFormat::Jsonl, InputFormat::Text, InputFormat::Lines, InputFormat::Warc] {
            assert_eq!(f.as_str().parse::<InputFormat>(), Ok(f));
        }
        assert_eq!("NDJSON".parse::<InputFormat>(), Ok(InputFormat::Jsonl));
        let err = "csv".parse::<InputFormat>().unwrap_err();
        assert!(err.to_string().contains("\"csv\""));
    }

    #[test]
    fn defaults() {
        let o = ReadOptions::default();
        assert_eq!(o.format, None);
        assert_eq!(o.max_record_bytes, 8 << 20);
        assert_eq!(o.fields.text, "text");
        assert_eq!(o.fields.source, "source");
    }
}
