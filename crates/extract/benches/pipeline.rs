//! The whole pipeline, article in, events out: sentences per second and
//! MB/s on the bench corpus (normalize → segment → actors → events, times
//! and places), and the same without times and places.
//!
//! The corpus is generated, not committed:
//! `python3 scripts/gen_bench_corpus.py benches/corpus` (60 MB, deterministic).
#![allow(missing_docs)] // criterion_group! generates undocumented items.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dyad_extract::{Article, ArticleId, Pipeline};
use std::hint::black_box;

#[path = "../../../benches/corpus_reader.rs"]
mod corpus_reader;

fn corpus() -> Vec<Article> {
    let path = corpus_reader::default_path();
    let records = corpus_reader::read(&path, 10_000).unwrap_or_else(|e| panic!("{e}"));
    records
        .into_iter()
        .map(|r| Article {
            id: ArticleId::from_content(&r.text),
            date: r.date,
            title: None,
            text: r.text,
            url: None,
            source: None,
            origin: "bench".into(),
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let pipeline = Pipeline::new();
    let run = |a: &Article| {
        let done = pipeline.process(a);
        (done.sentences().len(), done.event_records(false).len())
    };
    // The same without time expressions and places: their share of the cost.
    let without = Pipeline::builder().time_place(false).build();
    let run_without = |a: &Article| {
        let done = without.process(a);
        (done.sentences().len(), done.event_records(false).len())
    };
    // Asserted inside the bench: a broken coder cannot look fast.
    let (sentences, events) = articles.iter().map(run).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    assert!(events > articles.len());
    let mut group = c.benchmark_group("pipeline");
    group.sample_size(10);
    group.throughput(Throughput::Elements(sentences as u64));
    group.bench_function(format!("sentences_{}", sentences), |b| {
        b.iter(|| {
            let n = articles.iter().map(|a| run(black_box(a))).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
            assert_eq!(n, (sentences, events));
            n
        })
    });
    group.bench_function(format!("sentences_{}_without_time_place", sentences), |b| {
        b.iter(|| articles.iter().map(|a| run_without(black_box(a))).fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1)))
    });
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function(format!("bytes_{}MB", bytes / 1_000_000), |b| {
        b.iter(|| articles.iter().map(|a| run(black_box(a)).1).sum::<usize>())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
