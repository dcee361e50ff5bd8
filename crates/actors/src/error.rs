//! Errors found in dictionary files.

use std::fmt;

/// What is wrong with a dictionary line.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DictErrorKind {
    /// Too few or too many tab-separated columns.
    Columns {
        /// Columns expected.
        expected: usize,
        /// Columns found.
        found: usize,
    },
    /// A column holds a value outside its vocabulary.
    BadValue {
        /// Column name.
        column: &'static str,
        /// The value found.
        value: String,
    },
    /// A date that is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or a range
    /// that ends before it starts.
    BadDate(String),
    /// The same text is given two different codes.
    Conflict {
        /// The text.
        text: String,
        /// The code given first, with its place.
        first: String,
        /// The code given here.
        second: String,
    },
}

/// A problem at one line of one dictionary file.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub struct DictError {
    /// File name as given to the parser.
    pub file: String,
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub kind: DictErrorKind,
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: ", self.file, self.line)?;
        match &self.kind {
            DictErrorKind::Columns { expected, found } => {
                write!(f, "expected {expected} tab-separated columns, found {found}")
            }
            DictErrorKind::BadValue { column, value } => write!(f, "bad {column} {value:?}"),
            DictErrorKind::BadDate(d) => {
                write!(f, "bad date {d:?} (want YYYY, YYYY-MM or YYYY-MM-DD, start before end)")
            }
            DictErrorKind::Conflict { text, first, second } => {
                write!(f, "{text:?} coded {second} here but {first} before")
            }
        }
    }
}
