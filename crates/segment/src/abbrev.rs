//! Abbreviations that end in a full stop without ending the sentence.

// The lists are sorted (byte order) for binary search; a test checks it.

/// Titles and short forms that are always followed by more of the same
/// sentence (`Mr. Xi`, `Gen. Smith`, `Jan. 5`, `No. 10`).
const NEVER_FINAL: &[&str] = &[
    "adm", "al", "amb", "approx", "apr", "art", "assn", "atty", "aug", "ave", "blvd", "brig", "ca", "capt", "cdr",
    "cf", "cmdr", "col", "cpl", "cpt", "dec", "dept", "det", "dist", "dr", "e.g", "est", "ex", "feb", "fig", "fr",
    "ft", "gen", "gens", "gov", "gov't", "govs", "hon", "i.e", "insp", "jan", "lt", "maj", "messrs", "min", "mme",
    "mr", "mrs", "ms", "mt", "no", "nos", "nov", "oct", "op", "pp", "pres", "prof", "pvt", "rd", "rep", "reps", "rev",
    "sec", "secy", "sen", "sens", "sep", "sept", "sgt", "sq", "st", "supt", "univ", "v", "viz", "vol", "vs",
];

/// Short forms that often end a sentence too (`Apple Inc.`, `in the U.S.`):
/// final only when the next word usually starts a sentence.
const MAYBE_FINAL: &[&str] =
    &["bros", "co", "corp", "etc", "inc", "jr", "jul", "jun", "llc", "ltd", "mar", "plc", "sr"];

/// Words that usually open a sentence, used to decide after an ambiguous
/// abbreviation.
const OPENERS: &[&str] = &[
    "A",
    "After",
    "Also",
    "Although",
    "An",
    "And",
    "As",
    "At",
    "Before",
    "Both",
    "But",
    "Earlier",
    "He",
    "Her",
    "His",
    "However",
    "I",
    "If",
    "In",
    "It",
    "Its",
    "Last",
    "Later",
    "Many",
    "Meanwhile",
    "Most",
    "No",
    "Not",
    "Now",
    "Officials",
    "On",
    "Other",
    "Our",
    "She",
    "Since",
    "So",
    "Some",
    "Still",
    "Such",
    "That",
    "The",
    "Their",
    "Then",
    "There",
    "These",
    "They",
    "This",
    "Those",
    "Today",
    "We",
    "When",
    "While",
    "Yesterday",
    "Yet",
    "You",
];

/// Up to eight bytes as one integer (lower-cased when `fold`), so that
/// short words compare in one instruction.
const fn pack(b: &[u8], fold: bool) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < b.len() && i < 8 {
        let c = if fold { b[i].to_ascii_lowercase() } else { b[i] };
        k |= (c as u64) << (8 * i);
        i += 1;
    }
    k
}

const fn keys<const N: usize>(words: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(words[i].as_bytes(), false);
        i += 1;
    }
    out
}

/// The keys sorted, for binary search (the words' byte order is not the
/// keys' order: the first byte is the lowest).
const fn sorted<const N: usize>(mut k: [u64; N]) -> [u64; N] {
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && k[j - 1] > k[j] {
            let t = k[j];
            k[j] = k[j - 1];
            k[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    k
}

const NEVER_FINAL_KEYS: [u64; NEVER_FINAL.len()] = sorted(keys(NEVER_FINAL));
const MAYBE_FINAL_KEYS: [u64; MAYBE_FINAL.len()] = sorted(keys(MAYBE_FINAL));

/// Bit of a key in [`KEY_BLOOM`].
const fn bloom_bit(key: u64) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 54) as usize
}

/// A bit per key of both lists (1,024 bits): most words before a stop are
/// no abbreviation, and this tells them in a few instructions.
const KEY_BLOOM: [u64; 16] = {
    let mut bits = [0u64; 16];
    let mut i = 0;
    while i < NEVER_FINAL_KEYS.len() + MAYBE_FINAL_KEYS.len() {
        let key =
            if i < NEVER_FINAL_KEYS.len() { NEVER_FINAL_KEYS[i] } else { MAYBE_FINAL_KEYS[i - NEVER_FINAL_KEYS.len()] };
        let b = bloom_bit(key);
        bits[b / 64] |= 1 << (b % 64);
        i += 1;
    }
    bits
};

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
    let b = word.as_bytes();
    let Some(&first) = b.first() else {
        return StopAfter::Final;
    };
    // Initials: "J. R. Smith", "George W. Bush". (A single ASCII byte, or
    // a single character of any script.)
    if b.len() == 1 || first >= 0x80 {
        let mut chars = word.chars();
        if chars.next().is_some_and(char::is_uppercase) && chars.next().is_none() {
            return StopAfter::Never;
        }
    }
    // Dotted acronyms: "U.S.", "U.N.", "a.m.". (A byte loop: words are
    // short, and this runs at every full stop.)
    if word.bytes().any(|c| c == b'.') && !word.contains("..") {
        if word.eq_ignore_ascii_case("e.g") || word.eq_ignore_ascii_case("i.e") {
            return StopAfter::Never;
        }
        return StopAfter::Maybe;
    }
    // Abbreviations are short; longer words are ordinary.
    if b.len() > 6 {
        return StopAfter::Final;
    }
    // Compared as packed integers: this runs at every full stop.
    let key = pack_folded(b);
    let bit = bloom_bit(key);
    if KEY_BLOOM[bit / 64] & (1 << (bit % 64)) == 0 {
        return StopAfter::Final;
    }
    if NEVER_FINAL_KEYS.binary_search(&key).is_ok() {
        StopAfter::Never
    } else if MAYBE_FINAL_KEYS.binary_search(&key).is_ok() {
        StopAfter::Maybe
    } else {
        StopAfter::Final
    }
}

/// `pack(b, true)` for up to eight bytes, lower-cased eight at a time
/// rather than byte by byte.
fn pack_folded(b: &[u8]) -> u64 {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let k = pack(b, false);
    // Bytes in 'A'..='Z' (on seven bits no sum carries into the next
    // byte) get bit 5, as `to_ascii_lowercase` gives them.
    let k7 = k & !HI;
    let upper = (k7 + LO * u64::from(0x80 - b'A')) & !(k7 + LO * u64::from(0x80 - b'Z' - 1)) & !k & HI;
    k | (upper >> 2)
}

/// True when `word` usually opens a sentence.
pub(crate) fn is_opener(word: &str) -> bool {
    OPENERS.binary_search(&word).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [NEVER_FINAL, MAYBE_FINAL, OPENERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
    }

    #[test]
    fn every_listed_word_is_found() {
        for w in NEVER_FINAL.iter().filter(|w| !w.contains('.')) {
            assert_eq!(stop_after(w), StopAfter::Never, "{w}");
        }
        for w in MAYBE_FINAL {
            assert_eq!(stop_after(w), StopAfter::Maybe, "{w}");
        }
    }

    #[test]
    fn packs_folded_like_byte_by_byte() {
        for v in 0..=255u8 {
            for at in 0..6 {
                let mut b = *b"aBcDeF";
                b[at] = v;
                assert_eq!(pack_folded(&b), pack(&b, true), "byte {v:#x} at {at}");
            }
        }
    }

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
