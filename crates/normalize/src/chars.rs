//! Character classes the scan needs.

use unicode_normalization::char::is_combining_mark;

/// Eight bytes at a time: every byte 0x01, and every byte's high bit.
pub(crate) const SWAR_LO: u64 = 0x0101_0101_0101_0101;
pub(crate) const SWAR_HI: u64 = 0x8080_8080_8080_8080;

/// Letters, digits and combining marks make up words.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    // Latin letters and combining accents, by range: the Unicode tables
    // cost a few hundred instructions a character, and these are most of
    // the non-ASCII word characters in news text (a test checks the ranges
    // against the tables).
    let u = c as u32;
    if u < 0x250 {
        return matches!(u, 0xAA | 0xB2 | 0xB3 | 0xB5 | 0xB9 | 0xBA | 0xBC..=0xBE | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..);
    }
    if (0x300..0x370).contains(&u) {
        return true;
    }
    // General punctuation: typographic quotes, dashes, invisible spaces.
    if (0x2000..0x2070).contains(&u) {
        return false;
    }
    c.is_alphanumeric() || is_combining_mark(c)
}

/// Whitespace in the wide sense: Unicode spaces, control characters
/// (NUL included) and the invisible format characters scrapes leave behind.
/// All of them collapse into one space or a line break.
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || c.is_control() || matches!(c, '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{00AD}')
}

/// The straight form of a typographic quote, if `c` is one.
pub(crate) fn straight_quote(c: char) -> Option<&'static str> {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '\u{02BC}' => Some("'"),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => Some("\""),
        _ => None,
    }
}

/// An apostrophe, straight or typographic.
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_char_ranges_agree_with_the_tables() {
        for c in (0x80..0x400).chain(0x2000..0x2070).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || is_combining_mark(c), "{:#x}", c as u32);
        }
    }

    #[test]
    fn classes() {
        assert!(is_word_char('é'));
        assert!(is_word_char('\u{301}'));
        assert!(is_space('\0'));
        assert!(is_space('\u{A0}'));
        assert!(is_space('\u{200B}'));
        assert_eq!(straight_quote('\u{201C}'), Some("\""));
        assert_eq!(straight_quote('x'), None);
        assert!(is_apostrophe('\u{2019}'));
    }
}
