//! The real PETRARCH dictionaries of `../shared/eval/dictionaries/` (MIT;
//! read there, never copied here): they load, hold what they should, and
//! every problem names a file and a line that exists. Skipped with a note
//! where `../shared/` is absent.

use dyad_import::DictionarySet;
use std::path::Path;

fn load(name: &str) -> Option<DictionarySet> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/dictionaries").join(name);
    if !dir.is_dir() {
        eprintln!("note: {} not found; skipped", dir.display());
        return None;
    }
    Some(DictionarySet::load(&[dir], false))
}

fn problems_name_real_lines(set: &DictionarySet) {
    for p in &set.problems {
        let (file, rest) = p.split_once(".txt:").unwrap_or_else(|| panic!("no file in {p:?}"));
        let line: usize =
            rest.split(':').next().and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no line in {p:?}"));
        let text = std::fs::read_to_string(format!("{file}.txt")).unwrap();
        assert!(line >= 1 && line <= text.lines().count(), "{p}");
    }
}

#[test]
fn petrarch_validation_dictionaries() {
    let Some(set) = load("petr2_validate") else { return };
    assert_eq!(set.files.len(), 4);
    assert!(set.actors.entries().len() > 100, "{}", set.actors.entries().len());
    assert!(set.actors.agents().len() > 100);
    assert!(set.verbs.len() > 400, "{}", set.verbs.len());
    assert!(set.discards.iter().any(|d| d.story) && set.discards.iter().any(|d| !d.story));
    // Dated codes become terms: the Hobbit Shire of the suite has several.
    assert!(set.actors.people().iter().any(|p| p.terms.len() > 1));
    problems_name_real_lines(&set);
}

#[test]
fn phoenix_dictionaries() {
    let Some(set) = load("phoenix") else { return };
    assert_eq!(set.files.len(), 6);
    assert!(set.actors.entries().len() > 10_000, "{}", set.actors.entries().len());
    assert!(set.actors.people().len() > 10_000, "{}", set.actors.people().len());
    assert!(set.actors.agents().len() > 5_000);
    assert!(set.verbs.len() > 40_000, "{}", set.verbs.len());
    assert!(set.discards.len() > 400);
    problems_name_real_lines(&set);
}
