//! Parses, folds and indexes the built-in gazetteer at compile time, so
//! that start-up reads the result where the binary holds it.
//!
//! The modules are the crate's own, compiled here too: the packed bytes
//! are what the crate would build from the rows at run time, and a test
//! holds them to that.

// The build script uses the writing half of modules the crate reads with.
#![allow(dead_code)]

#[path = "src/fold.rs"]
mod fold;
#[path = "src/names.rs"]
mod names;
#[path = "src/packed.rs"]
mod packed;
#[path = "src/place.rs"]
mod place;
#[path = "src/rows.rs"]
mod rows;

use place::PlaceId;

const SOURCE: &str = "../../dictionaries/places/gazetteer.tsv";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    for module in ["fold", "names", "packed", "place", "rows"] {
        println!("cargo::rerun-if-changed=src/{module}.rs");
    }
    let text = match std::fs::read_to_string(SOURCE) {
        Ok(text) => text,
        Err(e) => fail(&format!("{SOURCE}: {e}")),
    };
    let rows = rows::Rows::parse(&text);
    // Our own derived file: a bad row is a bug in its derivation.
    if let Some((line, what)) = rows.errors.first() {
        fail(&format!("{SOURCE}:{line}: {what} ({} bad rows)", rows.errors.len()));
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("gazetteer.bin");
    if let Err(e) = std::fs::write(&out, packed::pack(&rows)) {
        fail(&format!("{}: {e}", out.display()));
    }
}

fn fail(what: &str) -> ! {
    eprintln!("error: {what}");
    std::process::exit(1);
}
