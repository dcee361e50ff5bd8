//! Names two states share (`Korea`, `Congo`): the dictionary codes them as
//! the default state and names the other; the article decides.

use crate::ActorMention;
use dyad_types::ActorCode;

/// Recodes each shared-name mention (`Korea`, `Korean officials`) in
/// `text` as its default or its alternative state by context.
///
/// `sentences` holds each sentence's mentions, in article order. In order:
/// - a sentence that also spells one state out with the shared word
///   ("North Korea fired a missile and Korea protested"; "Congo and the
///   Democratic Republic of the Congo") uses the bare name for the other;
/// - else the state named more often by the sentence's other mentions
///   (capitals, leaders, officials) wins;
/// - else the same count over the article decides, spelled-out names
///   aside (they say nothing about what the bare name means);
/// - else the default stays (South Korea for `Korea`, as news coders do).
pub fn settle_shared_names(text: &str, sentences: &mut [Vec<ActorMention>]) {
    if !sentences.iter().flatten().any(|m| m.alternative.is_some()) {
        return;
    }
    // The shared words in play ("kore", "cong"): few, so every check
    // below stays linear in the mentions.
    let mut stems: Vec<[u8; 4]> = Vec::new();
    for m in sentences.iter().flatten().filter(|m| m.alternative.is_some()) {
        if let Some(stem) = stem_of(text, m)
            && !stems.contains(&stem)
        {
            stems.push(stem);
        }
    }
    // Spelled-out names are contrast, not evidence, at article level.
    let article: Vec<[u8; 3]> = sentences
        .iter()
        .flatten()
        .filter(|m| !stems.iter().any(|stem| spells_out(text, m, stem)))
        .filter_map(context_state)
        .collect();
    for sentence in sentences.iter_mut() {
        let evidence: Vec<[u8; 3]> = sentence.iter().filter_map(context_state).collect();
        let mut spelled: Vec<([u8; 4], Option<[u8; 3]>)> = Vec::new();
        for m in sentence.iter().filter(|m| m.alternative.is_some()) {
            if let Some(stem) = stem_of(text, m)
                && !spelled.iter().any(|(s, _)| *s == stem)
            {
                let state = sentence
                    .iter()
                    .filter(|o| o.alternative.is_none())
                    .find(|o| spells_out(text, o, &stem))
                    .and_then(|o| state_of(o.code));
                spelled.push((stem, state));
            }
        }
        for m in sentence.iter_mut() {
            let Some(alternative) = m.alternative.take() else { continue };
            let (Some(default), Some(alt)) = (state_of(m.code), state_of(alternative)) else { continue };
            let contrast = stem_of(text, m).and_then(|stem| spelled.iter().find(|(s, _)| *s == stem)?.1);
            let pick = decide(contrast, &evidence, &article, default, alt);
            if pick == alt {
                let mut code = alternative;
                code.push_str(m.code.as_str().get(3..).unwrap_or(""));
                m.code = code;
            }
        }
    }
}

/// The state a shared name means: `contrast` is the state its sentence
/// spells out with the same word, `evidence` the states of the sentence's
/// other mentions, `article` those of the article's.
fn decide(
    contrast: Option<[u8; 3]>,
    evidence: &[[u8; 3]],
    article: &[[u8; 3]],
    default: [u8; 3],
    alt: [u8; 3],
) -> [u8; 3] {
    match contrast {
        Some(s) if s == alt => return default,
        Some(s) if s == default => return alt,
        _ => {}
    }
    let count = |states: &[[u8; 3]], s: [u8; 3]| states.iter().filter(|&&x| x == s).count();
    for states in [evidence, article] {
        let (d, a) = (count(states, default), count(states, alt));
        if d != a {
            return if a > d { alt } else { default };
        }
    }
    default
}

/// The first four letters of a shared name as written, folded: the part
/// the name and its adjectives share (`Korea`, `Korean` → `kore`).
fn stem_of(text: &str, m: &ActorMention) -> Option<[u8; 4]> {
    let word = text.get(m.entry.start..m.entry.end)?.as_bytes();
    let stem: [u8; 4] = word.get(..4)?.try_into().ok()?;
    Some(stem.map(|b| b.to_ascii_lowercase()))
}

