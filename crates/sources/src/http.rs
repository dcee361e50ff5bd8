//! The HTTP response inside a WARC `response` record.

use crate::decompress::decompress;
use crate::detect::Codec;
use crate::record::{Line, read_all_capped, read_line_capped};
use std::io::{self, BufRead, Cursor};

/// Longest HTTP header line kept.
const HEADER_LINE_CAP: usize = 64 * 1024;
/// Most HTTP header lines read.
const MAX_HEADERS: usize = 500;
/// Most HTTP header bytes read.
const MAX_HEADER_BYTES: usize = 1024 * 1024;

/// Status and headers of an HTTP response (header names lowercased).
#[derive(Debug, Default)]
pub(crate) struct Response {
    pub(crate) status: u16,
    pub(crate) headers: Vec<(String, String)>,
}

impl Response {
    /// The first header named `name` (lowercase).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The media type, lowercased, without parameters.
    pub(crate) fn media_type(&self) -> Option<String> {
        let ct = self.header("content-type")?;
        let mt = ct.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        (!mt.is_empty()).then_some(mt)
    }
}

/// True for media types whose body is HTML.
pub(crate) fn is_html(media_type: &str) -> bool {
    media_type == "text/html" || media_type.starts_with("application/xhtml")
}

/// Error outcome of reading an HTTP head.
#[derive(Debug)]
pub(crate) enum HeadError {
    Io(io::Error),
    Malformed(String),
}

/// Reads the status line and headers; the stream is left at the body.
pub(crate) fn read_head(r: &mut dyn BufRead) -> Result<Response, HeadError> {
    let mut line = Vec::new();
    let mut next = |line: &mut Vec<u8>| -> Result<Option<String>, HeadError> {
        match read_line_capped(r, HEADER_LINE_CAP, line).map_err(HeadError::Io)? {
            Line::Eof => Ok(None),
            Line::TooLong(n) => Err(HeadError::Malformed(format!("HTTP header line of {n} bytes"))),
            Line::Got => Ok(Some(String::from_utf8_lossy(line).trim_end_matches('\r').to_string())),
        }
    };
    let status_line = next(&mut line)?.unwrap_or_default();
    let status = match status_line.strip_prefix("HTTP/") {
        Some(rest) => rest.split_whitespace().nth(1).and_then(|s| s.parse::<u16>().ok()),
        None => None,
    };
    let Some(status) = status else {
        let shown: String = status_line.chars().take(60).collect();
        return Err(HeadError::Malformed(format!("bad HTTP status line {shown:?}")));
    };
    let mut resp = Response { status, headers: Vec::new() };
    let mut bytes = 0;
    loop {
        let Some(h) = next(&mut line)? else {
            return Ok(resp); // no body
        };
        if h.is_empty() {
            return Ok(resp);
        }
        bytes += h.len();
        if resp.headers.len() >= MAX_HEADERS || bytes > MAX_HEADER_BYTES {
            return Err(HeadError::Malformed("too many HTTP headers".into()));
        }
        if h.starts_with([' ', '\t']) {
            if let Some((_, v)) = resp.headers.last_mut() {
                v.push(' ');
                v.push_str(h.trim());
            }
            continue;
        }
        if let Some((n, v)) = h.split_once(':') {
            resp.headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
        }
    }
}

/// Undoes `Transfer-Encoding: chunked`; `None` when the body is not
/// well-formed chunked data (crawlers often store it de-chunked already).
pub(crate) fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let eol = rest.iter().position(|&b| b == b'\n')?;
        let size_line = std::str::from_utf8(&rest[..eol]).ok()?;
        let hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(hex, 16).ok()?;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Some(out); // trailers ignored
        }
        out.extend_from_slice(rest.get(..size)?);
        rest = &rest[size..];
        rest = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n"))?;
    }
}

/// What went wrong undoing a `Content-Encoding`.
#[derive(Debug)]
pub(crate) enum BodyError {
    Unsupported(String),
    Corrupt(String),
    TooLarge(u64),
}

/// Undoes `Content-Encoding` (gzip, deflate, zstd), holding at most `cap`
/// decoded bytes. A body that does not start like its declared encoding is
/// taken as already decoded.
pub(crate) fn decode_content(encoding: &str, body: Vec<u8>, cap: usize) -> Result<Vec<u8>, BodyError> {
    let enc = encoding.trim().to_ascii_lowercase();
    let codec = match enc.as_str() {
        "" | "identity" | "none" => return Ok(body),
        "gzip" | "x-gzip" if body.starts_with(&[0x1f, 0x8b]) => Codec::Gzip,
        "zstd" if body.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) => Codec::Zstd,
        "gzip" | "x-gzip" | "zstd" => return Ok(body),
        "deflate" => return inflate(body, cap),
        other => return Err(BodyError::Unsupported(other.to_string())),
    };
    let mut r = decompress(Box::new(Cursor::new(body)), Some(codec)).map_err(|e| BodyError::Corrupt(e.to_string()))?;
    match read_all_capped(&mut r, cap) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(n)) => Err(BodyError::TooLarge(n)),
        Err(e) => Err(BodyError::Corrupt(e.to_string())),
    }
}

