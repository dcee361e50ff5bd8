//! The packed gazetteer: places, their strings and the name table as
//! little-endian bytes, which the build script writes from the built-in
//! rows and the binary reads in place at start-up, with no parsing,
//! folding or sorting left to do.
//!
//! Layout: the magic bytes, four `u32` lengths (places, string bytes,
//! slot bytes, id bytes), then the place records, the strings, the slots
//! and the ids.

use crate::names::NameTable;
use crate::place::{Place, RECORD};
use crate::rows::Rows;
use std::borrow::Cow;

const MAGIC: &[u8; 8] = b"dyadgaz1";

/// What the packed bytes hold.
pub(crate) struct Unpacked {
    pub(crate) places: Vec<Place>,
    pub(crate) strings: &'static str,
    pub(crate) names: NameTable,
}

/// The packed form of `rows`.
#[allow(dead_code, reason = "the build script writes with it")]
pub(crate) fn pack(rows: &Rows) -> Vec<u8> {
    let names = NameTable::build(&rows.entries, rows.first_words.iter().copied());
    let (slots, ids) = names.parts();
    let mut out = Vec::with_capacity(MAGIC.len() + 16 + rows.places.len() * RECORD + slots.len() + ids.len());
    out.extend_from_slice(MAGIC);
    for n in [rows.places.len(), rows.strings.len(), slots.len(), ids.len()] {
        out.extend_from_slice(&(n as u32).to_le_bytes());
    }
    for p in &rows.places {
        p.encode(&mut out);
    }
    out.extend_from_slice(rows.strings.as_bytes());
    out.extend_from_slice(slots);
    out.extend_from_slice(ids);
    out
}

/// Reads what [`pack`] wrote; `None` when the bytes are not a packed
/// gazetteer.
pub(crate) fn unpack(bytes: &'static [u8]) -> Option<Unpacked> {
    let rest = bytes.strip_prefix(MAGIC)?;
    let (lengths, mut rest) = rest.split_at_checked(16)?;
    let mut len = [0usize; 4];
    for (n, b) in len.iter_mut().zip(lengths.chunks_exact(4)) {
        *n = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as usize;
    }
    let [places, strings, slots, ids] = len;
    let mut take = |n: usize| {
        let (part, after) = rest.split_at_checked(n)?;
        rest = after;
        Some(part)
    };
    let records = take(places.checked_mul(RECORD)?)?;
    let places = records.chunks_exact(RECORD).map(Place::decode).collect::<Option<Vec<Place>>>()?;
    let strings = std::str::from_utf8(take(strings)?).ok()?;
    let slots = take(slots)?;
    let ids = take(ids)?;
    if !rest.is_empty() {
        return None;
    }
    let names = NameTable::from_parts(Cow::Borrowed(slots), Cow::Borrowed(ids))?;
    Some(Unpacked { places, strings, names })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unpacks_what_it_packed_and_nothing_else() {
        let rows =
            Rows::parse("city\t1\tYork\tGBR\t\t53.9\t-1.1\t150000\tEboracum\ncountry\t2\tChad\tTCD\t\t15\t19\t9\t\n");
        let packed: &'static [u8] = Vec::leak(pack(&rows));
        let unpacked = unpack(packed).expect("packed");
        assert_eq!(unpacked.places, rows.places);
        assert_eq!(unpacked.strings, rows.strings);
        let built = NameTable::build(&rows.entries, rows.first_words.iter().copied());
        assert_eq!(unpacked.names.parts(), built.parts());
        for cut in [0, 8, 24, packed.len() - 1] {
            assert!(unpack(&packed[..cut]).is_none(), "{cut}");
        }
        let mut longer = packed.to_vec();
        longer.push(0);
        assert!(unpack(Vec::leak(longer)).is_none());
    }
}
