//! The times of only some sentences of an article, each resolved as a
//! reading of the whole article in order resolves it.
//!
//! Most sentences name no event, so most of the scanning a reading in order
//! does is for nothing. A sentence's expressions do not depend on what came
//! before it, only their dates may: `a few weeks earlier` counts from the
//! last time mentioned. So a sentence is scanned on its own, and only when
//! it counts from an earlier mention are the sentences before it scanned,
//! back to the last one whose time stands on its own.

use crate::scan::TimeScanner;
use crate::{Day, TimeExpr};
use dyad_segment::Token;

/// Resolves the time expressions of the sentences asked for, in any order,
/// to the dates [`TimeScanner`] gives them reading every sentence in turn.
#[derive(Clone, Debug)]
pub struct SparseTimes {
    scanner: TimeScanner,
    /// Per sentence, once known: the last time mentioned up to its end.
    after: Vec<Option<Day>>,
}

impl SparseTimes {
    /// For an article of this date with this many sentences.
    pub fn new(anchor: Day, sentences: usize) -> SparseTimes {
        SparseTimes { scanner: TimeScanner::new(anchor), after: vec![None; sentences] }
    }

    /// The time expressions of sentence `index`, resolved. `tokens(j)` gives
    /// the tokens of sentence `j`, for the sentences before it that a
    /// relative expression makes it read. An index past the count given to
    /// [`SparseTimes::new`] is read with no sentence before it.
    pub fn scan<'t>(&mut self, text: &str, index: usize, tokens: impl Fn(usize) -> &'t [Token]) -> Vec<TimeExpr> {
        let anchor = self.scanner.anchor();
        let toks = tokens(index);
        let scanned = self.scanner.scan_from(text, toks, anchor);
        if scanned.needs_reference {
            let reference = self.reference_before(text, index.min(self.after.len()), &tokens);
            let times = self.scanner.scan_from(text, toks, reference).times;
            self.note(index, Some(times.last().map_or(reference, |t| t.date)));
            times
        } else {
            self.note(index, scanned.times.last().map(|t| t.date));
            scanned.times
        }
    }

    fn note(&mut self, index: usize, after: Option<Day>) {
        if let (Some(slot), Some(day)) = (self.after.get_mut(index), after) {
            *slot = Some(day);
        }
    }

    /// The last time mentioned before sentence `index`: back to a sentence
    /// whose last time is known or stands on its own, then forward again
    /// through those that count from an earlier mention.
    fn reference_before<'t>(&mut self, text: &str, index: usize, tokens: &impl Fn(usize) -> &'t [Token]) -> Day {
        let anchor = self.scanner.anchor();
        let (mut start, mut reference) = (0, anchor);
        // Sentences that count from an earlier mention, latest first.
        let mut dependent = Vec::new();
        for j in (0..index).rev() {
            if let Some(day) = self.after[j] {
                (start, reference) = (j + 1, day);
                break;
            }
            let scanned = self.scanner.scan_from(text, tokens(j), anchor);
            match scanned.times.last() {
                Some(last) if !scanned.needs_reference => {
                    self.after[j] = Some(last.date);
                    (start, reference) = (j + 1, last.date);
                    break;
                }
                Some(_) => dependent.push(j),
                None => {}
            }
        }
        let mut at = start;
        for &j in dependent.iter().rev() {
            self.after[at..j].fill(Some(reference));
            if let Some(last) = self.scanner.scan_from(text, tokens(j), reference).times.last() {
                reference = last.date;
            }
            self.after[j] = Some(reference);
            at = j + 1;
        }
        self.after[at..index].fill(Some(reference));
        reference
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_segment::tokens;
    use dyad_types::Span;

    /// The sentences of `text` (split at `|`) and their tokens.
    fn article(text: &str) -> Vec<Vec<Token>> {
        let mut at = 0;
        text.split('|')
            .map(|s| {
                let toks = tokens(text, Span::new(at, at + s.len())).collect();
                at += s.len() + 1;
                toks
            })
            .collect()
    }

    fn in_order(anchor: Day, text: &str) -> Vec<Vec<TimeExpr>> {
        let mut scanner = TimeScanner::new(anchor);
        article(text).iter().map(|toks| scanner.scan_tokens(text, toks)).collect()
    }

    #[test]
    fn a_relative_time_counts_from_a_sentence_not_asked_for() {
        let text = "Talks began on March 3.|Nothing happened.|A few days later, they ended.";
        let anchor = Day::parse("2025-05-05").unwrap();
        let sentences = article(text);
        let mut sparse = SparseTimes::new(anchor, sentences.len());
        let got = sparse.scan(text, 2, |j| &sentences[j]);
        assert_eq!(got[0].date, Day::parse("2025-03-06").unwrap());
        assert_eq!(got, in_order(anchor, text)[2]);
    }

    proptest::proptest! {
        /// Any sentences asked for, in reading order, get the times a
        /// reading of every sentence gives them.
        #[test]
        fn asked_sentences_get_the_times_of_a_full_reading(
            parts in proptest::collection::vec(
                "(On May 9|In April|a few weeks earlier|three days later|the day before|the next day|Nothing|it|rained|in 2024|later this year|,| ){0,8}",
                1..8,
            ),
            asked in proptest::collection::vec(proptest::bool::ANY, 8),
            days in 0i32..30_000,
        ) {
            let anchor = Day::from_ymd(1970, 1, 1).unwrap().add_days(days);
            let text = parts.join("|");
            let sentences = article(&text);
            let full = in_order(anchor, &text);
            let mut sparse = SparseTimes::new(anchor, sentences.len());
            for (j, want) in full.iter().enumerate().filter(|&(j, _)| asked[j]) {
                proptest::prop_assert_eq!(&sparse.scan(&text, j, |k| &sentences[k]), want, "sentence {}", j);
            }
        }
    }
}
