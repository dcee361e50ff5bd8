//! The [`Reader`]: inputs in, [`Item`]s out, one file at a time.

use crate::decompress::{Stream, decompress, read_head, unread};
use crate::detect::{Codec, binary_reason, dated_lines, from_name, sniff};
use crate::error::{SourceError, Warning};
use crate::jsonl::JsonlSource;
use crate::options::{InputFormat, ReadOptions};
use crate::text::{LinesSource, TextSource};
use crate::walk;
use crate::warc::WarcSource;
use dyad_types::Article;
use std::collections::VecDeque;
use std::fmt;
use std::fs::{self, File};
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

/// Bytes looked at to tell the format and catch binary files.
const HEAD_BYTES: usize = 8 * 1024;
/// Read buffer per open file.
const BUFFER_BYTES: usize = 64 * 1024;

/// One thing a [`Reader`] yields, in input order; a warning about a
/// record comes before that record's article.
#[derive(Debug)]
pub enum Item {
    /// An article.
    Article(Article),
    /// Something noticed that did not stop reading (e.g. an empty file or
    /// invalid UTF-8 that was replaced); an article may follow.
    Warning(Warning),
    /// A record or a whole input that could not be read; reading goes on
    /// with the next record or input.
    Skipped(SourceError),
}

impl Item {
    /// The article, if this item is one.
    pub fn into_article(self) -> Option<Article> {
        match self {
            Item::Article(a) => Some(a),
            _ => None,
        }
    }
}

/// An opened input: its display name and its decompressed bytes.
pub(crate) struct Input {
    pub(crate) name: String,
    pub(crate) reader: Box<dyn BufRead + Send>,
}

/// A format reader over one input.
pub(crate) trait Source: Send {
    /// Pushes the next item(s) onto `out`; `false` once the input is done.
    fn fill(&mut self, out: &mut VecDeque<Item>) -> bool;
}

enum Pending {
    Path(PathBuf),
    Stream(String, Stream),
}

/// Streams articles out of files, directories and stdin.
///
/// Inputs are read one at a time, in the order given; a directory is
/// walked recursively in path order (hidden entries, symlinked
/// directories and files without a known extension are left out). Memory
/// stays bounded by [`ReadOptions::max_record_bytes`] per record. Nothing
/// panics and nothing stops the iteration: what cannot be read comes out
/// as [`Item::Skipped`] and reading goes on.
///
/// ```
/// use dyad_sources::{Item, ReadOptions, Reader};
/// let data = "{\"id\":\"a\",\"date\":\"2025-05-05\",\"text\":\"Xi met Putin.\"}\n";
/// let mut reader = Reader::from_stream("feed.jsonl", std::io::Cursor::new(data), ReadOptions::default());
/// let Some(Item::Article(a)) = reader.next() else { panic!() };
/// assert_eq!((a.id.as_str(), a.origin.as_str()), ("a", "feed.jsonl:1"));
/// ```
pub struct Reader {
    opts: ReadOptions,
    queue: VecDeque<Pending>,
    current: Option<Box<dyn Source>>,
    out: VecDeque<Item>,
}

impl fmt::Debug for Reader {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reader")
            .field("opts", &self.opts)
            .field("pending_inputs", &self.queue.len())
            .field("pending_items", &self.out.len())
            .finish_non_exhaustive()
    }
}

impl Reader {
    /// Reads `paths` in order: files, directories, and `-` for stdin.
    /// Nothing is opened before the first call to `next`.
    pub fn new(paths: Vec<PathBuf>, opts: ReadOptions) -> Reader {
        Reader { opts, queue: paths.into_iter().map(Pending::Path).collect(), current: None, out: VecDeque::new() }
    }

    /// Reads one already-open stream, named `name` in origins; its format
    /// and compression are told as for a file of that name.
    pub fn from_stream(name: impl Into<String>, stream: impl Read + Send + 'static, opts: ReadOptions) -> Reader {
        let mut reader = Reader::new(Vec::new(), opts);
        reader.queue.push_back(Pending::Stream(name.into(), Box::new(stream)));
        reader
    }

    fn skip(&mut self, e: SourceError) {
        self.out.push_back(Item::Skipped(e));
    }

