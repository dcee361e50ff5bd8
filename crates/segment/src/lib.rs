//! Sentence and token boundaries, as spans.
//!
//! This crate owns the third stage of the pipeline: given a text (normally
//! the repaired text of `dyad-normalize`), it yields the spans of its
//! sentences ([`Segmenter::sentences`]) and of the tokens of a sentence
//! ([`tokens`]), borrowing the text and allocating nothing per token. It
//! knows English punctuation and abbreviations (`Mr.`, `U.S.`, `Jan.`,
//! `No. 5`, initials), decimals, quotes and headlines without a final stop.
//! It also gives the later stages a one-look-up prefilter for short word
//! lists ([`PairTable`]). It does not repair text and does not map spans
//! back to the original:
//! the caller does that with the normalizer's offset map.
//!
//! # Example
//!
//! ```
//! use dyad_segment::Segmenter;
//! let text = "Mr. Xi met U.S. envoys on Jan. 5. Talks went on.";
//! let seg = Segmenter::new();
//! let sentences: Vec<&str> = seg.sentences(text).map(|s| &text[s]).collect();
//! assert_eq!(sentences, ["Mr. Xi met U.S. envoys on Jan. 5.", "Talks went on."]);
//! ```
#![deny(missing_docs)]

mod abbrev;
mod pairs;
mod sentences;
mod tokens;

pub use crate::{
    pairs::{PairTable, letter},
    sentences::{Segmenter, Sentences},
    tokens::{Token, TokenKind, Tokens, tokens},
};
pub use dyad_types::Span;
