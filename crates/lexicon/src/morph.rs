//! Regular English inflection, undone.

use crate::Tags;

/// Regular inflection rules: `(suffix, replacement)`.
const RULES: &[(&str, &str)] = &[
    ("'s", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("sses", "ss"),
    ("ches", "ch"),
    ("shes", "sh"),
    ("xes", "x"),
    ("zes", "z"),
    ("oes", "o"),
    ("es", "e"),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("d", ""),
    ("ing", ""),
    ("ing", "e"),
    ("ying", "ie"),
    ("er", ""),
    ("est", ""),
];

/// Every word class.
const ANY: Tags = Tags::NOUN.union(Tags::VERB).union(Tags::ADJ).union(Tags::ADV);

/// What a regular ending can make of a lemma. Comparatives come of
/// adjectives and adverbs only: "tanker" is no form of the verb "tank",
/// nor "bomber" of "bomb". The other endings keep every reading of their
/// lemma: the tagger reads "-ing" words by their context.
fn readings(suffix: &str) -> Tags {
    if matches!(suffix, "er" | "est") { Tags::ADJ.union(Tags::ADV) } else { ANY }
}

/// True when `test` accepts some regular lemma candidate of `form`, given
/// with the readings its ending can make; builds the candidates in one
/// reused buffer (this runs for every unknown word).
pub(crate) fn any_candidate(form: &str, mut test: impl FnMut(&str, Tags) -> bool) -> bool {
    let mut buf = [0u8; 64];
    for &(suffix, repl) in RULES {
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
        if std::str::from_utf8(&buf[..n]).is_ok_and(|c| test(c, readings(suffix))) {
            return true;
        }
    }
    // The doubled stem comes of -ing, -ed or -er: the readings of that ending.
    let ending = ["ing", "ed", "er"].into_iter().find(|e| form.ends_with(e)).unwrap_or("");
    doubled_stem(form).is_some_and(|s| test(&s, readings(ending)))
}

/// Candidate lemmas of an inflected lower-case form by the regular rules
/// (`-s`, `-es`, `-ies`, `-ed`, `-ied`, `-ing`, doubled consonants, `'s`),
/// most likely first. The form itself is not included; irregular forms are
/// looked up in the exception table instead.
pub fn lemma_candidates(form: &str) -> impl Iterator<Item = String> + '_ {
    let doubled = doubled_stem(form);
    RULES
        .iter()
        .filter_map(move |(suffix, repl)| {
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
