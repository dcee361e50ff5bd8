//! A one-look-up test of whether a word may be one of a short list of
//! words, by its first two letters (either case) and its length: the later
//! stages ask it of nearly every token, and it turns away nearly all.

/// Index 0 … 25 of an ASCII letter of either case; 26 for any other byte.
pub const fn letter(c: u8) -> usize {
    let l = (c | 0x20).wrapping_sub(b'a') as usize;
    if l < 26 { l } else { 26 }
}

/// For each first two letters of a word (26 standing for a byte that is no
/// letter, or none): bit `n` set when a listed word of `n` bytes starts so
/// (15 standing for 15 or more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PairTable([u16; 27 * 27]);

impl PairTable {
    /// The table of `words` (lower case or not: case does not count).
    pub const fn new(words: &[&[u8]]) -> PairTable {
        let mut t = PairTable([0; 27 * 27]);
        let mut k = 0;
        while k < words.len() {
            t = t.with(words[k]);
            k += 1;
        }
        t
    }

    /// [`PairTable::new`] of words as strings.
    pub const fn of_words(words: &[&str]) -> PairTable {
        let mut t = PairTable([0; 27 * 27]);
        let mut k = 0;
        while k < words.len() {
            t = t.with(words[k].as_bytes());
            k += 1;
        }
        t
    }

    /// The table with word `w` listed too.
    pub const fn with(self, w: &[u8]) -> PairTable {
        let mut t = self.0;
        if !w.is_empty() {
            let second = if w.len() > 1 { letter(w[1]) } else { 26 };
            t[letter(w[0]) * 27 + second] |= 1 << if w.len() < 15 { w.len() } else { 15 };
        }
        PairTable(t)
    }

    /// The table with every word of at least `min_len` bytes that starts
    /// with `pair` let through too (`mid-March` for the pair `mi`).
    pub const fn with_longer(self, pair: &[u8; 2], min_len: usize) -> PairTable {
        let mut t = self.0;
        t[letter(pair[0]) * 27 + letter(pair[1])] |= 0xFFFF << min_len;
        PairTable(t)
    }

    /// Word `w` may be a listed word: its first two letters and its length
    /// are a listed word's.
    #[inline]
    pub fn may_hold(&self, w: &[u8]) -> bool {
        let at = |k: usize| w.get(k).map_or(26, |&c| letter(c));
        self.0[at(0) * 27 + at(1)] >> w.len().min(15) & 1 != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_words_pass_in_any_case_and_others_mostly_not() {
        const T: PairTable = PairTable::new(&[b"in", b"near", b"throughout"]).with_longer(b"mi", 7);
        for w in ["in", "IN", "near", "Near", "throughout", "mid-March", "mid-september"] {
            assert!(T.may_hold(w.as_bytes()), "{w}");
        }
        for w in ["", "i", "inn", "the", "nearby", "mid", "throughouts", "12", "é"] {
            assert!(!T.may_hold(w.as_bytes()), "{w}");
        }
        assert_eq!(letter(b'A'), 0);
        assert_eq!(letter(b'z'), 25);
        assert_eq!(letter(b'['), 26);
        assert_eq!(letter(0xC3), 26);
    }
}
