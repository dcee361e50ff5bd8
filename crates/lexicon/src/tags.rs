//! Part-of-speech and casing marks of a lexicon entry.

/// What the lexicon knows of a word, as a small bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Tags(u16);

impl Tags {
    /// Noun.
    pub const NOUN: Tags = Tags(1);
    /// Verb.
    pub const VERB: Tags = Tags(1 << 1);
    /// Adjective.
    pub const ADJ: Tags = Tags(1 << 2);
    /// Adverb.
    pub const ADV: Tags = Tags(1 << 3);
    /// Only ever written capitalised (a proper name: `Korea`).
    pub const PROPER: Tags = Tags(1 << 4);
    /// Written both ways (`china` / `China`).
    pub const SOMETIMES_PROPER: Tags = Tags(1 << 5);
    /// A closed-class function word (determiner, preposition, auxiliary…).
    pub const FUNCTION: Tags = Tags(1 << 6);

    /// No tags.
    pub const fn empty() -> Tags {
        Tags(0)
    }

    /// True when every tag of `other` is set here.
    pub const fn contains(self, other: Tags) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when some tag of `other` is set here.
    pub const fn intersects(self, other: Tags) -> bool {
        self.0 & other.0 != 0
    }

    /// Both sets together.
    pub const fn union(self, other: Tags) -> Tags {
        Tags(self.0 | other.0)
    }

    /// These tags with only the word classes (noun, verb, adjective,
    /// adverb) of `classes` left; the marks of casing stay.
    pub const fn only(self, classes: Tags) -> Tags {
        const CLASSES: u16 = Tags::NOUN.0 | Tags::VERB.0 | Tags::ADJ.0 | Tags::ADV.0;
        Tags(self.0 & (classes.0 | !CLASSES))
    }

    /// True when nothing is set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Parses the tag string of `wordnet.tsv` (`n`, `va`, `nC`, `nP`).
    pub(crate) fn from_wordnet(s: &str) -> Tags {
        let mut t = Tags::empty();
        for c in s.chars() {
            t = t.union(match c {
                'n' => Tags::NOUN,
                'v' => Tags::VERB,
                'a' => Tags::ADJ,
                'r' => Tags::ADV,
                'P' => Tags::PROPER,
                'C' => Tags::SOMETIMES_PROPER,
                _ => Tags::empty(),
            });
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_wordnet_tags() {
        let t = Tags::from_wordnet("naC");
        assert!(t.contains(Tags::NOUN.union(Tags::ADJ)));
        assert!(t.contains(Tags::SOMETIMES_PROPER));
        assert!(!t.intersects(Tags::VERB));
    }
}
