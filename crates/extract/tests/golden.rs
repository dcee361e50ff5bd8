//! Golden tests of normalize + segment: readable files under
//! `tests/golden/normalize/` at the repository root.
//!
//! Each `*.golden` file holds sections opened by `=== name` lines:
//! `input` (the article text, verbatim; or `input-file` with a path
//! relative to the repository root), `date` (the article date found),
//! `repairs` (one line per repair: kind, original span, original bytes,
//! replacement) and `sentences` (one line per sentence: original span and
//! repaired text). The runner renders the pipeline's output in the same form
//! and compares. `DYAD_BLESS=1` rewrites the expected sections (review the
//! diff before committing). A file whose `input-file` is missing (such as
//! `../shared/...` outside CI) is skipped with a note.

use dyad_extract::{Article, ArticleId, Pipeline};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

struct Case {
    sections: Vec<(String, String)>,
}

impl Case {
    fn parse(text: &str) -> Case {
        let mut sections: Vec<(String, String)> = Vec::new();
        for line in text.split_inclusive('\n') {
            if let Some(name) = line.strip_prefix("=== ") {
                sections.push((name.trim().to_string(), String::new()));
            } else if let Some((_, body)) = sections.last_mut() {
                body.push_str(line);
            }
        }
        Case { sections }
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.sections.iter().find(|(n, _)| n == name).map(|(_, b)| b.as_str())
    }
}

fn render(pipeline: &Pipeline, text: &str) -> (String, String, String) {
    let article = Article {
        id: ArticleId::from_content(text),
        date: None,
        title: None,
        text: text.to_string(),
        url: None,
        source: None,
        origin: "golden".into(),
    };
    let done = pipeline.process(&article);
    let n = done.normalized();
    assert_eq!(n.rebuild_original(), text, "the original must be rebuilt from the repairs");
    let mut repairs = String::new();
    for r in n.repairs() {
        assert_eq!(&text[r.original.start..r.original.end], r.original_text);
        let _ = writeln!(repairs, "{} {}..{} {:?} -> {:?}", r.kind.as_str(), r.original.start, r.original.end, r.original_text, r.replacement);
    }
    let mut sentences = String::new();
    for s in done.sentences() {
        assert!(text.is_char_boundary(s.original.start) && text.is_char_boundary(s.original.end));
        let _ = writeln!(sentences, "{}..{} {}", s.original.start, s.original.end, done.sentence_text(s.index));
    }
    (format!("{}\n", done.date().unwrap_or("none")), repairs, sentences)
}

#[test]
fn golden_normalize_and_segment() {
    let dir = root().join("tests/golden/normalize");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "golden"))
        .collect();
    files.sort();
    assert!(files.len() >= 5, "expected golden files in {}", dir.display());
    let pipeline = Pipeline::new();
    let bless = std::env::var_os("DYAD_BLESS").is_some();
    let mut failures = Vec::new();
    for file in &files {
        let raw = std::fs::read_to_string(file).unwrap();
        let case = Case::parse(&raw);
        let input = match (case.get("input"), case.get("input-file")) {
            (Some(text), _) => text.strip_suffix('\n').unwrap_or(text).to_string(),
            (None, Some(path)) => {
                let path = root().join(path.trim());
                match std::fs::read_to_string(&path) {
                    Ok(t) => t,
                    Err(_) => {
                        eprintln!("note: {} skipped: {} is not here", file.display(), path.display());
                        continue;
                    }
                }
            }
            (None, None) => panic!("{}: no input section", file.display()),
        };
        let (date, repairs, sentences) = render(&pipeline, &input);
        let expected = (case.get("date").unwrap_or(""), case.get("repairs").unwrap_or(""), case.get("sentences").unwrap_or(""));
        if (date.as_str(), repairs.as_str(), sentences.as_str()) == expected {
            continue;
        }
        if bless {
            let head: String = case
                .sections
                .iter()
                .filter(|(n, _)| n.starts_with("input") || n == "about")
                .map(|(n, b)| format!("=== {n}\n{b}"))
                .collect();
            std::fs::write(file, format!("{head}=== date\n{date}=== repairs\n{repairs}=== sentences\n{sentences}")).unwrap();
        } else {
            failures.push(format!(
                "{}:\n--- expected date/repairs/sentences\n{}{}{}\n+++ actual\n{date}{repairs}{sentences}",
                file.display(),
                expected.0,
                expected.1,
                expected.2
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
