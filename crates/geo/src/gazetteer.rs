//! The gazetteer: places with coordinates, and an index of their names.

use crate::GeoError;
use crate::fold::{fold_name, key_hash};
use crate::names::{NameTable, Slot};
use crate::packed;
use crate::rows::{Entry, Rows, merged_first_words, name_key, sorted_entries};
use crate::{Place, PlaceId, PlaceKind};
use std::borrow::Cow;
use std::sync::{Arc, OnceLock};

/// The built-in rows (`dictionaries/places/gazetteer.tsv`), parsed, folded
/// and indexed by the build script.
const PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

/// Places and a name index; immutable once built, shared by `Arc`.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Primary names and admin1 codes, concatenated.
    strings: Cow<'static, str>,
    /// The index of the rows' names.
    names: NameTable,
    /// Names added after the rows (`Britain`), sorted as the rows' are:
    /// kept for adding more.
    added: Vec<Entry>,
    /// Their first words, sorted.
    added_first_words: Vec<(u64, u8)>,
    /// Their index, with what the rows know of the same keys: small, asked
    /// first.
    added_names: NameTable,
    /// Country rows by code, sorted.
    countries: Vec<(u32, u32)>,
}

impl Gazetteer {
    /// The embedded GeoNames-derived gazetteer, read on first use.
    pub fn builtin() -> Arc<Gazetteer> {
        static CELL: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        CELL.get_or_init(|| Arc::new(Gazetteer::unpack_builtin())).clone()
    }

    /// A fresh copy of the embedded gazetteer, to add aliases to. Its name
    /// index is read where the binary holds it; only the places are copied.
    pub fn unpack_builtin() -> Gazetteer {
        // The build script wrote these bytes and a test reads them back:
        // they cannot fail to unpack but through a bug in this crate.
        match packed::unpack(PACKED) {
            Some(p) => Gazetteer::new(p.places, Cow::Borrowed(p.strings), p.names),
            None => Gazetteer::parse("", "built-in gazetteer").0,
        }
    }

    /// Parses gazetteer rows (`kind geonameid name country admin1 lat lon
    /// population alternates`): the rows that parse, and an error naming
    /// the line of each that does not.
    pub fn parse(text: &str, file: &str) -> (Gazetteer, Vec<GeoError>) {
        let rows = Rows::parse(text);
        let names = NameTable::build(&rows.entries, rows.first_words.iter().copied());
        let errors =
            rows.errors.into_iter().map(|(line, what)| GeoError { file: file.to_string(), line, what }).collect();
        (Gazetteer::new(rows.places, Cow::Owned(rows.strings), names), errors)
    }

    fn new(places: Vec<Place>, strings: Cow<'static, str>, names: NameTable) -> Gazetteer {
        let mut countries: Vec<(u32, u32)> = (0..places.len() as u32)
            .filter(|&i| places[i as usize].kind == PlaceKind::Country)
            .map(|i| (country_key(places[i as usize].country), i))
            .collect();
        countries.sort_unstable();
        Gazetteer {
            places,
            strings,
            names,
            added: Vec::new(),
            added_first_words: Vec::new(),
            added_names: NameTable::default(),
            countries,
        }
    }

