//! Import of PETRARCH/TABARI dictionaries, read as they are at run time.
//!
//! Owns the four foreign formats — actor files (`NAME_ [CODE]`, `+SYNONYM`,
//! dated codes `[HRV >920115]`), agent files (`FARMER [~AGR]`, `{plurals}`,
//! `!PERSON!` macros), verb files (`&GROUP` synsets, `--- BLAME [112] ---`
//! blocks, patterns with `*`, `+`, `$`, `_`, `&`), discard files — and
//! their translation into the types of `dyad-actors` and `dyad-events`.
//! Every line it cannot read, and every pattern dyad cannot match, is
//! reported as `file:line: what`; the rest of the file still loads.
//!
//! It does not match text: the recognizer and coder do that with what it
//! returns. It does not read our own dictionary files (their crates do).

mod actors;
mod agents;
mod comments;
mod discards;
mod error;
mod load;
mod verbs;

pub use crate::{
    actors::parse_actors,
    agents::parse_agents,
    discards::{Discard, builtin_discards, parse_discards},
    error::ImportError,
    load::DictionarySet,
    verbs::parse_verbs,
};

use dyad_actors::{AgentEntry, Entry, Person};
use dyad_events::Pattern;

/// What a set of PETRARCH files holds, in dyad's types.
#[derive(Clone, Debug, Default)]
pub struct Imported {
    /// Undated names of states, places and organisations.
    pub entries: Vec<Entry>,
    /// Names with dated codes, as people with terms.
    pub people: Vec<Person>,
    /// Role nouns.
    pub agents: Vec<AgentEntry>,
    /// Verb patterns.
    pub patterns: Vec<Pattern>,
    /// Verb forms the verb files list (`cordoned` → `cordon`).
    pub forms: Vec<(String, String)>,
    /// Phrases that void a sentence or a story.
    pub discards: Vec<Discard>,
    /// Lines that could not be read or patterns that cannot match.
    pub problems: Vec<ImportError>,
}

/// The kind of a PETRARCH file, from its name (`*.actors.txt`,
/// `*agents*`, `*.verbs.txt`/`CAMEO*`, `*discards*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// Actor names and codes.
    Actors,
    /// Role nouns.
    Agents,
    /// Verb patterns and synsets.
    Verbs,
    /// Discard phrases.
    Discards,
}

impl FileKind {
    /// Guesses the kind from a file name; `None` when it is no PETRARCH file.
    pub fn of(name: &str) -> Option<FileKind> {
        let lower = name.to_ascii_lowercase();
        if !lower.ends_with(".txt") {
            return None;
        }
        if lower.contains("agent") {
            Some(FileKind::Agents)
        } else if lower.contains("discard") {
            Some(FileKind::Discards)
        } else if lower.contains("verb") || lower.starts_with("cameo") {
            Some(FileKind::Verbs)
        } else if lower.contains("actor") {
            Some(FileKind::Actors)
        } else {
            None
        }
    }
}

impl Imported {
    /// Reads one file of the given kind into what is held so far.
    pub fn add_file(&mut self, kind: FileKind, name: &str, text: &str) {
        match kind {
            FileKind::Actors => {
                let (entries, people) = parse_actors(name, text, &mut self.problems);
                self.entries.extend(entries);
                self.people.extend(people);
            }
            FileKind::Agents => self.agents.extend(parse_agents(name, text, &mut self.problems)),
            FileKind::Verbs => {
                let (patterns, forms) = parse_verbs(name, text, &mut self.problems);
                self.patterns.extend(patterns);
                self.forms.extend(forms);
            }
            FileKind::Discards => self.discards.extend(parse_discards(name, text, &mut self.problems)),
        }
    }
}
