//! dyad's built-in English lexicon.
//!
//! This crate owns the word knowledge every text stage shares: which
//! lower-case words are English ([`Lexicon::is_word`]), their parts of speech
//! ([`Tags`]), irregular inflections, closed-class function words, and the
//! words written with an inner capital that must never be split. The data are
//! the files under `dictionaries/lexicon/` (WordNet 3.0 plus lists written
//! for dyad), compiled into the binary. It does not know actor names: those
//! belong to the actor dictionaries and are handed to the stages that need
//! them.
//!
//! # Example
//!
//! ```
//! use dyad_lexicon::Lexicon;
//! let lex = Lexicon::builtin();
//! assert!(lex.is_word("deploying"));
//! assert!(lex.is_word("met"));
//! assert!(!lex.is_word("recrek"));
//! assert!(lex.is_camel_case("YouTube"));
//! ```
#![deny(missing_docs)]

mod hash;
mod lexicon;
mod morph;
mod tags;

pub use crate::{
    hash::{BuildWordHasher, WordHasher, WordMap, WordSet},
    lexicon::Lexicon,
    morph::lemma_candidates,
    tags::Tags,
};