    /// Adds other names for places (`Britain` for the United Kingdom):
    /// they count as primary names.
    pub fn add_aliases<'n>(&mut self, aliases: impl IntoIterator<Item = (&'n str, PlaceId)>) {
        let mut key = String::new();
        let mut added = std::mem::take(&mut self.added);
        let mut first_words = std::mem::take(&mut self.added_first_words);
        for (name, place) in aliases {
            if (place.0 as usize) >= self.places.len() {
                continue;
            }
            if let Some(first_word) = name_key(name, &mut key) {
                added.push((key_hash(&key), place.0, true));
                first_words.push(first_word);
            }
        }
        self.added = sorted_entries(added);
        self.added_first_words = merged_first_words(first_words);
        // The added table answers for every key it holds with what both
        // tables know, so a look-up asks one table: the added one when it
        // holds the key, else the rows'.
        let mut keys: Vec<u64> =
            self.added.iter().map(|e| e.0).chain(self.added_first_words.iter().map(|w| w.0)).collect();
        keys.sort_unstable();
        keys.dedup();
        let mut entries = self.added.clone();
        let mut lengths = Vec::with_capacity(keys.len());
        for &k in &keys {
            let slot = self.names.get(k);
            entries.extend(self.names.places(slot).map(|(id, own)| (k, id.0, own)));
            let added =
                self.added_first_words.binary_search_by_key(&k, |w| w.0).map_or(0, |at| self.added_first_words[at].1);
            lengths.push((k, slot.lengths | added));
        }
        self.added_names = NameTable::build(&sorted_entries(entries), lengths.into_iter());
    }

    /// What the tables know of `hash`, and the table whose places the slot
    /// names.
    fn slot(&self, hash: u64) -> (&NameTable, Slot) {
        if !self.added.is_empty() {
            let added = self.added_names.get(hash);
            if added.known() {
                return (&self.added_names, added);
            }
        }
        (&self.names, self.names.get(hash))
    }

    /// The lengths, in words, of the names whose folded first word hashes
    /// to `hash`: bit `n - 1` set for `n` words (0: no name starts so).
    pub(crate) fn lengths_from(&self, hash: u64) -> u8 {
        self.slot(hash).1.lengths
    }

    /// Number of places.
    pub fn len(&self) -> usize {
        self.places.len()
    }

    /// True when there are no places.
    pub fn is_empty(&self) -> bool {
        self.places.is_empty()
    }

    /// A place.
    ///
    /// # Panics
    ///
    /// When `id` is not of this gazetteer.
    pub fn place(&self, id: PlaceId) -> &Place {
        &self.places[id.0 as usize]
    }

    /// The primary name of a place.
    pub fn name(&self, id: PlaceId) -> &str {
        let (s, n) = self.place(id).name;
        &self.strings[s as usize..(s + n) as usize]
    }

    /// The first-level division code (US: state abbreviation).
    pub fn admin1(&self, id: PlaceId) -> &str {
        let (s, n) = self.place(id).admin1;
        &self.strings[s as usize..(s + n) as usize]
    }

    /// Places whose folded name (see `fold_name`) hashes to `hash`, each
    /// with whether that name is its primary one.
    pub(crate) fn by_hash(&self, hash: u64) -> impl Iterator<Item = (PlaceId, bool)> + '_ {
        let (table, slot) = self.slot(hash);
        table.places(slot)
    }

    /// Places called `name` (any case and accents, primary or alternate).
    pub fn lookup(&self, name: &str) -> Vec<PlaceId> {
        let mut key = String::new();
        fold_name(name, &mut key);
        self.by_hash(key_hash(&key)).map(|(id, _)| id).collect()
    }

    /// The country row with this code.
    pub fn country(&self, code: &str) -> Option<PlaceId> {
        self.country_of(code.as_bytes().try_into().ok()?)
    }

    /// [`Gazetteer::country`] of a code's bytes.
    pub fn country_of(&self, code: [u8; 3]) -> Option<PlaceId> {
        let at = self.countries.binary_search_by_key(&country_key(code), |&(c, _)| c).ok()?;
        Some(PlaceId(self.countries[at].1))
    }
}

