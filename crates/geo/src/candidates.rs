//! The places a name may mean, held without a heap allocation when they
//! are few, as they nearly always are.

use crate::PlaceId;

/// How many candidates are held in place.
const INLINE: usize = 3;

/// The places a mention may mean, in order; a slice by `Deref`. Most
/// names have one place: a vector for each would be an allocation for
/// every place named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidates(Held);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Held {
    Inline { len: u8, ids: [PlaceId; INLINE] },
    Heap(Vec<PlaceId>),
}

impl Candidates {
    /// One place.
    pub fn one(id: PlaceId) -> Candidates {
        Candidates(Held::Inline { len: 1, ids: [id; INLINE] })
    }
}

impl std::ops::Deref for Candidates {
    type Target = [PlaceId];

    fn deref(&self) -> &[PlaceId] {
        match &self.0 {
            Held::Inline { len, ids } => &ids[..usize::from(*len)],
            Held::Heap(ids) => ids,
        }
    }
}

impl FromIterator<PlaceId> for Candidates {
    fn from_iter<I: IntoIterator<Item = PlaceId>>(iter: I) -> Candidates {
        let mut iter = iter.into_iter();
        let mut ids = [PlaceId(0); INLINE];
        let mut len = 0;
        for id in iter.by_ref() {
            if len == INLINE {
                let mut heap = ids.to_vec();
                heap.push(id);
                heap.extend(iter);
                return Candidates(Held::Heap(heap));
            }
            ids[len] = id;
            len += 1;
        }
        Candidates(Held::Inline { len: len as u8, ids })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_any_number_in_order() {
        for n in 0..8u32 {
            let c: Candidates = (0..n).map(PlaceId).collect();
            assert_eq!(&*c, &(0..n).map(PlaceId).collect::<Vec<_>>()[..], "{n}");
        }
        assert_eq!(&*Candidates::one(PlaceId(7)), &[PlaceId(7)]);
    }
}
