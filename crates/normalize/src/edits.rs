//! The ordered list of edits a scan produces.

use dyad_types::{Repair, RepairKind, Span};

/// Edits over the original text, kept sorted and non-overlapping by the
/// scan that pushes them left to right.
#[derive(Debug, Default)]
pub(crate) struct Edits {
    pub(crate) repairs: Vec<Repair>,
}

impl Edits {
    /// Records that `original[start..end]` becomes `replacement`.
    /// Callers push in ascending order; an edit that would overlap the
    /// previous one is dropped, which keeps the map consistent whatever the
    /// rules decide.
    pub(crate) fn push(&mut self, original: &str, kind: RepairKind, start: usize, end: usize, replacement: &str) {
        if let Some(last) = self.repairs.last()
            && (start < last.original.end || (start == last.original.end && start == end && last.original.is_empty()))
        {
            return;
        }
        if &original[start..end] == replacement {
            return;
        }
        self.repairs.push(Repair {
            kind,
            original: Span::new(start, end),
            original_text: original[start..end].to_string(),
            replacement: replacement.to_string(),
        });
    }

    /// End of the last edit in original coordinates (0 when none).
    pub(crate) fn last_end(&self) -> usize {
        self.repairs.last().map_or(0, |r| r.original.end)
    }
}
