//! The result of normalizing one text.

use crate::OffsetMap;
use dyad_types::{Repair, Span};

/// A repaired text with the original it came from.
#[derive(Clone, Debug)]
pub struct Normalized<'a> {
    pub(crate) original: &'a str,
    pub(crate) text: String,
    pub(crate) repairs: Vec<Repair>,
    pub(crate) map: OffsetMap,
    pub(crate) date: Option<Span>,
}

impl<'a> Normalized<'a> {
    /// The repaired text.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The original text, untouched.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Every repair made, in original order.
    pub fn repairs(&self) -> &[Repair] {
        &self.repairs
    }

    /// The offset map back to the original.
    pub fn map(&self) -> &OffsetMap {
        &self.map
    }

    /// A span of the repaired text as a span of the original.
    pub fn to_original(&self, span: Span) -> Span {
        self.map.to_original(span)
    }

    /// The date of a `date YYYY-MM-DD` metadata prefix, if the text had one.
    pub fn metadata_date(&self) -> Option<&'a str> {
        self.date.map(|s| &self.original[s])
    }

    /// Repairs whose original span meets `original_span` (a sentence, say).
    pub fn repairs_within(&self, original_span: Span) -> impl Iterator<Item = &Repair> {
        self.repairs.iter().filter(move |r| {
            r.original.start < original_span.end && original_span.start < r.original.end.max(r.original.start + 1)
                || (r.original.is_empty() && original_span.contains(r.original))
        })
    }

    /// Rebuilds the original from the repaired text and the repairs alone:
    /// the proof that nothing was lost.
    pub fn rebuild_original(&self) -> String {
        let mut out = String::with_capacity(self.original.len());
        let mut norm_pos = 0;
        let mut shift: isize = 0;
        for r in &self.repairs {
            let norm_start = (r.original.start as isize + shift) as usize;
            out.push_str(&self.text[norm_pos..norm_start]);
            out.push_str(&r.original_text);
            norm_pos = norm_start + r.replacement.len();
            shift += r.replacement.len() as isize - r.original.len() as isize;
        }
        out.push_str(&self.text[norm_pos..]);
        out
    }
}
