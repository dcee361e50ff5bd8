//! The accuracy ratchet: scores the development suites in
//! `../shared/eval/` and fails when a figure drops below the one recorded
//! in `ratchet.tsv`. Raise the recorded figures when a change improves
//! them. Skips, with a note, where the suites are not present (a user's
//! clone has no `../shared/`).

use dyad_eval::{Options, read_gold, score_plover, score_triples};
use dyad_extract::{DictionarySet, Pipeline};
use std::path::Path;

#[test]
fn accuracy_does_not_drop() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    if !shared.is_dir() {
        eprintln!("note: {} is not here; ratchet skipped", shared.display());
        return;
    }
    let recorded = include_str!("../ratchet.tsv");
    let builtin = Pipeline::new();
    let mut failures = Vec::new();
    for line in recorded.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let (suite, metric, value, dicts) = match cols[..] {
            [suite, metric, value] => (suite, metric, value, None),
            [suite, metric, value, dicts] => (suite, metric, value, Some(dicts)),
            _ => panic!("ratchet.tsv: bad line {line:?}"),
        };
        // A fourth column names a folder of ../shared/eval/dictionaries/ to
        // code with instead of the built-in dictionaries.
        let imported = dicts.map(|d| {
            Pipeline::builder().dictionaries(DictionarySet::load(&[shared.join("dictionaries").join(d)], false)).build()
        });
        let pipeline = imported.as_ref().unwrap_or(&builtin);
        let floor: f64 = value.parse().expect("ratchet.tsv: value is a number");
        let path = shared.join(suite);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (records, errors) = read_gold(suite, &text);
        assert!(errors.is_empty(), "{errors:?}");
        let measured = match metric {
            "triple_f1" => score_triples(pipeline, &records, &Options::default()).triples.f1(),
            "root_f1" => score_triples(pipeline, &records, &Options::default()).roots.f1(),
            "exact" => {
                let s = score_triples(pipeline, &records, &Options::default());
                s.exact as f64 / s.records.max(1) as f64
            }
            "type_accuracy" => score_plover(pipeline, &records, false).type_accuracy(),
            "type_actor_accuracy" => score_plover(pipeline, &records, false).type_actor_accuracy(),
            other => panic!("ratchet.tsv: unknown metric {other}"),
        };
        let with = dicts.map(|d| format!(" with {d}")).unwrap_or_default();
        eprintln!("{suite}{with} {metric}: {measured:.3} (recorded {floor:.3})");
        if measured + 5e-4 < floor {
            failures.push(format!("{suite} {metric} fell to {measured:.3} from {floor:.3}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
