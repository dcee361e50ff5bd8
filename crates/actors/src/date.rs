//! Calendar days as comparable keys.

/// A calendar day as `YYYYMMDD`, so that days compare as numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DayKey(pub u32);

impl DayKey {
    /// Parses `YYYY-MM-DD`, or a partial `YYYY-MM` / `YYYY`, taking the
    /// first day of the period (`latest = false`) or the last (`true`).
    pub fn parse(s: &str, latest: bool) -> Option<DayKey> {
        let mut parts = s.split('-');
        let y: u32 = parts.next().filter(|p| p.len() == 4)?.parse().ok()?;
        let m: Option<u32> = match parts.next() {
            Some(p) if p.len() == 2 => Some(p.parse().ok().filter(|m| (1..=12).contains(m))?),
            Some(_) => return None,
            None => None,
        };
        let d: Option<u32> = match parts.next() {
            Some(p) if p.len() == 2 && m.is_some() => Some(p.parse().ok().filter(|d| (1..=31).contains(d))?),
            Some(_) => return None,
            None => None,
        };
        if parts.next().is_some() {
            return None;
        }
        let (m, d) = match (m, d, latest) {
            (Some(m), Some(d), _) => (m, d),
            (Some(m), None, false) => (m, 1),
            (Some(m), None, true) => (m, 31),
            (None, _, false) => (1, 1),
            (None, _, true) => (12, 31),
        };
        Some(DayKey(y * 10_000 + m * 100 + d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_full_and_partial() {
        assert_eq!(DayKey::parse("2013-03-14", false), Some(DayKey(20130314)));
        assert_eq!(DayKey::parse("2013-03", true), Some(DayKey(20130331)));
        assert_eq!(DayKey::parse("2013", false), Some(DayKey(20130101)));
        assert_eq!(DayKey::parse("2013-3-14", false), None);
        assert_eq!(DayKey::parse("2013-13", false), None);
        assert_eq!(DayKey::parse("x", false), None);
    }
}
