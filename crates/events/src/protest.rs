//! Protests with a stated demand. CAMEO codes a protest by what it is for:
//! "marched demanding the president's resignation" is one event, a
//! demonstration for a change of leadership (1411), not a march and a
//! demand. The fourth digit follows the demand's: leadership (1), policy
//! (2), rights (3), institutions or regime (4). Likewise "went on hunger
//! strike to protest the detention policies" is one hunger strike against
//! a policy (1422), not a strike and a protest.

use crate::coder::CodedEvent;
use crate::tagger::Tagged;

/// Nouns that make what is protested a policy (the fourth digit 2).
const POLICY_WORDS: [&str; 10] =
    ["policy", "policies", "plan", "plans", "law", "laws", "bill", "reform", "reforms", "measures"];

/// Folds a plain protest (140) into the more specific protest its source
/// makes in the same sentence ("went on strike to protest X"): that one
/// takes the plain one's target where it has none, and the policy digit
/// when what is protested is a policy.
pub(crate) fn fold_protest_purpose(units: &[Tagged], events: &mut Vec<CodedEvent>) {
    let mut folded = Vec::new();
    for p in 0..events.len() {
        if events[p].code != "140" || !stated(&events[p]) {
            continue;
        }
        let Some(s) = protest_by(events, p, &["141", "142", "143", "144", "145"]) else { continue };
        if events[s].target.is_none() {
            events[s].target = events[p].target.clone();
        }
        let trigger = events[p].trigger;
        let at = units.iter().position(|u| u.span == trigger).unwrap_or(units.len());
        let policy = units.iter().skip(at + 1).take(8).any(|u| POLICY_WORDS.contains(&u.lower.as_str()));
        if policy {
            events[s].code.push('2');
        }
        folded.push(p);
    }
    remove_all(events, &folded);
}

/// Folds each demand for change (CAMEO 1041–1044) into the protest its
/// source makes in the same sentence (140–145): the protest takes the
/// sub-code and, where it has none, the demand's target.
pub(crate) fn fold_protest_demands(events: &mut Vec<CodedEvent>) {
    let mut folded = Vec::new();
    for d in 0..events.len() {
        // "blocked motorways to pressure the government": a plain demand
        // is the protest's aim; it names whom the protest is against.
        let plain = events[d].code == "100";
        let digit = change_demanded(&events[d].code);
        if (digit.is_none() && !plain) || !stated(&events[d]) {
            continue;
        }
        let Some(p) = protest_by(events, d, &["140", "141", "142", "143", "144", "145"]) else { continue };
        if let Some(digit) = digit {
            let code = if events[p].code == "140" { "141".to_string() } else { events[p].code.clone() };
            events[p].code = format!("{code}{digit}");
        }
        // The demand's target where the protest has none, or only the
        // country of the demand's more specific one ("around Paris" →
        // the French government).
        let narrower = match (&events[p].target, &events[d].target) {
            (None, _) => true,
            (Some(pt), Some(dt)) => {
                pt.code.len() == 3 && dt.code.len() > 3 && dt.code.as_str().starts_with(pt.code.as_str())
            }
            _ => false,
        };
        if narrower {
            events[p].target = events[d].target.clone();
        }
        events[p].note = Some(format!("protest for {} -> {}", events[d].code, events[p].code));
        folded.push(d);
    }
    remove_all(events, &folded);
}

/// Neither negated nor hypothetical.
fn stated(e: &CodedEvent) -> bool {
    !e.negated && !e.hypothetical
}

/// A stated protest, coded one of `codes`, by the source of `events[of]`.
fn protest_by(events: &[CodedEvent], of: usize, codes: &[&str]) -> Option<usize> {
    (0..events.len()).find(|&p| {
        p != of
            && codes.contains(&events[p].code.as_str())
            && events[p].source.code == events[of].source.code
            && stated(&events[p])
    })
}

/// Removes the events at `indices` (ascending).
fn remove_all(events: &mut Vec<CodedEvent>, indices: &[usize]) {
    for &i in indices.iter().rev() {
        events.remove(i);
    }
}

/// The fourth digit of a demand for change: 1041 leadership ... 1044
/// institutions.
fn change_demanded(code: &str) -> Option<char> {
    match code {
        "1041" | "1042" | "1043" | "1044" => code.chars().nth(3),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coder::Party;
    use dyad_types::{ActorCode, Span};

    fn ev(code: &str, source: &str, target: Option<&str>) -> CodedEvent {
        let party = |c: &str| Party { actor: 0, code: ActorCode::new(c), span: Span::new(0, 1) };
        CodedEvent {
            code: code.into(),
            source: party(source),
            target: target.map(party),
            trigger: Span::new(0, 1),
            negated: false,
            hypothetical: false,
            passive: false,
            pattern: String::new(),
            note: None,
        }
    }

    #[test]
    fn a_blockade_to_pressure_a_government_is_against_it() {
        let mut e = vec![ev("144", "FRAAGR", Some("FRA")), ev("100", "FRAAGR", Some("FRAGOV"))];
        fold_protest_demands(&mut e);
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].code.as_str(), e[0].target.as_ref().map(|t| t.code.as_str())), ("144", Some("FRAGOV")));
    }

    #[test]
    fn a_strike_to_protest_a_policy_is_one_event() {
        let word = |w: &str, at: usize| Tagged::bare(w, crate::tagger::Pos::Noun, Span::new(at, at + 1));
        let units = [word("strike", 1), word("protest", 0), word("detention", 2), word("policies", 3)];
        let mut e = vec![ev("142", "PSE", None), ev("140", "PSE", Some("ISR"))];
        fold_protest_purpose(&units, &mut e);
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].code.as_str(), e[0].target.as_ref().map(|t| t.code.as_str())), ("1422", Some("ISR")));
        // Another's protest stays apart.
        let mut e = vec![ev("142", "PSE", None), ev("140", "ISR", Some("PSE"))];
        fold_protest_purpose(&[], &mut e);
        assert_eq!(e.len(), 2);
    }

    #[test]
    fn a_march_demanding_resignation_is_one_event() {
        let mut e = vec![ev("141", "VEN", None), ev("1041", "VEN", Some("VENGOV"))];
        fold_protest_demands(&mut e);
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].code, "1411");
        assert_eq!(e[0].target.as_ref().map(|t| t.code.as_str()), Some("VENGOV"));
        // Another's demand stays apart.
        let mut e = vec![ev("141", "VEN", None), ev("1041", "USA", Some("VENGOV"))];
        fold_protest_demands(&mut e);
        assert_eq!(e.len(), 2);
    }
}
