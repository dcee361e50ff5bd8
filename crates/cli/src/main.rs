//! `dyad`: turns dated news text into coded political events.
//!
//! Glue only: arguments, files and stdin, output streams and exit codes.
//! Every decision about text lives in the library crates.

mod actors;
mod args;
mod code;
mod dict;
mod eval;
mod explain;
mod json;
mod output;
mod summary;

use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    let result = match cli.command {
        args::Command::Code(a) => code::run(&a),
        args::Command::Explain(a) => explain::run(&a),
        args::Command::Eval(a) => eval::run(&a),
        args::Command::Actors(args::ActorsCommand::Lookup(a)) => actors::lookup(&a),
        args::Command::Dict(args::DictCommand::Check(a)) => dict::check(&a),
        args::Command::Dict(args::DictCommand::Stats(a)) => dict::stats(&a),
        args::Command::Dict(args::DictCommand::Lookup(a)) => dict::lookup(&a),
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            // A closed pipe (`dyad code | head`) is the reader's choice, not
            // a failure: Unix filters exit quietly.
            if err.chain().any(|e| {
                e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("dyad: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
