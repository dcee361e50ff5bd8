//! Problems in verb-pattern files.

/// What is wrong with a verb-pattern line.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum VerbErrorKind {
    /// Too few or too many tab-separated columns.
    #[error("expected {expected} tab-separated columns, found {found}")]
    Columns {
        /// Columns expected.
        expected: usize,
        /// Columns found.
        found: usize,
    },
    /// The event code is not 2–4 digits.
    #[error("bad event code {0:?}")]
    BadCode(String),
    /// The head is empty or malformed.
    #[error("bad head {0:?}")]
    BadHead(String),
    /// A frame item that cannot be read.
    #[error("bad frame item {0:?}")]
    BadFrame(String),
    /// A `&GROUP` that no groups file defines.
    #[error("undefined word group &{0}")]
    UndefinedGroup(String),
    /// The same head and frame given twice.
    #[error("duplicate pattern {head} {frame:?} (first at {first})")]
    Duplicate {
        /// Head.
        head: String,
        /// Frame as written.
        frame: String,
        /// Where it was first given.
        first: String,
    },
}

/// A problem at one line of one verb-pattern file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {kind}")]
pub struct VerbError {
    /// File name as given.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub kind: VerbErrorKind,
}