/// Does `m`, not itself a shared name, spell out a state with the shared
/// word ("North Korea" for `kore`, "Democratic Republic of the Congo" for
/// `cong`)?
fn spells_out(text: &str, m: &ActorMention, stem: &[u8; 4]) -> bool {
    m.alternative.is_none()
        && text
            .get(m.entry.start..m.entry.end)
            .is_some_and(|t| t.as_bytes().windows(4).any(|w| w.eq_ignore_ascii_case(stem)))
}

/// The state a mention names, when it counts as context.
fn context_state(m: &ActorMention) -> Option<[u8; 3]> {
    if m.alternative.is_some() {
        return None;
    }
    state_of(m.code)
}

/// The three-letter state at the head of a code (`PRKGOV` → `PRK`); none
/// for codes that name no state (`IGOUNO`, `---GOV`).
fn state_of(code: ActorCode) -> Option<[u8; 3]> {
    code.state()?.as_bytes().try_into().ok()
}

#[cfg(test)]
mod tests {
    use crate::{Dictionary, Recognizer};
    use dyad_types::Span;
    use std::sync::Arc;

    use super::settle_shared_names;

    fn recognizer() -> Recognizer {
        let countries = "KOR\tname\tKorea\tambiguous=PRK\nKOR\tadj\tKorean\tambiguous=PRK\nKOR\tname\tSouth Korea\n\
                         PRK\tname\tNorth Korea\nPRK\tcapital\tPyongyang\nKOR\tcapital\tSeoul\nJPN\tname\tJapan\n\
                         COD\tname\tCongo\tambiguous=COG\nCOD\tname\tDemocratic Republic of the Congo\n";
        let mut d = Dictionary::new();
        d.add_file("countries.tsv", countries);
        d.add_file("agents.tsv", "GOV\tofficials\n");
        Recognizer::new(Arc::new(d))
    }

    /// Codes per sentence of the article made of `sentences` joined by
    /// spaces.
    fn settle(sentences: &[&str]) -> Vec<Vec<String>> {
        let r = recognizer();
        let text = sentences.join(" ");
        let mut start = 0;
        let mut found = Vec::new();
        for s in sentences {
            found.push(r.find(&text, Span::new(start, start + s.len()), None));
            start += s.len() + 1;
        }
        settle_shared_names(&text, &mut found);
        found.iter().map(|v| v.iter().map(|m| m.code.as_str().to_string()).collect()).collect()
    }

    #[test]
    fn korea_defaults_to_the_south() {
        assert_eq!(settle(&["Korea and Japan met."]), [vec!["KOR", "JPN"]]);
    }

    #[test]
    fn pyongyang_in_the_sentence_makes_korea_north() {
        assert_eq!(settle(&["Korea fired a missile, Pyongyang said."]), [vec!["PRK", "PRK"]]);
    }

    #[test]
    fn the_article_decides_when_the_sentence_does_not() {
        let got = settle(&["Pyongyang tested a rocket.", "Korean officials defended the test."]);
        assert_eq!(got, [vec!["PRK"], vec!["PRKGOV"]]);
    }

    #[test]
    fn the_sentence_outweighs_the_article() {
        let got = settle(&["Pyongyang tested a rocket.", "Korea and Seoul answered."]);
        assert_eq!(got, [vec!["PRK"], vec!["KOR", "KOR"]]);
    }

    #[test]
    fn a_spelled_out_state_makes_the_bare_name_the_other() {
        let got = settle(&["North Korea fired a missile and Korea protested."]);
        assert_eq!(got, [vec!["PRK", "KOR"]]);
        let got = settle(&["Congo and the Democratic Republic of the Congo exchanged envoys."]);
        assert_eq!(got, [vec!["COG", "COD"]]);
    }

    #[test]
    fn a_spelled_out_name_elsewhere_is_no_evidence() {
        let got = settle(&["North Korea fired a missile.", "Korea protested."]);
        assert_eq!(got, [vec!["PRK"], vec!["KOR"]]);
    }
}
