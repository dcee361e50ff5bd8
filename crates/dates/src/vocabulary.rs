//! The words time expressions are made of.

use dyad_segment::{PairTable, letter};

/// Month number of a month name or its usual abbreviation.
pub fn month(word: &str) -> Option<u32> {
    const NAMES: [(&str, u32); 22] = [
        ("january", 1),
        ("february", 2),
        ("march", 3),
        ("april", 4),
        ("may", 5),
        ("june", 6),
        ("july", 7),
        ("august", 8),
        ("september", 9),
        ("october", 10),
        ("november", 11),
        ("december", 12),
        ("jan", 1),
        ("feb", 2),
        ("mar", 3),
        ("apr", 4),
        ("jun", 6),
        ("jul", 7),
        ("aug", 8),
        ("sept", 9),
        ("oct", 10),
        ("nov", 11),
    ];
    if word.eq_ignore_ascii_case("sep") || word.eq_ignore_ascii_case("dec") {
        return Some(if word.eq_ignore_ascii_case("sep") { 9 } else { 12 });
    }
    NAMES.iter().find(|(n, _)| n.eq_ignore_ascii_case(word)).map(|&(_, m)| m)
}

/// What a token can begin, so that each rule is only tried where it may
/// match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Nothing: most words.
    Other,
    /// Digits.
    Number,
    /// `on`, `in`, `since`, `over` …
    Preposition,
    /// `a`, `two`, `several`, or a bare plural unit (`weeks later`).
    Count,
    /// `the` (`the day before`, `the 9th of May`).
    The,
    /// `this`, `last`, `next`, `earlier`, `later`.
    Period,
    /// `yesterday`, `today`, `tonight`, `tomorrow`.
    Deictic,
    /// A weekday.
    Weekday,
    /// A month or its abbreviation.
    Month,
    /// `early`, `mid`, `late`, or `mid-March` as one word.
    PartOfMonth,
}

/// Every word with a class (lower case, sorted), but `mid-march` and the
/// like.
const CLASS_WORDS: [(&str, Class); 82] = [
    ("a", Class::Count),
    ("an", Class::Count),
    ("apr", Class::Month),
    ("april", Class::Month),
    ("at", Class::Preposition),
    ("aug", Class::Month),
    ("august", Class::Month),
    ("by", Class::Preposition),
    ("days", Class::Count),
    ("dec", Class::Month),
    ("december", Class::Month),
    ("during", Class::Preposition),
    ("earlier", Class::Period),
    ("early", Class::PartOfMonth),
    ("eight", Class::Count),
    ("eighteen", Class::Count),
    ("eleven", Class::Count),
    ("feb", Class::Month),
    ("february", Class::Month),
    ("fifteen", Class::Count),
    ("five", Class::Count),
    ("for", Class::Preposition),
    ("four", Class::Count),
    ("fourteen", Class::Count),
    ("friday", Class::Weekday),
    ("from", Class::Preposition),
    ("in", Class::Preposition),
    ("jan", Class::Month),
    ("january", Class::Month),
    ("jul", Class::Month),
    ("july", Class::Month),
    ("jun", Class::Month),
    ("june", Class::Month),
    ("last", Class::Period),
    ("late", Class::PartOfMonth),
    ("later", Class::Period),
    ("mar", Class::Month),
    ("march", Class::Month),
    ("may", Class::Month),
    ("mid", Class::PartOfMonth),
    ("monday", Class::Weekday),
    ("months", Class::Count),
    ("next", Class::Period),
    ("nine", Class::Count),
    ("nineteen", Class::Count),
    ("nov", Class::Month),
    ("november", Class::Month),
    ("oct", Class::Month),
    ("october", Class::Month),
    ("on", Class::Preposition),
    ("one", Class::Count),
    ("over", Class::Preposition),
    ("saturday", Class::Weekday),
    ("sep", Class::Month),
    ("sept", Class::Month),
    ("september", Class::Month),
    ("seven", Class::Count),
    ("seventeen", Class::Count),
    ("several", Class::Count),
    ("since", Class::Preposition),
    ("six", Class::Count),
    ("sixteen", Class::Count),
    ("sunday", Class::Weekday),
    ("ten", Class::Count),
    ("the", Class::The),
    ("thirteen", Class::Count),
    ("this", Class::Period),
    ("three", Class::Count),
    ("thursday", Class::Weekday),
    ("today", Class::Deictic),
    ("tomorrow", Class::Deictic),
    ("tonight", Class::Deictic),
    ("tuesday", Class::Weekday),
    ("twelve", Class::Count),
    ("twenty", Class::Count),
    ("two", Class::Count),
    ("until", Class::Preposition),
    ("wednesday", Class::Weekday),
    ("weeks", Class::Count),
    ("within", Class::Preposition),
    ("years", Class::Count),
    ("yesterday", Class::Deictic),
];

