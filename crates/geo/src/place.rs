//! One place of the gazetteer, and its fixed-size record in the packed
//! gazetteer that the build script compiles in.

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
    pub(crate) fn parse(s: &str) -> Option<PlaceKind> {
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

    fn from_byte(b: u8) -> Option<PlaceKind> {
        [PlaceKind::City, PlaceKind::State, PlaceKind::Capital, PlaceKind::Country].get(usize::from(b)).copied()
    }
}

/// Index of a place in its gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PlaceId(pub u32);

/// One place. Names live in the gazetteer ([`crate::Gazetteer::name`]).
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
    /// Where the primary name lies in the gazetteer's strings: start, length.
    pub(crate) name: (u32, u32),
    /// Where the first-level division code lies: start, length.
    pub(crate) admin1: (u32, u32),
    /// How many other names GeoNames lists for it (capped).
    pub(crate) other_names: u16,
}

/// Bytes of one place in the packed gazetteer.
pub(crate) const RECORD: usize = 44;

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

    /// Appends the place's [`RECORD`] bytes, little-endian.
    #[allow(dead_code, reason = "the build script writes with it")]
    pub(crate) fn encode(&self, out: &mut Vec<u8>) {
        out.push(self.kind as u8);
        out.extend_from_slice(&self.country);
        for n in [self.geonameid, self.lat.to_bits(), self.lon.to_bits()] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(&self.population.to_le_bytes());
        for n in [self.name.0, self.name.1, self.admin1.0, self.admin1.1] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(&self.other_names.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
    }

    /// The place of a [`RECORD`] written by [`Place::encode`]; `None` when
    /// the bytes are too few or name no kind.
    pub(crate) fn decode(b: &[u8]) -> Option<Place> {
        let b: &[u8; RECORD] = b.get(..RECORD)?.try_into().ok()?;
        let u32_at = |at: usize| u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]]);
        let mut population = [0u8; 8];
        population.copy_from_slice(&b[16..24]);
        Some(Place {
            kind: PlaceKind::from_byte(b[0])?,
            country: [b[1], b[2], b[3]],
            geonameid: u32_at(4),
            lat: f32::from_bits(u32_at(8)),
            lon: f32::from_bits(u32_at(12)),
            population: u64::from_le_bytes(population),
            name: (u32_at(24), u32_at(28)),
            admin1: (u32_at(32), u32_at(36)),
            other_names: u16::from_le_bytes([b[40], b[41]]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_decodes_to_its_place() {
        let place = Place {
            kind: PlaceKind::Capital,
            geonameid: 524_901,
            country: *b"RUS",
            lat: 55.752_2,
            lon: -37.615_6,
            population: 10_381_222,
            name: (7, 6),
            admin1: (13, 2),
            other_names: 412,
        };
        let mut bytes = Vec::new();
        place.encode(&mut bytes);
        assert_eq!(bytes.len(), RECORD);
        assert_eq!(Place::decode(&bytes), Some(place));
        assert_eq!(Place::decode(&bytes[1..]), None);
        bytes[0] = 9;
        assert_eq!(Place::decode(&bytes), None);
    }
}
