//! Events: who did what to whom, in CAMEO codes.
//!
//! This crate owns the coder itself: the verb-pattern dictionary
//! ([`VerbDictionary`], parsed from `dictionaries/events/` or a user's
//! files, every problem as `file:line: what`), the CAMEO code table
//! ([`CodeTable`]: names, Goldstein values, quad classes, PLOVER types), a
//! shallow tagger and clause finder of our own over the segmenter's tokens,
//! and the coding rules that turn a sentence with its actors into
//! [`CodedEvent`]s ([`Coder::code`]). It does not find actors (that is
//! `dyad-actors`), repair text or resolve dates and places.
//!
//! # Example
//!
//! ```
//! use dyad_events::VerbDictionary;
//! let mut dict = VerbDictionary::new();
//! dict.add_groups("groups.tsv", "AGREEMENT\tagreement|accord|pact\n");
//! dict.add_verbs("verbs.tsv", "057\tsign\t* &AGREEMENT\n042\tvisit\t\n");
//! assert!(dict.problems().is_empty());
//! assert_eq!(dict.patterns_for("sign").len(), 1);
//! ```
#![deny(missing_docs)]

mod claims;
mod coder;
mod codes;
mod considered;
mod error;
mod folds;
mod frame;
mod masks;
mod means;
mod passive;
mod protest;
mod readings;
mod tagger;
mod verbs;

pub use crate::{
    coder::{CodedEvent, Coder, Party},
    codes::{CodeInfo, CodeTable},
    considered::{Candidate, Considered},
    error::{VerbError, VerbErrorKind},
    frame::{FrameItem, Pattern, WordChoice},
    tagger::{Pos, Tagged},
    verbs::{NO_EVENT, VerbDictionary},
};
