//! Passes over a sentence's coded events that join one event to another:
//! what a request, demand or threat names gives that event its CAMEO
//! sub-code and is not coded as done; the act that meets a demand goes to
//! those who demanded; a bare refusal gives way to a specific one.
//!
//! It does not match patterns or find parties (`coder.rs`), nor fold
//! claims (`claims.rs`) or protests (`protest.rs`).

use crate::coder::{CodedEvent, already_coded, party, subject, threat_code, verb_group};
use crate::tagger::{Pos, Tagged};
use dyad_actors::ActorMention;

/// The folds, in order, after the patterns and the speakers' demands.
pub(crate) fn fold_related(text: &str, events: &mut Vec<CodedEvent>) {
    fold_asked_acts(events, "100", demand_code);
    fold_asked_acts(events, "020", appeal_code);
    fold_threatened_acts(text, events);
    fold_met_demands(events);
    fold_general_rejections(events);
    fold_mediated_talks(events);
}

/// "Oman mediated indirect talks between Iran and the United States":
/// talks between two parties that a third mediates in the same sentence
/// are mediated talks (046), not plain consultation (040).
fn fold_mediated_talks(events: &mut [CodedEvent]) {
    let mediated = |code: &dyad_types::ActorCode, events: &[CodedEvent]| {
        events.iter().any(|m| m.code == "045" && m.target.as_ref().is_some_and(|t| t.code == *code))
    };
    for k in 0..events.len() {
        let e = &events[k];
        let Some(target) = e.target.as_ref() else { continue };
        if e.code == "040" && mediated(&e.source.code, events) && mediated(&target.code, events) {
            events[k].code = "046".into();
        }
    }
}

/// What a noun whose "that" clause is wanted, not done ("a request that
/// it extradite him"), asks of the party addressed: an appeal (020) or a
/// demand (100).
pub(crate) fn wanted_code(noun: &str) -> Option<&'static str> {
    match noun {
        "request" | "requests" | "appeal" | "appeals" | "plea" | "pleas" => Some("020"),
        "demand" | "demands" | "insistence" | "ultimatum" => Some("100"),
        _ => None,
    }
}

/// "renewed its request that Washington extradite Gulen": the party whose
/// request, appeal or demand it is asks (020) or demands (100) of the
/// party named first in its "that" clause; the folds below give the act
/// asked for its sub-code and flag the act as only asked for.
pub(crate) fn wanted_clauses(units: &[Tagged], actors: &[ActorMention], events: &mut Vec<CodedEvent>) {
    for i in 1..units.len() {
        if units[i].lower != "that" {
            continue;
        }
        let noun = i - 1;
        let Some(code) = wanted_code(&units[noun].lower) else { continue };
        // The one asked: an actor opening the clause, before its verb.
        let Some(asked) = (i + 1..units.len().min(i + 6))
            .take_while(|&k| units[k].pos != Pos::Verb)
            .find(|&k| units[k].pos == Pos::Actor)
        else {
            continue;
        };
        // What is asked stands in the base form or after "should" ("that
        // Washington extradite"); a clause that reports ("a phone call that
        // Kiev bore responsibility") is no request.
        let Some(act) = (asked + 1..units.len().min(asked + 8)).find(|&k| units[k].pos == Pos::Verb) else {
            continue;
        };
        let base = units[act].verb_lemmas.iter().any(|l| *l == units[act].lower);
        let modal = units[asked + 1..act].iter().any(|u| matches!(u.lower.as_str(), "should" | "must"));
        if !base && !modal {
            continue;
        }
        // The one asking: the subject of the verb the noun is the object of.
        for speaker in subject_of_verb_before(units, noun) {
            let (source, target) = (party(units, actors, speaker), party(units, actors, asked));
            if source.code == target.code || already_coded(events, code, &source, Some(&target)) {
                continue;
            }
            events.push(CodedEvent {
                code: code.into(),
                source,
                target: Some(target),
                trigger: units[noun].span,
                negated: false,
                hypothetical: false,
                passive: false,
                pattern: format!("{} that: what one party asks of another", units[noun].lower),
                note: None,
            });
        }
    }
}

