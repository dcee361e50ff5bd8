//! Parser of `verbs.tsv` (`code head frame note`) and `groups.tsv`
//! (`name words`), and the dictionary they make.

use crate::{FrameItem, Pattern, VerbError, VerbErrorKind, frame::WordChoice, masks::ChoiceIndex};
use dyad_lexicon::WordMap;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

const BUILTIN_GROUPS: &str = include_str!("../../../dictionaries/events/groups.tsv");
const BUILTIN_VERBS: &str = include_str!("../../../dictionaries/events/verbs.tsv");

/// The code of a pattern whose words are no event: a match of it, the
/// most specific, blocks the lighter patterns of its head (PETRARCH's
/// `---`).
pub const NO_EVENT: &str = "---";

/// Verb and noun patterns by head lemma. Immutable once built; shared.
#[derive(Clone, Debug, Default)]
pub struct VerbDictionary {
    groups: HashMap<String, Arc<WordChoice>>,
    heads: WordMap<String, Vec<Pattern>>,
    /// Verb forms a dictionary lists that the lexicon may not know
    /// (PETRARCH's `{CORDONED_OFF}`), to the head they inflect.
    forms: HashMap<String, String>,
    /// Literal frame words by their text, shared by every pattern that
    /// writes them: the coder works out per sentence which units a choice
    /// matches, once per shared choice.
    literals: HashMap<String, Arc<WordChoice>>,
    problems: Vec<VerbError>,
    /// The words of every pattern's choices, built on first use (and
    /// dropped whenever patterns are added).
    choices: OnceLock<ChoiceIndex>,
    seen: HashMap<(String, String), String>,
}

impl VerbDictionary {
    /// An empty dictionary.
    pub fn new() -> VerbDictionary {
        VerbDictionary::default()
    }

    /// A fresh copy of the built-in patterns, to add to.
    pub fn parse_builtin() -> VerbDictionary {
        let mut d = VerbDictionary::new();
        d.add_groups("groups.tsv", BUILTIN_GROUPS);
        d.add_verbs("verbs.tsv", BUILTIN_VERBS);
        d
    }

    /// The built-in patterns of `dictionaries/events/`.
    pub fn builtin() -> Arc<VerbDictionary> {
        static D: OnceLock<Arc<VerbDictionary>> = OnceLock::new();
        D.get_or_init(|| {
            let mut d = VerbDictionary::new();
            d.add_groups("groups.tsv", BUILTIN_GROUPS);
            d.add_verbs("verbs.tsv", BUILTIN_VERBS);
            Arc::new(d)
        })
        .clone()
    }

