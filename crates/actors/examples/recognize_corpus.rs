//! Runs the actor recognizer over every text of a JSONL file and prints the
//! number of mentions: a fixed workload for instruction-count profiling
//! (`valgrind --tool=callgrind`), repeatable on a noisy machine.
//!
//! Run with `cargo run --release -p dyad-actors --example recognize_corpus -- FILE.jsonl`.

use dyad_actors::{DayKey, Dictionary, Recognizer};
use dyad_types::Span;

#[path = "../../../benches/corpus_reader.rs"]
mod corpus_reader;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: recognize_corpus FILE.jsonl")?;
    let texts: Vec<String> = corpus_reader::read(&path, usize::MAX)?.into_iter().map(|r| r.text).collect();
    let recognizer = Recognizer::new(Dictionary::builtin());
    let start = std::time::Instant::now();
    let (mut mentions, mut bytes) = (0, 0);
    for t in &texts {
        mentions += recognizer.find(t, Span::new(0, t.len()), Some(DayKey(20200101))).len();
        bytes += t.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} texts, {bytes} bytes, {mentions} mentions in {secs:.3} s ({:.1} MB/s)",
        texts.len(),
        bytes as f64 / secs / 1e6
    );
    Ok(())
}
