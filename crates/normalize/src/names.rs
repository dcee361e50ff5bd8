//! The names the normalizer may lean on: actors, places, people.

use dyad_lexicon::WordMap;

/// A case-insensitive set of known names, each with its usual spelling.
///
/// Whole entries (`Xi`, `Kremlin`, `Poutine`) back the possessive and case
/// repairs; the capitalised words of multi-word entries (`Korea` of
/// `North Korea`) also back glued-word splits.
#[derive(Clone, Debug)]
pub struct NameSet {
    /// Identity of this set's contents, for caches keyed by it.
    id: u64,
    /// Lower-case word → (usual spelling, true when it is a whole entry).
    words: WordMap<String, (String, bool)>,
    /// Bit set over a hash of the first four letters (lower case) of every
    /// word: a cheap test before trying to split a word into a name and
    /// another word.
    heads: Box<[u64]>,
    /// Bit set over a hash of every lower-case word: most probes are for
    /// words that are no name, and this answers them without a table look-up.
    bloom: Box<[u64]>,
    /// Last word of each two-word name → the first words it follows, all
    /// lower case (`kong` → `hong`): "Hong Kongs" is a possessive.
    second_words: WordMap<String, Vec<String>>,
}

const HEAD_BITS: usize = 1 << 16;
const BLOOM_BITS: usize = 1 << 18;

impl Default for NameSet {
    fn default() -> NameSet {
        NameSet {
            id: next_id(),
            words: WordMap::default(),
            heads: vec![0u64; HEAD_BITS / 64].into_boxed_slice(),
            bloom: vec![0u64; BLOOM_BITS / 64].into_boxed_slice(),
            second_words: WordMap::default(),
        }
    }
}

impl NameSet {
    /// An empty set.
    pub fn new() -> NameSet {
        NameSet::default()
    }

    /// Identity of the current contents (changes on every insert).
    pub(crate) fn id(&self) -> u64 {
        self.id
    }

