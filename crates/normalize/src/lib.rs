//! Repair of noisy news text, without losing a byte.
//!
//! This crate owns the second stage of the pipeline: it takes an article's
//! original text and returns a repaired copy ([`Normalized::text`]), the list
//! of [`Repair`]s made (kind, original span, replacement) and an
//! [`OffsetMap`] that takes any span of the repaired text back to the
//! original bytes. It fixes the noise classes of DESIGN.md: metadata
//! prefixes, glued words at link seams, lost apostrophes on names, case
//! damage, trailing junk, Unicode NFC, curly quotes, line-end hyphenation and
//! whitespace. It does not split sentences, find actors or decide anything
//! about events; it only knows words ([`dyad_lexicon`]) and the names the
//! caller hands it ([`NormalizerBuilder::names`]).
//!
//! # Example
//!
//! ```
//! use dyad_normalize::Normalizer;
//! let norm = Normalizer::builder().names(["China", "Korea"]).build();
//! let out = norm.normalize("Chinas envoy and  South Koreamet in Seoul.");
//! assert_eq!(out.text(), "China's envoy and South Korea met in Seoul.");
//! assert_eq!(out.rebuild_original(), out.original());
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod chars;
mod edits;
mod junk;
mod names;
mod normalized;
mod normalizer;
mod offset_map;
mod prefix;
mod words;

pub use crate::{
    names::NameSet,
    normalized::Normalized,
    normalizer::{Normalizer, NormalizerBuilder},
    offset_map::OffsetMap,
};
pub use dyad_types::{Repair, RepairKind, Span};
