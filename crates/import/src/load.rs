//! Loading dictionary folders: dyad's own files and PETRARCH/TABARI ones,
//! on top of the built-in dictionaries or instead of them.

use crate::{Discard, FileKind, Imported};
use dyad_actors::Dictionary;
use dyad_events::VerbDictionary;
use std::path::{Path, PathBuf};

/// Every dictionary a run codes with.
#[derive(Debug, Default)]
pub struct DictionarySet {
    /// Actor names, role nouns and people.
    pub actors: Dictionary,
    /// Verb patterns and word groups.
    pub verbs: VerbDictionary,
    /// Discard phrases.
    pub discards: Vec<Discard>,
    /// Every problem found, as `file:line: what`.
    pub problems: Vec<String>,
    /// Files read.
    pub files: Vec<PathBuf>,
}

impl DictionarySet {
    /// The built-in dictionaries (when `builtin`) extended by the files of
    /// `dirs` (each a folder, read recursively, or a single file), in order:
    /// ours by their names (`groups*.tsv`, `verbs*.tsv`, `agents*.tsv`,
    /// `people*.tsv`, other `*.tsv` as code tables), PETRARCH's by theirs
    /// (`*actors*.txt`, `*agents*.txt`, `*verbs*.txt` or `CAMEO*.txt`,
    /// `*discards*.txt`).
    pub fn load(dirs: &[PathBuf], builtin: bool) -> DictionarySet {
        let mut set = DictionarySet::default();
        if builtin {
            set.actors = Dictionary::parse_builtin();
            set.verbs = VerbDictionary::parse_builtin();
        }
        let actor_problems = set.actors.problems().len();
        let verb_problems = set.verbs.problems().len();
        let mut files = Vec::new();
        for d in dirs {
            collect(d, &mut files, &mut set.problems);
        }
        // Groups before the patterns that use them.
        files.sort_by_key(|f| !name_of(f).to_ascii_lowercase().starts_with("groups"));
        let mut imported = Imported::default();
        for f in &files {
            let name = f.display().to_string();
            let text = match std::fs::read(f) {
                Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
                Err(e) => {
                    set.problems.push(format!("{name}: {e}"));
                    continue;
                }
            };
            let base = name_of(f).to_ascii_lowercase();
            if let Some(kind) = FileKind::of(&base) {
                imported.add_file(kind, &name, &text);
            } else if base.ends_with(".tsv") && base.starts_with("groups") {
                set.verbs.add_groups(&name, &text);
            } else if base.ends_with(".tsv") && base.starts_with("verbs") {
                set.verbs.add_verbs(&name, &text);
            } else if base.ends_with(".tsv") {
                set.actors.add_file(&name, &text);
            } else {
                set.problems.push(format!("{name}: not a dictionary file (ignored)"));
                continue;
            }
            set.files.push(f.clone());
        }
        set.problems.extend(imported.problems.iter().map(ToString::to_string));
        set.actors.add_parsed(imported.entries, imported.agents, imported.people);
        set.verbs.add_patterns(imported.patterns);
        for (form, head) in &imported.forms {
            set.verbs.add_form(form, head);
        }
        if builtin {
            set.discards = crate::builtin_discards();
        }
        set.discards.extend(imported.discards);
        set.problems.extend(set.actors.problems()[actor_problems..].iter().map(ToString::to_string));
        set.problems.extend(set.verbs.problems()[verb_problems..].iter().map(ToString::to_string));
        set
    }
}

fn name_of(p: &Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// The files under `path` (or `path` itself), sorted, hidden ones skipped.
fn collect(path: &Path, out: &mut Vec<PathBuf>, problems: &mut Vec<String>) {
    if path.is_file() {
        out.push(path.to_path_buf());
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(e) => e,
        Err(e) => {
            problems.push(format!("{}: {e}", path.display()));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if name_of(&p).starts_with('.') {
            continue;
        }
        if p.is_dir() {
            collect(&p, out, problems);
        } else {
            out.push(p);
        }
    }
}
