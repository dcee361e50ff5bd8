//! Claims and allegations. "X claimed that it attacked Y" is X claiming
//! responsibility (CAMEO 015); "X alleged that Y attacked Z" is X accusing
//! Y (112). The act claimed is reported, not established: it stays in the
//! output flagged hypothetical, as a demanded act does.

use crate::coder::{CodedEvent, Party, already_coded, party, subject, verb_group};
use crate::tagger::{Pos, Tagged};
use dyad_actors::ActorMention;

/// Verbs that assert what others may dispute (not `say`: a plain report
/// of an act is coded as the act).
const CLAIM_VERBS: [&str; 3] = ["claim", "allege", "charge"];

/// Rewrites force and coercion claimed after a claim verb into the
/// claim itself.
pub(crate) fn fold_claims(units: &[Tagged], actors: &[ActorMention], events: &mut Vec<CodedEvent>) {
    for r in 0..units.len() {
        let u = &units[r];
        if u.pos != Pos::Verb || !u.has_verb_lemma(&CLAIM_VERBS) {
            continue;
        }
        // "an alleged plot": a word that describes, not a claim made;
        // "charged X with treason" is a legal charge ("charged that" claims).
        if r > 0 && units[r - 1].pos == Pos::Det
            || u.has_verb_lemma(&["charge"]) && units.get(r + 1).is_none_or(|n| n.lower != "that")
        {
            continue;
        }
        let speakers: Vec<Party> =
            subject(units, verb_group(units, r, false).start, 0).into_iter().map(|s| party(units, actors, s)).collect();
        if speakers.is_empty() {
            continue;
        }
        let after = u.span.end;
        // "claimed they had attacked the carrier, but U.S. officials said
        // none had hit the ship": a clause that "but" or ";" opens is no
        // longer the claim.
        let scope_end = units[r + 1..]
            .iter()
            .find(|w| matches!(w.lower.as_str(), "but" | ";" | "however"))
            .map_or(usize::MAX, |w| w.span.start);
        for e in 0..events.len() {
            let act = events[e].clone();
            if act.trigger.start < after
                || act.trigger.start >= scope_end
                || act.hypothetical
                || act.negated
                || !forceful(&act.code)
            {
                continue;
            }
            for speaker in &speakers {
                let own = act.source.code == speaker.code;
                let (code, target) = if own { ("015", act.target.clone()) } else { ("112", Some(act.source.clone())) };
                if target.as_ref().is_some_and(|t| t.code == speaker.code) {
                    continue;
                }
                let claim = CodedEvent {
                    code: code.to_string(),
                    source: speaker.clone(),
                    target,
                    trigger: u.span,
                    negated: false,
                    hypothetical: false,
                    passive: false,
                    pattern: format!("{}: a claim of {}", u.lower, act.code),
                    note: Some(format!("claimed {} -> {code}", act.code)),
                };
                if !already_coded(events, &claim.code, &claim.source, claim.target.as_ref()) {
                    events.push(claim);
                }
            }
            events[e].hypothetical = true;
        }
    }
}

/// Coercion, assault, fight and mass violence (CAMEO roots 17 to 20).
fn forceful(code: &str) -> bool {
    matches!(code.get(..2), Some("17" | "18" | "19" | "20"))
}