/// The first two letters and lengths of the words of [`CLASS_WORDS`], as
/// in the prefilter.
const CLASS_PAIRS: PairTable = {
    let mut t = PairTable::new(&[]);
    let mut k = 0;
    while k < CLASS_WORDS.len() {
        t = t.with(CLASS_WORDS[k].0.as_bytes());
        k += 1;
    }
    t
};

/// The class of a word as written (any case): most words are turned away
/// by a look at their first two letters and length, the others
/// lower-cased and looked up.
pub fn class_of(word: &str) -> Class {
    let w = word.as_bytes();
    let listed = match *w {
        [c] => return if c | 0x20 == b'a' { Class::Count } else { Class::Other },
        [_, _, ..] => CLASS_PAIRS.may_hold(w),
        [] => return Class::Other,
    };
    // `mid-March`: a part of a month, a hyphen, a month.
    let joined = w.len() >= 7 && (w[3] == b'-' || w[4] == b'-' || w[5] == b'-');
    if !listed && !joined {
        return Class::Other;
    }
    // No word with a class is longer than `early-september`.
    let mut buf = [0u8; 16];
    let Some(lower) = buf.get_mut(..w.len()) else { return Class::Other };
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    listed_class(lower).unwrap_or_else(|| std::str::from_utf8(lower).map_or(Class::Other, hyphenated))
}

/// Where the words of each first letter (`a` … `z`) start and end in
/// [`CLASS_WORDS`].
const BY_LETTER: [(u8, u8); 26] = {
    let mut t = [(0u8, 0u8); 26];
    let mut k = 0;
    while k < CLASS_WORDS.len() {
        let l = letter(CLASS_WORDS[k].0.as_bytes()[0]);
        if t[l].1 == 0 {
            t[l].0 = k as u8;
        }
        t[l].1 = k as u8 + 1;
        k += 1;
    }
    t
};

/// The class of a lower-case word of [`CLASS_WORDS`]: the few words of its
/// first letter compared.
fn listed_class(lower: &[u8]) -> Option<Class> {
    let &first = lower.first()?;
    let &(start, end) = BY_LETTER.get(letter(first))?;
    CLASS_WORDS[start as usize..end as usize].iter().find(|(w, _)| w.as_bytes() == lower).map(|&(_, c)| c)
}

/// The class of a lower-case word.
#[cfg(test)]
pub fn class(word: &str) -> Class {
    listed_class(word.as_bytes()).unwrap_or_else(|| hyphenated(word))
}

/// `mid-march`, `early-april`, `late-june` written as one word.
fn hyphenated(word: &str) -> Class {
    // The shortest is `mid-may`: most words need no search for a hyphen.
    if word.len() < 7 || !matches!(word.as_bytes()[0], b'e' | b'm' | b'l') {
        return Class::Other;
    }
    match word.split_once('-') {
        Some((p, m)) if matches!(p, "early" | "mid" | "late") && month(m).is_some() => Class::PartOfMonth,
        _ => Class::Other,
    }
}

/// Monday = 0 … Sunday = 6.
pub fn weekday(word: &str) -> Option<u32> {
    const NAMES: [&str; 7] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
    NAMES.iter().position(|n| n.eq_ignore_ascii_case(word)).map(|i| i as u32)
}

/// Parts of a day that may follow a day word (`Tuesday night`).
pub fn is_part_of_day(word: &str) -> bool {
    ["morning", "afternoon", "evening", "night"].iter().any(|w| w.eq_ignore_ascii_case(word))
}

