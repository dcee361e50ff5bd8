//! Whether a sentence may hold a time expression at all, and where: a
//! look at each token far cheaper than the rules, which most sentences
//! never reach.

use dyad_segment::{PairTable, Token, TokenKind};

/// The indices of the *triggers* among `toks`, in order, in `out`. Every
/// rule matches a trigger, so a sentence without one holds no time
/// expression:
///
/// - a unit (`day(s)`, `week(s)`, `weekend`, `month(s)`, `year(s)`) or a
///   deictic word (`yesterday`, `today`, `tonight`, `tomorrow`), in any case;
/// - a capitalised month (or its abbreviation) or weekday;
/// - `early-`, `mid-` or `late-` joined to a word (`mid-March`);
/// - a number of four bytes (a year), with two dots (`14.04.2025`), or
///   glued to a following `-` or `/` (`2025-04-14`, `4/14/2025`).
///
/// Other numbers only count (`3 days ago`) or name a day (`9 May`) beside
/// a unit or a month.
pub(crate) fn find_triggers(text: &str, toks: &[Token], out: &mut Vec<u32>) {
    out.clear();
    for i in 0..toks.len() {
        if is_trigger(text, toks, i) {
            out.push(i as u32);
        }
    }
}

/// Whether the sentence of `toks` holds a trigger (see [`find_triggers`]).
#[cfg(test)]
pub(crate) fn may_hold_time(text: &str, toks: &[Token]) -> bool {
    (0..toks.len()).any(|i| is_trigger(text, toks, i))
}

/// Whether token `i` is a trigger.
#[inline]
fn is_trigger(text: &str, toks: &[Token], i: usize) -> bool {
    let b = text.as_bytes();
    let t = toks[i];
    let w = b.get(t.span.start..t.span.end).unwrap_or_default();
    match t.kind {
        // Nearly every word fails the one look-up of its first two letters
        // and length, without a branch on its letters.
        TokenKind::Word => PAIRS.may_hold(w) && trigger_word(w),
        TokenKind::Number => {
            w.len() == 4
                || w.iter().filter(|&&c| c == b'.').count() == 2
                || toks
                    .get(i + 1)
                    .is_some_and(|n| n.span.start == t.span.end && matches!(b.get(n.span.start), Some(b'-' | b'/')))
        }
        _ => false,
    }
}

/// Every trigger word, lower case: units and deictic words first (the
/// first 13, in any case), then months and weekdays (capitalised only).
const TRIGGERS: [&[u8]; 44] = [
    b"day",
    b"days",
    b"week",
    b"weeks",
    b"weekend",
    b"month",
    b"months",
    b"year",
    b"years",
    b"yesterday",
    b"today",
    b"tonight",
    b"tomorrow",
    b"january",
    b"february",
    b"march",
    b"april",
    b"may",
    b"june",
    b"july",
    b"august",
    b"september",
    b"october",
    b"november",
    b"december",
    b"jan",
    b"feb",
    b"mar",
    b"apr",
    b"jun",
    b"jul",
    b"aug",
    b"sep",
    b"sept",
    b"oct",
    b"nov",
    b"dec",
    b"monday",
    b"tuesday",
    b"wednesday",
    b"thursday",
    b"friday",
    b"saturday",
    b"sunday",
];

/// What a word must pass to be a trigger: the first two letters and
/// length of one of [`TRIGGERS`], or a word of 7 bytes or more that starts
/// with `ea`, `mi` or `la` (`early-June`, `mid-March`, `late-May`).
/// Nearly every word is turned away by this one look-up.
const PAIRS: PairTable = PairTable::new(&TRIGGERS).with_longer(b"ea", 7).with_longer(b"mi", 7).with_longer(b"la", 7);