    fn open(&mut self, pending: Pending) {
        let path = match pending {
            Pending::Stream(name, stream) => {
                let hints = from_name(Path::new(&name));
                return self.open_stream(name, stream, hints);
            }
            Pending::Path(path) => path,
        };
        if path.as_os_str() == "-" {
            return self.open_stream("<stdin>".into(), Box::new(io::stdin()), (None, None));
        }
        let name = path.display().to_string();
        let meta = match fs::metadata(&path) {
            Ok(meta) => meta,
            Err(source) => {
                return self.skip(SourceError::Io { origin: name, source });
            }
        };
        if meta.is_dir() {
            let (children, errors) = walk::children(&path);
            for e in errors {
                self.skip(e);
            }
            for child in children.into_iter().rev() {
                self.queue.push_front(Pending::Path(child));
            }
            return;
        }
        match File::open(&path) {
            Ok(file) => self.open_stream(name, Box::new(file), from_name(&path)),
            Err(source) => self.skip(SourceError::Io { origin: name, source }),
        }
    }

    fn open_stream(&mut self, name: String, stream: Stream, hints: (Option<Codec>, Option<InputFormat>)) {
        let (name_codec, name_format) = hints;
        let mut stream = match decompress(stream, name_codec) {
            Ok(s) => s,
            Err(e) => return self.skip(SourceError::from_io(&name, e)),
        };
        let head = match read_head(&mut stream, HEAD_BYTES) {
            Ok(head) => head,
            Err(e) => return self.skip(SourceError::from_io(&name, e)),
        };
        let (mut format, auto) = match (self.opts.format, name_format) {
            (Some(f), _) => (f, false),
            (None, Some(f)) => (f, f == InputFormat::Text),
            (None, None) => {
                let f = sniff(&head);
                (f, f == InputFormat::Text)
            }
        };
        // WARC records may carry images; the records are checked instead.
        let binary = (format != InputFormat::Warc).then(|| binary_reason(&head)).flatten();
        if let Some(reason) = binary {
            return self.skip(SourceError::Binary { origin: name, reason });
        }
        if auto && dated_lines(&head) >= 2 {
            format = InputFormat::Lines;
        }
        let reader = Box::new(BufReader::with_capacity(BUFFER_BYTES, unread(head, stream)));
        let input = Input { name, reader };
        let cap = self.opts.max_record_bytes;
        self.current = Some(match format {
            InputFormat::Jsonl => Box::new(JsonlSource::new(input, self.opts.fields.clone(), cap)),
            InputFormat::Text => Box::new(TextSource::new(input, cap, auto)),
            InputFormat::Lines => Box::new(LinesSource::new(input, cap)),
            InputFormat::Warc => Box::new(WarcSource::new(input, cap)),
        });
    }
}

impl Iterator for Reader {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            if let Some(item) = self.out.pop_front() {
                return Some(item);
            }
            if let Some(source) = &mut self.current {
                if !source.fill(&mut self.out) {
                    self.current = None;
                }
                continue;
            }
            let pending = self.queue.pop_front()?;
            self.open(pending);
        }
    }
}

