//! Gazetteer rows read into places and the sorted entries of their names.
//! The build script runs this on the built-in file, so that the binary
//! carries the result, not the text; a gazetteer given at run time goes the
//! same way.

use crate::fold::{fold_name, key_hash};
use crate::place::{Place, PlaceKind};

/// Names longer than this many words are not looked up in text.
pub(crate) const MAX_WORDS: usize = 5;

/// One name of one place: the hash of its folded form, the place, and
/// whether it is the place's own (primary) name.
pub(crate) type Entry = (u64, u32, bool);

/// What the rows of a gazetteer file hold.
#[derive(Debug, Default)]
pub(crate) struct Rows {
    pub(crate) places: Vec<Place>,
    /// Primary names and admin1 codes, concatenated.
    pub(crate) strings: String,
    /// Sorted by [`entry_order`], each name of a place once.
    pub(crate) entries: Vec<Entry>,
    /// Hash of a name's folded first word and the lengths in words of the
    /// names starting so (bit n - 1), sorted by hash, each hash once.
    pub(crate) first_words: Vec<(u64, u8)>,
    /// Rows that did not parse: 1-based line, what was wrong.
    pub(crate) errors: Vec<(usize, String)>,
}

impl Rows {
    /// Parses rows (`kind geonameid name country admin1 lat lon population
    /// alternates`); a bad row is reported and the others go on.
    pub(crate) fn parse(text: &str) -> Rows {
        let mut rows = Rows::default();
        // About one name in 20 bytes of the built-in file.
        let mut entries: Vec<Entry> = Vec::with_capacity(text.len() / 20);
        let mut first_words = Vec::with_capacity(text.len() / 20);
        let mut key = String::new();
        for (n, line) in text.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match rows.row(line) {
                Ok((place, primary, alternates)) => {
                    let id = rows.places.len() as u32;
                    rows.places.push(place);
                    for (alt, is_primary) in std::iter::once((primary, true))
                        .chain(alternates.split('|').filter(|a| !a.is_empty()).map(|a| (a, false)))
                    {
                        if let Some(first_word) = name_key(alt, &mut key) {
                            entries.push((key_hash(&key), id, is_primary));
                            first_words.push(first_word);
                        }
                    }
                }
                Err(what) => rows.errors.push((n + 1, what)),
            }
        }
        rows.entries = sorted_entries(entries);
        rows.first_words = merged_first_words(first_words);
        rows
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
}

/// Folds `name` into `key` and gives its first word's hash with the bit
/// of its length in words; `None` when it has no words or too many to be
/// looked up.
pub(crate) fn name_key(name: &str, key: &mut String) -> Option<(u64, u8)> {
    let words = fold_name(name, key);
    if !(1..=MAX_WORDS).contains(&words) {
        return None;
    }
    let first = key.split(' ').next().unwrap_or(key);
    Some((key_hash(first), 1 << (words - 1)))
}

/// `entries` sorted by [`entry_order`], each name of a place once: the
/// primary comes first, so that deduplication keeps its mark.
pub(crate) fn sorted_entries(mut entries: Vec<Entry>) -> Vec<Entry> {
    entries.sort_unstable_by_key(entry_order);
    entries.dedup_by(|b, a| a.0 == b.0 && a.1 == b.1);
    entries
}

/// First words sorted by hash, the lengths of each hash's names joined.
pub(crate) fn merged_first_words(mut words: Vec<(u64, u8)>) -> Vec<(u64, u8)> {
    words.sort_unstable_by_key(|&(h, _)| h);
    words.dedup_by(|b, a| {
        let same = a.0 == b.0;
        if same {
            a.1 |= b.1;
        }
        same
    });
    words
}

/// The order of name entries: by hash, then place, the primary name first.
fn entry_order(&(hash, id, primary): &Entry) -> (u64, u32, bool) {
    (hash, id, !primary)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_sorted_once_each_and_first_words_joined() {
        let text = "city\t1\tNew York\tUSA\tNY\t1\t2\t3\tNYC|new  york|York\ncity\t2\tYork\tGBR\t\t1\t2\t3\t\n";
        let rows = Rows::parse(text);
        assert!(rows.errors.is_empty());
        assert_eq!(rows.places.len(), 2);
        let mut key = String::new();
        let york = name_key("York", &mut key).map(|(h, _)| h);
        let new_york = key_hash("new york");
        assert!(rows.entries.is_sorted_by_key(entry_order));
        // "new  york" folds to the primary name's key: kept once, as primary.
        assert_eq!(rows.entries.iter().filter(|e| e.0 == new_york).collect::<Vec<_>>(), [&(new_york, 0, true)]);
        let york_entries: Vec<_> = rows.entries.iter().filter(|e| Some(e.0) == york).collect();
        assert_eq!(york_entries, [&(york.unwrap_or(0), 0, false), &(york.unwrap_or(0), 1, true)]);
        let firsts: Vec<(u64, u8)> =
            rows.first_words.iter().copied().filter(|&(h, _)| h == key_hash("new") || Some(h) == york).collect();
        assert_eq!(firsts.len(), 2);
        assert!(firsts.contains(&(key_hash("new"), 0b10)) && firsts.contains(&(york.unwrap_or(0), 0b1)));
        assert!(rows.first_words.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn names_of_no_word_or_too_many_are_not_keys() {
        let mut key = String::new();
        assert_eq!(name_key(" - ", &mut key), None);
        assert_eq!(name_key("a b c d e f", &mut key), None);
        assert_eq!(name_key("a b c d e", &mut key), Some((key_hash("a"), 0b10000)));
    }
}