/// Whether word `w`, past the look-up of [`PAIRS`], is a trigger (see
/// [`find_triggers`]): that look-up has checked its letters and length.
fn trigger_word(w: &[u8]) -> bool {
    // `mid-March`, `early-April`, `late-June`: the rules want a month after
    // the hyphen; the prefix is enough here.
    exact(w)
        || w.len() >= 7 && (w[3] == b'-' || w[4] == b'-' || w[5] == b'-') && {
            let prefix = w.split(|&c| c == b'-').next().unwrap_or_default();
            [&b"early"[..], b"mid", b"late"].iter().any(|p| p.eq_ignore_ascii_case(prefix))
        }
}

/// Whether `w`, of at most 9 bytes, is one of [`TRIGGERS`] (a month or a
/// weekday only capitalised): a match on its lower-case bytes, which the
/// compiler turns into a few comparisons instead of a walk of the list.
fn exact(w: &[u8]) -> bool {
    let mut buf = [0u8; 9];
    let Some(lower) = buf.get_mut(..w.len()) else { return false };
    lower.copy_from_slice(w);
    lower.make_ascii_lowercase();
    match &*lower {
        b"day" | b"days" | b"week" | b"weeks" | b"weekend" | b"month" | b"months" | b"year" | b"years"
        | b"yesterday" | b"today" | b"tonight" | b"tomorrow" => true,
        b"january" | b"february" | b"march" | b"april" | b"may" | b"june" | b"july" | b"august" | b"september"
        | b"october" | b"november" | b"december" | b"jan" | b"feb" | b"mar" | b"apr" | b"jun" | b"jul" | b"aug"
        | b"sep" | b"sept" | b"oct" | b"nov" | b"dec" | b"monday" | b"tuesday" | b"wednesday" | b"thursday"
        | b"friday" | b"saturday" | b"sunday" => w[0].is_ascii_uppercase(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// How many of [`TRIGGERS`] count in any case.
    const ANY_CASE: usize = 13;
    use dyad_segment::tokens;
    use dyad_types::Span;

    fn passes(s: &str) -> bool {
        let toks: Vec<Token> = tokens(s, Span::new(0, s.len())).collect();
        may_hold_time(s, &toks)
    }

    #[test]
    fn passes_every_expression_kind() {
        for s in [
            "on May 9",
            "Yesterday",
            "TODAY",
            "tonight",
            "tomorrow",
            "last week",
            "a month ago",
            "in the past year",
            "mid-March",
            "early-september",
            "on Thursday",
            "in Sept.",
            "2025-04-14",
            "4/14/2025",
            "14.04.2025",
            "in 2024",
            "in Dec",
            "the day before",
            "LAST WEEK",
            "SUNDAY",
        ] {
            assert!(passes(s), "{s}");
        }
        for s in [
            "Ministers met and signed an agreement on trade.",
            "",
            "M",
            "Ma",
            "d",
            "mont",
            "Dé",
            "Iran may retaliate and the march went on.",
            "He paid 1,500 dollars for 12 items at 10:30.",
            "Monitoring the Sunni holidays in Maryland",
            "on sunday",
        ] {
            assert!(!passes(s), "{s}");
        }
    }

    #[test]
    fn the_match_agrees_with_the_list() {
        for (k, w) in TRIGGERS.iter().enumerate() {
            let mut capital = w.to_vec();
            capital[0].make_ascii_uppercase();
            assert!(exact(&capital) && exact(&w.to_ascii_uppercase()));
            assert_eq!(exact(w), k < ANY_CASE, "{}", String::from_utf8_lossy(w));
        }
    }

    #[test]
    fn the_tables_miss_no_trigger() {
        for (k, w) in TRIGGERS.iter().enumerate() {
            let w = std::str::from_utf8(w).unwrap();
            let capital = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            assert!(passes(&capital) && passes(&w.to_uppercase()), "{w}");
            assert_eq!(passes(w), k < ANY_CASE, "{w}");
        }
        for w in ["mid-May", "MID-may", "early-June", "Late-July"] {
            assert!(passes(w), "{w}");
        }
    }
}
