//! The word table and its queries.

use crate::{Tags, morph::lemma_candidates};
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

const WORDNET: &str = include_str!("../../../dictionaries/lexicon/wordnet.tsv");
const EXCEPTIONS: &str = include_str!("../../../dictionaries/lexicon/wordnet-exceptions.tsv");
const FUNCTION_WORDS: &str = include_str!("../../../dictionaries/lexicon/function-words.tsv");
const CAMEL_CASE: &str = include_str!("../../../dictionaries/lexicon/camel-case.tsv");

/// The English lexicon: immutable once built, cheap to share (`Arc`).
#[derive(Debug)]
pub struct Lexicon {
    words: HashMap<&'static str, Tags>,
    /// Irregular form → its lemmas (`went` → `go`).
    exceptions: HashMap<&'static str, Vec<&'static str>>,
    function_class: HashMap<&'static str, &'static str>,
    camel_case: HashSet<&'static str>,
}

fn data_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').collect())
}

impl Lexicon {
    /// The built-in lexicon, parsed on first use and shared afterwards.
    /// The embedded files are ours and checked by tests, so parsing cannot
    /// meet a malformed row; rows that are short are simply skipped.
    pub fn builtin() -> Arc<Lexicon> {
        static BUILTIN: OnceLock<Arc<Lexicon>> = OnceLock::new();
        BUILTIN.get_or_init(|| Arc::new(Lexicon::parse())).clone()
    }

    fn parse() -> Lexicon {
        let mut words = HashMap::with_capacity(90_000);
        for row in data_rows(WORDNET) {
            if let [w, t, ..] = row[..] {
                words.insert(w, Tags::from_wordnet(t));
            }
        }
        let mut function_class = HashMap::new();
        for row in data_rows(FUNCTION_WORDS) {
            if let [w, class, ..] = row[..] {
                function_class.insert(w, class);
                let e = words.entry(w).or_insert(Tags::empty());
                *e = e.union(Tags::FUNCTION);
            }
        }
        let mut exceptions: HashMap<&str, Vec<&str>> = HashMap::new();
        for row in data_rows(EXCEPTIONS) {
            if let [form, lemma, ..] = row[..] {
                let v = exceptions.entry(form).or_default();
                if !v.contains(&lemma) {
                    v.push(lemma);
                }
            }
        }
        let camel_case = data_rows(CAMEL_CASE)
            .filter_map(|r| r.first().copied())
            .collect();
        Lexicon {
            words,
            exceptions,
            function_class,
            camel_case,
        }
    }

    /// Tags of a lower-case word exactly as listed (no inflection undone).
    pub fn tags(&self, lower: &str) -> Tags {
        self.words.get(lower).copied().unwrap_or_default()
    }

    /// True when the lower-case `word` is English: listed, an irregular
    /// form, or a regular inflection of a listed lemma.
    pub fn is_word(&self, lower: &str) -> bool {
        self.words.contains_key(lower)
            || self.exceptions.contains_key(lower)
            || lemma_candidates(lower).any(|c| self.words.contains_key(c.as_str()))
    }

    /// Like [`Lexicon::is_word`] for a word in any case.
    pub fn is_word_any_case(&self, word: &str) -> bool {
        if word.bytes().all(|b| !b.is_ascii_uppercase()) {
            self.is_word(word)
        } else {
            self.is_word(&word.to_lowercase())
        }
    }

    /// Lemmas of a lower-case form: irregular ones first, then the regular
    /// candidates that are listed, then the form itself when listed.
    pub fn lemmas(&self, lower: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        if let Some(ls) = self.exceptions.get(lower) {
            out.extend(ls.iter().map(|s| s.to_string()));
        }
        if self.words.contains_key(lower) {
            out.push(lower.to_string());
        }
        for c in lemma_candidates(lower) {
            if self.words.contains_key(c.as_str()) && !out.contains(&c) {
                out.push(c);
            }
        }
        out
    }

    /// The closed class of a function word (`det`, `prep`, `aux`, …).
    pub fn function_class(&self, lower: &str) -> Option<&'static str> {
        self.function_class.get(lower).copied()
    }

    /// True for words written with an inner capital on purpose (`YouTube`).
    pub fn is_camel_case(&self, word: &str) -> bool {
        self.camel_case.contains(word)
    }

    /// Number of listed lemmas and function words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when nothing is listed (never for the built-in lexicon).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_words_and_forms() {
        let lex = Lexicon::builtin();
        assert!(lex.len() > 80_000);
        for w in [
            "with",
            "the",
            "where",
            "and",
            "met",
            "went",
            "deploying",
            "exemptions",
            "visa",
            "pact",
        ] {
            assert!(lex.is_word(w), "{w}");
        }
        for w in ["recrek", "handits", "poutina", "prump"] {
            assert!(!lex.is_word(w), "{w}");
        }
        assert!(lex.tags("korea").contains(Tags::PROPER));
        assert!(lex.tags("china").contains(Tags::SOMETIMES_PROPER));
        assert_eq!(lex.function_class("with"), Some("prep"));
        assert_eq!(lex.lemmas("went"), vec!["go".to_string()]);
    }

    #[test]
    fn camel_case_list_is_loaded() {
        let lex = Lexicon::builtin();
        assert!(lex.is_camel_case("McDonald"));
        assert!(lex.is_camel_case("iPhone"));
        assert!(!lex.is_camel_case("PactWith"));
    }

    #[test]
    fn embedded_rows_are_well_formed() {
        for (name, text, cols) in [
            ("wordnet", WORDNET, 2),
            ("exceptions", EXCEPTIONS, 3),
            ("function", FUNCTION_WORDS, 2),
        ] {
            for (i, line) in text.lines().enumerate() {
                if line.starts_with('#') || line.is_empty() {
                    continue;
                }
                assert_eq!(line.split('\t').count(), cols, "{name}:{}: {line:?}", i + 1);
            }
        }
    }
}
