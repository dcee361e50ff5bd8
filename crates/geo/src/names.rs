//! The name index: which places bear a name and how many words the names
//! starting with a word have, answered by one probe of one flat table.
//!
//! The finder asks about two capitalised words in a sentence. Hash maps
//! and a separate sorted index cost several cache misses an ask; here a
//! slot holds both answers and the places of a name lie side by side.

use crate::PlaceId;
use std::borrow::Cow;

/// Set in an entry of the places of a name when the name is the place's
/// own (primary) name, not an alternate.
const PRIMARY: u32 = 1 << 31;
/// Bytes of one slot: key (8), start (4), count (2), lengths (1), unused (1).
const SLOT: usize = 16;

/// What the table knows of one key (the hash of a folded name).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Slot {
    /// The key; 0 marks an empty slot (a key that hashes to 0 is stored as 1).
    key: u64,
    /// Where the places bearing the name start in `ids`.
    start: u32,
    /// How many places bear it (0: it only starts longer names).
    count: u16,
    /// Bit `n - 1` set when some name of `n` words starts with this key as
    /// its first word.
    pub(crate) lengths: u8,
}

impl Slot {
    /// The key names a place or starts a name.
    pub(crate) fn known(&self) -> bool {
        self.count > 0 || self.lengths > 0
    }

    fn read(b: &[u8]) -> Slot {
        let mut key = [0u8; 8];
        key.copy_from_slice(&b[..8]);
        Slot {
            key: u64::from_le_bytes(key),
            start: u32::from_le_bytes([b[8], b[9], b[10], b[11]]),
            count: u16::from_le_bytes([b[12], b[13]]),
            lengths: b[14],
        }
    }

    fn write(&self, b: &mut [u8]) {
        b[..8].copy_from_slice(&self.key.to_le_bytes());
        b[8..12].copy_from_slice(&self.start.to_le_bytes());
        b[12..14].copy_from_slice(&self.count.to_le_bytes());
        b[14] = self.lengths;
    }
}

/// The flat table and the places of each name, as little-endian bytes:
/// built at run time, or compiled into the binary by the build script and
/// read where it lies.
#[derive(Debug)]
pub(crate) struct NameTable {
    /// Open addressing, linear probing; a power of two of [`SLOT`]-byte
    /// slots, at most two thirds full.
    slots: Cow<'static, [u8]>,
    /// Place ids (`u32`), with [`PRIMARY`], grouped by name.
    ids: Cow<'static, [u8]>,
}

impl Default for NameTable {
    fn default() -> NameTable {
        NameTable::build(&[], std::iter::empty())
    }
}

fn stored(hash: u64) -> u64 {
    hash.max(1)
}

