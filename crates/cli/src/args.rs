//! Command-line arguments.

use clap::{Args, Parser, Subcommand};
use dyad_sources::{DEFAULT_MAX_RECORD_BYTES, FieldNames, InputFormat, ReadOptions};
use std::path::PathBuf;

/// Turns dated news text into coded political events (CAMEO).
#[derive(Debug, Parser)]
#[command(name = "dyad", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Streams articles through the pipeline and writes JSON Lines to stdout.
    Code(CodeArgs),
    /// Shows, sentence by sentence, what each stage made of a text.
    Explain(ExplainArgs),
    /// Scores coded events against a gold file (PETRARCH or PLOVER records).
    Eval(EvalArgs),
    /// Looks things up in the actor dictionaries.
    #[command(subcommand)]
    Actors(ActorsCommand),
    /// Checks, counts and searches dictionaries (dyad's or PETRARCH's).
    #[command(subcommand)]
    Dict(DictCommand),
}

#[derive(Debug, Subcommand)]
pub enum DictCommand {
    /// Reads dictionary folders and reports every problem as `file:line: what`.
    Check(DictDirs),
    /// Counts what dictionary folders hold (with the built-in ones unless
    /// --no-builtin-dict), and how long they take to load.
    Stats(DictArgs),
    /// Shows the entries, role nouns, people and verb patterns for a word.
    Lookup(DictLookupArgs),
}

#[derive(Debug, Args)]
pub struct DictDirs {
    /// Folders or files.
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct DictLookupArgs {
    /// The word or phrase.
    pub word: String,
    #[command(flatten)]
    pub dicts: DictArgs,
}

/// Which dictionaries to code with.
#[derive(Debug, Args, Clone, Default)]
pub struct DictArgs {
    /// A dictionary folder or file (ours or PETRARCH/TABARI), read after the
    /// built-in ones; repeatable, later ones win.
    #[arg(long = "dict", value_name = "DIR")]
    pub dicts: Vec<PathBuf>,
    /// Use only the --dict dictionaries, not the built-in ones.
    #[arg(long)]
    pub no_builtin_dict: bool,
}

#[derive(Debug, Subcommand)]
pub enum ActorsCommand {
    /// Shows what a name resolves to (on a date: people code by office).
    Lookup(LookupArgs),
}

#[derive(Debug, Args)]
pub struct LookupArgs {
    /// The name, as it would appear in text.
    pub name: String,
    /// The date to resolve offices on (YYYY-MM-DD); default: latest.
    #[arg(long)]
    pub date: Option<String>,
}

/// How to read input.
#[derive(Debug, Args)]
pub struct InputArgs {
    /// Input format; by default chosen by extension, else by content.
    #[arg(long, value_parser = parse_format)]
    pub input_format: Option<InputFormat>,
    /// Largest record read, in bytes; larger ones are skipped with an error.
    #[arg(long, default_value_t = DEFAULT_MAX_RECORD_BYTES)]
    pub max_record_bytes: usize,
    /// JSONL field name mapping, e.g. `--field text=body --field id=doc_id`
    /// (keys: id, date, title, text, url, source).
    #[arg(long = "field", value_name = "KEY=NAME")]
    pub fields: Vec<String>,
    /// Stop at the first bad record instead of skipping it (and at the
    /// first problem in a --dict dictionary).
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct CodeArgs {
    /// Files, directories, or `-` for stdin (the default).
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub input: InputArgs,
    /// Keep scraped junk at the end of texts instead of dropping it.
    #[arg(long)]
    pub keep_junk: bool,
    /// Output format.
    #[arg(long, value_enum, default_value_t = OutputFormat::Jsonl)]
    pub format: OutputFormat,
    /// Also write negated and hypothetical events (flagged in the record).
    #[arg(long)]
    pub include_flagged: bool,
    /// Write one record per sentence (repairs, actors) instead of events.
    #[arg(long)]
    pub sentences: bool,
    /// Skip time expressions and places: events carry the article date and
    /// no location, and a city names no target (faster; for comparing).
    #[arg(long)]
    pub skip_time_place: bool,
    #[command(flatten)]
    pub dicts: DictArgs,
}

/// Output formats of `dyad code`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// JSON Lines, one event per line (the native record).
    Jsonl,
    /// GDELT 2.0 event table columns, tab-separated.
    Tsv,
    /// The same columns as CSV with a header.
    Csv,
}

#[derive(Debug, Args)]
pub struct EvalArgs {
    /// Gold file: JSON Lines records with `text`, `date` and `expected`.
    pub gold: PathBuf,
    #[command(flatten)]
    pub dicts: DictArgs,
    /// Scoring convention; `auto` reads it off the records.
    #[arg(long, value_enum, default_value_t = EvalMode::Auto)]
    pub mode: EvalMode,
    /// Count predicted events that lack a target too.
    #[arg(long)]
    pub no_require_dyad: bool,
    /// Count negated and hypothetical events too.
    #[arg(long)]
    pub include_flagged: bool,
    /// Leave out records that expect no event.
    #[arg(long)]
    pub skip_no_event: bool,
    /// How many wrong records to list.
    #[arg(long, default_value_t = 30)]
    pub show: usize,
}

/// Scoring conventions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum EvalMode {
    /// PLOVER when the gold actors are lists, else triples.
    Auto,
    /// (source, target, code) triples (the PETRARCH suites).
    Triples,
    /// PLOVER types and actor countries (`plover_gsr`).
    Plover,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The text to explain (or use --file).
    #[arg(conflicts_with = "file")]
    pub text: Option<String>,
    /// Explain the articles of this file (any input format).
    #[arg(long)]
    pub file: Option<PathBuf>,
    /// Article date for a TEXT (YYYY-MM-DD): people code by the office they
    /// held on it.
    #[arg(long)]
    pub date: Option<String>,
    #[command(flatten)]
    pub input: InputArgs,
    #[command(flatten)]
    pub dicts: DictArgs,
}

fn parse_format(s: &str) -> Result<InputFormat, String> {
    s.parse().map_err(|e: dyad_sources::UnknownFormat| e.to_string())
}

impl InputArgs {
    /// Reader options from the flags.
    pub fn read_options(&self) -> anyhow::Result<ReadOptions> {
        let mut fields = FieldNames::default();
        for f in &self.fields {
            let Some((key, name)) = f.split_once('=') else {
                anyhow::bail!("--field {f:?}: expected KEY=NAME");
            };
            let slot = match key {
                "id" => &mut fields.id,
                "date" => &mut fields.date,
                "title" => &mut fields.title,
                "text" => &mut fields.text,
                "url" => &mut fields.url,
                "source" => &mut fields.source,
                other => anyhow::bail!("--field {f:?}: unknown key {other:?} (id, date, title, text, url, source)"),
            };
            *slot = name.to_string();
        }
        Ok(ReadOptions { format: self.input_format, fields, max_record_bytes: self.max_record_bytes })
    }
}
