//! Reading news input into [`dyad_types::Article`]s: the first stage of
//! the dyad pipeline.
//!
//! This crate owns reading and decoding: files, directories (recursive,
//! sorted) and stdin; gzip and zstd decompression; the JSONL, plain text,
//! one-article-per-line and WARC formats; HTML to article text; lossy UTF-8
//! decoding and BOM removal; size caps and binary-file detection. It does
//! **not** repair text (glued words, lost apostrophes, the `date ...`
//! metadata prefix are left in place for `dyad-normalize`, though the
//! prefix's date is read into [`dyad_types::Article::date`]) and does no
//! event coding.
//!
//! Bad input never stops a [`Reader`] and never panics it: every problem
//! comes out as an [`Item::Skipped`] or [`Item::Warning`] naming the file
//! and record (`file:line`, `file#record` or `file`).
//!
//! # Formats
//!
//! [`ReadOptions::format`] forces one; otherwise the extension decides
//! (`.jsonl`/`.ndjson`/`.json`, `.txt`/`.text`, `.lines`, `.warc`, each
//! optionally followed by `.gz` or `.zst`), and for other names and stdin
//! the first decompressed bytes: `{` means JSONL, `WARC/` means WARC,
//! anything else text. Compression is recognised by magic bytes as well as
//! by name. A text file (format not forced) in which two or more lines
//! start with `date YYYY-MM-DD ` is read as one article per line.
#![deny(missing_docs)]

mod decompress;
mod detect;
mod error;
mod html;
mod http;
mod jsonl;
mod options;
mod reader;
mod record;
mod text;
mod walk;
mod warc;

pub use crate::{
    error::{SourceError, Warning},
    options::{DEFAULT_MAX_RECORD_BYTES, FieldNames, InputFormat, ReadOptions, UnknownFormat},
    reader::{Item, Reader},
};
