//! Any text, read as each PETRARCH/TABARI file kind, parses without a panic
//! and every problem names a line that exists.

use dyad_import::{FileKind, Imported};
use proptest::prelude::*;

/// Text made of the formats' own pieces, to reach deep into the parsers.
fn dictionary_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ISRAEL",
        "[ISR]",
        "[ISR >920115]",
        "[X <9106]",
        "[A 911008-920115]",
        "[ELR/GAL]",
        "+",
        "+SYN",
        "\t",
        "\n",
        " ",
        "_",
        "#",
        "<!--",
        "-->",
        "&SET",
        "+&SET",
        "--- VERB [112] ---",
        "---",
        "- * +",
        "- $ * %",
        "- A_* B",
        "[030:030]",
        "[---]",
        "{",
        "}",
        "(",
        ")",
        "!P! = A, B",
        "X!P!",
        "[~GOV]",
        "{}",
        "*",
        "^",
        "%",
        "é",
        "\0",
    ]);
    prop::collection::vec(pieces, 0..80).prop_map(|p| p.concat())
}

fn check(text: &str) {
    let lines = text.lines().count().max(1);
    for kind in [FileKind::Actors, FileKind::Agents, FileKind::Verbs, FileKind::Discards] {
        let mut imported = Imported::default();
        imported.add_file(kind, "f.txt", text);
        for p in &imported.problems {
            assert!(p.line >= 1 && p.line <= lines, "{p}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_text_parses(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn dictionary_like_text_parses(s in dictionary_like()) {
        check(&s);
    }
}