/// "X demanded that Y release Z", "X asked that Y extradite Z": the act a
/// demand (100) or appeal (020) asks of its target names the demand's or
/// appeal's sub-code (1053, 0213) by `sub_code`, and is itself only asked
/// for, not done.
fn fold_asked_acts(events: &mut [CodedEvent], asking: &str, sub_code: fn(&str) -> Option<&'static str>) {
    let root = &asking[..2];
    for d in 0..events.len() {
        if events[d].code != asking {
            continue;
        }
        let Some(target) = events[d].target.as_ref().map(|t| t.actor) else { continue };
        let trigger = events[d].trigger;
        let act = (0..events.len()).find(|&e| {
            e != d
                // (A speaker's "must" is coded on the act's own verb.)
                && events[e].trigger.start >= trigger.start
                && events[e].source.actor == target
                && !events[e].code.starts_with(root)
        });
        let Some(e) = act else { continue };
        if let Some(code) = sub_code(&events[e].code) {
            events[d].code = code.to_string();
        }
        events[e].hypothetical = true;
    }
}

/// The appeal for an act (CAMEO 02x by the act's own code).
fn appeal_code(act: &str) -> Option<&'static str> {
    Some(match act.get(..3)? {
        "061" => "0211",
        "062" => "0212",
        "063" => "0213",
        "064" => "0214",
        "070" => "023",
        "071" => "0231",
        "072" => "0232",
        "073" => "0233",
        "074" => "0234",
        "081" => "0251",
        "082" => "0252",
        "084" => "0253",
        "085" => "0254",
        "086" => "0255",
        "087" => "0256",
        "045" | "039" => "028",
        root if root.starts_with("04") => "026",
        root if root.starts_with("05") => "022",
        root if root.starts_with("06") => "021",
        _ => return None,
    })
}

/// "Israel threatened to resume its offensive against Hamas": a threat
/// (130, by a form of `threaten`) followed by an act of the same party that
/// is only threatened names the threat's sub-code (1384: a conventional
/// attack) and is not coded apart; the threat takes the act's target when
/// it has none. Other warnings keep theirs: "warned Seoul against
/// violating the truce" threatens no violation.
fn fold_threatened_acts(text: &str, events: &mut Vec<CodedEvent>) {
    let mut d = 0;
    while d < events.len() {
        let threat = &events[d];
        let threatens = threat.code == "130"
            && !threat.negated
            && !threat.hypothetical
            && text
                .get(threat.trigger.start..threat.trigger.end)
                .is_some_and(|w| w.get(..6).is_some_and(|head| head.eq_ignore_ascii_case("threat")));
        let act = threatens
            .then(|| {
                (0..events.len()).find(|&e| {
                    e != d
                        && events[e].trigger.start > events[d].trigger.end
                        && events[e].source.actor == events[d].source.actor
                        && events[e].hypothetical
                        && !events[e].negated
                        && threatened_code(&events[e].code).is_some()
                })
            })
            .flatten();
        let Some(e) = act else {
            d += 1;
            continue;
        };
        let act = events.remove(e);
        // The threat moved down one place if the act stood before it.
        let threat = &mut events[if e < d { d - 1 } else { d }];
        threat.code = threatened_code(&act.code).unwrap_or("130").to_string();
        threat.note = Some(format!("threatened {} -> {}", act.code, threat.code));
        if threat.target.is_none() {
            threat.target = act.target;
        }
    }
}

/// "withdrew the bill, meeting a key demand of the protesters": the act of
/// yielding (08x) that meets a demand is done towards those who demanded,
/// and the bare "met the demand" (083) is not coded apart.
fn fold_met_demands(events: &mut Vec<CodedEvent>) {
    let mut m = 0;
    while m < events.len() {
        let met = &events[m];
        let yielded = (met.code == "083" && met.target.is_some())
            .then(|| {
                (0..events.len()).find(|&a| {
                    let act = &events[a];
                    a != m
                        && act.source.actor == met.source.actor
                        && act.code.starts_with("08")
                        && act.code != "083"
                        && act.target.is_none()
                        && act.negated == met.negated
                        && act.hypothetical == met.hypothetical
                })
            })
            .flatten();
        let Some(a) = yielded else {
            m += 1;
            continue;
        };
        let met = events.remove(m);
        let a = if a > m { a - 1 } else { a };
        events[a].note = Some(format!("meets the demand of {}", met.target.as_ref().map_or("", |t| t.code.as_str())));
        events[a].target = met.target;
    }
}

