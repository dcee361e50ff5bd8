//! Byte ranges into the original article text.

use serde::{Deserialize, Serialize};
use std::ops::{Index, Range};

/// A half-open byte range `[start, end)` into the original article text.
///
/// Every sentence, token, repair, actor and event carries one, so any output
/// can be traced back to the exact bytes it came from. Invariant:
/// `start <= end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Creates a span.
    ///
    /// # Panics
    ///
    /// Panics when `start > end`: such a span is always a logic error in
    /// the caller, never a property of the input.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} > end {end}");
        Span { start, end }
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no bytes.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The span as a `Range<usize>`.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, span: Span) -> &str {
        &self[span.start..span.end]
    }
}

impl Index<Span> for [u8] {
    type Output = [u8];
    fn index(&self, span: Span) -> &[u8] {
        &self[span.start..span.end]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexes_str_and_bytes() {
        let s = "Beijing-Moscow";
        let sp = Span::new(8, 14);
        assert_eq!(&s[sp], "Moscow");
        assert_eq!(&s.as_bytes()[sp], b"Moscow");
        assert_eq!(sp.len(), 6);
    }

    #[test]
    fn cover_and_contains() {
        let a = Span::new(2, 5);
        let b = Span::new(4, 9);
        assert_eq!(a.cover(b), Span::new(2, 9));
        assert!(a.cover(b).contains(a));
        assert!(!a.contains(b));
    }

    #[test]
    #[should_panic(expected = "span start")]
    fn rejects_inverted() {
        let _ = Span::new(3, 2);
    }
}
