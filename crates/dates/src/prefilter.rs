//! Whether a sentence may hold a time expression at all: a byte scan far
//! cheaper than the rules, which most sentences never reach.

/// Whether `s` may hold a time expression at all: every rule needs a digit,
/// a capitalised weekday or month, or one of the words `day(s)`, `week`,
/// `month`, `year`, `tonight`, `tomorrow`, `today`, `yesterday` (alone or
/// in a weekday).
pub(crate) fn may_hold_time(s: &str) -> bool {
    let b = s.as_bytes();
    // A table of the byte pairs that can open a match ("Ma", "da", a digit
    // and anything) sends only a few bytes in a hundred to the exact test:
    // matching every byte against the words mispredicts a branch at most.
    let opens = |c0: u8, c1: u8| {
        let pair = pair_index(c0, c1);
        OPENERS[pair / 64] & (1 << (pair % 64)) != 0
    };
    for (i, w) in b.windows(2).enumerate() {
        if opens(w[0], w[1]) && time_word_at(b, i) {
            return true;
        }
    }
    b.last().is_some_and(|&c| opens(c, 0) && time_word_at(b, b.len() - 1))
}

/// The table slot of a byte pair: the first byte exactly (its 7 low bits),
/// the second without case (its 5 low bits). Other bytes share slots with
/// these, which only sends them to the exact test.
const fn pair_index(c0: u8, c1: u8) -> usize {
    ((c0 as usize & 0x7f) << 5) | (c1 as usize & 0x1f)
}

/// The openers of [`time_word_at`]: each word's first byte and second letter.
const OPENER_PAIRS: [&[u8; 2]; 25] = [
    b"Mo", b"Ma", b"Tu", b"Th", b"To", b"We", b"Fr", b"Fe", b"Sa", b"Su", b"Se", b"Ja", b"Ju", b"Ap", b"Au", b"Oc",
    b"No", b"De", b"Da", b"Ye", b"ye", b"da", b"we", b"mo", b"to",
];

/// One bit per byte pair (4,096 bits, 512 bytes): set where a match may start.
const OPENERS: [u64; 64] = {
    let mut t = [0u64; 64];
    let mut k = 0;
    while k < OPENER_PAIRS.len() {
        let p = pair_index(OPENER_PAIRS[k][0], OPENER_PAIRS[k][1]);
        t[p / 64] |= 1 << (p % 64);
        k += 1;
    }
    // A digit opens a match whatever follows it.
    let mut d = b'0';
    while d <= b'9' {
        let mut c1 = 0;
        while c1 < 32 {
            let p = pair_index(d, c1);
            t[p / 64] |= 1 << (p % 64);
            c1 += 1;
        }
        d += 1;
    }
    t
};

/// The exact test at byte `i`: a digit, or a time word starting there (its
/// first letter as written, the rest in any case).
fn time_word_at(b: &[u8], i: usize) -> bool {
    let lower_at = |i: usize| b.get(i).map_or(0, u8::to_ascii_lowercase);
    let rest = |i: usize, w: &[u8]| w.iter().enumerate().all(|(k, &c)| lower_at(i + k) == c);
    match b[i] {
        b'0'..=b'9' => true,
        // Weekdays and months are capitalised: Mon…Sun, Jan…Dec.
        b'M' => rest(i + 1, b"on") || rest(i + 1, b"ar") || rest(i + 1, b"ay"),
        b'T' => {
            rest(i + 1, b"ue")
                || rest(i + 1, b"hu")
                || rest(i + 1, b"oday")
                || rest(i + 1, b"onight")
                || rest(i + 1, b"omorrow")
        }
        b'W' => rest(i + 1, b"ed") || rest(i + 1, b"eek"),
        b'F' => rest(i + 1, b"ri") || rest(i + 1, b"eb"),
        b'S' => rest(i + 1, b"at") || rest(i + 1, b"un") || rest(i + 1, b"ep"),
        b'J' => rest(i + 1, b"an") || rest(i + 1, b"un") || rest(i + 1, b"ul"),
        b'A' => rest(i + 1, b"pr") || rest(i + 1, b"ug"),
        b'O' => rest(i + 1, b"ct"),
        b'N' => rest(i + 1, b"ov"),
        b'D' => rest(i + 1, b"ec") || rest(i + 1, b"ay"),
        b'Y' | b'y' => rest(i + 1, b"ear") || rest(i + 1, b"esterday"),
        b'd' => rest(i + 1, b"ay"),
        b'w' => rest(i + 1, b"eek"),
        b'm' => rest(i + 1, b"onth"),
        b't' => rest(i + 1, b"oday") || rest(i + 1, b"onight") || rest(i + 1, b"omorrow"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
            "on Thursday",
            "in Sept.",
            "2025-04-14",
            "in Dec",
            "the day before",
            "LAST WEEK",
            "9",
            "x9",
            "Dec",
        ] {
            assert!(may_hold_time(s), "{s}");
        }
        for s in ["Ministers met and signed an agreement on trade.", "", "M", "Ma", "d", "mont", "Dé"] {
            assert!(!may_hold_time(s), "{s}");
        }
    }

    /// Every byte tested exactly: what the table must agree with.
    fn every_byte(s: &str) -> bool {
        (0..s.len()).any(|i| time_word_at(s.as_bytes(), i))
    }

    #[test]
    fn the_table_misses_no_opener() {
        // Every pair of bytes, each alone and inside words.
        for c0 in 0..=255u8 {
            for c1 in 0..=255u8 {
                for tail in [&b""[..], b"ay", b"AY", b"eek", b"ear", b"onth", b"on", b"orrow"] {
                    let mut v = vec![b'x', c0, c1];
                    v.extend_from_slice(tail);
                    let s = String::from_utf8_lossy(&v);
                    assert_eq!(may_hold_time(&s), every_byte(&s), "{s:?}");
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn agrees_with_every_byte_tested(
            text in "(\\PC|Mon|mar|TUE|thu|Wed|week|fri|Feb|sat|SUN|sep|Jan|jun|JUL|apr|Aug|oct|Nov|dec|Day|year|yesterday|month|today|tonight|tomorrow|[0-9]| ){0,40}",
        ) {
            proptest::prop_assert_eq!(may_hold_time(&text), every_byte(&text));
        }
    }
}
