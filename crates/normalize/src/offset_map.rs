//! Positions in the repaired text, mapped back to the original.

use dyad_types::{Repair, Span};

/// One edit seen from both sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Anchor {
    norm_start: usize,
    norm_end: usize,
    orig_start: usize,
    orig_end: usize,
}

/// Maps byte offsets of the repaired text back to the original text.
///
/// Outside edits the two texts agree byte for byte, shifted; a position
/// inside a replacement maps to the edges of the bytes it replaced, so a
/// mapped span always covers whole characters of the original.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    anchors: Vec<Anchor>,
}

impl OffsetMap {
    /// Builds the map from repairs sorted by original position.
    pub(crate) fn from_repairs(repairs: &[Repair]) -> OffsetMap {
        let mut anchors = Vec::with_capacity(repairs.len());
        let mut shift: isize = 0;
        for r in repairs {
            let norm_start = (r.original.start as isize + shift) as usize;
            let norm_end = norm_start + r.replacement.len();
            anchors.push(Anchor { norm_start, norm_end, orig_start: r.original.start, orig_end: r.original.end });
            shift += r.replacement.len() as isize - r.original.len() as isize;
        }
        OffsetMap { anchors }
    }

    /// The last anchor starting at or before `pos` in the repaired text.
    fn anchor_before(&self, pos: usize, inclusive: bool) -> Option<&Anchor> {
        let n = self.anchors.partition_point(|a| if inclusive { a.norm_start <= pos } else { a.norm_start < pos });
        n.checked_sub(1).map(|i| &self.anchors[i])
    }

    /// Original offset of a start position.
    pub fn start_to_original(&self, pos: usize) -> usize {
        match self.anchor_before(pos, true) {
            None => pos,
            Some(a) if pos < a.norm_end => a.orig_start,
            Some(a) => a.orig_end + (pos - a.norm_end),
        }
    }

    /// Original offset of an end position.
    pub fn end_to_original(&self, pos: usize) -> usize {
        match self.anchor_before(pos, false) {
            None => pos,
            Some(a) if pos <= a.norm_end => a.orig_end,
            Some(a) => a.orig_end + (pos - a.norm_end),
        }
    }

    /// A span of the repaired text as a span of the original.
    pub fn to_original(&self, span: Span) -> Span {
        let start = self.start_to_original(span.start);
        let end = self.end_to_original(span.end).max(start);
        Span::new(start, end)
    }

    /// Number of edits.
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// True when the repaired text is the original.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }
}
