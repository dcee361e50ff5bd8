//! Golden tests of the pipeline: readable files under `tests/golden/` at
//! the repository root.
//!
//! Each `*.golden` file holds sections opened by `=== name` lines:
//! `about` (what it tests), `input` (the article text, verbatim; or
//! `input-file` with a path relative to the repository root),
//! `article-date` (optional: the date the input carries with it), then the
//! expected output: `date` (the article date found), `repairs` (one line
//! per repair: kind, original span, original bytes, replacement),
//! `sentences` (one line per sentence: original span and repaired text) and
//! `actors` (sentence number, original span, text as repaired, code) and
//! `events` (sentence number, source, CAMEO code, target, trigger, flags).
//! The runner renders the pipeline's output in the same form and compares.
//! `DYAD_BLESS=1` rewrites the expected sections: review the diff before
//! committing. A file whose `input-file` is missing (such as `../shared/…`
//! outside CI) is skipped with a note.

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

const OUTPUT: [&str; 5] = ["date", "repairs", "sentences", "actors", "events"];

fn render(pipeline: &Pipeline, text: &str, date: Option<&str>) -> [String; 5] {
    let article = Article {
        id: ArticleId::from_content(text),
        date: date.map(str::to_string),
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
        let (s, e) = (r.original.start, r.original.end);
        let _ = writeln!(repairs, "{} {s}..{e} {:?} -> {:?}", r.kind.as_str(), r.original_text, r.replacement);
    }
    let mut sentences = String::new();
    let mut actors = String::new();
    for s in done.sentences() {
        assert!(text.is_char_boundary(s.original.start) && text.is_char_boundary(s.original.end));
        let (st, en) = (s.original.start, s.original.end);
        let _ = writeln!(sentences, "{st}..{en} {}", done.sentence_text(s.index));
        for a in &s.actors {
            let o = n.to_original(a.span);
            let _ = writeln!(actors, "{} {}..{} {:?} {}", s.index + 1, o.start, o.end, &n.text()[a.span], a.code);
        }
    }
    let mut events = String::new();
    for s in done.sentences() {
        for e in &s.events {
            let flags = [(e.negated, " negated"), (e.hypothetical, " hypothetical")]
                .iter()
                .filter(|(on, _)| *on)
                .map(|(_, f)| *f)
                .collect::<String>();
            let target = e.target.as_ref().map_or("-".to_string(), |t| t.code.to_string());
            let _ = writeln!(
                events,
                "{} {} {} {} ({}){flags}",
                s.index + 1,
                e.source.code,
                e.code,
                target,
                &n.text()[e.trigger]
            );
        }
    }
    [format!("{}\n", done.date().unwrap_or("none")), repairs, sentences, actors, events]
}

