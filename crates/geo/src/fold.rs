//! The lookup key of a place name: accents and case off, words joined by
//! one space, so `Zürich`, `ZURICH` and `Zurich` are one key.

use dyad_lexicon::WordHasher;
use dyad_segment::{TokenKind, tokens};
use dyad_types::Span;
use std::hash::Hasher;
use unicode_normalization::{UnicodeNormalization, char::is_combining_mark};

/// Appends the folded form of `word` to `out`.
pub fn fold_word(word: &str, out: &mut String) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out[start..].make_ascii_lowercase();
        return;
    }
    // A character's decomposition is its own and the marks are dropped, so
    // a word folds character by character; the Latin letters with accents
    // that names mostly carry are folded once, ahead, into a table.
    let latin = latin_folds();
    for c in word.chars() {
        match c {
            _ if c.is_ascii() => out.push(c.to_ascii_lowercase()),
            _ if (LATIN_FIRST..=LATIN_LAST).contains(&c) => out.push_str(&latin[c as usize - LATIN_FIRST as usize]),
            _ => fold_char(c, out),
        }
    }
}

/// The first and last characters of the table of [`latin_folds`]: Latin-1
/// letters and Latin Extended-A and B.
const LATIN_FIRST: char = '\u{C0}';
const LATIN_LAST: char = '\u{24F}';

/// The folded form of each character from [`LATIN_FIRST`] to
/// [`LATIN_LAST`].
fn latin_folds() -> &'static [String] {
    static TABLE: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| {
        (LATIN_FIRST..=LATIN_LAST)
            .map(|c| {
                let mut s = String::new();
                fold_char(c, &mut s);
                s
            })
            .collect()
    })
}

/// Appends one character with its accents off, in lower case.
fn fold_char(c: char, out: &mut String) {
    for d in std::iter::once(c).nfd().filter(|&d| !is_combining_mark(d)) {
        out.extend(d.to_lowercase());
    }
}

/// The key of a whole name: its words (punctuation dropped) folded and
/// joined by single spaces; with the number of words.
pub fn fold_name(name: &str, out: &mut String) -> usize {
    out.clear();
    // Most gazetteer names are ASCII letters and spaces, whose tokens are
    // the runs of letters: no tokenizer needed (start-up folds 152,000).
    if name.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        let mut words = 0;
        for w in name.split(' ').filter(|w| !w.is_empty()) {
            if words > 0 {
                out.push(' ');
            }
            out.push_str(w);
            words += 1;
        }
        out.make_ascii_lowercase();
        return words;
    }
    // Text reaches the finder with straight apostrophes (the normalizer
    // makes them so); GeoNames writes "Cox’s Bāzār".
    let straight;
    let name = if name.contains('\u{2019}') {
        straight = name.replace('\u{2019}', "'");
        straight.as_str()
    } else {
        name
    };
    fold_tokens(name, out)
}

/// [`fold_name`] the general way: the tokenizer's words, punctuation
/// dropped (appended to `out`).
fn fold_tokens(name: &str, out: &mut String) -> usize {
    let mut words = 0;
    for t in tokens(name, Span::new(0, name.len())).filter(|t| t.kind != TokenKind::Punct) {
        if words > 0 {
            out.push(' ');
        }
        fold_word(&name[t.span], out);
        words += 1;
    }
    words
}

/// The 64-bit hash the index is sorted by.
pub fn key_hash(key: &str) -> u64 {
    key_hash_bytes(key.as_bytes())
}

/// [`key_hash`] of an ASCII word of at most 32 bytes, lower-cased on the
/// way eight bytes at a time, with no branch per byte; `None` for a longer
/// or non-ASCII word. The finder asks this of every capitalised word it
/// looks up.
pub fn ascii_word_hash(word: &[u8]) -> Option<u64> {
    let mut buf = [0u8; 32];
    buf.get_mut(..word.len())?.copy_from_slice(word);
    let mut high = 0u64;
    for chunk in buf.chunks_exact_mut(8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(chunk);
        let x = u64::from_le_bytes(b);
        high |= x;
        chunk.copy_from_slice(&lower_ascii8(x).to_le_bytes());
    }
    if high & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    Some(key_hash_bytes(&buf[..word.len()]))
}

