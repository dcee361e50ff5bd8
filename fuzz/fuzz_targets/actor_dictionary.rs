//! Property: any file parses without panicking, and every problem names
//! the file and a line that exists.
#![no_main]

use dyad_actors::Dictionary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let lines = text.lines().count();
    for name in ["countries.tsv", "agents.tsv", "people-x.tsv"] {
        let mut d = Dictionary::new();
        d.add_file(name, &text);
        for p in d.problems() {
            assert_eq!(p.file, name);
            assert!(p.line >= 1 && p.line <= lines.max(1));
        }
    }
});
