//! Problems found while importing.

/// A line that could not be read, or a pattern dyad cannot match.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {what}")]
pub struct ImportError {
    /// The file as named to the reader.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub what: String,
}

impl ImportError {
    pub(crate) fn new(file: &str, line: usize, what: impl Into<String>) -> ImportError {
        ImportError { file: file.to_string(), line, what: what.into() }
    }
}
