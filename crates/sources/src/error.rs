//! Why a record or a file was skipped, and what was noticed on the way.

use std::fmt;
use std::io;

/// Something worth telling that did not stop an article from being read
/// (or, like `empty file`, did not deserve an error).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Where: `file`, `file:line` or `file#record`.
    pub origin: String,
    /// What was noticed.
    pub message: String,
}

impl Warning {
    pub(crate) fn new(origin: impl Into<String>, message: impl Into<String>) -> Warning {
        Warning { origin: origin.into(), message: message.into() }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// A record or a whole input that could not be read. Its `Display` always
/// starts with the origin (`file: `, `file:line: ` or `file#record: `) and
/// then says what was wrong.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SourceError {
    /// The path could not be opened or read (missing, permission denied, ...).
    #[error("{origin}: {source}")]
    Io {
        /// The file.
        origin: String,
        /// The I/O error.
        #[source]
        source: io::Error,
    },
    /// A gzip or zstd stream is damaged; records before the damage were read.
    #[error("{origin}: corrupt {codec} stream: {message}")]
    Corrupt {
        /// The file.
        origin: String,
        /// `gzip` or `zstd`.
        codec: &'static str,
        /// What the decoder reported.
        message: String,
    },
    /// The file holds binary data, not text.
    #[error("{origin}: binary file ({reason})")]
    Binary {
        /// The file.
        origin: String,
        /// Why it was judged binary.
        reason: String,
    },
    /// A record larger than [`crate::ReadOptions::max_record_bytes`].
    #[error("{origin}: record of {size} bytes exceeds the cap of {cap} bytes")]
    TooLarge {
        /// The record.
        origin: String,
        /// Its size in bytes.
        size: u64,
        /// The cap in force.
        cap: usize,
    },
    /// A JSONL line that is not valid JSON.
    #[error("{origin}: invalid JSON: {message}")]
    InvalidJson {
        /// The record.
        origin: String,
        /// The parser's message.
        message: String,
    },
    /// A JSONL record without the (configured) text field.
    #[error("{origin}: missing field \"{field}\"")]
    MissingField {
        /// The record.
        origin: String,
        /// The field name.
        field: String,
    },
    /// A JSONL field of the wrong type or an unusable value.
    #[error("{origin}: field \"{field}\" {problem}")]
    BadField {
        /// The record.
        origin: String,
        /// The field name.
        field: String,
        /// What is wrong with it.
        problem: String,
    },
    /// A record that breaks its format (WARC framing, HTTP payload, ...).
    #[error("{origin}: {message}")]
    Malformed {
        /// The record.
        origin: String,
        /// What is wrong.
        message: String,
    },
}

impl SourceError {
    /// Where the error happened: `file`, `file:line` or `file#record`.
    pub fn origin(&self) -> &str {
        match self {
            SourceError::Io { origin, .. }
            | SourceError::Corrupt { origin, .. }
            | SourceError::Binary { origin, .. }
            | SourceError::TooLarge { origin, .. }
            | SourceError::InvalidJson { origin, .. }
            | SourceError::MissingField { origin, .. }
            | SourceError::BadField { origin, .. }
            | SourceError::Malformed { origin, .. } => origin,
        }
    }

    /// Maps an I/O error met while reading `file`: a decoder's error
    /// becomes [`SourceError::Corrupt`], anything else [`SourceError::Io`].
    pub(crate) fn from_io(file: &str, err: io::Error) -> SourceError {
        if let Some(c) = err.get_ref().and_then(|e| e.downcast_ref::<CorruptStream>()) {
            return SourceError::Corrupt { origin: file.to_string(), codec: c.codec, message: c.message.clone() };
        }
        SourceError::Io { origin: file.to_string(), source: err }
    }

    pub(crate) fn malformed(origin: impl Into<String>, message: impl Into<String>) -> SourceError {
        SourceError::Malformed { origin: origin.into(), message: message.into() }
    }
}

/// Marker carried inside an [`io::Error`] by the decompressing readers, so
/// that a damaged stream is told apart from a failing disk.
#[derive(Debug)]
pub(crate) struct CorruptStream {
    pub(crate) codec: &'static str,
    pub(crate) message: String,
}

impl fmt::Display for CorruptStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "corrupt {} stream: {}", self.codec, self.message)
    }
}

impl std::error::Error for CorruptStream {}

impl CorruptStream {
    pub(crate) fn io(codec: &'static str, message: impl fmt::Display) -> io::Error {
        io::Error::new(io::ErrorKind::InvalidData, CorruptStream { codec, message: message.to_string() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_start_with_origin() {
        let e = SourceError::TooLarge { origin: "a.jsonl:3".into(), size: 10, cap: 5 };
        assert_eq!(e.to_string(), "a.jsonl:3: record of 10 bytes exceeds the cap of 5 bytes");
        assert_eq!(e.origin(), "a.jsonl:3");
        let e = SourceError::MissingField { origin: "a.jsonl:1".into(), field: "text".into() };
        assert_eq!(e.to_string(), "a.jsonl:1: missing field \"text\"");
        let w = Warning::new("x.txt", "empty file");
        assert_eq!(w.to_string(), "x.txt: empty file");
    }

    #[test]
    fn decoder_errors_become_corrupt() {
        let e = SourceError::from_io("a.gz", CorruptStream::io("gzip", "bad header"));
        assert_eq!(e.to_string(), "a.gz: corrupt gzip stream: bad header");
        let e = SourceError::from_io("a", io::Error::new(io::ErrorKind::NotFound, "gone"));
        assert_eq!(e.to_string(), "a: gone");
    }
}