#[test]
fn golden_pipeline() {
    let mut files: Vec<PathBuf> = Vec::new();
    for sub in ["normalize", "actors"] {
        let dir = root().join("tests/golden").join(sub);
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        files.extend(
            entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "golden")),
        );
    }
    files.sort();
    assert!(files.len() >= 5, "expected golden files under tests/golden");
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
                match std::fs::read(&path) {
                    Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                    Err(_) => {
                        eprintln!("note: {} skipped: {} is not here", file.display(), path.display());
                        continue;
                    }
                }
            }
            (None, None) => panic!("{}: no input section", file.display()),
        };
        let actual = render(&pipeline, &input, case.get("article-date").map(str::trim));
        let expected: Vec<&str> = OUTPUT.iter().map(|s| case.get(s).unwrap_or("")).collect();
        if actual.iter().map(String::as_str).eq(expected.iter().copied()) {
            continue;
        }
        if bless {
            let mut out: String = case
                .sections
                .iter()
                .filter(|(n, _)| !OUTPUT.contains(&n.as_str()))
                .map(|(n, b)| format!("=== {n}\n{b}"))
                .collect();
            for (name, body) in OUTPUT.iter().zip(&actual) {
                let _ = write!(out, "=== {name}\n{body}");
            }
            std::fs::write(file, out).unwrap();
        } else {
            let mut msg = format!("{}:", file.display());
            for ((name, want), got) in OUTPUT.iter().zip(&expected).zip(&actual) {
                if *want != got {
                    let _ = write!(msg, "\n--- expected {name}\n{want}+++ actual {name}\n{got}");
                }
            }
            failures.push(msg);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// One sentence of `tests/golden/events/*.txt` with its expected events.
struct EventCase {
    file: String,
    date: Option<String>,
    text: String,
    expected: std::collections::BTreeSet<String>,
}

fn event_cases() -> Vec<EventCase> {
    let dir = root().join("tests/golden/events");
    let Ok(entries) = std::fs::read_dir(&dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut cases = Vec::new();
    for file in files {
        let name = file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let text = std::fs::read_to_string(&file).unwrap();
        let mut date = None;
        for (n, line) in text.lines().enumerate() {
            if let Some(d) = line.strip_prefix("@date ") {
                date = Some(d.trim().to_string());
            } else if let Some(s) = line.strip_prefix("> ") {
                cases.push(EventCase {
                    file: format!("{name}:{}", n + 1),
                    date: date.clone(),
                    text: s.to_string(),
                    expected: Default::default(),
                });
            } else if let Some(e) = line.strip_prefix("= ") {
                let case = cases.last_mut().unwrap_or_else(|| panic!("{name}:{}: event before any sentence", n + 1));
                if e.trim() != "none" {
                    case.expected.insert(e.split_whitespace().collect::<Vec<_>>().join(" "));
                }
            }
        }
    }
    cases
}

/// The hand-written sentences of `tests/golden/events/`: how many the
/// coder gets exactly right may not fall below the figure recorded in
/// `tests/golden/events/exact.txt` (a ratchet, raised as the coder
/// improves). `DYAD_GOLDEN_VERBOSE=1` lists the sentences it gets wrong.
#[test]
fn golden_events() {
    let cases = event_cases();
    assert!(cases.len() >= 300, "expected at least 300 golden event sentences, found {}", cases.len());
    let pipeline = Pipeline::new();
    let (mut exact, mut tp, mut fp, mut fn_) = (0, 0, 0, 0);
    let verbose = std::env::var_os("DYAD_GOLDEN_VERBOSE").is_some();
    for c in &cases {
        let article = Article {
            id: ArticleId::from_content(&c.text),
            date: c.date.clone(),
            title: None,
            text: c.text.clone(),
            url: None,
            source: None,
            origin: c.file.clone(),
        };
        let predicted: std::collections::BTreeSet<String> = pipeline
            .process(&article)
            .event_records(true)
            .into_iter()
            .filter_map(|e| {
                let t = e.target?;
                let mut s = format!("{} {} {}", e.source.code, e.code, t.code);
                if e.negated {
                    s.push_str(" negated");
                }
                if e.hypothetical {
                    s.push_str(" hypothetical");
                }
                Some(s)
            })
            .collect();
        let hit = predicted.intersection(&c.expected).count();
        tp += hit;
        fp += predicted.len() - hit;
        fn_ += c.expected.len() - hit;
        if predicted == c.expected {
            exact += 1;
        } else if verbose {
            eprintln!("{}: {}\n    expected {:?}\n    coded    {:?}", c.file, c.text, c.expected, predicted);
        }
    }
    let floor: usize = std::fs::read_to_string(root().join("tests/golden/events/exact.txt"))
        .ok()
        .and_then(|s| s.lines().find(|l| !l.starts_with('#')).and_then(|l| l.trim().parse().ok()))
        .unwrap_or(0);
    eprintln!(
        "golden events: {exact}/{} sentences exact; events tp {tp}, fp {fp}, fn {fn_} (recorded floor {floor})",
        cases.len()
    );
    assert!(exact >= floor, "golden events: {exact} sentences exact, below the recorded {floor}");
}
