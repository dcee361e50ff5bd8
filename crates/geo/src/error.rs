//! Errors of the gazetteer reader.

/// A malformed gazetteer row.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {what}")]
pub struct GeoError {
    /// The file read.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What was wrong.
    pub what: String,
}
