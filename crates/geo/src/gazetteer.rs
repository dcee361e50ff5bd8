//! The gazetteer: places with coordinates, and an index of their names.

use crate::GeoError;
use crate::fold::{fold_name, key_hash};
use crate::names::NameTable;
use dyad_lexicon::WordMap;
use std::sync::{Arc, OnceLock};

const BUILTIN: &str = include_str!("../../../dictionaries/places/gazetteer.tsv");
/// Names longer than this many words are not looked up in text.
const MAX_WORDS: usize = 5;

/// What kind of place a row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PlaceKind {
    /// A city of at least 15,000 people.
    City,
    /// A US state (or the District of Columbia).
    State,
    /// A national capital.
    Capital,
    /// A country or territory.
    Country,
}

impl PlaceKind {
    fn parse(s: &str) -> Option<PlaceKind> {
        Some(match s {
            "city" => PlaceKind::City,
            "state" => PlaceKind::State,
            "capital" => PlaceKind::Capital,
            "country" => PlaceKind::Country,
            _ => return None,
        })
    }

    /// `city`, `state`, `capital` or `country`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::City => "city",
            PlaceKind::State => "state",
            PlaceKind::Capital => "capital",
            PlaceKind::Country => "country",
        }
    }
}

/// Index of a place in its gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(pub u32);

/// One place. Names live in the gazetteer ([`Gazetteer::name`]).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Place {
    /// Country, state, capital or city.
    pub kind: PlaceKind,
    /// GeoNames id.
    pub geonameid: u32,
    /// Country code as the actor dictionaries write it (`RUS`).
    pub country: [u8; 3],
    /// Latitude, degrees.
    pub lat: f32,
    /// Longitude, degrees.
    pub lon: f32,
    /// People living there.
    pub population: u64,
    name: (u32, u32),
    admin1: (u32, u32),
    /// How many other names GeoNames lists for it (capped).
    other_names: u16,
}

impl Place {
    /// How many other names (spellings, languages) the place goes by: a
    /// measure of how widely it is known ("Geneva" in Switzerland has
    /// dozens, the Illinois town two).
    pub fn other_names(&self) -> u16 {
        self.other_names
    }

    /// The country code as text.
    pub fn country(&self) -> &str {
        std::str::from_utf8(&self.country).unwrap_or("---")
    }
}

/// Places and a name index; immutable once built, shared by `Arc`.
#[derive(Debug)]
pub struct Gazetteer {
    places: Vec<Place>,
    /// Primary names and admin1 codes, concatenated.
    strings: String,
    /// (hash of folded name, place, primary name or added alias), sorted:
    /// what the name table is built from, kept for adding aliases.
    entries: Vec<(u64, u32, bool)>,
    /// Hash of a name's folded first word → the lengths in words of the
    /// names starting so (bit n - 1), kept for adding aliases.
    first_words: WordMap<u64, u8>,
    /// The index the finder asks, built on first use: aliases added right
    /// after parsing (as the pipeline adds its actors' names of countries)
    /// then cost no second build.
    names: OnceLock<NameTable>,
    /// Country rows by code, sorted.
    countries: Vec<(u32, u32)>,
}

impl Gazetteer {
    /// The embedded GeoNames-derived gazetteer, parsed on first use.
    pub fn builtin() -> Arc<Gazetteer> {
        static CELL: OnceLock<Arc<Gazetteer>> = OnceLock::new();
        CELL.get_or_init(|| Arc::new(Gazetteer::parse_builtin())).clone()
    }

    /// A fresh copy of the embedded gazetteer, to add aliases to.
    pub fn parse_builtin() -> Gazetteer {
        // Our own derived file, checked by a test: a bad row would be a bug
        // in the derivation, and the rows around it still serve.
        Gazetteer::parse(BUILTIN, "dictionaries/places/gazetteer.tsv").0
    }

    /// Parses gazetteer rows (`kind geonameid name country admin1 lat lon
    /// population alternates`): the rows that parse, and an error naming
    /// the line of each that does not.
    pub fn parse(text: &str, file: &str) -> (Gazetteer, Vec<GeoError>) {
        let mut g = Gazetteer {
            places: Vec::new(),
            strings: String::new(),
            entries: Vec::new(),
            first_words: WordMap::default(),
            names: OnceLock::new(),
            countries: Vec::new(),
        };
        // About one name in 20 bytes of the built-in file, and a first word
        // in 32: growing these tables step by step costs more than filling.
        let mut entries: Vec<(u64, u32, bool)> = Vec::with_capacity(text.len() / 20);
        g.first_words.reserve(text.len() / 32);
        let mut errors = Vec::new();
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match g.row(line) {
                Ok((place, primary, alternates)) => {
                    let id = g.places.len() as u32;
                    g.places.push(place);
                    for (alt, is_primary) in std::iter::once((primary, true))
                        .chain(alternates.split('|').filter(|a| !a.is_empty()).map(|a| (a, false)))
                    {
                        let words = fold_name(alt, &mut key);
                        if (1..=MAX_WORDS).contains(&words) {
                            entries.push((key_hash(&key), id, is_primary));
                            g.note_first_word(&key, words);
                        }
                    }
                }
                Err(what) => errors.push(GeoError { file: file.to_string(), line: n + 1, what }),
            }
        }
        entries.sort_unstable_by_key(entry_order);
        g.keep_sorted_names(entries);

