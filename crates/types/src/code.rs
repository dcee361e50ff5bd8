//! CAMEO actor codes, held inline.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::ops::Deref;

/// A CAMEO actor code (`CHN`, `RUSGOV`, `IGOUNOHLHWHO`): up to 23 ASCII
/// bytes stored inline, so that codes are copied, not allocated, on the hot
/// path of actor recognition and coding.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct ActorCode {
    len: u8,
    buf: [u8; 23],
}

impl ActorCode {
    /// Most bytes a code holds; longer input is cut (CAMEO codes have at
    /// most five three-letter blocks).
    pub const CAPACITY: usize = 23;

    /// A code from text, cut at [`ActorCode::CAPACITY`] bytes (at a char
    /// boundary).
    pub fn new(s: &str) -> ActorCode {
        let mut c = ActorCode::default();
        c.push_str(s);
        c
    }

    /// Appends, as far as it fits.
    pub fn push_str(&mut self, s: &str) {
        let room = Self::CAPACITY - self.len as usize;
        let mut n = s.len().min(room);
        while !s.is_char_boundary(n) {
            n -= 1;
        }
        let at = self.len as usize;
        self.buf[at..at + n].copy_from_slice(&s.as_bytes()[..n]);
        self.len += n as u8;
    }

    /// Bytes in the code (no UTF-8 check, unlike going through `str`).
    pub fn len(&self) -> usize {
        self.len as usize
    }

    /// True for the empty code.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The code's bytes.
    pub fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len as usize]
    }

    /// True when the code starts with `prefix` (no UTF-8 check).
    pub fn starts_with(&self, prefix: &str) -> bool {
        self.as_bytes().starts_with(prefix.as_bytes())
    }

    /// The state the code names first (`RUS` of `RUSGOV`); none for
    /// organisations and groups of no one state (`IGO…`, `NGO…`, `IMG…`,
    /// `MNC…`) and for unknown ones (`---GOV`).
    pub fn state(&self) -> Option<&str> {
        let head = self.as_str().get(..3)?;
        (head.bytes().all(|b| b.is_ascii_uppercase()) && !matches!(head, "IGO" | "NGO" | "IMG" | "MNC")).then_some(head)
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        // Only whole chars of a `&str` are ever copied in, so this holds.
        std::str::from_utf8(&self.buf[..self.len as usize]).unwrap_or_default()
    }
}

impl Deref for ActorCode {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl fmt::Display for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // `pad` honours width and alignment (`{:<9}`).
        f.pad(self.as_str())
    }
}

impl fmt::Debug for ActorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.as_str(), f)
    }
}

impl PartialEq<str> for ActorCode {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for ActorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl From<&str> for ActorCode {
    fn from(s: &str) -> ActorCode {
        ActorCode::new(s)
    }
}

impl Serialize for ActorCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for ActorCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<ActorCode, D::Error> {
        let s = String::deserialize(d)?;
        Ok(ActorCode::new(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_state_of_state_codes_only() {
        assert_eq!(ActorCode::new("RUSGOV").state(), Some("RUS"));
        assert_eq!(ActorCode::new("PSE").state(), Some("PSE"));
        for none in ["IGOUNO", "NGOHLHIRC", "IMGMUSISI", "MNC", "---GOV", "\"INJURY TOLL\"", "GO"] {
            assert_eq!(ActorCode::new(none).state(), None, "{none}");
        }
    }

    #[test]
    fn builds_compares_and_cuts() {
        let mut c = ActorCode::new("RUS");
        c.push_str("GOV");
        assert_eq!(c, "RUSGOV");
        assert_eq!(&c[..3], "RUS");
        assert_eq!(ActorCode::new(&"X".repeat(40)).len(), ActorCode::CAPACITY);
        assert_eq!(ActorCode::new("ÉÉÉÉÉÉÉÉÉÉÉÉ").len(), 22);
        assert_eq!(serde_json::to_string(&c).unwrap(), "\"RUSGOV\"");
    }
}
