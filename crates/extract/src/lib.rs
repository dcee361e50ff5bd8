//! The dyad pipeline as one value.
//!
//! This crate is the facade over the stages (as `grep` is over ripgrep's
//! crates): a [`PipelineBuilder`] gathers dictionaries and settings, the
//! built [`Pipeline`] runs normalize → segment (and, as they land, the later
//! stages) over one [`Article`] at a time and returns a borrowed
//! [`Processed`] view, from which owned, serializable records
//! ([`SentenceRecord`]) are made at the output boundary. It owns the order
//! of the stages and nothing else: no I/O, no coding rules of its own.
//!
//! # Example
//!
//! ```
//! use dyad_extract::Pipeline;
//! use dyad_types::{Article, ArticleId};
//! let text = "date 2025-05-05 Chinas envoy met Russian officials. Talks went on.";
//! let article = Article {
//!     id: ArticleId::from_content(text), date: None, title: None, text: text.into(),
//!     url: None, source: None, origin: "example".into(),
//! };
//! let pipeline = Pipeline::new();
//! let done = pipeline.process(&article);
//! assert_eq!(done.date(), Some("2025-05-05"));
//! assert_eq!(done.sentences().len(), 2);
//! assert_eq!(done.sentence_text(0), "China's envoy met Russian officials.");
//! ```
#![deny(missing_docs)]

mod attach;
mod discards;
mod pipeline;
mod processed;
mod record;

pub use crate::{
    pipeline::{Pipeline, PipelineBuilder},
    processed::{NamedPlace, Processed, Sentence},
    record::{ActorRecord, EventRecord, LocationRecord, PartyRecord, SentenceRecord, TimeRecord, decimal},
};
pub use dyad_actors::{ActorMention, DayKey, Dictionary, MatchKind};
pub use dyad_dates::{Day, Precision, TimeExpr, TimeScanner};
pub use dyad_events::{CodeTable, CodedEvent, Coder, VerbDictionary};
pub use dyad_geo::{Cue, Gazetteer, Place, PlaceFinder, PlaceId, PlaceKind, PlaceMention};
pub use dyad_import::DictionarySet;
pub use dyad_types::{Article, ArticleId, Repair, RepairKind, Span};
