//! Normalizes and segments every text of a JSONL file and prints the number
//! of sentences and repairs: a whole-process check of the first stages, and
//! a fixed workload for instruction-count profiling (`valgrind
//! --tool=callgrind`), which, unlike wall time, is repeatable on a noisy
//! machine.
//!
//! Run with `cargo run --release -p dyad-extract --example normalize_corpus -- FILE.jsonl`.

use dyad_normalize::Normalizer;
use dyad_segment::Segmenter;

#[path = "../../../benches/corpus_reader.rs"]
mod corpus_reader;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: normalize_corpus FILE.jsonl")?;
    let texts: Vec<String> = corpus_reader::read(&path, usize::MAX)?.into_iter().map(|r| r.text).collect();
    let dict = dyad_actors::Dictionary::builtin();
    let normalizer = Normalizer::builder().names(dict.names()).build();
    let segmenter = Segmenter::new();
    let start = std::time::Instant::now();
    let (mut sentences, mut repairs, mut bytes) = (0, 0, 0);
    for t in &texts {
        let n = normalizer.normalize(t);
        repairs += n.repairs().len();
        sentences += segmenter.sentences(n.text()).count();
        bytes += t.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} texts, {bytes} bytes, {sentences} sentences, {repairs} repairs in {secs:.3} s ({:.1} MB/s)",
        texts.len(),
        bytes as f64 / secs / 1e6
    );
    Ok(())
}
