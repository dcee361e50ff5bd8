//! The word table and its queries.

use crate::Tags;
use crate::{WordMap, WordSet};
use std::sync::{Arc, OnceLock};

const WORDNET: &str = include_str!("../../../dictionaries/lexicon/wordnet.tsv");
const EXCEPTIONS: &str = include_str!("../../../dictionaries/lexicon/wordnet-exceptions.tsv");
const FUNCTION_WORDS: &str = include_str!("../../../dictionaries/lexicon/function-words.tsv");
const CAMEL_CASE: &str = include_str!("../../../dictionaries/lexicon/camel-case.tsv");

/// The English lexicon: immutable once built, cheap to share (`Arc`).
#[derive(Debug)]
pub struct Lexicon {
    words: WordMap<&'static str, Tags>,
    /// Irregular form → its lemmas (`went` → `go`).
    exceptions: WordMap<&'static str, Vec<&'static str>>,
    function_class: WordMap<&'static str, &'static str>,
    camel_case: WordSet<&'static str>,
}

fn data_rows(text: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    text.lines().filter(|l| !l.is_empty() && !l.starts_with('#')).map(|l| l.split('\t').collect())
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
        let mut words = WordMap::with_capacity_and_hasher(90_000, Default::default());
        for row in data_rows(WORDNET) {
            if let [w, t, ..] = row[..] {
                words.insert(w, Tags::from_wordnet(t));
            }
        }
        let mut function_class = WordMap::default();
        for row in data_rows(FUNCTION_WORDS) {
            if let [w, class, ..] = row[..] {
                function_class.insert(w, class);
                let e = words.entry(w).or_insert(Tags::empty());
                *e = e.union(Tags::FUNCTION);
            }
        }
        let mut exceptions: WordMap<&str, Vec<&str>> = WordMap::default();
        for row in data_rows(EXCEPTIONS) {
            if let [form, lemma, ..] = row[..] {
                let v = exceptions.entry(form).or_default();
                if !v.contains(&lemma) {
                    v.push(lemma);
                }
            }
        }
        let camel_case = data_rows(CAMEL_CASE).filter_map(|r| r.first().copied()).collect();
        Lexicon { words, exceptions, function_class, camel_case }
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
            || crate::morph::any_candidate(lower, |c, _| self.words.contains_key(c))
    }

    /// Like [`Lexicon::is_word`] for a word in any case.
    pub fn is_word_any_case(&self, word: &str) -> bool {
        let mut buf = [0u8; 48];
        if word.is_ascii() && word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            // ASCII stays ASCII when lower-cased.
            self.is_word(std::str::from_utf8(b).unwrap_or_default())
        } else {
            self.is_word(&word.to_lowercase())
        }
    }

    /// True when the lower-case `form` is a form of some verb (`met`,
    /// `signed`, `visits`), without allocating.
    pub fn is_verb_form(&self, form: &str) -> bool {
        let verb = |w: &str| self.tags(w).contains(Tags::VERB);
        verb(form)
            || self.exceptions.get(form).is_some_and(|ls| ls.iter().any(|l| verb(l)))
            || crate::morph::any_candidate(form, |c, readings| readings.contains(Tags::VERB) && verb(c))
    }

    /// Lemmas of a lower-case form: irregular ones first, then the regular
    /// candidates that are listed, then the form itself when listed.
    pub fn lemmas(&self, lower: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        self.for_each_lemma(lower, |l, _| {
            if !out.iter().any(|o| o == l) {
                out.push(l.to_string());
            }
        });
        out
    }

    /// Calls `f` with each listed lemma of a lower-case form and its tags,
    /// in the order of [`Lexicon::lemmas`] (duplicates possible), building
    /// the regular candidates without allocating.
    pub fn for_each_lemma(&self, lower: &str, mut f: impl FnMut(&str, Tags)) {
        if let Some(ls) = self.exceptions.get(lower) {
            for l in ls {
                f(l, self.tags(l));
            }
        }
        if let Some(&t) = self.words.get(lower) {
            f(lower, t);
        }
        crate::morph::any_candidate(lower, |c, readings| {
            if let Some(&t) = self.words.get(c)
                && t.intersects(readings)
            {
                f(c, t.only(readings));
            }
            false
        });
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
        for w in ["with", "the", "where", "and", "met", "went", "deploying", "exemptions", "visa", "pact"] {
            assert!(lex.is_word(w), "{w}");
        }
        for w in ["recrek", "handits", "poutina", "prump"] {
            assert!(!lex.is_word(w), "{w}");
        }
        assert!(lex.tags("korea").contains(Tags::PROPER));
        assert!(lex.tags("china").contains(Tags::SOMETIMES_PROPER));
        assert_eq!(lex.function_class("with"), Some("prep"));
        assert_eq!(lex.lemmas("went"), vec!["go".to_string()]);
        assert!(lex.is_verb_form("met") && lex.is_verb_form("signed") && lex.is_verb_form("visits"));
        assert!(!lex.is_verb_form("with") && !lex.is_verb_form("recrek"));
    }

    #[test]
    fn comparatives_are_no_forms_of_verbs_or_nouns() {
        let lex = Lexicon::builtin();
        // "tanker" and "bomber" are nouns of their own, not "tank" + "-er".
        assert!(!lex.is_verb_form("tanker"));
        let mut verb = false;
        lex.for_each_lemma("bomber", |_, t| verb |= t.contains(Tags::VERB));
        assert!(!verb);
        assert!(lex.lemmas("bigger").iter().any(|l| l == "big"));
        assert!(lex.is_verb_form("bombed"));
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
        for (name, text, cols) in
            [("wordnet", WORDNET, 2), ("exceptions", EXCEPTIONS, 3), ("function", FUNCTION_WORDS, 2)]
        {
            for (i, line) in text.lines().enumerate() {
                if line.starts_with('#') || line.is_empty() {
                    continue;
                }
                assert_eq!(line.split('\t').count(), cols, "{name}:{}: {line:?}", i + 1);
            }
        }
    }
}
