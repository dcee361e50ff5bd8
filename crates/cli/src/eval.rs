//! `dyad eval GOLD.jsonl`: scores against hand-coded gold.

use crate::args::{EvalArgs, EvalMode};
use anyhow::Context;
use dyad_eval::{GoldEvent, Options, read_gold, score_plover, score_triples};
use std::process::ExitCode;

pub fn run(args: &EvalArgs) -> anyhow::Result<ExitCode> {
    let name = args.gold.display().to_string();
    let text = std::fs::read_to_string(&args.gold).with_context(|| format!("reading {name}"))?;
    let (records, errors) = read_gold(&name, &text);
    for e in &errors {
        eprintln!("dyad: error: {e}");
    }
    let plover = match args.mode {
        EvalMode::Plover => true,
        EvalMode::Triples => false,
        EvalMode::Auto => records.iter().flat_map(|r| &r.expected).any(|e| matches!(e, GoldEvent::Plover { .. })),
    };
    let pipeline = crate::dict::builder(&args.dicts, false)?.event_times_only(true).build();
    if plover {
        let s = score_plover(&pipeline, &records, args.include_flagged);
        println!("{name}: {} records (PLOVER)", s.records);
        println!("type accuracy           {:.3} ({}/{})", s.type_accuracy(), s.type_correct, s.records);
        println!("type + actor accuracy   {:.3} ({}/{})", s.type_actor_accuracy(), s.type_actor_correct, s.records);
        println!("events per record       {:.2}", s.events_per_record());
        println!("type precision          {:.3} ({}/{})", s.type_precision(), s.predicted_right_type, s.predicted);
        // Wrong types first, then the right type between the wrong actors.
        let wrong = s
            .results
            .iter()
            .filter(|r| !r.type_right)
            .chain(s.results.iter().filter(|r| r.type_right && !r.actors_right));
        for r in wrong.take(args.show) {
            let p: Vec<String> = r.predicted.iter().map(|(t, a, b)| format!("{a}->{b} {t}")).collect();
            if r.type_right {
                println!(
                    "  actors {}: gold {} {}->{}, predicted [{}]",
                    r.id,
                    r.gold,
                    r.gold_source.join("|"),
                    r.gold_target.join("|"),
                    p.join(", ")
                );
            } else {
                println!("  miss {}: gold {}, predicted [{}]", r.id, r.gold, p.join(", "));
            }
        }
    } else {
        let opts = Options {
            require_dyad: !args.no_require_dyad,
            include_flagged: args.include_flagged,
            skip_no_event: args.skip_no_event,
        };
        let s = score_triples(&pipeline, &records, &opts);
        println!("{name}: {} records, exact {}/{} ({:.3})", s.records, s.exact, s.records, ratio(s.exact, s.records));
        for (label, c) in [("triples", s.triples), ("roots", s.roots), ("countries", s.countries)] {
            println!(
                "{label:<10} P {:.3}  R {:.3}  F1 {:.3}   (tp {}, fp {}, fn {})",
                c.precision(),
                c.recall(),
                c.f1(),
                c.tp,
                c.fp,
                c.fn_
            );
        }
        for r in s.results.iter().filter(|r| !r.exact).take(args.show) {
            let fmt = |v: &[(String, String, String)]| {
                v.iter().map(|(a, b, c)| format!("{a} {c} {b}")).collect::<Vec<_>>().join(", ")
            };
            let misses: Vec<_> = r.expected.iter().filter(|e| !r.predicted.contains(e)).cloned().collect();
            let alarms: Vec<_> = r.predicted.iter().filter(|p| !r.expected.contains(p)).cloned().collect();
            println!("  {}: miss [{}] false alarm [{}]\n      {}", r.id, fmt(&misses), fmt(&alarms), r.text);
        }
    }
    Ok(if errors.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}
