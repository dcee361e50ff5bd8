//! `dyad explain`: what each stage made of a text, for people.

use crate::args::ExplainArgs;
use dyad_extract::{Article, ArticleId, EventRecord, Pipeline, Processed, Repair};
use dyad_sources::{Item, Reader};
use std::fmt::Write as _;
use std::process::ExitCode;

pub fn run(args: &ExplainArgs) -> anyhow::Result<ExitCode> {
    let pipeline = crate::dict::builder(&args.dicts, args.input.strict)?.build();
    let articles: Vec<Article> = match (&args.text, &args.file) {
        (Some(text), _) => vec![Article {
            id: ArticleId::from_content(text),
            date: args.date.clone(),
            title: None,
            text: text.clone(),
            url: None,
            source: None,
            origin: "<argument>".into(),
        }],
        (None, Some(file)) => {
            let mut v = Vec::new();
            for item in Reader::new(vec![file.clone()], args.input.read_options()?) {
                match item {
                    Item::Article(a) => v.push(a),
                    Item::Warning(w) => eprintln!("dyad: warning: {w}"),
                    Item::Skipped(e) => eprintln!("dyad: error: {e}"),
                }
            }
            v
        }
        (None, None) => anyhow::bail!("give a TEXT or --file F"),
    };
    let mut out = String::new();
    for article in &articles {
        render(&mut out, &pipeline, &pipeline.process(article));
    }
    std::io::Write::write_all(&mut std::io::stdout().lock(), out.as_bytes())?;
    Ok(ExitCode::SUCCESS)
}

/// One repair line: kind, original span, text before and after, then
/// `tail` (where it sits, for repairs inside a sentence).
fn write_repair(out: &mut String, indent: &str, r: &Repair, tail: &str) {
    let _ = writeln!(
        out,
        "{indent}repair {:<15} {}..{} {:?} -> {:?}{tail}",
        r.kind.as_str(),
        r.original.start,
        r.original.end,
        r.original_text,
        r.replacement
    );
}

fn render(out: &mut String, pipeline: &Pipeline, done: &Processed<'_>) {
    let a = done.article();
    let _ = writeln!(out, "article {} ({}), date {}", a.id, a.origin, done.date().unwrap_or("unknown"));
    let head: Vec<_> = done
        .normalized()
        .repairs()
        .iter()
        .filter(|r| done.sentences().iter().all(|s| !s.original.contains(r.original)))
        .collect();
    for r in head {
        write_repair(out, "  ", r, "");
    }
    let records = done.event_records(true);
    for s in done.sentences() {
        let _ = writeln!(
            out,
            "\n[{}] {}..{}  {}",
            s.index + 1,
            s.original.start,
            s.original.end,
            done.sentence_text(s.index)
        );
        for r in done.repairs_in(s) {
            write_repair(out, "    ", r, &format!("  in {:?}", context(&a.text, r.original)));
        }
        render_tokens(out, pipeline, done, s);
        render_actors(out, done, s);
        render_when_where(out, pipeline, done, s);
        let mine: Vec<&EventRecord> = records.iter().filter(|r| r.sentence == s.index).collect();
        render_events(out, done, s, &mine);
    }
    out.push('\n');
}

fn render_actors(out: &mut String, done: &Processed<'_>, s: &dyad_extract::Sentence) {
    let n = done.normalized();
    for a in &s.actors {
        let orig = n.to_original(a.span);
        let _ = writeln!(
            out,
            "    actor  {:<9} {:?} at {}..{}  entry {:?} ({}){}",
            a.code,
            &n.text()[a.span],
            orig.start,
            orig.end,
            &n.text()[a.entry],
            a.how.as_str(),
            a.canonical.as_deref().map(|c| format!(" = {c}")).unwrap_or_default()
        );
    }
}

/// The word(s) around a repair in the original, for display.
fn context(text: &str, span: dyad_types::Span) -> &str {
    let start = text[..span.start].rfind(char::is_whitespace).map_or(0, |k| k + 1);
    let end = text[span.end..].find(char::is_whitespace).map_or(text.len(), |k| span.end + k);
    &text[start..end.max(start)]
}

fn render_when_where(out: &mut String, pipeline: &Pipeline, done: &Processed<'_>, s: &dyad_extract::Sentence) {
    let text = done.normalized().text();
    for t in &s.times {
        let _ = writeln!(out, "    time   {:?} = {} ({})", &text[t.span], t.date, t.precision);
    }
    let g = pipeline.places().gazetteer();
    for p in &s.places {
        let place = g.place(p.place);
        let _ = writeln!(
            out,
            "    place  {:?} = {}, {} {} ({:.2}, {:.2}) [{:?}; {} candidates]",
            &text[p.mention.span],
            g.name(p.place),
            place.country(),
            place.kind.as_str(),
            place.lat,
            place.lon,
            p.mention.cue,
            p.mention.candidates.len()
        );
    }
}

fn render_events(out: &mut String, done: &Processed<'_>, s: &dyad_extract::Sentence, records: &[&EventRecord]) {
    let n = done.normalized();
    for (i, e) in s.events.iter().enumerate() {
        let when_where = records
            .get(i)
            .map(|r| {
                let place = r.location.as_ref().map(|l| format!(" in {} {}", l.name, l.country)).unwrap_or_default();
                format!("  on {} ({}){place}", r.date.as_deref().unwrap_or("?"), r.date_precision)
            })
            .unwrap_or_default();
        let flags = [(e.negated, " negated"), (e.hypothetical, " hypothetical"), (e.passive, " passive")]
            .iter()
            .filter(|(on, _)| *on)
            .map(|(_, f)| *f)
            .collect::<String>();
        let _ = writeln!(
            out,
            "    event  {} {} {}  trigger {:?}{}  [{}]{}{}",
            e.source.code,
            e.code,
            e.target.as_ref().map_or("-", |t| t.code.as_str()),
            &n.text()[e.trigger],
            flags,
            e.pattern,
            e.note.as_deref().map(|x| format!(" ({x})")).unwrap_or_default(),
            when_where
        );
    }
}

/// The tagger's view: each unit with its part of speech (actors as one).
fn render_tokens(out: &mut String, pipeline: &Pipeline, done: &Processed<'_>, s: &dyad_extract::Sentence) {
    let text = done.normalized().text();
    let units = pipeline.coder().tag(text, s.norm, &s.actors);
    let line: Vec<String> = units.iter().map(|u| format!("{}/{:?}", &text[u.span.start..u.span.end], u.pos)).collect();
    let _ = writeln!(out, "    tokens {}", line.join(" "));
    let considered = pipeline.coder().considered(text, s.norm, &s.actors);
    if considered.clauses.len() > 1 {
        let clauses: Vec<String> = considered.clauses.iter().map(|c| format!("{:?}", &text[c.start..c.end])).collect();
        let _ = writeln!(out, "    clauses {}", clauses.join(" | "));
    }
    for c in &considered.candidates {
        let _ = writeln!(
            out,
            "    tried  {:?} ({}: {} patterns) -> {}",
            &text[c.trigger.start..c.trigger.end],
            c.heads.join(", "),
            c.patterns,
            c.fired.as_deref().unwrap_or("no frame matched")
        );
    }
}
