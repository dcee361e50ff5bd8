//! Abbreviations that end in a full stop without ending the sentence.

/// Titles and short forms that are always followed by more of the same
/// sentence (`Mr. Xi`, `Gen. Smith`, `Jan. 5`, `No. 10`).
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "gens", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
    "pvt", "adm", "cmdr", "cdr", "brig", "sen", "sens", "rep", "reps", "gov", "govs", "pres", "rev", "fr", "hon",
    "amb", "st", "mt", "ft", "supt", "insp", "det", "vs", "v", "no", "nos", "art", "fig", "jan", "feb", "apr", "aug",
    "sep", "sept", "oct", "nov", "dec", "approx", "dept", "est", "ca", "cf", "al", "op", "vol", "pp", "sq", "ave",
    "blvd", "rd", "univ", "assn", "gov't", "min", "sec", "secy", "atty", "dist", "ex", "e.g", "i.e", "viz",
];

/// Short forms that often end a sentence too (`Apple Inc.`, `in the U.S.`):
/// final only when the next word usually starts a sentence.
const MAYBE_FINAL: &[&str] =
    &["inc", "corp", "ltd", "co", "jr", "sr", "bros", "etc", "plc", "llc", "mar", "jun", "jul"];

/// Words that usually open a sentence, used to decide after an ambiguous
/// abbreviation.
const OPENERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "You",
    "But",
    "And",
    "Yet",
    "So",
    "In",
    "On",
    "At",
    "This",
    "That",
    "These",
    "Those",
    "There",
    "However",
    "Meanwhile",
    "Earlier",
    "Later",
    "Last",
    "Its",
    "His",
    "Her",
    "Their",
    "Our",
    "Officials",
    "After",
    "Before",
    "When",
    "While",
    "If",
    "As",
    "Some",
    "Many",
    "Most",
    "Other",
    "Both",
    "No",
    "Not",
    "Such",
    "Since",
    "Although",
    "Still",
    "Also",
    "Then",
    "Now",
    "Today",
    "Yesterday",
];

/// What a full stop after `word` means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum StopAfter {
    /// An abbreviation that never ends a sentence.
    Never,
    /// An abbreviation that ends one only before a usual opener.
    Maybe,
    /// An ordinary word: the stop ends the sentence.
    Final,
}

/// Classifies the word before a full stop. `word` is the run of letters,
/// digits, dots and apostrophes just before it.
pub(crate) fn stop_after(word: &str) -> StopAfter {
    if word.is_empty() {
        return StopAfter::Final;
    }
    let mut chars = word.chars();
    let first = chars.next().unwrap_or(' ');
    // Initials: "J. R. Smith", "George W. Bush".
    if first.is_uppercase() && chars.next().is_none() {
        return StopAfter::Never;
    }
    // Dotted acronyms: "U.S.", "U.N.", "a.m.".
    if word.contains('.') && !word.contains("..") {
        let lower = word.to_ascii_lowercase();
        if lower == "e.g" || lower == "i.e" {
            return StopAfter::Never;
        }
        return StopAfter::Maybe;
    }
    // Abbreviations are short; longer words are ordinary.
    if word.len() > 6 {
        return StopAfter::Final;
    }
    let mut buf = [0u8; 6];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let lower = std::str::from_utf8(lower).unwrap_or_default();
    if NEVER_FINAL.contains(&lower) {
        StopAfter::Never
    } else if MAYBE_FINAL.contains(&lower) {
        StopAfter::Maybe
    } else {
        StopAfter::Final
    }
}

/// True when `word` usually opens a sentence.
pub(crate) fn is_opener(word: &str) -> bool {
    OPENERS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies() {
        assert_eq!(stop_after("Mr"), StopAfter::Never);
        assert_eq!(stop_after("J"), StopAfter::Never);
        assert_eq!(stop_after("U.S"), StopAfter::Maybe);
        assert_eq!(stop_after("Inc"), StopAfter::Maybe);
        assert_eq!(stop_after("Moscow"), StopAfter::Final);
        assert!(is_opener("The"));
    }
}
