//! Discard phrases, looked for all at once.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder};

/// Discard phrases (lower case), split into sentence and story ones, each
/// kind with an automaton that finds where any of them may stand.
#[derive(Clone, Debug, Default)]
pub(crate) struct Discards {
    sentence: Option<PhraseSet>,
    story: Option<PhraseSet>,
}

#[derive(Clone, Debug)]
struct PhraseSet {
    phrases: Vec<String>,
    /// All the phrases, ASCII letters in either case (the phrases are lower
    /// case; a text's ASCII letters may not be).
    automaton: AhoCorasick,
}

impl PhraseSet {
    fn new(phrases: Vec<String>) -> Option<PhraseSet> {
        if phrases.is_empty() {
            return None;
        }
        let automaton = AhoCorasickBuilder::new().ascii_case_insensitive(true).build(&phrases).ok()?;
        Some(PhraseSet { phrases, automaton })
    }
}

impl Discards {
    /// From lower-case phrases, each with whether it voids the whole story.
    pub(crate) fn new(phrases: &[(String, bool)]) -> Discards {
        let kind = |story: bool| phrases.iter().filter(|(_, s)| *s == story).map(|(p, _)| p.clone()).collect();
        Discards { sentence: PhraseSet::new(kind(false)), story: PhraseSet::new(kind(true)) }
    }

    /// A discard phrase of this kind (story or sentence) stands in `text`
    /// as whole words, once `text` is in lower case.
    pub(crate) fn found(&self, text: &str, story: bool) -> bool {
        let Some(set) = (if story { &self.story } else { &self.sentence }) else {
            return false;
        };
        // Lower case changes no ASCII text but its letters, which the
        // automaton takes in either case; other text is lowered first.
        let lowered = (!text.is_ascii()).then(|| text.to_lowercase());
        let searched = lowered.as_deref().unwrap_or(text);
        let mut ascii_lower: Option<String> = None;
        // Most texts hold none: one quick look before the overlapping search.
        if !set.automaton.is_match(searched) {
            return false;
        }
        let mut tried: Vec<usize> = Vec::new();
        for m in set.automaton.find_overlapping_iter(searched) {
            let index = m.pattern().as_usize();
            if tried.contains(&index) {
                continue;
            }
            tried.push(index);
            // The phrase is somewhere: the exact test, on the lower-case text.
            let lower = match &lowered {
                Some(lower) => lower.as_str(),
                None => ascii_lower.get_or_insert_with(|| text.to_lowercase()).as_str(),
            };
            if whole_words(lower, &set.phrases[index]) {
                return true;
            }
        }
        false
    }
}

/// `p` stands in `lower` with no letter or digit on either side (of the
/// non-overlapping places where it stands, from the left).
fn whole_words(lower: &str, p: &str) -> bool {
    lower.match_indices(p).any(|(at, _)| {
        let before = lower[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
        let after = lower[at + p.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
        before && after
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_in_any_case() {
        let d = Discards::new(&[("world cup".into(), false), ("grand slam".into(), true)]);
        assert!(d.found("France won the World Cup.", false));
        assert!(d.found("Zürich hosts the WORLD CUP draw", false));
        assert!(!d.found("the world cups", false));
        assert!(!d.found("The World Cup", true));
        assert!(d.found("A Grand Slam final", true));
        assert!(!d.found("", false));
    }
}
