//! `dyad dict check|stats|lookup`, and the pipeline a run's `--dict`
//! options ask for.

use crate::args::{DictArgs, DictDirs, DictLookupArgs};
use dyad_extract::{DictionarySet, Pipeline, PipelineBuilder};

use std::process::ExitCode;
use std::time::Instant;

/// The pipeline builder for these dictionary options: the built-in
/// pipeline when none are given; problems in the files are warned about
/// and the rest still loads, unless `strict` makes the first one fatal.
pub fn builder(args: &DictArgs, strict: bool) -> anyhow::Result<PipelineBuilder> {
    let mut b = Pipeline::builder();
    if args.dicts.is_empty() && !args.no_builtin_dict {
        return Ok(b);
    }
    if args.dicts.is_empty() {
        anyhow::bail!("--no-builtin-dict needs at least one --dict");
    }
    let set = DictionarySet::load(&args.dicts, !args.no_builtin_dict);
    if strict && let Some(first) = set.problems.first() {
        anyhow::bail!("{first} (--strict)");
    }
    for p in &set.problems {
        eprintln!("dyad: warning: {p}");
    }
    b.dictionaries(set);
    Ok(b)
}

pub fn check(args: &DictDirs) -> anyhow::Result<ExitCode> {
    let set = DictionarySet::load(&args.dirs, false);
    for p in &set.problems {
        println!("{p}");
    }
    eprintln!("dyad: {} files read, {} problems", set.files.len(), set.problems.len());
    Ok(if set.problems.is_empty() { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

pub fn stats(args: &DictArgs) -> anyhow::Result<ExitCode> {
    let start = Instant::now();
    let set = DictionarySet::load(&args.dicts, !args.no_builtin_dict);
    let took = start.elapsed();
    println!("files                {}", set.files.len());
    println!("actor names          {}", set.actors.entries().len());
    println!("people               {}", set.actors.people().len());
    println!("role nouns           {}", set.actors.agents().len());
    println!("verb heads           {}", set.verbs.head_count());
    println!("verb patterns        {}", set.verbs.len());
    println!("discard phrases      {}", set.discards.len());
    println!("problems             {}", set.problems.len());
    println!("load time            {:.0} ms", took.as_secs_f64() * 1e3);
    Ok(ExitCode::SUCCESS)
}

pub fn lookup(args: &DictLookupArgs) -> anyhow::Result<ExitCode> {
    let set = DictionarySet::load(&args.dicts.dicts, !args.dicts.no_builtin_dict);
    let word = args.word.to_lowercase();
    let mut found = 0;
    for e in set.actors.entries().iter().filter(|e| e.text.to_lowercase() == word) {
        println!("actor   {:<12} {:<8} {:?}  {}", e.code, e.kind.as_str(), e.text, e.origin);
        found += 1;
    }
    for p in set
        .actors
        .people()
        .iter()
        .filter(|p| p.name.to_lowercase() == word || p.aliases.iter().any(|a| a.to_lowercase() == word))
    {
        let terms: Vec<String> = p
            .terms
            .iter()
            .map(|t| format!("{} {}..{}", t.role, t.from.0, t.to.map_or(String::new(), |d| d.0.to_string())))
            .collect();
        println!("person  {:<12} {:?} [{}]  {}", p.country, p.name, terms.join(", "), p.origin);
        found += 1;
    }
    for a in set.actors.agents().iter().filter(|a| a.text.to_lowercase() == word) {
        println!("role    {:<12} {:?}  {}", a.role, a.text, a.origin);
        found += 1;
    }
    for p in set.verbs.patterns_for(&word) {
        let head = match &p.particle {
            Some(part) => format!("{} {part}", p.head),
            None => p.head.clone(),
        };
        println!("verb    {:<12} {head} {}  {}", p.code, p.frame_text, p.origin);
        found += 1;
    }
    if found == 0 {
        println!("nothing for {:?}", args.word);
    }
    Ok(if found == 0 { ExitCode::from(1) } else { ExitCode::SUCCESS })
}