/// The eight bytes of `x` with `A`–`Z` lower-cased, other bytes as they
/// are: each byte's low seven bits compared with `A` and `Z` by adding
/// offsets that carry into its high bit, no carry crossing bytes.
fn lower_ascii8(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let low7 = x & (0x7f * ONES);
    let at_least_a = low7 + (0x80 - u64::from(b'A')) * ONES;
    let past_z = low7 + (0x7f - u64::from(b'Z')) * ONES;
    let upper = at_least_a & !past_z & !x & (0x80 * ONES);
    x | upper >> 2
}

/// [`key_hash`] of a key's bytes (folded on the stack by the finder).
pub fn key_hash_bytes(key: &[u8]) -> u64 {
    let mut h = WordHasher::default();
    h.write(key);
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_accents_case_and_punctuation() {
        let mut k = String::new();
        assert_eq!(fold_name("Zürich", &mut k), 1);
        assert_eq!(k, "zurich");
        assert_eq!(fold_name("St. John's", &mut k), 3);
        assert_eq!(k, "st john 's");
        assert_eq!(fold_name("  Rio   de Janeiro ", &mut k), 3);
        assert_eq!(k, "rio de janeiro");
        assert_eq!(fold_name("São Tomé", &mut k), 2);
        assert_eq!(k, "sao tome");
        assert_eq!(fold_name("Cox\u{2019}s Bāzār", &mut k), 3);
        assert_eq!(k, "cox 's bazar");
        assert_eq!(fold_name("  ", &mut k), 0);
        assert_eq!(k, "");
    }

    /// The tokenizer's way, which the letters-and-spaces shortcut must match.
    fn by_tokens(name: &str, out: &mut String) -> usize {
        out.clear();
        fold_tokens(name, out)
    }

    proptest::proptest! {
        /// Folding character by character, through the table, gives what
        /// decomposing the whole word does.
        #[test]
        fn a_word_folds_as_its_decomposition(word in "(\\PC|[\u{C0}-\u{24F}]|[\u{300}-\u{36F}]|\u{1E9E}|İ|ǅ|Ω){0,12}") {
            let mut got = String::new();
            fold_word(&word, &mut got);
            let want: String =
                word.nfd().filter(|&c| !is_combining_mark(c)).flat_map(char::to_lowercase).collect();
            proptest::prop_assert_eq!(got, want);
        }
    }

    proptest::proptest! {
        /// The eight-at-a-time hash is the hash of the lower-cased word.
        #[test]
        fn ascii_words_hash_as_their_lower_case(word in "[\\x00-\\x7f]{0,40}|\\PC{0,12}") {
            let want = (word.is_ascii() && word.len() <= 32).then(|| key_hash(&word.to_ascii_lowercase()));
            proptest::prop_assert_eq!(ascii_word_hash(word.as_bytes()), want);
        }
    }

    #[test]
    fn every_byte_lower_cases_as_the_standard_library_does() {
        for b in 0..=255u8 {
            let x = u64::from_le_bytes([b, b'Q', 0x80, b, b'z', b'@', b'[', b]);
            let want: Vec<u8> =
                x.to_le_bytes().iter().map(|&c| if c < 0x80 { c.to_ascii_lowercase() } else { c }).collect();
            assert_eq!(lower_ascii8(x).to_le_bytes().to_vec(), want, "{b}");
        }
    }

    #[test]
    fn letters_and_spaces_fold_as_tokens() {
        // Every string of up to seven of `a`, `B` and space.
        let (mut a, mut b) = (String::new(), String::new());
        for len in 0..=7u32 {
            for n in 0..3usize.pow(len) {
                let name: String = (0..len).map(|k| ['a', 'B', ' '][n / 3usize.pow(k) % 3]).collect();
                assert_eq!(fold_name(&name, &mut a), by_tokens(&name, &mut b), "{name:?}");
                assert_eq!(a, b, "{name:?}");
            }
        }
    }
}
