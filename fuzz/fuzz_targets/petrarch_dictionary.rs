//! Property: any text read as each PETRARCH/TABARI file kind parses without
//! panicking, and every problem names that file and a line that exists.
#![no_main]

use dyad_import::{FileKind, Imported};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.lines().count().max(1);
    for kind in [FileKind::Actors, FileKind::Agents, FileKind::Verbs, FileKind::Discards] {
        let mut imported = Imported::default();
        imported.add_file(kind, "f.txt", &text);
        for p in &imported.problems {
            assert_eq!(p.file, "f.txt");
            assert!(p.line >= 1 && p.line <= lines, "{p}");
        }
    }
});
