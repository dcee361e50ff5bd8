//! Scoring against (source, target, code) triples.

use crate::{GoldEvent, GoldRecord};
use dyad_extract::{Article, ArticleId, EventRecord, Pipeline};
use std::collections::BTreeSet;

/// How predicted events are counted.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Count only predicted events with both a source and a target (the
    /// convention of the PETRARCH suites).
    pub require_dyad: bool,
    /// Count negated and hypothetical events too.
    pub include_flagged: bool,
    /// Leave out records whose expected list is empty.
    pub skip_no_event: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { require_dyad: true, include_flagged: false, skip_no_event: false }
    }
}

/// True positives, false positives, false negatives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Predicted and expected.
    pub tp: usize,
    /// Predicted, not expected.
    pub fp: usize,
    /// Expected, not predicted.
    pub fn_: usize,
}

impl Counts {
    /// tp / (tp + fp).
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// tp / (tp + fn).
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Harmonic mean of precision and recall.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 { 0.0 } else { 2.0 * p * r / (p + r) }
    }

    fn add(&mut self, expected: &BTreeSet<Triple>, predicted: &BTreeSet<Triple>) {
        let tp = expected.intersection(predicted).count();
        self.tp += tp;
        self.fp += predicted.len() - tp;
        self.fn_ += expected.len() - tp;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

type Triple = (String, String, String);

/// One record's outcome.
#[derive(Clone, Debug)]
pub struct RecordResult {
    /// Record id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// Expected triples.
    pub expected: Vec<Triple>,
    /// Predicted triples.
    pub predicted: Vec<Triple>,
    /// True when the sets are equal.
    pub exact: bool,
}

/// Scores of a triple suite.
#[derive(Clone, Debug, Default)]
pub struct TripleScores {
    /// Records scored.
    pub records: usize,
    /// Records whose predicted set equals the expected set.
    pub exact: usize,
    /// Over full triples.
    pub triples: Counts,
    /// Over (source, target, root code).
    pub roots: Counts,
    /// Over (source country, target country, code): first three letters
    /// of each actor code.
    pub countries: Counts,
    /// Per record.
    pub results: Vec<RecordResult>,
}

/// Codes every evaluated record with `pipeline` and scores the triples.
pub fn score_triples(pipeline: &Pipeline, records: &[GoldRecord], opts: &Options) -> TripleScores {
    let mut scores = TripleScores::default();
    for r in records.iter().filter(|r| r.evaluate) {
        let expected: BTreeSet<Triple> = r
            .expected
            .iter()
            .filter_map(|e| match e {
                GoldEvent::Triple { source, target, code } => Some((source.clone(), target.clone(), code.clone())),
                GoldEvent::Plover { .. } => None,
            })
            .collect();
        if opts.skip_no_event && expected.is_empty() {
            continue;
        }
        // The suite's own option for the record, where it sets one.
        let require_dyad = match r.config.iter().find(|(k, _)| k == "require_dyad") {
            Some((_, v)) => v == "true",
            None => opts.require_dyad,
        };
        let predicted: BTreeSet<Triple> = code_record(pipeline, r, opts.include_flagged)
            .into_iter()
            .filter(|e| !require_dyad || e.target.is_some())
            .map(|e| (e.source.code, e.target.map_or_else(|| "---".to_string(), |t| t.code), e.code))
            .collect();
        scores.records += 1;
        let exact = expected == predicted;
        scores.exact += usize::from(exact);
        scores.triples.add(&expected, &predicted);
        let map =
            |set: &BTreeSet<Triple>, f: &dyn Fn(&Triple) -> Triple| set.iter().map(f).collect::<BTreeSet<Triple>>();
        let root = |t: &Triple| (t.0.clone(), t.1.clone(), t.2.get(..2).unwrap_or(&t.2).to_string());
        let country = |t: &Triple| (prefix3(&t.0), prefix3(&t.1), t.2.clone());
        scores.roots.add(&map(&expected, &root), &map(&predicted, &root));
        scores.countries.add(&map(&expected, &country), &map(&predicted, &country));
        scores.results.push(RecordResult {
            id: r.id.clone(),
            text: r.text.clone(),
            expected: expected.into_iter().collect(),
            predicted: predicted.into_iter().collect(),
            exact,
        });
    }
    scores
}

fn prefix3(code: &str) -> String {
    code.chars().take(3).collect()
}

/// Runs the pipeline over a record's text with its date as the article date.
pub(crate) fn code_record(pipeline: &Pipeline, r: &GoldRecord, include_flagged: bool) -> Vec<EventRecord> {
    let article = Article {
        id: ArticleId(r.id.clone()),
        date: r.date.clone(),
        title: None,
        text: r.text.clone(),
        url: None,
        source: None,
        origin: r.id.clone(),
    };
    pipeline.process(&article).event_records(include_flagged)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_compute_f1() {
        let c = Counts { tp: 3, fp: 1, fn_: 2 };
        assert!((c.precision() - 0.75).abs() < 1e-9);
        assert!((c.recall() - 0.6).abs() < 1e-9);
        assert!((c.f1() - 2.0 * 0.75 * 0.6 / 1.35).abs() < 1e-9);
        assert_eq!(Counts::default().f1(), 0.0);
    }
}
