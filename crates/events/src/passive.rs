//! Passive clauses whose subject is the object of the act: "A peace
//! agreement was signed by Rwanda and Congo" is coded as "Rwanda and Congo
//! signed a peace agreement". The frames of a verb look for its object
//! after it; a passive puts that object first, and the agent after "by".
//!
//! Only a subject with no actor at its head is turned around: "Israel was
//! attacked by Hamas" is coded by the coder's own passive rule.

use crate::coder::coordinated_right;
use crate::tagger::{Pos, Tagged};
use std::ops::Range;

/// Forms of "be" that make a participle passive.
const BE: [&str; 7] = ["be", "is", "are", "was", "were", "been", "being"];

/// Where the parts of a passive clause stand.
#[derive(Debug, PartialEq, Eq)]
struct Clause {
    /// The subject noun phrase.
    subject: Range<usize>,
    /// The verb group, auxiliaries first, the participle last.
    verb: Range<usize>,
    /// Between the participle and "by" ("dropped into Gaza by"): stays
    /// after the object.
    middle: Range<usize>,
    /// The agent after "by" (the "by" itself at `agent.start - 1`).
    agent: Range<usize>,
}

/// `units` with their first passive clause of that kind in active order.
pub(crate) fn activize(units: Vec<Tagged>) -> Vec<Tagged> {
    let Some(c) = find(&units) else { return units };
    let len = units.len();
    let mut slots: Vec<Option<Tagged>> = units.into_iter().map(Some).collect();
    let mut take = |r: Range<usize>, out: &mut Vec<Tagged>, skip_be: bool| {
        for k in r {
            if let Some(u) = slots[k].take()
                && !(skip_be && u.pos == Pos::Aux && BE.contains(&u.lower.as_str()))
            {
                out.push(u);
            }
        }
    };
    let mut out = Vec::with_capacity(len);
    take(0..c.subject.start, &mut out, false);
    take(c.agent.clone(), &mut out, false);
    take(c.verb.clone(), &mut out, true);
    take(c.subject.clone(), &mut out, false);
    take(c.middle.clone(), &mut out, false);
    // The "by" goes; what follows the agent stays.
    take(c.agent.end..len, &mut out, false);
    out
}

fn find(units: &[Tagged]) -> Option<Clause> {
    (1..units.len()).find_map(|v| clause_at(units, v))
}

/// The passive clause whose participle is unit `v`, if it is of the kind
/// turned around.
fn clause_at(units: &[Tagged], v: usize) -> Option<Clause> {
    let verb = &units[v];
    if verb.pos != Pos::Verb || !verb.participle {
        return None;
    }
    // "by" right after the participle, or after a short phrase of place
    // or direction ("dropped into Gaza by").
    let by = (v + 1..units.len().min(v + 6))
        .take_while(|&k| !matches!(units[k].pos, Pos::Punct | Pos::Verb | Pos::Sub | Pos::Wh | Pos::Conj))
        .find(|&k| units[k].lower == "by")?;
    if by > v + 1 && units[v + 1].pos != Pos::Prep {
        return None;
    }
    // Auxiliaries, modals, negation and adverbs before it; one a form of "be".
    let mut start = v;
    while start > 0 && matches!(units[start - 1].pos, Pos::Aux | Pos::Modal | Pos::Neg | Pos::Adv) {
        start -= 1;
    }
    if !units[start..v].iter().any(|u| u.pos == Pos::Aux && BE.contains(&u.lower.as_str())) {
        return None;
    }
    // The subject: back to the clause's start, a noun phrase with a noun
    // at its head and no verb.
    let mut s = start;
    while s > 0 && !matches!(units[s - 1].pos, Pos::Punct | Pos::Sub | Pos::Wh | Pos::Verb | Pos::Aux | Pos::Modal) {
        s -= 1;
    }
    if s == start || !matches!(units[s].pos, Pos::Det | Pos::Noun | Pos::Adj | Pos::Num) {
        return None;
    }
    // "Japan's decision to sanction diplomats was criticised by Russia":
    // a verb's object is no subject; what the passive says is of the
    // phrase the verb stands in, which this turn would tear apart.
    if s > 0 && units[s - 1].pos == Pos::Verb {
        return None;
    }
    let head_end = (s..start).find(|&k| units[k].pos == Pos::Prep).unwrap_or(start);
    if head_end == s || units[head_end - 1].pos != Pos::Noun || units[s..head_end].iter().any(|u| u.pos == Pos::Actor) {
        return None;
    }
    // The agent: an actor phrase.
    let first = by + 1;
    let mut k = first;
    while units.get(k).is_some_and(|u| matches!(u.pos, Pos::Det | Pos::Adj)) {
        k += 1;
    }
    if units.get(k)?.pos != Pos::Actor {
        return None;
    }
    // Those joined to it by "and" (or a list that "and" closes) act too.
    let end = coordinated_right(units, k).last().copied().unwrap_or(k) + 1;
    Some(Clause { subject: s..start, verb: start..v + 1, middle: v + 1..by, agent: first..end })
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_types::Span;

    fn unit(w: &str, pos: Pos) -> Tagged {
        Tagged { participle: pos == Pos::Verb, ..Tagged::bare(w, pos, Span::new(0, 0)) }
    }

    /// The words of the sentence of `(word, part of speech)` pairs once
    /// [`activize`] has turned it.
    fn activized(sentence: &[(&str, Pos)]) -> String {
        let units: Vec<Tagged> = sentence.iter().map(|&(w, p)| unit(w, p)).collect();
        activize(units).iter().map(|u| u.lower.as_str()).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn an_object_subject_and_its_agent_change_places() {
        use Pos::*;
        let s = [
            ("A", Det),
            ("peace", Noun),
            ("agreement", Noun),
            ("was", Aux),
            ("signed", Verb),
            ("by", Prep),
            ("Rwanda", Actor),
            ("and", Conj),
            ("the", Det),
            ("Congo", Actor),
            ("in", Prep),
            ("Washington", Actor),
            (".", Punct),
        ];
        assert_eq!(activized(&s), "rwanda and the congo signed a peace agreement in washington .");
    }

    #[test]
    fn a_phrase_before_by_stays_after_the_object() {
        use Pos::*;
        let s = [
            ("Aid", Noun),
            ("was", Aux),
            ("dropped", Verb),
            ("into", Prep),
            ("Gaza", Actor),
            ("by", Prep),
            ("Jordan", Actor),
            (".", Punct),
        ];
        assert_eq!(activized(&s), "jordan dropped aid into gaza .");
    }

    #[test]
    fn an_attribution_after_the_agent_is_no_second_agent() {
        use Pos::*;
        let s = [
            ("A", Det),
            ("camp", Noun),
            ("was", Aux),
            ("attacked", Verb),
            ("by", Prep),
            ("rebels", Actor),
            (",", Punct),
            ("the", Det),
            ("agency", Actor),
            ("reported", Verb),
        ];
        assert_eq!(activized(&s), "rebels attacked a camp , the agency reported");
    }

    #[test]
    fn an_actor_subject_or_no_agent_stays() {
        use Pos::*;
        let actor = [("Israel", Actor), ("was", Aux), ("attacked", Verb), ("by", Prep), ("Hamas", Actor)];
        assert_eq!(activized(&actor), "israel was attacked by hamas");
        let no_agent = [("The", Det), ("deal", Noun), ("was", Aux), ("signed", Verb), ("by", Prep), ("noon", Noun)];
        assert_eq!(activized(&no_agent), "the deal was signed by noon");
    }
}
