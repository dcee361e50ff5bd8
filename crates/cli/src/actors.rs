//! `dyad actors lookup NAME [--date D]`: what a name resolves to.

use crate::args::LookupArgs;
use dyad_extract::{DayKey, Pipeline, Span};
use std::io::Write;
use std::process::ExitCode;

pub fn lookup(args: &LookupArgs) -> anyhow::Result<ExitCode> {
    let day = match &args.date {
        Some(d) => Some(DayKey::parse(d, false).ok_or_else(|| anyhow::anyhow!("--date {d:?}: expected YYYY-MM-DD"))?),
        None => None,
    };
    let pipeline = Pipeline::new();
    let dict = pipeline.dictionary();
    let name = args.name.trim();
    let mentions = pipeline.recognizer().find(name, Span::new(0, name.len()), day);
    // Written with `?` so that a closed pipe (`| head`) ends the command quietly.
    let mut out = std::io::stdout().lock();
    if mentions.is_empty() {
        writeln!(out, "{name:?}: no actor")?;
    }
    for m in &mentions {
        writeln!(
            out,
            "{:?} -> {}  (entry {:?}, {}{})",
            &name[m.span.start..m.span.end],
            m.code,
            &name[m.entry.start..m.entry.end],
            m.how.as_str(),
            m.canonical.as_deref().map(|c| format!(", {c}")).unwrap_or_default()
        )?;
    }
    let lower = name.to_lowercase();
    for e in dict.entries().iter().filter(|e| e.text.to_lowercase() == lower) {
        writeln!(out, "  listed: {} {} {:?} at {}", e.code, e.kind.as_str(), e.text, e.origin)?;
    }
    for p in dict
        .people()
        .iter()
        .filter(|p| p.name.to_lowercase() == lower || p.aliases.iter().any(|a| a.to_lowercase() == lower))
    {
        writeln!(out, "  person: {} ({}) at {}", p.name, p.country, p.origin)?;
        for t in &p.terms {
            let to = t.to.map(|d| d.0.to_string()).unwrap_or_else(|| "now".into());
            writeln!(out, "    {} {} {}..{}", t.role, t.office, t.from.0, to)?;
        }
    }
    Ok(if mentions.is_empty() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
