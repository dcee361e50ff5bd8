//! Scoring coded events against gold records.
//!
//! This crate owns evaluation: reading gold files in the formats of the
//! public PETRARCH and PLOVER suites ([`read_gold`]), running a
//! [`dyad_extract::Pipeline`] over each record's text, and scoring: records
//! exact and micro precision/recall/F1 over (source, target, code) triples,
//! also at the root-code and country level ([`TripleScores`]); and for
//! PLOVER records, type accuracy, type + actor accuracy and events per
//! record ([`PloverScores`]). It does not code anything itself.
#![deny(missing_docs)]

mod gold;
mod plover;
mod triples;

pub use crate::{
    gold::{GoldError, GoldEvent, GoldParty, GoldRecord, read_gold},
    plover::{PloverEvent, PloverResult, PloverScores, score_plover},
    triples::{Counts, Options, RecordResult, TripleScores, score_triples},
};
