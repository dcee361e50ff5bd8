//! Actor recognition: throughput over the bench corpus with every built-in
//! dictionary, and the time to load and compile those dictionaries.
//!
//! The corpus is generated, not committed:
//! `python3 scripts/gen_bench_corpus.py benches/corpus` (60 MB, deterministic).
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_actors::{DayKey, Dictionary, Recognizer};
use dyad_types::Span;
use std::hint::black_box;
use std::sync::Arc;

#[path = "../../../benches/corpus_reader.rs"]
mod corpus_reader;

fn corpus() -> Vec<String> {
    // A fifth of the corpus keeps one iteration near a second.
    corpus_reader::texts(10_000)
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("actors");
    group.sample_size(10);
    group.bench_function("load_builtin_dictionaries", |b| {
        b.iter(|| Recognizer::new(Arc::new(black_box(Dictionary::parse_builtin()))))
    });
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let recognizer = Recognizer::new(Dictionary::builtin());
    let day = Some(DayKey(20200101));
    let count = |t: &str| recognizer.find(t, Span::new(0, t.len()), day).len();
    // Asserted inside the bench so that a broken recognizer cannot look fast.
    let expected: usize = texts.iter().map(|t| count(t)).sum();
    assert!(expected > texts.len());
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("recognize_{}MB", bytes / 1_000_000), |b| {
        b.iter(|| {
            let n: usize = texts.iter().map(|t| count(black_box(t))).sum();
            assert_eq!(n, expected);
            n
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
