//! The words time expressions are made of.

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

/// The class of a lower-case word: a match on its first letter, then on
/// the few words that start with it.
pub fn class(word: &str) -> Class {
    let Some(&first) = word.as_bytes().first() else { return Class::Other };
    match first {
        b'a' => match word {
            "a" | "an" => Class::Count,
            "apr" | "april" | "aug" | "august" => Class::Month,
            "at" => Class::Preposition,
            _ => hyphenated(word),
        },
        b'b' => match word {
            "by" => Class::Preposition,
            _ => hyphenated(word),
        },
        b'd' => match word {
            "days" => Class::Count,
            "dec" | "december" => Class::Month,
            "during" => Class::Preposition,
            _ => hyphenated(word),
        },
        b'e' => match word {
            "eight" | "eighteen" | "eleven" => Class::Count,
            "early" => Class::PartOfMonth,
            "earlier" => Class::Period,
            _ => hyphenated(word),
        },
        b'f' => match word {
            "fifteen" | "five" | "four" | "fourteen" => Class::Count,
            "feb" | "february" => Class::Month,
            "for" | "from" => Class::Preposition,
            "friday" => Class::Weekday,
            _ => hyphenated(word),
        },
        b'i' => match word {
            "in" => Class::Preposition,
            _ => hyphenated(word),
        },
        b'j' => match word {
            "jan" | "january" | "jul" | "july" | "jun" | "june" => Class::Month,
            _ => hyphenated(word),
        },
        b'l' => match word {
            "late" => Class::PartOfMonth,
            "last" | "later" => Class::Period,
            _ => hyphenated(word),
        },
        b'm' => match word {
            "months" => Class::Count,
            "mar" | "march" | "may" => Class::Month,
            "mid" => Class::PartOfMonth,
            "monday" => Class::Weekday,
            _ => hyphenated(word),
        },
        b'n' => match word {
            "nine" | "nineteen" => Class::Count,
            "nov" | "november" => Class::Month,
            "next" => Class::Period,
            _ => hyphenated(word),
        },
        b'o' => match word {
            "one" => Class::Count,
            "oct" | "october" => Class::Month,
            "on" | "over" => Class::Preposition,
            _ => hyphenated(word),
        },
        b's' => match word {
            "seven" | "seventeen" | "several" | "six" | "sixteen" => Class::Count,
            "sep" | "sept" | "september" => Class::Month,
            "since" => Class::Preposition,
            "saturday" | "sunday" => Class::Weekday,
            _ => hyphenated(word),
        },
        b't' => match word {
            "ten" | "thirteen" | "three" | "twelve" | "twenty" | "two" => Class::Count,
            "today" | "tomorrow" | "tonight" => Class::Deictic,
            "this" => Class::Period,
            "the" => Class::The,
            "thursday" | "tuesday" => Class::Weekday,
            _ => hyphenated(word),
        },
        b'u' => match word {
            "until" => Class::Preposition,
            _ => hyphenated(word),
        },
        b'w' => match word {
            "weeks" => Class::Count,
            "within" => Class::Preposition,
            "wednesday" => Class::Weekday,
            _ => hyphenated(word),
        },
        b'y' => match word {
            "years" => Class::Count,
            "yesterday" => Class::Deictic,
            _ => hyphenated(word),
        },
        _ => Class::Other,
    }
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
