//! A fast hasher for the short string keys of word tables.
//!
//! The standard SipHash guards against hash flooding, which matters for
//! tables keyed by untrusted input; these tables are keyed by our own
//! dictionary words and are only *probed* with input, so a multiply-rotate
//! hash (as in rustc's FxHash) is safe and several times faster.

use std::hash::{BuildHasherDefault, Hasher};

/// The hasher state.
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(tail(rest) ^ (rest.len() as u64) << 59);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// The 1 to 7 bytes of `rest`, zero-padded and read little-endian: two
/// overlapping reads instead of a loop over the bytes, whose varying length
/// the processor would often guess wrong (most words end in a part chunk).
#[inline]
fn tail(rest: &[u8]) -> u64 {
    let n = rest.len();
    if n >= 4 {
        let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
        let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
        // The bytes the two reads share are the same, so OR keeps them.
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else {
        let byte = |k: usize| u64::from(rest[k]) << (8 * k);
        byte(0) | byte(n / 2) | byte(n - 1)
    }
}

/// `BuildHasher` for [`WordHasher`].
pub type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// A `HashMap` with the word hasher.
pub type WordMap<K, V> = std::collections::HashMap<K, V, BuildWordHasher>;

/// A `HashSet` with the word hasher.
pub type WordSet<K> = std::collections::HashSet<K, BuildWordHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinguishes_short_keys() {
        let mut m: WordMap<&str, u32> = WordMap::default();
        for (i, w) in ["a", "b", "ab", "ba", "abcdefgh", "abcdefghi", ""].iter().enumerate() {
            m.insert(w, i as u32);
        }
        assert_eq!(m.len(), 7);
        assert_eq!(m.get("abcdefghi"), Some(&5));
        assert_eq!(m.get("abc"), None);
    }

    #[test]
    fn rest_read_as_zero_padded_little_endian() {
        for len in 0..20 {
            let bytes: Vec<u8> = (0..len).map(|i| (i * 37 + 11) as u8).collect();
            let mut h = WordHasher::default();
            h.write(&bytes);
            let mut expected = WordHasher::default();
            for c in bytes.chunks(8) {
                let mut b = [0u8; 8];
                b[..c.len()].copy_from_slice(c);
                let tail = if c.len() < 8 { (c.len() as u64) << 59 } else { 0 };
                expected.add(u64::from_le_bytes(b) ^ tail);
            }
            assert_eq!(h.finish(), expected.finish(), "{len} bytes");
        }
    }
}