impl NameTable {
    /// The table of `entries` (hash of a name, place, primary), sorted by
    /// hash, and of `first_words` (hash of a first word, lengths; a hash
    /// may come more than once).
    pub(crate) fn build(entries: &[(u64, u32, bool)], first_words: impl Iterator<Item = (u64, u8)>) -> NameTable {
        let mut runs: Vec<(u64, u32, u16)> = Vec::new();
        let mut ids: Vec<u8> = Vec::with_capacity(entries.len() * 4);
        for &(hash, id, primary) in entries {
            let key = stored(hash);
            match runs.last_mut() {
                // A name no more than 65,535 places bear: GeoNames' most
                // common city names have a few hundred.
                Some(run) if run.0 == key && run.2 < u16::MAX => run.2 += 1,
                Some(run) if run.0 == key => continue,
                _ => runs.push((key, (ids.len() / 4) as u32, 1)),
            }
            ids.extend_from_slice(&(id | if primary { PRIMARY } else { 0 }).to_le_bytes());
        }
        let mut first_words: Vec<(u64, u8)> = first_words.map(|(h, l)| (stored(h), l)).collect();
        first_words.sort_unstable_by_key(|&(h, _)| h);
        // The keys: every name, and the first words that are no name
        // themselves (few are). At most two thirds full, and always an
        // empty slot to end a probe.
        let mut only_first = first_words
            .iter()
            .map(|&(h, _)| h)
            .filter(|h| runs.binary_search_by_key(h, |r| r.0).is_err())
            .collect::<Vec<_>>();
        only_first.dedup();
        let keys = runs.len() + only_first.len();
        let capacity = (keys * 3 / 2 + 1).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); capacity];
        for (key, start, count) in runs {
            let slot = claim(&mut slots, key);
            slot.start = start;
            slot.count = count;
        }
        for (key, lengths) in first_words {
            claim(&mut slots, key).lengths |= lengths;
        }
        let mut bytes = vec![0u8; capacity * SLOT];
        for (slot, b) in slots.iter().zip(bytes.chunks_exact_mut(SLOT)) {
            slot.write(b);
        }
        NameTable { slots: Cow::Owned(bytes), ids: Cow::Owned(ids) }
    }

    /// The table [`NameTable::parts`] gave, read where it lies; `None`
    /// when the parts are not a table's.
    pub(crate) fn from_parts(slots: Cow<'static, [u8]>, ids: Cow<'static, [u8]>) -> Option<NameTable> {
        let count = slots.len() / SLOT;
        if !slots.len().is_multiple_of(SLOT) || !count.is_power_of_two() || !ids.len().is_multiple_of(4) {
            return None;
        }
        // Nothing else to check: a look-up stays inside the slots, and a
        // run past the ids reads as no places.
        Some(NameTable { slots, ids })
    }

    /// The slots and the ids, as bytes.
    #[allow(dead_code, reason = "the build script writes with it")]
    pub(crate) fn parts(&self) -> (&[u8], &[u8]) {
        (&self.slots, &self.ids)
    }

    fn slot(&self, at: usize) -> Slot {
        Slot::read(&self.slots[at * SLOT..(at + 1) * SLOT])
    }

    fn capacity(&self) -> usize {
        self.slots.len() / SLOT
    }

    fn home(&self, key: u64) -> usize {
        // The word hasher ends with a multiplication: its high bits are
        // the well-mixed ones.
        (key >> (64 - self.capacity().trailing_zeros())) as usize
    }

    /// What the table knows of `key` (all zero when nothing).
    fn probe(&self, key: u64) -> Slot {
        let capacity = self.capacity();
        if capacity == 0 {
            return Slot { key, ..Slot::default() };
        }
        let mask = capacity - 1;
        let mut at = self.home(key);
        loop {
            let slot = self.slot(at);
            if slot.key == key {
                return slot;
            }
            if slot.key == 0 {
                return Slot { key, ..Slot::default() };
            }
            at = (at + 1) & mask;
        }
    }

    /// What the table knows of `hash`. No memo of recent answers: one
    /// probe costs no more than asking a memo, and the processor's caches
    /// keep the slots of names an article repeats.
    pub(crate) fn get(&self, hash: u64) -> Slot {
        self.probe(stored(hash))
    }

    /// The places bearing the name of `slot`, each with whether it is
    /// their own name, by place.
    pub(crate) fn places(&self, slot: Slot) -> impl Iterator<Item = (PlaceId, bool)> + '_ {
        let start = slot.start as usize * 4;
        let run = self.ids.get(start..start + slot.count as usize * 4).unwrap_or_default();
        run.chunks_exact(4).map(|b| {
            let id = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
            (PlaceId(id & !PRIMARY), id & PRIMARY != 0)
        })
    }
}

/// The slot of `key` in `slots`, claimed when absent.
fn claim(slots: &mut [Slot], key: u64) -> &mut Slot {
    let mask = slots.len() - 1;
    let mut at = (key >> (64 - slots.len().trailing_zeros())) as usize;
    while slots[at].key != 0 && slots[at].key != key {
        at = (at + 1) & mask;
    }
    let slot = &mut slots[at];
    slot.key = key;
    slot
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_runs_and_lengths_of_every_key() {
        let entries = [(5, 1, true), (5, 2, false), (9, 3, true), (0, 4, false)];
        let t = NameTable::build(&entries, [(5, 0b11), (7, 0b100)].into_iter());
        let five: Vec<_> = t.places(t.get(5)).collect();
        assert_eq!(five, [(PlaceId(1), true), (PlaceId(2), false)]);
        assert_eq!(t.get(5).lengths, 0b11);
        assert_eq!(t.places(t.get(7)).count(), 0);
        assert_eq!(t.get(7).lengths, 0b100);
        assert_eq!(t.places(t.get(0)).collect::<Vec<_>>(), [(PlaceId(4), false)]);
        assert_eq!(t.get(8), Slot { key: 8, ..Slot::default() });
    }

    #[test]
    fn colliding_keys_probe_on() {
        // Keys sharing their high bits share a home slot.
        let entries: Vec<(u64, u32, bool)> = (0..40u64).map(|k| (k + 1, k as u32, true)).collect();
        let t = NameTable::build(&entries, std::iter::empty());
        for k in 0..40u64 {
            assert_eq!(t.places(t.get(k + 1)).collect::<Vec<_>>(), [(PlaceId(k as u32), true)]);
        }
        assert_eq!(t.places(t.get(41)).count(), 0);
    }

    #[test]
    fn two_tables_answer_apart() {
        let a = NameTable::build(&[(3, 1, true)], std::iter::empty());
        let b = NameTable::build(&[(3, 2, true)], std::iter::empty());
        for _ in 0..2 {
            assert_eq!(a.places(a.get(3)).next(), Some((PlaceId(1), true)));
            assert_eq!(b.places(b.get(3)).next(), Some((PlaceId(2), true)));
        }
    }
}
