//! Reads the generated bench corpus (JSON Lines with `text` and `date`).
//! Shared by the criterion benches and the profiling examples, which
//! include it with `#[path]`: they live in different crates, and a helper
//! crate for one function would cost more than this file.
//!
//! Generate the corpus with `python3 scripts/gen_bench_corpus.py benches/corpus`.

#![allow(dead_code)] // Each includer uses part of it.

/// One article of the corpus.
pub struct Record {
    /// The article text.
    pub text: String,
    /// Its date, when the record has one.
    pub date: Option<String>,
}

/// `DYAD_BENCH_CORPUS`, else the generated corpus beside the workspace root.
pub fn default_path() -> String {
    std::env::var("DYAD_BENCH_CORPUS")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../benches/corpus/corpus.jsonl").to_string())
}

/// The first `limit` records of the JSONL file at `path`; records without
/// a `text` are skipped.
pub fn read(path: &str, limit: usize) -> Result<Vec<Record>, String> {
    let data = std::fs::read_to_string(path)
        .map_err(|e| format!("{path}: {e}; generate it with `python3 scripts/gen_bench_corpus.py benches/corpus`"))?;
    Ok(data
        .lines()
        .take(limit)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| {
            let text = v.get("text")?.as_str()?.to_string();
            let date = v.get("date").and_then(|d| d.as_str()).map(String::from);
            Some(Record { text, date })
        })
        .collect())
}

/// The default corpus's first `limit` texts; panics with how to generate
/// the corpus when it is missing (benches have no error path).
pub fn texts(limit: usize) -> Vec<String> {
    let path = default_path();
    read(&path, limit).unwrap_or_else(|e| panic!("{e}")).into_iter().map(|r| r.text).collect()
}
