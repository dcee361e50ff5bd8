//! The names the normalizer may lean on: actors, places, people.

use std::collections::HashMap;

/// A case-insensitive set of known names, each with its usual spelling.
///
/// Whole entries (`Xi`, `Kremlin`, `Poutine`) back the possessive and case
/// repairs; the capitalised words of multi-word entries (`Korea` of
/// `North Korea`) also back glued-word splits.
#[derive(Clone, Debug, Default)]
pub struct NameSet {
    whole: HashMap<String, String>,
    piece: HashMap<String, String>,
}

impl NameSet {
    /// An empty set.
    pub fn new() -> NameSet {
        NameSet::default()
    }

    /// Adds a name (one word or several).
    pub fn insert(&mut self, name: &str) {
        let name = name.trim();
        let mut words = name.split(|c: char| c.is_whitespace() || c == '-');
        match (words.next(), words.next()) {
            (Some(w), None) if !w.is_empty() => {
                self.whole
                    .entry(w.to_lowercase())
                    .or_insert_with(|| w.to_string());
            }
            (Some(_), Some(_)) => {
                for w in name.split(|c: char| c.is_whitespace() || c == '-') {
                    if w.chars().count() >= 3 && w.chars().next().is_some_and(char::is_uppercase) {
                        self.piece
                            .entry(w.to_lowercase())
                            .or_insert_with(|| w.to_string());
                    }
                }
            }
            _ => {}
        }
    }

    /// The usual spelling of a one-word name, matched without case.
    pub fn whole(&self, word: &str) -> Option<&str> {
        self.whole.get(&word.to_lowercase()).map(String::as_str)
    }

    /// True when `word` is a name or a capitalised word of one.
    pub fn contains_any(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        self.whole.contains_key(&lower) || self.piece.contains_key(&lower)
    }

    /// Number of distinct words known.
    pub fn len(&self) -> usize {
        self.whole.len() + self.piece.len()
    }

    /// True when no name is known.
    pub fn is_empty(&self) -> bool {
        self.whole.is_empty() && self.piece.is_empty()
    }
}

impl<S: AsRef<str>> FromIterator<S> for NameSet {
    fn from_iter<I: IntoIterator<Item = S>>(iter: I) -> NameSet {
        let mut set = NameSet::new();
        for n in iter {
            set.insert(n.as_ref());
        }
        set
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_and_pieces() {
        let set: NameSet = ["Xi", "North Korea", "Kim Jong-un"].into_iter().collect();
        assert_eq!(set.whole("XI"), Some("Xi"));
        assert!(set.whole("Korea").is_none());
        assert!(set.contains_any("korea"));
        assert!(set.contains_any("Jong"));
        assert!(!set.contains_any("un"));
    }
}
