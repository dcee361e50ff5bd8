//! The accuracy ratchet: scores the development suites in
//! `../shared/eval/` and fails when a figure drops below the one recorded
//! in `ratchet.tsv`. Raise the recorded figures when a change improves
//! them. Skips, with a note, where the suites are not present (a user's
//! clone has no `../shared/`).

use dyad_eval::{Options, read_gold, score_plover, score_triples};
use dyad_extract::Pipeline;
use std::path::Path;

#[test]
fn accuracy_does_not_drop() {
    let shared = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval");
    if !shared.is_dir() {
        eprintln!("note: {} is not here; ratchet skipped", shared.display());
        return;
    }
    let recorded = include_str!("../ratchet.tsv");
    let pipeline = Pipeline::new();
    let mut failures = Vec::new();
    for line in recorded.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [suite, metric, value] = cols[..] else { panic!("ratchet.tsv: bad line {line:?}") };
        let floor: f64 = value.parse().expect("ratchet.tsv: value is a number");
        let path = shared.join(suite);
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (records, errors) = read_gold(suite, &text);
        assert!(errors.is_empty(), "{errors:?}");
        let measured = match metric {
            "triple_f1" => score_triples(&pipeline, &records, &Options::default()).triples.f1(),
            "root_f1" => score_triples(&pipeline, &records, &Options::default()).roots.f1(),
            "type_accuracy" => score_plover(&pipeline, &records, false).type_accuracy(),
            "type_actor_accuracy" => score_plover(&pipeline, &records, false).type_actor_accuracy(),
            other => panic!("ratchet.tsv: unknown metric {other}"),
        };
        eprintln!("{suite} {metric}: {measured:.3} (recorded {floor:.3})");
        if measured + 5e-4 < floor {
            failures.push(format!("{suite} {metric} fell to {measured:.3} from {floor:.3}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
