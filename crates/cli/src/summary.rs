//! The run summary printed on stderr at the end.

use std::fmt;

/// Counts kept while streaming.
#[derive(Debug, Default)]
pub struct Summary {
    pub articles: usize,
    pub skipped: usize,
    pub warnings: usize,
    pub sentences: usize,
    pub events: usize,
    pub repairs: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "dyad: read {} articles, skipped {} records, {} warnings, {} sentences, {} repairs, {} events",
            self.articles, self.skipped, self.warnings, self.sentences, self.repairs, self.events
        )
    }
}
