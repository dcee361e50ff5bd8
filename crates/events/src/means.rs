//! The means of an attack, which CAMEO codes apart: suicide, car and
//! roadside bombs (1831–1833), force from the air (195) and artillery or
//! tanks (194). Read off the attacker's phrase ("Israeli warplanes", "a
//! suicide bomber", "Russian shelling") and the words after `with`, `by` or
//! `in` ("with a roadside bomb", "in a car bomb attack").

use crate::tagger::Tagged;

/// How an attack was made, as far as the words say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Means {
    Suicide,
    CarBomb,
    RoadsideBomb,
    Air,
    Artillery,
}

impl Means {
    /// The sub-code this means gives a code of force, if any. Only plain
    /// force (190) has the aerial and artillery codes; bombings refine
    /// assault and force alike.
    pub(crate) fn refine(self, code: &str) -> Option<&'static str> {
        let force = code == "190";
        let assault = matches!(code, "180" | "182" | "183" | "190" | "195");
        match self {
            Means::Suicide if assault => Some("1831"),
            Means::CarBomb if assault => Some("1832"),
            Means::RoadsideBomb if assault => Some("1833"),
            Means::Air if force => Some("195"),
            Means::Artillery if force => Some("194"),
            _ => None,
        }
    }
}

/// The strongest means named by `words` (lower case, in order).
pub(crate) fn means_of<'a>(words: impl IntoIterator<Item = &'a str>) -> Option<Means> {
    let words: Vec<&str> = words.into_iter().collect();
    let pair = |a: &str, b: &[&str]| words.windows(2).any(|w| w[0] == a && b.contains(&w[1]));
    let any = |set: &[&str]| words.iter().any(|w| set.contains(w));
    if any(&["suicide"]) {
        Some(Means::Suicide)
    } else if pair("car", &["bomb", "bombs", "bombing", "bombings"]) || any(&["car-bomb", "vbied"]) {
        Some(Means::CarBomb)
    } else if pair("roadside", &["bomb", "bombs", "bombing", "bombings"]) || any(&["ied", "ieds", "improvised"]) {
        Some(Means::RoadsideBomb)
    } else if any(AERIAL) || pair("air", &["force", "strike", "strikes", "raid", "raids", "attack", "attacks"]) {
        Some(Means::Air)
    } else if any(ARTILLERY) {
        Some(Means::Artillery)
    } else {
        None
    }
}

/// Weapons and forces of the air.
const AERIAL: &[&str] = &[
    "warplane",
    "warplanes",
    "jet",
    "jets",
    "drone",
    "drones",
    "aircraft",
    "helicopter",
    "helicopters",
    "bomber",
    "bombers",
    "airstrike",
    "airstrikes",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "gunship",
    "gunships",
];

/// Guns of the ground: artillery, mortars, tanks.
const ARTILLERY: &[&str] =
    &["artillery", "shelling", "shellfire", "shells", "mortar", "mortars", "howitzer", "howitzers", "tank", "tanks"];

/// The words that say how the act at `i` was done: up to four after each
/// `with`, `by` or `in` of its clause (up to `limit`).
pub(crate) fn instrument_words(units: &[Tagged], i: usize, limit: usize) -> impl Iterator<Item = &str> {
    (i + 1..limit)
        .filter(|&k| matches!(units[k].lower.as_str(), "with" | "by" | "in"))
        .flat_map(move |k| units[k + 1..limit.min(k + 5)].iter().map(|u| u.lower.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strongest_means_wins() {
        assert_eq!(means_of(["a", "suicide", "bomber"]), Some(Means::Suicide));
        assert_eq!(means_of(["a", "car", "bomb"]), Some(Means::CarBomb));
        assert_eq!(means_of(["a", "roadside", "bomb"]), Some(Means::RoadsideBomb));
        assert_eq!(means_of(["israeli", "warplanes"]), Some(Means::Air));
        assert_eq!(means_of(["russian", "shelling"]), Some(Means::Artillery));
        assert_eq!(means_of(["the", "army"]), None);
        assert_eq!(Means::Artillery.refine("182"), None);
        assert_eq!(Means::Suicide.refine("195"), Some("1831"));
    }
}
