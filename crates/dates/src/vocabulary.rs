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

/// A spelled-out day of the month: `ninth`, `twenty-first`, `thirtieth`.
pub fn ordinal(word: &str) -> Option<u32> {
    let lower = word.to_ascii_lowercase();
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

/// The unit a word names, and whether it is plural.
pub fn unit(word: &str) -> Option<(Unit, bool)> {
    let lower = word.to_ascii_lowercase();
    let (stem, plural) = match lower.strip_suffix('s') {
        Some(stem) => (stem, true),
        None => (lower.as_str(), false),
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
        assert_eq!(unit("Weeks"), Some((Unit::Week, true)));
    }
}
