//! Which time expression dates an event and which place locates it: the
//! nearest in the event's own clause first.

use crate::{NamedPlace, Sentence};
use dyad_dates::TimeExpr;
use dyad_events::CodedEvent;
use dyad_geo::Cue;
use dyad_types::Span;

/// Words that open another clause after a comma (`, when …`).
const SUBORDINATORS: [&str; 13] = [
    "when", "while", "after", "as", "before", "which", "who", "whereas", "but", "although", "though", "because",
    "since",
];
/// Crossing a clause boundary costs more than any distance within a sentence.
const BOUNDARY: usize = 1 << 20;

/// How far `a` is from `b` for attachment: bytes apart, plus a large step
/// for every clause boundary between them.
fn distance(text: &str, a: Span, b: Span) -> usize {
    let (from, to) = if a.start <= b.start { (a.end, b.start) } else { (b.end, a.start) };
    if from >= to {
        return 0;
    }
    let between = &text[from..to];
    // One pass over the bytes: `;`, `(`, `—` (E2 80 94 in UTF-8) and `, `
    // followed by a subordinator.
    let b = between.as_bytes();
    let mut boundaries = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b';' | b'(' => boundaries += 1,
            0xE2 if b[i + 1..].starts_with(&[0x80, 0x94]) => boundaries += 1,
            b',' if b.get(i + 1) == Some(&b' ') => {
                let next = between[i + 2..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
                if SUBORDINATORS.iter().any(|w| w.eq_ignore_ascii_case(next)) {
                    boundaries += 1;
                }
                // ", " matches do not overlap.
                i += 1;
            }
            _ => {}
        }
        i += 1;
    }
    boundaries * BOUNDARY + (to - from)
}

/// The time expression of the sentence nearest the event's trigger.
pub(crate) fn event_time<'s>(text: &str, sentence: &'s Sentence, event: &CodedEvent) -> Option<&'s TimeExpr> {
    nearest(sentence.times.iter(), |t| distance(text, t.span, event.trigger))
}

/// The first item with the least key, as `min_by_key`; the key is not
/// worked out when there is a single item (most sentences name one time
/// or place).
fn nearest<T>(mut items: impl Iterator<Item = T>, key: impl FnMut(&T) -> usize) -> Option<T> {
    let first = items.next()?;
    let Some(second) = items.next() else { return Some(first) };
    [first, second].into_iter().chain(items).min_by_key(key)
}

/// The place the event happened in: a place named after a locative word
/// (`in Doha`, `visit to Moscow`) or with its qualifier, nearest the
/// trigger. A bare name (`Moscow said`) is an actor, not a location.
pub(crate) fn event_place<'s>(text: &str, sentence: &'s Sentence, event: &CodedEvent) -> Option<&'s NamedPlace> {
    let candidates = sentence
        .places
        .iter()
        .filter(|p| matches!(p.mention.cue, Cue::Locative | Cue::Qualified))
        .filter(|p| p.mention.span.start > event.trigger.start || !names_a_party(sentence, p));
    nearest(candidates, |p| distance(text, p.mention.span, event.trigger))
}

/// "Diplomats in China, Japan and South Korea met": a place that is a
/// party of an event of the sentence says who, not where.
fn names_a_party(sentence: &Sentence, place: &NamedPlace) -> bool {
    let m = place.mention.span;
    sentence
        .events
        .iter()
        .flat_map(|e| std::iter::once(&e.source).chain(e.target.as_ref()))
        .any(|a| a.span.start < m.end && m.start < a.span.end)
}

/// How many sentences back a place named with a locative word still
/// locates an event whose own sentence names none.
pub(crate) const CONTEXT_SENTENCES: usize = 3;

/// Where the article's own sentences placed things so far: the dateline,
/// and the last place named after a locative word.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct PlaceContext<'s> {
    dateline: Option<&'s NamedPlace>,
    last: Option<(usize, &'s NamedPlace)>,
}

impl<'s> PlaceContext<'s> {
    /// Takes in the places of a sentence once its events are placed: not
    /// those that are parties of its events.
    pub(crate) fn note(&mut self, sentence: &'s Sentence) {
        for p in &sentence.places {
            match p.mention.cue {
                Cue::Dateline => self.dateline = Some(p),
                Cue::Locative | Cue::Qualified if !names_a_party(sentence, p) => {
                    self.last = Some((sentence.index, p));
                }
                _ => {}
            }
        }
    }

    /// The place an event of sentence `index` (starting at `start` in
    /// `text`) that names none falls back to: a place named with a
    /// locative word in the same paragraph, at most three sentences back,
    /// else the dateline's.
    pub(crate) fn fallback(&self, text: &str, index: usize, start: usize) -> Option<(&'s NamedPlace, &'static str)> {
        match self.last {
            Some((at, p))
                if index - at <= CONTEXT_SENTENCES
                    && !text.get(p.mention.span.end..start).is_some_and(|between| between.contains('\n')) =>
            {
                Some((p, "context"))
            }
            _ => self.dateline.map(|p| (p, "dateline")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_is_the_first_least_as_min_by_key() {
        for items in [vec![], vec![4], vec![3, 1, 2, 1], vec![2, 2], vec![5, 4, 3]] {
            let key = |&(_, k): &(usize, i32)| k as usize;
            let indexed = || items.iter().copied().enumerate();
            assert_eq!(nearest(indexed(), key), indexed().min_by_key(key), "{items:?}");
        }
    }

    /// The counting of earlier days: every match of each pattern.
    fn by_matches(text: &str, a: Span, b: Span) -> usize {
        let (from, to) = if a.start <= b.start { (a.end, b.start) } else { (b.end, a.start) };
        if from >= to {
            return 0;
        }
        let between = &text[from..to];
        let mut boundaries = between.matches([';', '—', '(']).count();
        for (i, _) in between.match_indices(", ") {
            let next = between[i + 2..].split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            if SUBORDINATORS.iter().any(|w| w.eq_ignore_ascii_case(next)) {
                boundaries += 1;
            }
        }
        boundaries * BOUNDARY + (to - from)
    }

    proptest::proptest! {
        #[test]
        fn one_pass_counts_as_the_patterns(
            text in "(\\PC|, |,|;|—|\\(| when| While|whenever|but|, , when|–|é){0,40}",
            x in 0usize..200,
            y in 0usize..200,
        ) {
            let cut = |n: usize| (0..=n.min(text.len())).rev().find(|&k| text.is_char_boundary(k)).unwrap_or(0);
            let (p, q) = (cut(x), cut(y));
            let (a, b) = (Span::new(0, p.min(q)), Span::new(p.max(q), text.len()));
            proptest::prop_assert_eq!(distance(&text, a, b), by_matches(&text, a, b));
            proptest::prop_assert_eq!(distance(&text, b, a), by_matches(&text, b, a));
        }
    }

    #[test]
    fn clause_boundaries_outweigh_bytes() {
        let text = "They met on Monday, when talks in Doha resumed after a long pause.";
        let met = Span::new(5, 8);
        let monday = Span::new(12, 18);
        let doha = Span::new(33, 37);
        assert!(distance(text, monday, met) < distance(text, doha, met));
        assert!(distance(text, doha, met) >= BOUNDARY);
        assert_eq!(distance(text, met, met), 0);
    }
}