        g.countries = (0..g.places.len() as u32)
            .filter(|&i| g.places[i as usize].kind == PlaceKind::Country)
            .map(|i| (country_key(g.places[i as usize].country), i))
            .collect();
        g.countries.sort_unstable();
        (g, errors)
    }

    /// One row: the place, its primary name and its alternates.
    fn row<'l>(&mut self, line: &'l str) -> Result<(Place, &'l str, &'l str), String> {
        // The last column, the long list of other names, is split off
        // whole, not searched for tabs field by field.
        let mut cols = line.splitn(9, '\t');
        let mut fields = [""; 8];
        for (k, f) in fields.iter_mut().enumerate() {
            *f = cols.next().ok_or_else(|| format!("expected 9 tab-separated columns, found {k}"))?;
        }
        let [kind, id, name, country, admin1, lat, lon, population] = fields;
        let alternates = cols.next().ok_or("expected 9 tab-separated columns, found 8")?;
        if let Some(extra) = alternates.find('\t') {
            let found = 10 + alternates[extra + 1..].matches('\t').count();
            return Err(format!("expected 9 tab-separated columns, found {found}"));
        }
        let kind = PlaceKind::parse(kind).ok_or_else(|| format!("unknown kind `{kind}`"))?;
        let num = |what: &str, s: &str| format!("{what} `{s}` is not a number");
        let geonameid = id.parse().map_err(|_| num("geonameid", id))?;
        let lat: f32 = lat.parse().map_err(|_| num("latitude", lat))?;
        let lon: f32 = lon.parse().map_err(|_| num("longitude", lon))?;
        if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
            return Err(format!("coordinates {lat},{lon} out of range"));
        }
        let population = population.parse().map_err(|_| num("population", population))?;
        let country: [u8; 3] = country
            .as_bytes()
            .try_into()
            .ok()
            .filter(|c: &[u8; 3]| c.iter().all(u8::is_ascii_uppercase))
            .ok_or_else(|| format!("country `{country}` is not three capital letters"))?;
        if name.trim().is_empty() {
            return Err("empty name".to_string());
        }
        let (primary, name) = (name, self.push(name));
        let other_names = alternates.split('|').filter(|a| !a.is_empty()).count().min(usize::from(u16::MAX)) as u16;
        let admin1 = self.push(admin1);
        Ok((Place { kind, geonameid, country, lat, lon, population, name, admin1, other_names }, primary, alternates))
    }

    fn push(&mut self, s: &str) -> (u32, u32) {
        let start = self.strings.len() as u32;
        self.strings.push_str(s);
        (start, s.len() as u32)
    }

    /// Adds other names for places (`Britain` for the United Kingdom):
    /// they count as primary names.
    pub fn add_aliases<'n>(&mut self, aliases: impl IntoIterator<Item = (&'n str, PlaceId)>) {
        let mut key = String::new();
        let mut added = Vec::new();
        for (name, place) in aliases {
            let words = fold_name(name, &mut key);
            if (1..=MAX_WORDS).contains(&words) && (place.0 as usize) < self.places.len() {
                added.push((key_hash(&key), place.0, true));
                self.note_first_word(&key, words);
            }
        }
        // The entries are sorted already: sort the few added and merge.
        added.sort_unstable_by_key(entry_order);
        let old = std::mem::take(&mut self.entries);
        let mut merged = Vec::with_capacity(old.len() + added.len());
        let (mut a, mut b) = (old.into_iter().peekable(), added.into_iter().peekable());
        while let Some(next) = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if entry_order(y) < entry_order(x) => b.next(),
            (Some(_), _) => a.next(),
            (None, _) => b.next(),
        } {
            merged.push(next);
        }
        self.keep_sorted_names(merged);
    }

    /// Keeps `entries`, sorted by [`entry_order`], each name of a place
    /// once, and drops the name table, to be built of them on first use.
    fn keep_sorted_names(&mut self, mut entries: Vec<(u64, u32, bool)>) {
        // The primary comes first, so that deduplication keeps its mark.
        entries.dedup_by(|b, a| a.0 == b.0 && a.1 == b.1);
        self.names = OnceLock::new();
        self.entries = entries;
    }

    /// The name table, built on first use.
    fn names(&self) -> &NameTable {
        self.names.get_or_init(|| NameTable::build(&self.entries, self.first_words.iter().map(|(&h, &l)| (h, l))))
    }

    fn note_first_word(&mut self, key: &str, words: usize) {
        let first = key.split(' ').next().unwrap_or(key);
        let h = key_hash(first);
        *self.first_words.entry(h).or_insert(0) |= 1 << (words - 1);
    }

    /// The lengths, in words, of the names whose folded first word hashes
    /// to `hash`: bit `n - 1` set for `n` words (0: no name starts so).
    pub(crate) fn lengths_from(&self, hash: u64) -> u8 {
        self.names().get(hash).lengths
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
        let names = self.names();
        names.places(names.get(hash))
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

/// The order of name entries: by hash, then place, the primary name first.
fn entry_order(&(hash, id, primary): &(u64, u32, bool)) -> (u64, u32, bool) {
    (hash, id, !primary)
}

#[cfg(test)]
mod tests {
    use super::*;

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
