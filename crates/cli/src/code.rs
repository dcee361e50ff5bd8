//! `dyad code`: articles in, JSON Lines out.

use crate::{args::CodeArgs, output::EventWriter, summary::Summary};
use anyhow::Context;
use dyad_sources::{Item, Reader};
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub fn run(args: &CodeArgs) -> anyhow::Result<ExitCode> {
    let opts = args.input.read_options()?;
    let paths = if args.paths.is_empty() { vec![PathBuf::from("-")] } else { args.paths.clone() };
    let pipeline = crate::dict::builder(&args.dicts, args.input.strict)?
        .keep_junk(args.keep_junk)
        .time_place(!args.skip_time_place)
        // Event records only read the times of their own sentences.
        .event_times_only(!args.sentences)
        .build();
    let stdout = std::io::stdout();
    let mut writer = EventWriter::new(BufWriter::new(stdout.lock()), args.format);
    writer.begin().context("writing output")?;
    let mut summary = Summary::default();
    for item in Reader::new(paths, opts) {
        match item {
            Item::Article(article) => {
                summary.articles += 1;
                let done = pipeline.process(&article);
                summary.repairs += done.normalized().repairs().len();
                summary.sentences += done.sentences().len();
                if args.sentences {
                    for record in done.records() {
                        serde_json::to_writer(writer.inner(), &record).context("writing output")?;
                        writer.inner().write_all(b"\n").context("writing output")?;
                    }
                } else {
                    done.each_event_record(args.include_flagged, |event| {
                        summary.events += 1;
                        writer.event(event, article.url.as_deref())
                    })
                    .context("writing output")?;
                }
            }
            Item::Warning(w) => {
                summary.warnings += 1;
                eprintln!("dyad: warning: {w}");
            }
            Item::Skipped(e) => {
                summary.skipped += 1;
                eprintln!("dyad: error: {e}");
                if args.input.strict {
                    writer.flush().context("writing output")?;
                    eprintln!("{summary}");
                    anyhow::bail!("stopped at the first bad record (--strict)");
                }
            }
        }
    }
    writer.flush().context("writing output")?;
    eprintln!("{summary}");
    Ok(if summary.skipped > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
