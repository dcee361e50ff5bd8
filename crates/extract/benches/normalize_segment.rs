//! Throughput of normalize + segment over the bench corpus.
//!
//! The corpus is generated, not committed:
//! `python3 scripts/gen_bench_corpus.py benches/corpus` (60 MB, deterministic).
//! Set `DYAD_BENCH_CORPUS` to use another JSONL file.

#![allow(missing_docs)] // criterion_group! generates undocumented items.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_normalize::Normalizer;
use dyad_segment::Segmenter;
use std::hint::black_box;

#[path = "../../../benches/corpus_reader.rs"]
mod corpus_reader;

fn corpus() -> Vec<String> {
    corpus_reader::texts(usize::MAX)
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let dict = dyad_actors::Dictionary::builtin();
    let normalizer = Normalizer::builder().names(dict.names()).build();
    let segmenter = Segmenter::new();
    // Asserted inside the bench so that a broken stage cannot look fast.
    let expected_sentences: usize =
        texts.iter().map(|t| segmenter.sentences(normalizer.normalize(t).text()).count()).sum();
    assert!(expected_sentences > texts.len());
    let mut group = c.benchmark_group("normalize_segment");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("corpus_{}MB", bytes / 1_000_000), |b| {
        b.iter(|| {
            let mut sentences = 0;
            for t in &texts {
                let n = normalizer.normalize(black_box(t));
                sentences += segmenter.sentences(n.text()).count();
            }
            assert_eq!(sentences, expected_sentences);
            sentences
        })
    });
    group.bench_function("normalize_only", |b| {
        b.iter(|| texts.iter().map(|t| normalizer.normalize(black_box(t)).text().len()).sum::<usize>())
    });
    let repaired: Vec<String> = texts.iter().map(|t| normalizer.normalize(t).text().to_string()).collect();
    group.bench_function("segment_only", |b| {
        b.iter(|| repaired.iter().map(|t| segmenter.sentences(black_box(t)).count()).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