    /// Adds a name (one word or several).
    pub fn insert(&mut self, name: &str) {
        self.id = next_id();
        let name = name.trim();
        let mut words = name.split(|c: char| c.is_whitespace() || c == '-');
        match (words.next(), words.next()) {
            (Some(w), None) if !w.is_empty() => {
                self.add_head(w);
                let e = self.words.entry(w.to_lowercase()).or_insert_with(|| (w.to_string(), true));
                if !e.1 {
                    *e = (w.to_string(), true);
                }
            }
            (Some(first), Some(second)) => {
                // Only a capitalised last word takes a lost apostrophe.
                if words.next().is_none() && !first.is_empty() && second.starts_with(char::is_uppercase) {
                    let firsts = self.second_words.entry(second.to_lowercase()).or_default();
                    let first = first.to_lowercase();
                    if !firsts.contains(&first) {
                        firsts.push(first);
                    }
                }
                for w in name.split(|c: char| c.is_whitespace() || c == '-') {
                    if w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) {
                        self.add_head(w);
                        self.words.entry(w.to_lowercase()).or_insert_with(|| (w.to_string(), false));
                    }
                }
            }
            _ => {}
        }
    }

    fn add_head(&mut self, w: &str) {
        if let Some(h) = head_bit(w) {
            self.heads[h / 64] |= 1 << (h % 64);
        }
        let b = bloom_bit(w);
        self.bloom[b / 64] |= 1 << (b % 64);
    }

    /// False when `word` is certainly no name (nor a word of one).
    fn maybe(&self, word: &str) -> bool {
        if !word.is_ascii() {
            return true;
        }
        let b = bloom_bit(word);
        self.bloom[b / 64] & (1 << (b % 64)) != 0
    }

    /// True when some name starts like `word` (first four letters, without
    /// case); false means no prefix of `word` can be a name of four or
    /// more letters.
    pub fn may_start_name(&self, word: &str) -> bool {
        head_bit(word).is_some_and(|h| self.heads[h / 64] & (1 << (h % 64)) != 0)
    }

    /// Lengths `n` in `min..=max` (longest first) at which the ASCII word
    /// `w[..n]` may be a name, by the bloom bits alone: one pass over the
    /// word, since the bloom hash extends byte by byte.
    pub(crate) fn name_prefixes(&self, w: &str, min: usize, max: usize) -> Vec<usize> {
        let mut h: u32 = 0x811c_9dc5;
        let mut out = Vec::new();
        for (k, &b) in w.as_bytes().iter().enumerate().take(max) {
            h = (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
            let n = k + 1;
            let bit = (h >> 7) as usize % BLOOM_BITS;
            if n >= min && self.bloom[bit / 64] & (1 << (bit % 64)) != 0 {
                out.push(n);
            }
        }
        out.reverse();
        out
    }

    /// The usual spelling of a one-word name, matched without case.
    pub fn whole(&self, word: &str) -> Option<&str> {
        if !self.maybe(word) {
            return None;
        }
        with_lower(word, |lower| self.words.get(lower).filter(|e| e.1).map(|e| e.0.as_str()))
    }

    /// `word` ends a two-word name after `before` (`Hong` `Kong`), in any
    /// case.
    pub fn ends_two_word_name(&self, before: &str, word: &str) -> bool {
        if !self.maybe(word) {
            return false;
        }
        with_lower(word, |lower| {
            self.second_words.get(lower).is_some_and(|firsts| firsts.iter().any(|f| f.eq_ignore_ascii_case(before)))
        })
    }

    /// True when `word` is a name or a capitalised word of one.
    pub fn contains_any(&self, word: &str) -> bool {
        if !self.maybe(word) {
            return false;
        }
        with_lower(word, |lower| self.words.contains_key(lower))
    }

    /// Number of distinct words known.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when no name is known.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn next_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Bloom bit of a word: FNV-1a over its bytes, ASCII case folded (other
/// bytes as they are; non-ASCII names are looked up in full anyway).
fn bloom_bit(w: &str) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for &b in w.as_bytes() {
        h = (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(0x0100_0193);
    }
    (h >> 7) as usize % BLOOM_BITS
}

/// Bit index for the first four bytes of `w`, lower-cased.
fn head_bit(w: &str) -> Option<usize> {
    let b = w.as_bytes();
    if b.len() < 4 {
        return None;
    }
    let key = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) | 0x2020_2020;
    Some((key.wrapping_mul(0x9E37_79B1) >> 16) as usize % HEAD_BITS)
}

/// Calls `f` with `word` in lower case, without allocating for short
/// ASCII words (the usual case on the hot path).
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 48];
    if word.is_ascii() && word.len() <= buf.len() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        // Lower-casing ASCII keeps it ASCII, so this cannot fail.
        f(std::str::from_utf8(b).unwrap_or_default())
    } else {
        f(&word.to_lowercase())
    }
}

impl<S: AsRef<str>> FromIterator<S> for NameSet {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> NameSet {
        let mut set = NameSet::new();
        for n in iter {
            set.insert(n.as_ref());
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_words_follow_their_first() {
        let set: NameSet = ["Hong Kong", "South Korea", "Kim Jong-un", "Xi"].into_iter().collect();
        assert!(set.ends_two_word_name("HONG", "kong"));
        assert!(set.ends_two_word_name("south", "Korea"));
        assert!(!set.ends_two_word_name("King", "Kong"));
        assert!(!set.ends_two_word_name("Kim", "Jong"), "three words");
        assert!(!set.ends_two_word_name("", "Xi"));
    }

    #[test]
    fn whole_and_pieces() {
        let set: NameSet = ["Xi", "North Korea", "Kim Jong-un"].into_iter().collect();
        assert_eq!(set.whole("XI"), Some("Xi"));
        assert!(set.whole("Korea").is_none());
        assert!(set.contains_any("korea"));
        assert!(set.contains_any("Jong"));
        assert!(!set.contains_any("un"));
    }
}