const CARDINALS: [&str; 21] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

const ORDINALS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// A spelled-out count, one to twenty (`a`/`an` count one).
pub fn cardinal(word: &str) -> Option<u32> {
    if word.eq_ignore_ascii_case("a") || word.eq_ignore_ascii_case("an") {
        return Some(1);
    }
    CARDINALS.iter().position(|n| n.eq_ignore_ascii_case(word)).filter(|&n| n > 0).map(|n| n as u32)
}

/// A spelled-out day of the month, lower case: `ninth`, `twenty-first`.
pub fn ordinal(lower: &str) -> Option<u32> {
    if let Some(i) = ORDINALS.iter().position(|n| *n == lower) {
        return Some(i as u32 + 1);
    }
    if lower == "thirtieth" {
        return Some(30);
    }
    let (tens, unit) = lower.split_once('-')?;
    let base = match tens {
        "twenty" => 20,
        "thirty" => 30,
        _ => return None,
    };
    let unit = ORDINALS.iter().take(9).position(|n| *n == unit)? as u32 + 1;
    Some(base + unit).filter(|&d| d <= 31)
}

/// Units of a span of time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Calendar months.
    Month,
    /// Calendar years.
    Year,
}

/// The unit a lower-case word names, and whether it is plural.
pub fn unit(lower: &str) -> Option<(Unit, bool)> {
    let (stem, plural) = match lower.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (lower, false),
    };
    let unit = match stem {
        "day" => Unit::Day,
        "week" => Unit::Week,
        "month" => Unit::Month,
        "year" => Unit::Year,
        _ => return None,
    };
    Some((unit, plural))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_agree_with_the_tables() {
        for w in ["monday", "sunday"] {
            assert_eq!(class(w), Class::Weekday);
            assert!(weekday(w).is_some());
        }
        for w in ["may", "sept", "december", "jan"] {
            assert_eq!(class(w), Class::Month);
            assert!(month(w).is_some());
        }
        assert_eq!(class("mid-march"), Class::PartOfMonth);
        assert_eq!(class("minister"), Class::Other);
    }

    #[test]
    fn class_words_are_sorted_and_found_in_any_case() {
        assert!(CLASS_WORDS.windows(2).all(|p| p[0].0 < p[1].0));
        for &(w, c) in &CLASS_WORDS {
            assert_eq!(class(w), c);
            assert_eq!(class_of(&w.to_uppercase()), c, "{w}");
            let capital = format!("{}{}", &w[..1].to_uppercase(), &w[1..]);
            assert_eq!(class_of(&capital), c, "{w}");
        }
        for w in ["mid-march", "Early-April", "LATE-JUNE", "early-september", "mid-Sept"] {
            assert_eq!(class_of(w), Class::PartOfMonth, "{w}");
        }
        for w in ["", "b", "the-end", "mid-term", "early-septembers", "é", "Dé", "ab", "tomorrows"] {
            assert_eq!(class_of(w), class(&w.to_ascii_lowercase()), "{w}");
        }
    }

    proptest::proptest! {
        #[test]
        fn class_of_agrees_with_class(word in "([a-zA-Z]|-|é){0,16}|(early|mid|late|Mid)-(may|June|sept|x)|(a|an|days|the|mid|sept|twenty)") {
            proptest::prop_assert_eq!(class_of(&word), class(&word.to_ascii_lowercase()));
        }
    }

    #[test]
    fn words() {
        assert_eq!(month("Sept"), Some(9));
        assert_eq!(month("DECEMBER"), Some(12));
        assert_eq!(month("Mayday"), None);
        assert_eq!(weekday("Sunday"), Some(6));
        assert_eq!(ordinal("twenty-first"), Some(21));
        assert_eq!(ordinal("thirty-first"), Some(31));
        assert_eq!(ordinal("thirty-second"), None);
        assert_eq!(cardinal("twelve"), Some(12));
        assert_eq!(cardinal("zero"), None);
        assert_eq!(unit("weeks"), Some((Unit::Week, true)));
    }
}
