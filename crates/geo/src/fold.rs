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
    for c in word.nfd().filter(|&c| !is_combining_mark(c)) {
        out.extend(c.to_lowercase());
    }
}

/// The key of a whole name: its words (punctuation dropped) folded and
/// joined by single spaces; with the number of words.
pub fn fold_name(name: &str, out: &mut String) -> usize {
    out.clear();
    // Text reaches the finder with straight apostrophes (the normalizer
    // makes them so); GeoNames writes "Cox’s Bāzār".
    let straight;
    let name = if name.contains('\u{2019}') {
        straight = name.replace('\u{2019}', "'");
        straight.as_str()
    } else {
        name
    };
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
    let mut h = WordHasher::default();
    h.write(key.as_bytes());
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
    }
}