/// A country code as one number, ordered as the code: asked of every
/// actor, a search over numbers is several times cheaper than over arrays.
fn country_key(code: [u8; 3]) -> u32 {
    u32::from_be_bytes([0, code[0], code[1], code[2]])
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: &str = include_str!("../../../dictionaries/places/gazetteer.tsv");

    #[test]
    fn the_packed_gazetteer_is_the_parsed_file() {
        let unpacked = Gazetteer::unpack_builtin();
        let (parsed, _) = Gazetteer::parse(BUILTIN, "gazetteer.tsv");
        assert!(unpacked.len() > 30_000);
        assert_eq!(unpacked.places, parsed.places);
        assert_eq!(unpacked.strings, parsed.strings);
        assert_eq!(unpacked.names.parts(), parsed.names.parts());
        assert_eq!(unpacked.countries, parsed.countries);
    }

    #[test]
    fn added_names_merge_with_the_rows_by_place() {
        let (mut g, _) = Gazetteer::parse(
            "country\t1\tUnited Kingdom\tGBR\t\t54\t-2\t66000000\tUK\ncity\t2\tBritain\tUSA\t\t1\t2\t3\t\n",
            "g.tsv",
        );
        let ask = |g: &Gazetteer, name: &str| {
            let mut key = String::new();
            fold_name(name, &mut key);
            let hash = key_hash(&key);
            (g.by_hash(hash).collect::<Vec<_>>(), g.lengths_from(hash))
        };
        assert_eq!(ask(&g, "Britain"), (vec![(PlaceId(1), true)], 1));
        g.add_aliases([("Britain", PlaceId(0)), ("UK", PlaceId(0)), ("Great Britain", PlaceId(0)), ("x", PlaceId(9))]);
        assert_eq!(ask(&g, "Britain"), (vec![(PlaceId(0), true), (PlaceId(1), true)], 1));
        // An alternate of the place, added again, is now its own name.
        assert_eq!(ask(&g, "uk"), (vec![(PlaceId(0), true)], 1));
        assert_eq!(ask(&g, "great").1, 0b10);
        assert_eq!(ask(&g, "x"), (vec![], 0));
    }

    #[test]
    fn builtin_parses_without_errors() {
        let (g, errors) = Gazetteer::parse(BUILTIN, "gazetteer.tsv");
        assert!(errors.is_empty(), "{}", errors[0]);
        assert!(g.len() > 30_000, "{} places", g.len());
        let moscow = g.lookup("MOSCOW");
        assert!(moscow.iter().any(|&id| g.place(id).kind == PlaceKind::Capital && g.place(id).country() == "RUS"));
        let zurich = g.lookup("Zurich");
        assert!(zurich.iter().any(|&id| g.place(id).country() == "CHE"), "alternate spelling without accent");
        let paris_tx = g.lookup("Paris").into_iter().find(|&id| g.admin1(id) == "TX");
        assert!(paris_tx.is_some());
        assert!(g.country("GEO").is_some());
    }

    #[test]
    fn every_builtin_name_folds_as_its_tokens() {
        // The shortcut of `fold_name` for letters and spaces, over the data
        // it serves.
        let (mut fast, mut slow) = (String::new(), String::new());
        for line in BUILTIN.lines().filter(|l| !l.starts_with('#')) {
            let cols: Vec<&str> = line.split('\t').collect();
            let names = std::iter::once(cols[2]).chain(cols.get(8).copied().unwrap_or("").split('|'));
            for name in names.filter(|n| n.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ')) {
                let words = fold_name(name, &mut fast);
                slow.clear();
                let mut n = 0;
                for t in dyad_segment::tokens(name, dyad_types::Span::new(0, name.len())) {
                    if n > 0 {
                        slow.push(' ');
                    }
                    slow.push_str(&name[t.span].to_lowercase());
                    n += 1;
                }
                assert_eq!((words, &fast), (n, &slow), "{name}");
            }
        }
    }

    #[test]
    fn bad_rows_are_reported_with_their_line() {
        let text =
            "# header\ncity\t1\tA\tFRA\t\t1\t2\t3\t\ncity\tx\tB\tFRA\t\t1\t2\t3\t\ncity\t2\tC\tfr\t\t1\t2\t3\t\n";
        let (g, errors) = Gazetteer::parse(text, "g.tsv");
        assert_eq!(g.len(), 1);
        assert_eq!(errors[0].to_string(), "g.tsv:3: geonameid `x` is not a number");
        assert_eq!(errors[1].to_string(), "g.tsv:4: country `fr` is not three capital letters");
        let text = "city\t1\tA\tFRA\t\t1\t2\t3\ncity\t1\tA\tFRA\t\t1\t2\t3\tB|C\tx\tx\ncity\t1\n\ncity\t1\tA\tFRA\t\t1\t2\t3\tB\tx\n";
        let (g, errors) = Gazetteer::parse(text, "g.tsv");
        let errors: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            errors,
            [
                "g.tsv:1: expected 9 tab-separated columns, found 8",
                "g.tsv:2: expected 9 tab-separated columns, found 11",
                "g.tsv:3: expected 9 tab-separated columns, found 2",
                "g.tsv:5: expected 9 tab-separated columns, found 10",
            ]
        );
        assert_eq!(g.len(), 0);
    }
}
