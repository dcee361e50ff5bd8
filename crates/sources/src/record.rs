//! Reading one record with a size cap, and decoding it to text.

use crate::detect::BOM;
use std::io::{self, BufRead, Read};

/// What [`read_line_capped`] found.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Line {
    /// End of the stream, no bytes read.
    Eof,
    /// A line (without its `\n`) is in the buffer.
    Got,
    /// The line had this many bytes (without its `\n`), more than the cap;
    /// it was discarded and the buffer is empty.
    TooLong(u64),
}

/// Reads one line into `buf` (cleared first), without its `\n`, holding at
/// most `cap` bytes in memory: a longer line is read to its end and
/// discarded.
pub(crate) fn read_line_capped(r: &mut dyn BufRead, cap: usize, buf: &mut Vec<u8>) -> io::Result<Line> {
    buf.clear();
    let mut total: u64 = 0;
    let mut over = false;
    loop {
        let avail = match r.fill_buf() {
            Ok(avail) => avail,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(match (total, over) {
                (0, _) => Line::Eof,
                (_, true) => Line::TooLong(total),
                (_, false) => Line::Got,
            });
        }
        let (len, found) = match avail.iter().position(|&b| b == b'\n') {
            Some(i) => (i, true),
            None => (avail.len(), false),
        };
        if !over {
            if buf.len() + len > cap {
                over = true;
                buf.clear();
            } else {
                buf.extend_from_slice(&avail[..len]);
            }
        }
        total += len as u64;
        r.consume(len + usize::from(found));
        if found {
            return Ok(if over { Line::TooLong(total) } else { Line::Got });
        }
    }
}

/// Reads the rest of a stream, holding at most `cap` bytes: `Ok(Err(size))`
/// when it is longer (the rest is read and discarded to learn the size).
pub(crate) fn read_all_capped(r: &mut dyn Read, cap: usize) -> io::Result<Result<Vec<u8>, u64>> {
    let mut buf = Vec::new();
    r.take(cap as u64 + 1).read_to_end(&mut buf)?;
    if buf.len() <= cap {
        return Ok(Ok(buf));
    }
    let rest = io::copy(r, &mut io::sink())?;
    Ok(Err(buf.len() as u64 + rest))
}

/// Removes a trailing `\r` (of a CRLF line end).
pub(crate) fn trim_cr(line: &mut Vec<u8>) {
    if line.last() == Some(&b'\r') {
        line.pop();
    }
}

/// Removes a leading UTF-8 byte-order mark.
pub(crate) fn drop_bom(bytes: &mut Vec<u8>) {
    if bytes.starts_with(BOM) {
        bytes.drain(..BOM.len());
    }
}

/// Decodes UTF-8, replacing invalid sequences with U+FFFD; also returns
/// how many bytes were replaced.
pub(crate) fn decode_lossy(bytes: Vec<u8>) -> (String, usize) {
    match String::from_utf8(bytes) {
        Ok(s) => (s, 0),
        Err(e) => {
            let bytes = e.into_bytes();
            let bad = bytes.utf8_chunks().map(|c| c.invalid().len()).sum();
            (String::from_utf8_lossy(&bytes).into_owned(), bad)
        }
    }
}

/// The warning text for `n` replaced bytes.
pub(crate) fn utf8_message(n: usize) -> String {
    format!("invalid UTF-8: {n} bytes replaced")
}

/// What [`LineReader::next_line`] found.
pub(crate) enum NextLine {
    /// A non-blank line, decoded, with its origin (`file:line`).
    Line(String, String),
    /// A line was skipped (reported in the output): ask again.
    Skipped,
    /// End of input (or an error that ends it, reported).
    Done,
}

/// Reads the non-blank lines of an input one at a time, with the size cap,
/// CR and BOM removal, lossy decoding and the reports they call for:
/// shared by the formats that hold one record per line.
pub(crate) struct LineReader {
    input: crate::reader::Input,
    cap: usize,
    line: u64,
    seen: bool,
    buf: Vec<u8>,
}

impl LineReader {
    pub(crate) fn new(input: crate::reader::Input, cap: usize) -> LineReader {
        LineReader { input, cap, line: 0, seen: false, buf: Vec::new() }
    }

    /// The next non-blank line; problems go to `out`.
    pub(crate) fn next_line(&mut self, out: &mut std::collections::VecDeque<crate::reader::Item>) -> NextLine {
        use crate::error::{SourceError, Warning};
        use crate::reader::Item;
        loop {
            self.line += 1;
            match read_line_capped(&mut *self.input.reader, self.cap, &mut self.buf) {
                Err(e) => {
                    out.push_back(Item::Skipped(SourceError::from_io(&self.input.name, e)));
                    return NextLine::Done;
                }
                Ok(Line::Eof) => {
                    if !self.seen {
                        out.push_back(Item::Warning(Warning::new(&self.input.name, "empty file")));
                    }
                    return NextLine::Done;
                }
                Ok(Line::TooLong(size)) => {
                    self.seen = true;
                    let origin = format!("{}:{}", self.input.name, self.line);
                    out.push_back(Item::Skipped(SourceError::TooLarge { origin, size, cap: self.cap }));
                    return NextLine::Skipped;
                }
                Ok(Line::Got) => {
                    trim_cr(&mut self.buf);
                    drop_bom(&mut self.buf);
                    if self.buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    self.seen = true;
                    let origin = format!("{}:{}", self.input.name, self.line);
                    let (text, bad) = decode_lossy(std::mem::take(&mut self.buf));
                    if bad > 0 {
                        out.push_back(Item::Warning(Warning::new(&origin, utf8_message(bad))));
                    }
                    return NextLine::Line(text, origin);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{BufReader, Cursor};

    #[test]
    fn capped_lines() {
        let data = b"short\r\nthis line is far too long\nok\n\nlast".to_vec();
        // A tiny buffer makes lines span several fill_buf calls.
        let mut r = BufReader::with_capacity(3, Cursor::new(data));
        let mut buf = Vec::new();
        let mut got = Vec::new();
        loop {
            match read_line_capped(&mut r, 10, &mut buf).unwrap() {
                Line::Eof => break,
                Line::Got => got.push(String::from_utf8(buf.clone()).unwrap()),
                Line::TooLong(n) => got.push(format!("<{n}>")),
            }
        }
        assert_eq!(got, ["short\r", "<25>", "ok", "", "last"]);
    }

    #[test]
    fn capped_all() {
        let mut r = Cursor::new(vec![b'a'; 100]);
        assert_eq!(read_all_capped(&mut r, 10).unwrap(), Err(100));
        let mut r = Cursor::new(vec![b'a'; 10]);
        assert_eq!(read_all_capped(&mut r, 10).unwrap().unwrap().len(), 10);
    }

    #[test]
    fn lossy() {
        assert_eq!(decode_lossy(b"ok".to_vec()), ("ok".to_string(), 0));
        let (s, n) = decode_lossy(b"a\xff\xfeb\xe2\x82".to_vec());
        assert_eq!(n, 4);
        assert!(s.starts_with('a') && s.contains('b') && s.contains('\u{fffd}'));
        let mut v = b"\xef\xbb\xbfx".to_vec();
        drop_bom(&mut v);
        assert_eq!(v, b"x");
        let mut v = b"x\r".to_vec();
        trim_cr(&mut v);
        assert_eq!(v, b"x");
    }
}
