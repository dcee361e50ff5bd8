//! Scoring PLOVER-coded records (the `plover_gsr` convention).

use crate::{GoldEvent, GoldRecord, triples::code_record};
use dyad_extract::Pipeline;

/// A predicted event as PLOVER scoring sees it: (type, source country,
/// target country).
pub type PloverEvent = (String, String, String);

/// One record's outcome.
#[derive(Clone, Debug, Default)]
pub struct PloverResult {
    /// The record's id.
    pub id: String,
    /// The gold event type.
    pub gold: String,
    /// Gold source and target countries (or organisation codes).
    pub gold_source: Vec<String>,
    /// See `gold_source`.
    pub gold_target: Vec<String>,
    /// Predicted events.
    pub predicted: Vec<PloverEvent>,
    /// Some predicted event has the gold type.
    pub type_right: bool,
    /// One of those has the gold actors too.
    pub actors_right: bool,
}

/// Scores of a PLOVER suite.
#[derive(Clone, Debug, Default)]
pub struct PloverScores {
    /// Records scored.
    pub records: usize,
    /// Records where some predicted event has the gold type.
    pub type_correct: usize,
    /// Records where one predicted event has the gold type and matching
    /// actor countries.
    pub type_actor_correct: usize,
    /// Predicted events with a PLOVER type, over all records.
    pub predicted: usize,
    /// Predicted events whose type is a gold type of the same sentence.
    pub predicted_right_type: usize,
    /// Per record: id, gold type, predicted (type, source, target).
    pub results: Vec<PloverResult>,
}

impl PloverScores {
    /// Type accuracy.
    pub fn type_accuracy(&self) -> f64 {
        ratio(self.type_correct, self.records)
    }

    /// Type + actor accuracy.
    pub fn type_actor_accuracy(&self) -> f64 {
        ratio(self.type_actor_correct, self.records)
    }

    /// Predicted events per record.
    pub fn events_per_record(&self) -> f64 {
        ratio(self.predicted, self.records)
    }

    /// Type precision.
    pub fn type_precision(&self) -> f64 {
        ratio(self.predicted_right_type, self.predicted)
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

/// The suite's code aliases, read on either side.
fn canon(code: &str) -> String {
    let c: String = code.chars().take(3).collect();
    match c.as_str() {
        "JAP" => "JPN".into(),
        "ITL" => "ITA".into(),
        "VTN" => "VNM".into(),
        "ROM" => "ROU".into(),
        _ => c,
    }
}

/// Codes every record and scores types and actors.
pub fn score_plover(pipeline: &Pipeline, records: &[GoldRecord], include_flagged: bool) -> PloverScores {
    let mut s = PloverScores::default();
    for r in records.iter().filter(|r| r.evaluate) {
        let Some(GoldEvent::Plover { source, target, reciprocal, plover }) = r.expected.first() else {
            continue;
        };
        let sentence_types: Vec<&str> = records
            .iter()
            .filter(|o| o.id == r.id || r.same_text_as.contains(&o.id))
            .filter_map(|o| match o.expected.first() {
                Some(GoldEvent::Plover { plover, .. }) => Some(plover.as_str()),
                _ => None,
            })
            .collect();
        let events = code_record(pipeline, r, include_flagged);
        let predicted: Vec<(String, String, String)> = events
            .iter()
            .filter_map(|e| {
                Some((
                    e.plover.clone()?,
                    canon(&e.source.code),
                    e.target.as_ref().map(|t| canon(&t.code)).unwrap_or_default(),
                ))
            })
            .collect();
        s.records += 1;
        s.predicted += predicted.len();
        s.predicted_right_type += predicted.iter().filter(|p| sentence_types.contains(&p.0.as_str())).count();
        let gold_src: Vec<String> = source.iter().map(|p| canon(&p.code)).collect();
        let gold_tgt: Vec<String> = target.iter().map(|p| canon(&p.code)).collect();
        let typed: Vec<&(String, String, String)> = predicted.iter().filter(|p| &p.0 == plover).collect();
        if !typed.is_empty() {
            s.type_correct += 1;
        }
        let actors_ok = |p: &&(String, String, String)| {
            if *reciprocal {
                let distinct = gold_src.iter().collect::<std::collections::BTreeSet<_>>().len();
                gold_src.contains(&p.1) && gold_src.contains(&p.2) && (distinct < 2 || p.1 != p.2)
            } else {
                (gold_src.is_empty() || gold_src.contains(&p.1)) && (gold_tgt.is_empty() || gold_tgt.contains(&p.2))
            }
        };
        let actors_right = typed.iter().any(actors_ok);
        if actors_right {
            s.type_actor_correct += 1;
        }
        s.results.push(PloverResult {
            id: r.id.clone(),
            gold: plover.clone(),
            type_right: !typed.is_empty(),
            actors_right,
            gold_source: gold_src,
            gold_target: gold_tgt,
            predicted,
        });
    }
    s
}
