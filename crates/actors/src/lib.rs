//! Actor dictionaries: who can act in a sentence, and under what code.
//!
//! This crate owns the actor half of dyad's dictionaries: states with their
//! names, adjectives, capitals and seats of government; regions and blocs;
//! international organisations and armed groups; role nouns (agents) that
//! turn a country into a sector code; and people with the offices they held
//! and when. The built-in files live under `dictionaries/actors/` and are
//! compiled into the binary ([`Dictionary::builtin`]); each file format has
//! its own parser module, and every problem is reported as `file:line: what`
//! ([`DictError`]). It does not repair text or code events.
//!
//! # Example
//!
//! ```
//! use dyad_actors::Dictionary;
//! let dict = Dictionary::builtin();
//! assert!(dict.entries().iter().any(|e| e.text == "China" && e.code == "CHN"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod agents;
mod code_table;
mod date;
mod dictionary;
mod entry;
mod error;
mod people;
mod recognizer;
mod rows;
mod shared_names;

pub use crate::{
    date::DayKey,
    dictionary::Dictionary,
    entry::{AgentEntry, Entry, EntryKind, Flags, Person, Term},
    error::{DictError, DictErrorKind},
    recognizer::{ActorMention, MatchKind, Recognizer},
    shared_names::settle_shared_names,
};
