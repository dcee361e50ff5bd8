//! All actor dictionaries together.

use crate::{AgentEntry, DictError, DictErrorKind, Entry, Person, agents, code_table, people};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// The built-in files, compiled in: `(file name, contents)`.
const BUILTIN: &[(&str, &str)] = &[
    ("countries.tsv", include_str!("../../../dictionaries/actors/countries.tsv")),
    ("organizations.tsv", include_str!("../../../dictionaries/actors/organizations.tsv")),
    ("agents.tsv", include_str!("../../../dictionaries/actors/agents.tsv")),
    ("people-g20.tsv", include_str!("../../../dictionaries/actors/people-g20.tsv")),
    ("people-world.tsv", include_str!("../../../dictionaries/actors/people-world.tsv")),
    ("people-history.tsv", include_str!("../../../dictionaries/actors/people-history.tsv")),
];

/// Every actor entry, agent and person loaded, plus the problems met.
/// Immutable once built; share it with an `Arc`.
#[derive(Clone, Debug, Default)]
pub struct Dictionary {
    entries: Vec<Entry>,
    agents: Vec<AgentEntry>,
    people: Vec<Person>,
    problems: Vec<DictError>,
}

impl Dictionary {
    /// An empty dictionary.
    pub fn new() -> Dictionary {
        Dictionary::default()
    }

    /// The built-in dictionaries, parsed on first use and shared.
    pub fn builtin() -> Arc<Dictionary> {
        static BUILT: OnceLock<Arc<Dictionary>> = OnceLock::new();
        BUILT.get_or_init(|| Arc::new(Dictionary::parse_builtin())).clone()
    }

    /// Parses the built-in files anew (what [`Dictionary::builtin`] does
    /// once; benchmarks time this).
    pub fn parse_builtin() -> Dictionary {
        let mut d = Dictionary::new();
        for (name, text) in BUILTIN {
            d.add_file(name, text);
        }
        d
    }

    /// Parses one file, choosing the format by its name: `agents*` are
    /// role nouns, `people*` are people, anything else is a code table.
    /// Problems are kept (see [`Dictionary::problems`]); good rows load.
    pub fn add_file(&mut self, name: &str, text: &str) {
        let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
        let before = self.entries.len();
        if base.starts_with("agents") {
            agents::parse(name, text, &mut self.agents, &mut self.problems);
        } else if base.starts_with("people") {
            people::parse(name, text, &mut self.people, &mut self.problems);
        } else {
            code_table::parse(name, text, &mut self.entries, &mut self.problems);
        }
        self.check_conflicts(before);
    }

    /// Adds entries, role nouns and people read by another reader (a
    /// PETRARCH/TABARI import); conflicts with what is there are reported
    /// as for files.
    pub fn add_parsed(&mut self, entries: Vec<Entry>, agents: Vec<AgentEntry>, people: Vec<Person>) {
        let before = self.entries.len();
        self.entries.extend(entries);
        self.agents.extend(agents);
        self.people.extend(people);
        self.check_conflicts(before);
    }

    /// Reports a text given two different codes of the same kind
    /// (once per text); the later definition wins (a user's dictionary
    /// overrides the built-in one), so the earlier is dropped.
    fn check_conflicts(&mut self, from: usize) {
        self.report_conflicts(from);
        let newer: HashMap<(String, &'static str), String> =
            self.entries[from..].iter().map(|e| ((e.text.to_lowercase(), e.kind.as_str()), e.code.clone())).collect();
        let mut k = 0;
        self.entries.retain(|e| {
            k += 1;
            k > from
                || e.flags.ambiguous
                || newer.get(&(e.text.to_lowercase(), e.kind.as_str())).is_none_or(|code| *code == e.code)
        });
    }

    fn report_conflicts(&mut self, from: usize) {
        let mut seen: HashMap<(String, &'static str), (String, String)> = HashMap::new();
        for e in &self.entries[..from] {
            seen.entry((e.text.to_lowercase(), e.kind.as_str())).or_insert((e.code.clone(), e.origin.clone()));
        }
        let mut reported = std::collections::HashSet::new();
        for e in &self.entries[from..] {
            let key = (e.text.to_lowercase(), e.kind.as_str());
            match seen.get(&key) {
                Some((code, origin)) if *code != e.code && !e.flags.ambiguous && reported.insert(key.clone()) => {
                    let (file, line) = split_origin(&e.origin);
                    self.problems.push(DictError {
                        file,
                        line,
                        kind: DictErrorKind::Conflict {
                            text: e.text.clone(),
                            first: format!("{code} ({origin})"),
                            second: e.code.clone(),
                        },
                    });
                }
                Some(_) => {}
                None => {
                    seen.insert(key, (e.code.clone(), e.origin.clone()));
                }
            }
        }
    }

    /// Entries naming states, places, regions and organisations.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Role nouns.
    pub fn agents(&self) -> &[AgentEntry] {
        &self.agents
    }

    /// People.
    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// Problems met while loading, as `file:line: what`.
    pub fn problems(&self) -> &[DictError] {
        &self.problems
    }

    /// Every name a text may use for an actor: entry texts, people's names
    /// and aliases. The normalizer leans on these to repair possessives,
    /// case damage and glued words.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.entries.iter().map(|e| e.text.as_str()).chain(
            self.people
                .iter()
                .flat_map(|p| std::iter::once(p.name.as_str()).chain(p.aliases.iter().map(String::as_str))),
        )
    }
}

fn split_origin(origin: &str) -> (String, usize) {
    match origin.rsplit_once(':') {
        Some((f, l)) => (f.to_string(), l.parse().unwrap_or(0)),
        None => (origin.to_string(), 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_definitions_win_and_are_reported_once() {
        let mut d = Dictionary::new();
        d.add_file("countries.tsv", "GEO\tname\tGeorgia\t\nGEO\tname\tTbilisi\t\n");
        d.add_file("mine.tsv", "USA\tname\tGeorgia\t\nUSA\tname\tgeorgia\t\n");
        let codes: Vec<(&str, &str)> = d.entries().iter().map(|e| (e.text.as_str(), e.code.as_str())).collect();
        assert_eq!(codes, [("Tbilisi", "GEO"), ("Georgia", "USA"), ("georgia", "USA")]);
        assert_eq!(d.problems().len(), 1, "{:?}", d.problems());
        assert_eq!(d.problems()[0].line, 1);
    }

    #[test]
    fn builtin_loads_cleanly() {
        let d = Dictionary::builtin();
        let problems: Vec<String> = d.problems().iter().map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(d.entries().len() > 1_000);
        assert!(d.people().len() > 500);
        assert!(d.agents().len() > 100);
    }

    #[test]
    fn conflicts_are_reported_once() {
        let mut d = Dictionary::new();
        d.add_file("a.tsv", "CHN\tname\tChina\n");
        d.add_file("b.tsv", "TWN\tname\tChina\nTWN\tname\tChina\n");
        let msgs: Vec<String> = d.problems().iter().map(ToString::to_string).collect();
        assert_eq!(msgs.len(), 1, "{msgs:?}");
        assert!(msgs[0].starts_with("b.tsv:1: \"China\" coded TWN here but CHN (a.tsv:1) before"));
    }
}