/// Helpers shared by the tests of every module.
#[cfg(test)]
pub(crate) mod test_util {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A fresh, empty directory under the system temp dir.
    pub(crate) fn temp_dir(tag: &str) -> PathBuf {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("dyad-sources-{tag}-{}-{n}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    /// One line per item: `A origin [date] text`, `W warning`, `S error`.
    pub(crate) fn summary(items: Vec<Item>) -> Vec<String> {
        items
            .into_iter()
            .map(|item| match item {
                Item::Article(a) => {
                    format!("A {} [{}] {}", a.origin, a.date.as_deref().unwrap_or("-"), a.text)
                }
                Item::Warning(w) => format!("W {w}"),
                Item::Skipped(e) => format!("S {e}"),
            })
            .collect()
    }

    pub(crate) fn read_stream(name: &str, bytes: impl Into<Vec<u8>>, opts: ReadOptions) -> Vec<Item> {
        Reader::from_stream(name, io::Cursor::new(bytes.into()), opts).collect()
    }

    /// Summary of reading `bytes` as a stream named `name`.
    pub(crate) fn read_named(name: &str, bytes: impl Into<Vec<u8>>) -> Vec<String> {
        summary(read_stream(name, bytes, ReadOptions::default()))
    }

    pub(crate) fn read_paths(paths: &[PathBuf]) -> Vec<String> {
        summary(Reader::new(paths.to_vec(), ReadOptions::default()).collect())
    }

    pub(crate) fn gzip(data: &[u8]) -> Vec<u8> {
        use std::io::Write;
        let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        enc.write_all(data).unwrap();
        enc.finish().unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::test_util::*;
    use super::*;

    #[test]
    fn reader_is_send() {
        fn send<T: Send>() {}
        send::<Reader>();
        send::<Item>();
    }

    #[test]
    fn jsonl_stream_goes_on_after_bad_lines() {
        let data = "\u{feff}{\"id\":\"a\",\"text\":\"One.\"}\r\n\r\n   \n{\"text\": oops}\n{\"title\":\"t\"}\n{\"id\":2,\"text\":\"Two.\",\"date\":\"2025-05-05\"}";
        assert_eq!(
            read_named("f.jsonl", data),
            [
                "A f.jsonl:1 [-] One.",
                "S f.jsonl:4: invalid JSON: expected value at line 1 column 10",
                "S f.jsonl:5: missing field \"text\"",
                "A f.jsonl:6 [2025-05-05] Two.",
            ]
        );
    }

    #[test]
    fn bom_on_every_line_is_dropped() {
        let data = "\u{feff}{\"text\":\"a\"}\n\u{feff}{\"text\":\"b\"}\n";
        assert_eq!(read_named("f.jsonl", data), ["A f.jsonl:1 [-] a", "A f.jsonl:2 [-] b"]);
        assert_eq!(read_named("f.txt", "\u{feff}Xi met Putin."), ["A f.txt [-] Xi met Putin."]);
        assert_eq!(
            read_named("f.lines", "\u{feff}a b\r\n\u{feff}c d\r\n"),
            ["A f.lines:1 [-] a b", "A f.lines:2 [-] c d"]
        );
    }

    #[test]
    fn invalid_utf8_warns_and_keeps_the_article() {
        let mut data = b"{\"text\":\"ok\"}\n{\"text\":\"Caf".to_vec();
        data.extend(b"\xe9 \xff\"}\n");
        assert_eq!(
            read_named("f.jsonl", data),
            [
                "A f.jsonl:1 [-] ok",
                "W f.jsonl:2: invalid UTF-8: 2 bytes replaced",
                "A f.jsonl:2 [-] Caf\u{fffd} \u{fffd}",
            ]
        );
        assert_eq!(
            read_named("f.txt", b"Xi \xc3 met".to_vec()),
            ["W f.txt: invalid UTF-8: 1 bytes replaced", "A f.txt [-] Xi \u{fffd} met"]
        );
        assert_eq!(
            read_named("f.lines", b"one line\nXi \xc3 met\n".to_vec()),
            [
                "A f.lines:1 [-] one line",
                "W f.lines:2: invalid UTF-8: 1 bytes replaced",
                "A f.lines:2 [-] Xi \u{fffd} met"
            ]
        );
    }

    #[test]
    fn records_over_the_cap_are_skipped() {
        let opts = ReadOptions { max_record_bytes: 20, ..ReadOptions::default() };
        let long = format!("{{\"text\":\"{}\"}}", "x".repeat(100));
        let data = format!("{{\"text\":\"short\"}}\n{long}\n{{\"text\":\"after\"}}\n");
        assert_eq!(
            summary(read_stream("f.jsonl", data, opts.clone())),
            [
                "A f.jsonl:1 [-] short",
                "S f.jsonl:2: record of 111 bytes exceeds the cap of 20 bytes",
                "A f.jsonl:3 [-] after",
            ]
        );
        let data = format!("short line\r\n{}\nlast", "y".repeat(50));
        assert_eq!(
            summary(read_stream("f.lines", data, opts.clone())),
            [
                "A f.lines:1 [-] short line",
                "S f.lines:2: record of 50 bytes exceeds the cap of 20 bytes",
                "A f.lines:3 [-] last"
            ]
        );
        assert_eq!(
            summary(read_stream("f.txt", "z".repeat(30_000), opts)),
            ["S f.txt: record of 30000 bytes exceeds the cap of 20 bytes"]
        );
    }

    #[test]
    fn binary_files_are_skipped_but_nul_passes() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec();
        assert_eq!(read_named("img.txt", png), ["S img.txt: binary file (PNG image)"]);
        let mut junk = vec![1u8, 2, 3, 4, 5, 6, 0x1b, 0x7f];
        junk.extend(b"abcdefghij");
        assert_eq!(read_named("data", junk), ["S data: binary file (8 control bytes in the first 18 bytes)"]);
        assert_eq!(read_named("a.jsonl", b"%PDF-1.4\n".to_vec()), ["S a.jsonl: binary file (PDF document)"]);
        assert_eq!(read_named("nul.txt", "Xi met\0Putin in Moscow."), ["A nul.txt [-] Xi met\0Putin in Moscow."]);
        // A gzip file inside a gzip file is binary once decompressed.
        assert_eq!(read_named("x.txt.gz", gzip(&gzip(b"hi"))), ["S x.txt.gz: binary file (gzip data)"]);
    }

    #[test]
    fn empty_inputs_warn() {
        for name in ["e.txt", "e.jsonl", "e.lines", "e.warc", "e"] {
            assert_eq!(read_named(name, ""), [format!("W {name}: empty file")]);
            assert_eq!(read_named(name, " \r\n\t\n"), [format!("W {name}: empty file")]);
        }
        assert_eq!(read_named("e.jsonl.gz", gzip(b"")), ["W e.jsonl.gz: empty file"]);
        assert_eq!(read_named("e.txt", "\u{feff}\n"), ["W e.txt: empty file"]);
    }

    #[test]
    fn sniffs_unknown_names() {
        assert_eq!(read_named("<stdin>", "  {\"text\":\"j\"}\n"), ["A <stdin>:1 [-] j"]);
        assert_eq!(read_named("<stdin>", "plain text\nsecond line"), ["A <stdin> [-] plain text\nsecond line"]);
        assert_eq!(read_named("feed.dat", gzip(b"{\"text\":\"gz\"}")), ["A feed.dat:1 [-] gz"]);
        let opts = ReadOptions { format: Some(InputFormat::Lines), ..ReadOptions::default() };
        assert_eq!(summary(read_stream("x.jsonl", "a\nb", opts)), ["A x.jsonl:1 [-] a", "A x.jsonl:2 [-] b"]);
    }

    #[test]
    fn missing_and_unreadable_paths_are_skipped() {
        let dir = temp_dir("missing");
        let good = dir.join("good.txt");
        fs::write(&good, "A real article.").unwrap();
        let missing = dir.join("nope.jsonl");
        let not_dir = good.join("child.txt");
        let got = read_paths(&[missing.clone(), not_dir.clone(), good.clone()]);
        assert_eq!(got.len(), 3);
        assert!(got[0].starts_with(&format!("S {}: ", missing.display())), "{got:?}");
        assert!(got[0].contains("No such file"), "{got:?}");
        assert!(got[1].starts_with(&format!("S {}: ", not_dir.display())), "{got:?}");
        assert_eq!(got[2], format!("A {} [-] A real article.", good.display()));

        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let locked = dir.join("locked.txt");
            fs::write(&locked, "secret").unwrap();
            fs::set_permissions(&locked, fs::Permissions::from_mode(0o000)).unwrap();
            let got = read_paths(std::slice::from_ref(&locked));
            // Root reads it anyway; anyone else gets the error.
            if File::open(&locked).is_err() {
                assert_eq!(got.len(), 1);
                assert!(got[0].starts_with(&format!("S {}: ", locked.display())), "{got:?}");
                assert!(got[0].contains("ermission denied"), "{got:?}");
            }
            fs::set_permissions(&locked, fs::Permissions::from_mode(0o644)).unwrap();
        }
        let _ = fs::remove_dir_all(dir);
    }

    #[test]
    fn compressed_round_trips() {
        let dir = temp_dir("compressed");
        let gz = dir.join("feed.jsonl.gz");
        let mut bytes = gzip(b"{\"id\":\"g1\",\"text\":\"Gzip one.\"}\n");
        bytes.extend(gzip(b"{\"id\":\"g2\",\"text\":\"Gzip two.\"}\n"));
        fs::write(&gz, bytes).unwrap();
        let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
        let zst = data.join("sample.txt.zst");
        let frames = data.join("two-frames.jsonl.zst");
        let got = read_paths(&[gz.clone(), zst.clone(), frames.clone()]);
        assert_eq!(
            got,
            [
                format!("A {}:1 [-] Gzip one.", gz.display()),
                format!("A {}:2 [-] Gzip two.", gz.display()),
                format!(
                    "A {} [2025-05-05] date 2025-05-05 Xi Jinping met Vladimir Putin in Moscow on Monday.\r\nThey signed a defence pact.\r\n",
                    zst.display()
                ),
                format!("A {}:1 [-] First frame.", frames.display()),
                format!("A {}:2 [-] Second frame.", frames.display()),
            ]
        );
        // ruzstd's own encoder, magic-detected without a .zst name.
        let z =
            ruzstd::encoding::compress_to_vec(&b"{\"text\":\"z\"}"[..], ruzstd::encoding::CompressionLevel::Fastest);
        assert_eq!(read_named("feed.jsonl", z), ["A feed.jsonl:1 [-] z"]);
        let _ = fs::remove_dir_all(dir);
    }

    #[test]
    fn corrupt_streams_keep_what_came_before() {
        let mut text = String::new();
        for i in 0..2000 {
            text.push_str(&format!("{{\"text\":\"line {i} with some words that vary {}\"}}\n", i * 7919 % 1000));
        }
        let mut gz = gzip(text.as_bytes());
        let n = gz.len();
        gz.truncate(n / 2);
        let got = read_named("big.jsonl.gz", gz);
        let last = got.last().unwrap();
        assert!(last.starts_with("S big.jsonl.gz: corrupt gzip stream: "), "{last}");
        assert!(got.len() > 100, "{}", got.len());
        assert_eq!(got[0], "A big.jsonl.gz:1 [-] line 0 with some words that vary 0");

        let got = read_named("a.txt.gz", b"not gzip at all".to_vec());
        assert_eq!(got.len(), 1);
        assert!(got[0].starts_with("S a.txt.gz: corrupt gzip stream: "), "{got:?}");
        let got = read_named("a.txt.zst", b"not zstd at all".to_vec());
        assert!(got[0].starts_with("S a.txt.zst: corrupt zstd stream: "), "{got:?}");
    }

    #[test]
    fn directories_are_walked_in_order() {
        let dir = temp_dir("walk");
        fs::create_dir_all(dir.join("b/deeper")).unwrap();
        fs::create_dir_all(dir.join(".hidden")).unwrap();
        fs::write(dir.join("b/deeper/z.txt"), "Deep.").unwrap();
        fs::write(dir.join("b/a.lines"), "B line one\nB line two\n").unwrap();
        fs::write(dir.join("a.jsonl"), "{\"text\":\"A.\"}\n").unwrap();
        fs::write(dir.join("c.txt.gz"), gzip(b"C.")).unwrap();
        fs::write(dir.join(".secret.txt"), "Hidden.").unwrap();
        fs::write(dir.join(".hidden/x.txt"), "Hidden too.").unwrap();
        fs::write(dir.join("notes.md"), "Unknown extension.").unwrap();
        fs::write(dir.join("image.png"), "\u{89}PNG").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::symlink;
            symlink(&dir, dir.join("b/loop")).unwrap();
            symlink(dir.join("a.jsonl"), dir.join("d-link.jsonl")).unwrap();
        }
        let shown = |p: &str| dir.join(p).display().to_string();
        let mut want = vec![
            format!("A {}:1 [-] A.", shown("a.jsonl")),
            format!("A {}:1 [-] B line one", shown("b/a.lines")),
            format!("A {}:2 [-] B line two", shown("b/a.lines")),
            format!("A {} [-] Deep.", shown("b/deeper/z.txt")),
            format!("A {} [-] C.", shown("c.txt.gz")),
        ];
        if cfg!(unix) {
            want.push(format!("A {}:1 [-] A.", shown("d-link.jsonl")));
        }
        assert_eq!(read_paths(std::slice::from_ref(&dir)), want);
        let _ = fs::remove_dir_all(dir);
    }
}

