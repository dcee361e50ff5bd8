//! Where: the embedded gazetteer and the places a sentence names.
//!
//! Owns the gazetteer (every country, US state, capital and city of at
//! least 15,000 people, derived from GeoNames by
//! `scripts/derive_gazetteer.py`, then parsed and indexed by the build
//! script and compiled in), name folding (case and
//! accents off), the rules that take a capitalised name for a place (known
//! by name alone, after a locative word, qualified by its country or state,
//! in a dateline) and the ranking that picks one place for a name.
//!
//! It does not know actors or events: the caller passes the spans of
//! people to skip and the countries to prefer, and decides which place an
//! event happened in (`dyad-extract`).

mod candidates;
mod error;
mod find;
mod fold;
mod gazetteer;
mod names;
mod packed;
mod place;
mod rows;

pub use candidates::Candidates;
pub use error::GeoError;
pub use find::{Around, Cue, PlaceFinder, PlaceMention};
pub use gazetteer::Gazetteer;
pub use place::{Place, PlaceId, PlaceKind};
