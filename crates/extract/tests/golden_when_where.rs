//! Golden tests of time expressions (`tests/golden/dates/`) and place
//! names (`tests/golden/places/`): readable files of short articles, each
//! sentence followed by the expressions or places expected in it, resolved.
//! The formats are described in each directory's README.md.
//! `DYAD_GOLDEN_VERBOSE=1` prints every article that differs.

use dyad_extract::{Article, ArticleId, Pipeline, Processed};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// One article of a golden file: where it starts, its date, its sentences
/// and the lines expected from them, in order.
struct GoldenArticle {
    origin: String,
    date: String,
    sentences: Vec<String>,
    expected: Vec<String>,
}

fn articles(dir: &str) -> Vec<GoldenArticle> {
    let dir = root().join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out: Vec<GoldenArticle> = Vec::new();
    for file in files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for (n, line) in std::fs::read_to_string(&file).unwrap().lines().enumerate() {
            let at = format!("{name}:{}", n + 1);
            if let Some(d) = line.strip_prefix("@date ") {
                out.push(GoldenArticle {
                    origin: at,
                    date: d.trim().to_string(),
                    sentences: Vec::new(),
                    expected: Vec::new(),
                });
            } else if let Some(s) = line.strip_prefix("> ") {
                out.last_mut().unwrap_or_else(|| panic!("{at}: sentence before @date")).sentences.push(s.to_string());
            } else if let Some(e) = line.strip_prefix("= ") {
                let e = e.split_whitespace().collect::<Vec<_>>().join(" ");
                out.last_mut().unwrap_or_else(|| panic!("{at}: expectation before @date")).expected.push(e);
            } else {
                assert!(line.trim().is_empty() || line.starts_with('#'), "{at}: unreadable line {line:?}");
            }
        }
    }
    out
}

/// Runs every article and compares what `render` makes of it with the
/// expected lines; returns (lines expected, lines right, lines found that
/// were not expected).
fn check(dir: &str, render: impl Fn(&Processed<'_>) -> Vec<String>) -> (usize, usize, usize) {
    let pipeline = Pipeline::new();
    let verbose = std::env::var_os("DYAD_GOLDEN_VERBOSE").is_some();
    let (mut total, mut right, mut extra, mut wrong_articles) = (0, 0, 0, 0);
    for a in articles(dir) {
        // Paragraph breaks keep the sentences apart as written.
        let text = a.sentences.join("\n\n");
        let article = Article {
            id: ArticleId::from_content(&text),
            date: Some(a.date.clone()),
            title: None,
            text,
            url: None,
            source: None,
            origin: a.origin.clone(),
        };
        let got = render(&pipeline.process(&article));
        let mut left: BTreeMap<&str, usize> = BTreeMap::new();
        for g in &got {
            *left.entry(g.as_str()).or_default() += 1;
        }
        total += a.expected.len();
        for e in &a.expected {
            if let Some(n) = left.get_mut(e.as_str()).filter(|n| **n > 0) {
                *n -= 1;
                right += 1;
            }
        }
        extra += got.len() - a.expected.iter().filter(|e| got.contains(e)).count().min(got.len());
        if got != a.expected {
            wrong_articles += 1;
            if verbose {
                eprintln!(
                    "{} ({}): {:?}\n    expected {:?}\n    got      {:?}",
                    a.origin, a.date, a.sentences, a.expected, got
                );
            }
        }
    }
    eprintln!("{dir}: {right}/{total} expected lines right, {extra} unexpected; {wrong_articles} articles differ");
    (total, right, extra)
}

#[test]
fn golden_time_expressions() {
    let (total, right, extra) = check("tests/golden/dates", |done| {
        let text = done.normalized().text();
        let anchor = done.date().and_then(dyad_extract::Day::parse);
        done.sentences()
            .iter()
            .flat_map(|s| &s.times)
            .map(|t| {
                let future = if anchor.is_some_and(|a| t.is_future(a)) { " future" } else { "" };
                format!("{} -> {} {}{future}", &text[t.span], t.date, t.precision)
            })
            .collect()
    });
    assert!(total >= 150, "expected at least 150 golden time expressions, found {total}");
    assert_eq!((right, extra), (total, 0), "time expressions resolved wrong (DYAD_GOLDEN_VERBOSE=1 lists them)");
}

#[test]
fn golden_places() {
    let (total, right, extra) = check("tests/golden/places", |done| {
        let g = done.gazetteer();
        done.sentences()
            .iter()
            .flat_map(|s| &s.places)
            .map(|p| {
                let place = g.place(p.place);
                let admin1 = match g.admin1(p.place) {
                    a if place.country() == "USA" && !a.is_empty() => format!(" {a}"),
                    _ => String::new(),
                };
                let written = &done.article().text.as_str()[done.normalized().to_original(p.mention.span)];
                format!("{written} -> {} {}{admin1}", g.name(p.place), place.country())
            })
            .collect()
    });
    assert!(total >= 100, "expected at least 100 golden toponyms, found {total}");
    assert_eq!((right, extra), (total, 0), "toponyms resolved wrong (DYAD_GOLDEN_VERBOSE=1 lists them)");
}