#[cfg(test)]
mod robustness {
    use super::test_util::*;
    use super::*;

    /// Mutated and truncated inputs of every format never panic, and every
    /// error names its input.
    #[test]
    fn never_panics_on_mutated_input() {
        let seeds: Vec<(&str, Vec<u8>)> = vec![
            ("a.jsonl", b"{\"id\":1,\"text\":\"x y\",\"date\":\"2025-01-01\"}\n{\"text\":\"z\"}\r\n".to_vec()),
            ("a.txt", b"date 2025-05-05 Xi met Putin.\ndate 2025-05-06 Again.\n".to_vec()),
            ("a.lines", b"one\r\ntwo\n\nthree".to_vec()),
            (
                "a.warc",
                b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 96\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n<p>Hi\r\n0\r\n\r\n\r\n\r\n"
                    .to_vec(),
            ),
        ];
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut rand = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        for (name, seed) in &seeds {
            for round in 0..400 {
                let mut bytes = seed.clone();
                for _ in 0..(1 + rand() % 4) {
                    if bytes.is_empty() {
                        break;
                    }
                    let i = (rand() as usize) % bytes.len();
                    match rand() % 4 {
                        0 => bytes[i] = rand() as u8,
                        1 => bytes.truncate(i),
                        2 => bytes.insert(i, b"\n\r\0{}<>:\xff"[(rand() % 9) as usize]),
                        _ => {
                            bytes.remove(i);
                        }
                    }
                }
                let bytes = if round % 3 == 0 { gzip(&bytes) } else { bytes };
                let name = if round % 3 == 0 { format!("{name}.gz") } else { name.to_string() };
                for item in read_stream(&name, bytes, ReadOptions { max_record_bytes: 64, ..ReadOptions::default() }) {
                    let origin = match &item {
                        Item::Article(a) => a.origin.clone(),
                        Item::Warning(w) => w.origin.clone(),
                        Item::Skipped(e) => e.origin().to_string(),
                    };
                    assert!(origin.starts_with(&name), "{item:?}");
                }
            }
        }
    }
}