/// `deflate` is zlib-wrapped by the standard and raw by some servers.
fn inflate(body: Vec<u8>, cap: usize) -> Result<Vec<u8>, BodyError> {
    use flate2::read::{DeflateDecoder, ZlibDecoder};
    let zlib = body.first().is_some_and(|b| b & 0x0f == 8) && body.len() > 1;
    let mut r: Box<dyn io::Read> = if zlib {
        Box::new(ZlibDecoder::new(Cursor::new(body)))
    } else {
        Box::new(DeflateDecoder::new(Cursor::new(body)))
    };
    match read_all_capped(&mut r, cap) {
        Ok(Ok(v)) => Ok(v),
        Ok(Err(n)) => Err(BodyError::TooLarge(n)),
        Err(e) => Err(BodyError::Corrupt(format!("corrupt deflate stream: {e}"))),
    }
}

/// The `charset=` of a Content-Type value or of a page's first bytes
/// (`<meta charset>` / `http-equiv`), lowercased.
pub(crate) fn charset(text: &[u8]) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")?;
    let rest = &lower[at + 8..];
    let rest = rest.strip_prefix(b"\"").or_else(|| rest.strip_prefix(b"'")).unwrap_or(rest);
    let name: String = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
        .map(|&b| char::from(b))
        .collect();
    (!name.is_empty()).then_some(name)
}

/// True for the single-byte Western charsets decoded as windows-1252 (as
/// browsers do for all of them).
pub(crate) fn is_latin1(charset: &str) -> bool {
    matches!(
        charset,
        "iso-8859-1"
            | "iso8859-1"
            | "latin1"
            | "latin-1"
            | "l1"
            | "windows-1252"
            | "cp1252"
            | "x-cp1252"
            | "us-ascii"
            | "ascii"
            | "iso-8859-15"
            | "latin9"
    )
}

/// Decodes windows-1252 (a superset of ISO-8859-1 in browsers).
pub(crate) fn decode_cp1252(bytes: &[u8]) -> String {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž', '\u{8f}', '\u{90}', '‘',
        '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}', 'ž', 'Ÿ',
    ];
    bytes
        .iter()
        .map(|&b| match b {
            0x80..=0x9f => HIGH[usize::from(b - 0x80)],
            _ => char::from(b),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufReader;

    #[test]
    fn head_parses() {
        let raw = b"HTTP/1.1 200 OK\r\nContent-Type: text/html;\r\n charset=utf-8\r\nX-A: b\r\n\r\n<html>";
        let mut r = BufReader::new(&raw[..]);
        let resp = read_head(&mut r).unwrap();
        assert_eq!(resp.status, 200);
        assert_eq!(resp.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(resp.media_type().as_deref(), Some("text/html"));
        assert_eq!(charset(resp.header("content-type").unwrap().as_bytes()).as_deref(), Some("utf-8"));
        let mut body = String::new();
        std::io::Read::read_to_string(&mut r, &mut body).unwrap();
        assert_eq!(body, "<html>");
        let mut r = BufReader::new(&b"GET / HTTP/1.1\r\n\r\n"[..]);
        assert!(matches!(read_head(&mut r), Err(HeadError::Malformed(_))));
    }

    #[test]
    fn chunked() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").unwrap(), b"Wikipedia");
        assert_eq!(dechunk(b"<html>not chunked"), None);
        assert_eq!(dechunk(b"ff\r\nshort"), None);
    }

    #[test]
    fn encodings() {
        use flate2::{Compression, write::GzEncoder, write::ZlibEncoder};
        use std::io::Write;
        let mut gz = GzEncoder::new(Vec::new(), Compression::fast());
        gz.write_all(b"<p>hi</p>").unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decode_content("gzip", gz.clone(), 100).unwrap(), b"<p>hi</p>");
        assert!(matches!(decode_content("gzip", gz, 3), Err(BodyError::TooLarge(9))));
        let mut z = ZlibEncoder::new(Vec::new(), Compression::fast());
        z.write_all(b"abc").unwrap();
        assert_eq!(decode_content("deflate", z.finish().unwrap(), 100).unwrap(), b"abc");
        assert_eq!(decode_content("gzip", b"<p>plain</p>".to_vec(), 100).unwrap(), b"<p>plain</p>");
        assert!(matches!(decode_content("br", vec![1, 2], 100), Err(BodyError::Unsupported(_))));
        let bad = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 0xff, 0xff, 0xff];
        assert!(matches!(decode_content("gzip", bad, 100), Err(BodyError::Corrupt(_))));
    }

    #[test]
    fn charsets() {
        assert_eq!(charset(b"<meta charset=\"ISO-8859-1\">").as_deref(), Some("iso-8859-1"));
        assert_eq!(
            charset(b"<meta http-equiv=content-type content='text/html; charset=windows-1252'>").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(charset(b"<p>none</p>"), None);
        assert!(is_latin1("iso-8859-1"));
        assert_eq!(decode_cp1252(b"caf\xe9 \x93q\x94 \x80"), "café “q” €");
    }
}