    /// Adds word groups (`NAME<TAB>word|word phrase|…`). Later definitions
    /// of a name replace earlier ones.
    pub fn add_groups(&mut self, file: &str, text: &str) {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 2 || cols[0].trim().is_empty() {
                self.problems.push(VerbError {
                    file: file.into(),
                    line: i + 1,
                    kind: VerbErrorKind::Columns { expected: 2, found: cols.len() },
                });
                continue;
            }
            let words = cols[1]
                .split('|')
                .map(|w| w.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>())
                .filter(|w| !w.is_empty());
            self.groups.insert(cols[0].trim().to_string(), Arc::new(WordChoice::new(words)));
        }
    }

    /// Records that `form` is a form of the verb `head` (lower case).
    pub fn add_form(&mut self, form: &str, head: &str) {
        self.forms.insert(form.to_lowercase(), head.to_lowercase());
    }

    /// The head a listed verb form inflects, if the dictionaries list it.
    pub fn form_head(&self, lower: &str) -> Option<&str> {
        if self.forms.is_empty() {
            return None;
        }
        self.forms.get(lower).map(String::as_str)
    }

    /// Adds patterns read by another reader (a PETRARCH/TABARI import).
    pub fn add_patterns(&mut self, patterns: impl IntoIterator<Item = Pattern>) {
        self.choices = OnceLock::new();
        for p in patterns {
            self.heads.entry(p.head.clone()).or_default().push(p);
        }
        for v in self.heads.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.weight()));
        }
    }

    /// Adds patterns (`code<TAB>head<TAB>frame<TAB>note`).
    pub fn add_verbs(&mut self, file: &str, text: &str) {
        self.choices = OnceLock::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end_matches('\r');
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let line_no = i + 1;
            match self.parse_line(file, line_no, line) {
                Ok(p) => {
                    let key = (
                        p.head.clone() + if p.noun { "/n" } else { "" } + p.particle.as_deref().unwrap_or(""),
                        p.frame_text.clone(),
                    );
                    if let Some(first) = self.seen.get(&key) {
                        self.problems.push(VerbError {
                            file: file.into(),
                            line: line_no,
                            kind: VerbErrorKind::Duplicate {
                                head: key.0.clone(),
                                frame: key.1.clone(),
                                first: first.clone(),
                            },
                        });
                        continue;
                    }
                    self.seen.insert(key, p.origin.clone());
                    self.heads.entry(p.head.clone()).or_default().push(p);
                }
                Err(kind) => self.problems.push(VerbError { file: file.into(), line: line_no, kind }),
            }
        }
        for v in self.heads.values_mut() {
            v.sort_by_key(|p| std::cmp::Reverse(p.weight()));
        }
    }

    fn parse_line(&mut self, file: &str, line_no: usize, line: &str) -> Result<Pattern, VerbErrorKind> {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 2 || cols.len() > 4 {
            return Err(VerbErrorKind::Columns { expected: 4, found: cols.len() });
        }
        let code = cols[0].trim();
        // `---`: the words are no event ("the rouble hit a record low").
        if code != NO_EVENT && (!(2..=4).contains(&code.len()) || !code.bytes().all(|b| b.is_ascii_digit())) {
            return Err(VerbErrorKind::BadCode(code.to_string()));
        }
        let raw_head = cols[1].trim().to_lowercase();
        let (head_part, noun) = match raw_head.strip_suffix("/n") {
            Some(h) => (h.to_string(), true),
            None => (raw_head.clone(), false),
        };
        let (head, particle) = match head_part.split_once('_') {
            Some((h, p)) => (h.to_string(), Some(p.replace('_', " "))),
            None => (head_part.clone(), None),
        };
        if head.is_empty() || !head.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
            return Err(VerbErrorKind::BadHead(cols[1].to_string()));
        }
        let frame_text = cols.get(2).map_or("", |f| f.trim()).to_string();
        // A leading `%`: the subject is two or more actors named together
        // ("X and Y held military exercises" are joint exercises).
        let (compound, items) = match frame_text.strip_prefix('%') {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => (true, rest),
            _ => (false, frame_text.as_str()),
        };
        let mut frame = Vec::new();
        for item in items.split_whitespace() {
            frame.push(match item {
                "*" => FrameItem::Skip,
                "+" => FrameItem::Target,
                "$" => FrameItem::Source,
                g if g.starts_with('&') => {
                    let name = &g[1..];
                    let words = self.groups.get(name).ok_or_else(|| VerbErrorKind::UndefinedGroup(name.to_string()))?;
                    FrameItem::Words(words.clone())
                }
                w if w.chars().all(|c| c.is_alphanumeric() || matches!(c, '|' | '-' | '\''))
                    && !w.starts_with('|')
                    && !w.ends_with('|') =>
                {
                    let choice = self
                        .literals
                        .entry(w.to_string())
                        .or_insert_with(|| Arc::new(WordChoice::new(w.split('|').map(|a| vec![a.to_lowercase()]))));
                    FrameItem::Words(choice.clone())
                }
                bad => return Err(VerbErrorKind::BadFrame(bad.to_string())),
            });
        }
        Ok(Pattern {
            code: code.to_string(),
            head,
            particle,
            noun,
            frame,
            before: Vec::new(),
            literal: false,
            compound,
            paired: None,
            frame_text,
            origin: format!("{file}:{line_no}"),
        })
    }

    /// Patterns whose head is `lemma`, most specific first.
    pub fn patterns_for(&self, lemma: &str) -> &[Pattern] {
        self.heads.get(lemma).map_or(&[], Vec::as_slice)
    }

    /// The words of every pattern's choices, to the choices they stand in.
    pub(crate) fn choice_index(&self) -> &ChoiceIndex {
        self.choices.get_or_init(|| ChoiceIndex::new(&self.heads))
    }

    /// True when some pattern has this head.
    pub fn has_head(&self, lemma: &str) -> bool {
        self.heads.contains_key(lemma)
    }

    /// Problems met while loading.
    pub fn problems(&self) -> &[VerbError] {
        &self.problems
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.heads.values().map(Vec::len).sum()
    }

    /// True when there is no pattern.
    pub fn is_empty(&self) -> bool {
        self.heads.is_empty()
    }

    /// Number of distinct heads.
    pub fn head_count(&self) -> usize {
        self.heads.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_patterns_and_reports_problems() {
        let mut d = VerbDictionary::new();
        d.add_groups("g.tsv", "AGREEMENT\tagreement|accord|free trade agreement\n");
        d.add_verbs(
            "v.tsv",
            "# code\thead\tframe\tnote\n057\tsign\t* &AGREEMENT * with +\t\n057\tsign\t* &AGREEMENT\n042\tvisit/n\tto +\n0331\tcall_for\t+\n5x\tsign\t+\n057\tsign\t&NOPE\n057\tsign\t* &AGREEMENT\n040\tmeet\twith (+)\n",
        );
        let msgs: Vec<String> = d.problems().iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            [
                "v.tsv:6: bad event code \"5x\"",
                "v.tsv:7: undefined word group &NOPE",
                "v.tsv:8: duplicate pattern sign \"* &AGREEMENT\" (first at v.tsv:3)",
                "v.tsv:9: bad frame item \"(+)\"",
            ]
        );
        let sign = d.patterns_for("sign");
        assert_eq!(sign.len(), 2);
        assert!(sign[0].weight() > sign[1].weight());
        assert!(d.patterns_for("visit")[0].noun);
        assert_eq!(d.patterns_for("call")[0].particle.as_deref(), Some("for"));
    }

    #[test]
    fn no_event_rows_parse_and_come_first_when_heavier() {
        let mut d = VerbDictionary::new();
        d.add_verbs("v.tsv", "190\thit\t\n---\thit\t* record low\t\n--\thit\tx\t\n");
        let msgs: Vec<String> = d.problems().iter().map(ToString::to_string).collect();
        assert_eq!(msgs, ["v.tsv:3: bad event code \"--\""]);
        assert_eq!(d.patterns_for("hit")[0].code, NO_EVENT);
    }

    #[test]
    fn a_leading_percent_asks_for_two_subjects() {
        let mut d = VerbDictionary::new();
        d.add_groups(
            "g.tsv",
            "DRILLS	drills|exercises
",
        );
        d.add_verbs(
            "v.tsv",
            "062	hold	% * &DRILLS	
150	hold	* &DRILLS	
040	meet	%	
040	meet	%x	
",
        );
        let msgs: Vec<String> = d.problems().iter().map(ToString::to_string).collect();
        assert_eq!(msgs, ["v.tsv:4: bad frame item \"%x\""]);
        let hold = d.patterns_for("hold");
        assert!(hold[0].compound && !hold[1].compound && hold[0].code == "062");
        assert_eq!(hold[0].frame.len(), 2);
        assert!(d.patterns_for("meet")[0].compound && d.patterns_for("meet")[0].frame.is_empty());
    }
}

#[cfg(test)]
mod builtin_tests {
    use super::*;

    #[test]
    fn builtin_patterns_load_cleanly_and_cover_every_root() {
        let d = VerbDictionary::builtin();
        let problems: Vec<String> = d.problems().iter().take(20).map(ToString::to_string).collect();
        assert!(problems.is_empty(), "{}", problems.join("\n"));
        assert!(d.len() >= 2_000, "{} patterns", d.len());
        for root in 1..=20 {
            let r = format!("{root:02}");
            assert!(d.heads.values().flatten().any(|p| p.code.starts_with(&r)), "root {r}");
        }
    }
}
