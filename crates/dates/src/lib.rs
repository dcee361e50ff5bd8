//! When: the time expressions of news text, resolved to calendar dates.
//!
//! Owns calendar arithmetic ([`Day`]), the words of dates (months,
//! weekdays, counts, units) and the rules that resolve an expression
//! against the article date — or, for `a few weeks earlier`, against the
//! last time the article mentioned ([`TimeScanner`] carries it from one
//! sentence to the next; [`SparseTimes`] gives the same dates to only the
//! sentences asked for). Tokens come from `dyad-segment`.
//!
//! It does not decide which event an expression dates (that is the
//! pipeline's, in `dyad-extract`) and it reads no files.

mod day;
mod prefilter;
mod scan;
mod sparse;
mod vocabulary;

pub use day::{Day, days_in_month};
pub use scan::TimeScanner;
pub use sparse::SparseTimes;
pub use vocabulary::Unit;

use dyad_types::Span;
use std::fmt;

/// How precisely an expression names its time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// A day: `on May 9`, `yesterday`.
    Day,
    /// A week, or a part of a month: `last week`, `mid-March`.
    Week,
    /// A month: `in April`, `last month`.
    Month,
    /// A year: `in 2024`, `in the past year`.
    Year,
    /// No expression: the event is dated by its article.
    Article,
}

impl Precision {
    /// `day`, `week`, `month`, `year` or `article`.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Day => "day",
            Precision::Week => "week",
            Precision::Month => "month",
            Precision::Year => "year",
            Precision::Article => "article",
        }
    }
}

impl fmt::Display for Precision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One time expression: where it is and the time it names. The date is
/// the first day of the period (`in April` → April 1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeExpr {
    /// Where the expression is, in the text scanned.
    pub span: Span,
    /// The first day it names.
    pub date: Day,
    /// How precisely.
    pub precision: Precision,
}

impl TimeExpr {
    /// The expression names a time after the article date.
    pub fn is_future(&self, anchor: Day) -> bool {
        self.date > anchor
    }
}