/// "refused to allow the United States to use its bases": the act refused
/// names the rejection (1212), and the bare refusal (120) of the same
/// party towards the same other is not coded beside it.
fn fold_general_rejections(events: &mut Vec<CodedEvent>) {
    let dyad = |e: &CodedEvent| (e.source.actor, e.target.as_ref().map(|t| t.actor), e.negated, e.hypothetical);
    let specific: Vec<_> = events.iter().filter(|e| e.code.starts_with("12") && e.code != "120").map(dyad).collect();
    if specific.is_empty() {
        return;
    }
    events.retain(|e| e.code != "120" || !specific.contains(&dyad(e)));
}

/// The threat of an act: CAMEO's kinds of threatened force (a blockade
/// 1381, an occupation 1382, unconventional violence 1383, an attack with
/// arms 1384, weapons of mass destruction 1385), else the threat of the
/// act's root ([`threat_code`]).
fn threatened_code(act: &str) -> Option<&'static str> {
    match act.get(..3)? {
        "191" => Some("1381"),
        "192" => Some("1382"),
        "204" => Some("1385"),
        root if root.starts_with("18") || root.starts_with("20") => Some("1383"),
        root if root.starts_with("19") => Some("1384"),
        _ => threat_code(act),
    }
}

/// The demand for an act (CAMEO 10x by the act's own code).
fn demand_code(act: &str) -> Option<&'static str> {
    Some(match act {
        "0874" => "106",
        "0871" | "0872" | "0873" => "107",
        "081" | "0811" | "0812" | "0813" | "0814" => "1051",
        "082" => "1052",
        "084" | "0841" | "0842" => "1053",
        "085" => "1054",
        "086" | "0861" | "0862" | "0863" => "1055",
        "087" => "1056",
        "070" => "103",
        "071" => "1031",
        "072" => "1032",
        "073" => "1033",
        "074" => "1034",
        "061" => "1011",
        "062" => "1012",
        "063" => "1013",
        // Mediating, or being ready to: mediation demanded.
        "045" | "039" => "105",
        _ if act.starts_with("04") => "108",
        _ if act.starts_with("09") || act == "064" => "101",
        _ => return None,
    })
}

/// The subject of the nearest verb before unit `at` in its clause (none
/// past a comma or a subordinating word).
fn subject_of_verb_before(units: &[Tagged], at: usize) -> Vec<usize> {
    (0..at)
        .rev()
        .take_while(|&k| !matches!(units[k].pos, Pos::Punct | Pos::Sub))
        .find(|&k| units[k].pos == Pos::Verb)
        .map(|verb| subject(units, verb_group(units, verb, false).start, 0))
        .unwrap_or_default()
}

/// "held talks with visiting South Korean President Kim Dae-jung": the
/// visitor visits the host, the subject of the clause the phrase is in
/// (CAMEO 042), when they belong to different states.
pub(crate) fn visiting_guests(units: &[Tagged], actors: &[ActorMention], events: &mut Vec<CodedEvent>) {
    for v in 0..units.len().saturating_sub(1) {
        if units[v].lower != "visiting" || units[v + 1].pos != Pos::Actor {
            continue;
        }
        let guest = party(units, actors, v + 1);
        // The host: the subject of the verb before the phrase.
        for host in subject_of_verb_before(units, v) {
            let host = party(units, actors, host);
            if guest.code.state().is_none() || guest.code.state() == host.code.state() {
                continue;
            }
            if !already_coded(events, "042", &guest, Some(&host)) {
                events.push(CodedEvent {
                    code: "042".into(),
                    source: guest.clone(),
                    target: Some(host),
                    trigger: units[v].span,
                    negated: false,
                    hypothetical: false,
                    passive: false,
                    pattern: "visiting: a guest of the clause's subject".into(),
                    note: None,
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_act_names_the_demand_appeal_or_threat_for_it() {
        assert_eq!(demand_code("0841"), Some("1053"));
        assert_eq!(demand_code("0874"), Some("106"));
        assert_eq!(demand_code("190"), None);
        assert_eq!(appeal_code("063"), Some("0213"));
        assert_eq!(appeal_code("0841"), Some("0253"));
        assert_eq!(appeal_code("043"), Some("026"));
        assert_eq!(appeal_code("190"), None);
        assert_eq!(threatened_code("191"), Some("1381"));
        assert_eq!(threatened_code("1821"), Some("1383"));
        assert_eq!(threatened_code("195"), Some("1384"));
        assert_eq!(threatened_code("204"), Some("1385"));
        assert_eq!(threatened_code("163"), Some("1312"));
        assert_eq!(threatened_code("042"), None);
    }
}
