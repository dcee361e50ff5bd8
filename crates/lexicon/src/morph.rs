//! Regular English inflection, undone.

use crate::Tags;

/// What a regular ending can make of a lemma. Comparatives come of
/// adjectives and adverbs only: "tanker" is no form of the verb "tank",
/// nor "bomber" of "bomb". The other endings keep every reading of their
/// lemma: the tagger reads "-ing" words by their context.
const ANY: Tags = Tags::NOUN.union(Tags::VERB).union(Tags::ADJ).union(Tags::ADV);
const COMPARED: Tags = Tags::ADJ.union(Tags::ADV);

/// Regular inflection rules: `(suffix, replacement, readings it can make)`.
const RULES: &[(&str, &str, Tags)] = &[
    ("'s", "", ANY),
    ("ies", "y", ANY),
    ("ied", "y", ANY),
    ("sses", "ss", ANY),
    ("ches", "ch", ANY),
    ("shes", "sh", ANY),
    ("xes", "x", ANY),
    ("zes", "z", ANY),
    ("oes", "o", ANY),
    ("es", "e", ANY),
    ("s", "", ANY),
    ("ed", "", ANY),
    ("ed", "e", ANY),
    ("d", "", ANY),
    ("ing", "", ANY),
    ("ing", "e", ANY),
    ("ying", "ie", ANY),
    ("er", "", COMPARED),
    ("est", "", COMPARED),
];

/// True when `test` accepts some regular lemma candidate of `form`, given
/// with the readings its ending can make; builds the candidates in one
/// reused buffer (this runs for every unknown word).
pub(crate) fn any_candidate(form: &str, mut test: impl FnMut(&str, Tags) -> bool) -> bool {
    let mut buf = [0u8; 64];
    for &(suffix, repl, readings) in RULES {
        let Some(stem) = form.strip_suffix(suffix) else {
            continue;
        };
        let n = stem.len() + repl.len();
        if stem.len() < 2 || n > buf.len() {
            continue;
        }
        buf[..stem.len()].copy_from_slice(stem.as_bytes());
        buf[stem.len()..n].copy_from_slice(repl.as_bytes());
        // A stem cut at an ASCII suffix plus an ASCII ending stays UTF-8.
        if std::str::from_utf8(&buf[..n]).is_ok_and(|c| test(c, readings)) {
            return true;
        }
    }
    let readings = if form.ends_with("er") { COMPARED } else { ANY };
    doubled_stem(form).is_some_and(|s| test(&s, readings))
}

/// Candidate lemmas of an inflected lower-case form by the regular rules
/// (`-s`, `-es`, `-ies`, `-ed`, `-ied`, `-ing`, doubled consonants, `'s`),
/// most likely first. The form itself is not included; irregular forms are
/// looked up in the exception table instead.
pub fn lemma_candidates(form: &str) -> impl Iterator<Item = String> + '_ {
    let doubled = doubled_stem(form);
    RULES
        .iter()
        .filter_map(move |(suffix, repl, _)| {
            let stem = form.strip_suffix(suffix)?;
            (stem.len() >= 2).then(|| format!("{stem}{repl}"))
        })
        .chain(doubled)
}

/// `stopped` → `stop`, `planning` → `plan`: a doubled final consonant
/// before `-ed`/`-ing`/`-er`.
fn doubled_stem(form: &str) -> Option<String> {
    let stem = form.strip_suffix("ing").or_else(|| form.strip_suffix("ed")).or_else(|| form.strip_suffix("er"))?;
    let b = stem.as_bytes();
    let n = b.len();
    // ASCII letters only: the last bytes of "ᨨ" are equal too.
    (n >= 3
        && b[n - 1] == b[n - 2]
        && b[n - 1].is_ascii_alphabetic()
        && !matches!(b[n - 1], b'a' | b'e' | b'i' | b'o' | b'u'))
    .then(|| stem[..n - 1].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn has(form: &str, lemma: &str) -> bool {
        lemma_candidates(form).any(|c| c == lemma)
    }

    #[test]
    fn undoes_regular_inflection() {
        assert!(has("deploying", "deploy"));
        assert!(has("signed", "sign"));
        assert!(has("agreed", "agree"));
        assert!(has("accused", "accuse"));
        assert!(has("parties", "party"));
        assert!(has("stopped", "stop"));
        assert!(has("planning", "plan"));
        assert!(has("making", "make"));
        assert!(has("exemptions", "exemption"));
        assert!(has("China's", "China"));
    }

    #[test]
    fn multibyte_stems_do_not_panic() {
        let _ = lemma_candidates("ᨨed").count();
        let _ = lemma_candidates("ᨨᨨing").count();
    }

    #[test]
    fn short_stems_are_not_produced() {
        assert!(lemma_candidates("is").next().is_none());
    }
}
