//! WARC archives (1.0 and 1.1): HTML `response` records become articles.
//!
//! A small hand-written reader: version line, headers, `Content-Length`
//! bytes of content, then blank lines. Records of other types, and
//! responses that are not successful HTML pages, are passed over without a
//! word. A malformed record is reported once and reading resumes at the
//! next line that starts with `WARC/1.`.

use crate::detect::{date_of, strip_bom};
use crate::error::{SourceError, Warning};
use crate::html;
use crate::http::{self, BodyError, HeadError};
use crate::reader::{Input, Item, Source};
use crate::record::{Line, decode_lossy, read_line_capped, trim_cr, utf8_message};
use dyad_types::{Article, ArticleId};
use std::collections::VecDeque;
use std::io::{self, Read};

/// The content of one record.
type Body = io::Take<Box<dyn io::BufRead + Send>>;

/// Longest WARC header line kept in memory.
const LINE_CAP: usize = 64 * 1024;
/// Most WARC header lines in one record.
const MAX_HEADERS: usize = 1000;
/// Most WARC header bytes in one record.
const MAX_HEADER_BYTES: usize = 1024 * 1024;

pub(crate) struct WarcSource {
    input: Input,
    cap: usize,
    record: u64,
    resync: bool,
    seen: bool,
    line: Vec<u8>,
}

/// How reading one record ended.
enum Next {
    /// Go on with the next record.
    More,
    /// The stream is exhausted or failed.
    Stop,
}

fn header<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
    headers.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
}

fn strip_angles(s: &str) -> &str {
    let s = s.trim();
    s.strip_prefix('<').and_then(|s| s.strip_suffix('>')).unwrap_or(s)
}

/// The host of an `http(s)://host[:port]/...` URL, without `www.`.
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

fn looks_like_html(body: &[u8]) -> bool {
    let head = strip_bom(&body[..body.len().min(1024)]).to_ascii_lowercase();
    let start = head.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(head.len());
    let head = &head[start..];
    head.starts_with(b"<!doctype html")
        || [b"<html".as_slice(), b"<body", b"<p>", b"<head"].iter().any(|t| head.windows(t.len()).any(|w| w == *t))
}

impl WarcSource {
    pub(crate) fn new(input: Input, cap: usize) -> WarcSource {
        WarcSource { input, cap, record: 0, resync: false, seen: false, line: Vec::new() }
    }

    fn origin(&self) -> String {
        format!("{}#{}", self.input.name, self.record)
    }

    fn io_error(&self, e: io::Error, out: &mut VecDeque<Item>) -> Next {
        out.push_back(Item::Skipped(SourceError::from_io(&self.input.name, e)));
        Next::Stop
    }

    /// Reports a malformed record and resynchronises at the next version line.
    fn malformed(&mut self, message: impl Into<String>, out: &mut VecDeque<Item>) -> Next {
        out.push_back(Item::Skipped(SourceError::malformed(self.origin(), message)));
        self.resync = true;
        Next::More
    }

    fn truncated(&self, want: u64, got: u64, out: &mut VecDeque<Item>) -> Next {
        let msg = format!("truncated record: {got} of {want} content bytes before the end of the file");
        out.push_back(Item::Skipped(SourceError::malformed(self.origin(), msg)));
        Next::Stop
    }

    /// Reads and discards the rest of the content.
    fn discard(&mut self, body: &mut Body, want: u64, out: &mut VecDeque<Item>) -> Next {
        if let Err(e) = io::copy(body, &mut io::sink()) {
            return self.io_error(e, out);
        }
        if body.limit() > 0 {
            return self.truncated(want, want - body.limit(), out);
        }
        Next::More
    }

    /// One record, its version line already read.
    fn record(&mut self, out: &mut VecDeque<Item>) -> Next {
        let mut headers: Vec<(String, String)> = Vec::new();
        let mut header_bytes = 0;
        loop {
            match read_line_capped(&mut *self.input.reader, LINE_CAP, &mut self.line) {
                Err(e) => return self.io_error(e, out),
                Ok(Line::Eof) => {
                    let msg = "truncated record: end of file in the WARC headers";
                    out.push_back(Item::Skipped(SourceError::malformed(self.origin(), msg)));
                    return Next::Stop;
                }
                Ok(Line::TooLong(n)) => {
                    return self.malformed(format!("WARC header line of {n} bytes"), out);
                }
                Ok(Line::Got) => {}
            }
            trim_cr(&mut self.line);
            if self.line.is_empty() {
                break;
            }
            header_bytes += self.line.len();
            if headers.len() >= MAX_HEADERS || header_bytes > MAX_HEADER_BYTES {
                return self.malformed("too many WARC headers", out);
            }
            let line = String::from_utf8_lossy(&self.line);
            if line.starts_with([' ', '\t']) {
                if let Some((_, v)) = headers.last_mut() {
                    v.push(' ');
                    v.push_str(line.trim());
                }
            } else if let Some((n, v)) = line.split_once(':') {
                headers.push((n.trim().to_ascii_lowercase(), v.trim().to_string()));
            }
        }
        let Some(len) = header(&headers, "content-length").and_then(|v| v.trim().parse::<u64>().ok()) else {
            return self.malformed("missing or invalid Content-Length", out);
        };
        let wtype = header(&headers, "warc-type").unwrap_or("").to_ascii_lowercase();
        let http = header(&headers, "content-type")
            .is_none_or(|ct| ct.trim().to_ascii_lowercase().starts_with("application/http"));
        let reader = std::mem::replace(&mut self.input.reader, Box::new(io::empty()));
        let mut body = reader.take(len);
        let next = if wtype == "response" && http {
            self.response(&mut body, len, &headers, out)
        } else {
            self.discard(&mut body, len, out)
        };
        self.input.reader = body.into_inner();
        next
    }

    fn response(&mut self, body: &mut Body, len: u64, headers: &[(String, String)], out: &mut VecDeque<Item>) -> Next {
        let resp = match http::read_head(body) {
            Ok(resp) => resp,
            Err(HeadError::Io(e)) => return self.io_error(e, out),
            Err(HeadError::Malformed(m)) => {
                out.push_back(Item::Skipped(SourceError::malformed(self.origin(), m)));
                return self.discard(body, len, out);
            }
        };
        let media = resp.media_type();
        if !(200..300).contains(&resp.status) || media.as_deref().is_some_and(|m| !http::is_html(m)) {
            return self.discard(body, len, out);
        }
        if len > self.cap as u64 {
            let next = self.discard(body, len, out);
            if matches!(next, Next::More) {
                let e = SourceError::TooLarge { origin: self.origin(), size: len, cap: self.cap };
                out.push_back(Item::Skipped(e));
            }
            return next;
        }
        let mut payload = Vec::new();
        if let Err(e) = body.read_to_end(&mut payload) {
            return self.io_error(e, out);
        }
        if body.limit() > 0 {
            return self.truncated(len, len - body.limit(), out);
        }
        let chunked = resp.header("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        if let Some(p) = chunked.then(|| http::dechunk(&payload)).flatten() {
            payload = p;
        }
        let encoding = resp.header("content-encoding").unwrap_or("");
        let payload = match http::decode_content(encoding, payload, self.cap) {
            Ok(p) => p,
            Err(BodyError::Unsupported(e)) => {
                return self.skip(format!("unsupported Content-Encoding {e:?}"), out);
            }
            Err(BodyError::Corrupt(m)) => return self.skip(format!("HTTP body: {m}"), out),
            Err(BodyError::TooLarge(size)) => {
                let e = SourceError::TooLarge { origin: self.origin(), size, cap: self.cap };
                out.push_back(Item::Skipped(e));
                return Next::More;
            }
        };
        if media.is_none() && !looks_like_html(&payload) {
            return Next::More;
        }
        let charset = resp
            .header("content-type")
            .and_then(|ct| http::charset(ct.as_bytes()))
            .or_else(|| http::charset(&payload[..payload.len().min(2048)]));
        let origin = self.origin();
        let page = match charset.as_deref() {
            Some(cs) if http::is_latin1(cs) => http::decode_cp1252(&payload),
            _ => {
                let (s, bad) = decode_lossy(payload);
                if bad > 0 {
                    let mut msg = utf8_message(bad);
                    if let Some(cs) = charset.as_deref().filter(|cs| !matches!(*cs, "utf-8" | "utf8")) {
                        msg.push_str(&format!(" (declared charset {cs} is not supported)"));
                    }
                    out.push_back(Item::Warning(Warning::new(&origin, msg)));
                }
                s
            }
        };
        let page = html::extract(&page);
        if page.text.is_empty() {
            out.push_back(Item::Warning(Warning::new(origin, "no article text in the HTML page")));
            return Next::More;
        }
        let url = header(headers, "warc-target-uri").map(strip_angles).filter(|u| !u.is_empty()).map(str::to_string);
        let id = header(headers, "warc-record-id")
            .map(|id| {
                let id = strip_angles(id);
                id.strip_prefix("urn:uuid:").unwrap_or(id).to_string()
            })
            .filter(|id| !id.is_empty())
            .map_or_else(|| ArticleId::from_content(&page.text), ArticleId);
        let date = page.date.or_else(|| header(headers, "warc-date").and_then(date_of));
        let source = page.site_name.or_else(|| url.as_deref().and_then(host));
        out.push_back(Item::Article(Article { id, date, title: page.title, text: page.text, url, source, origin }));
        Next::More
    }

    fn skip(&mut self, message: String, out: &mut VecDeque<Item>) -> Next {
        out.push_back(Item::Skipped(SourceError::malformed(self.origin(), message)));
        Next::More
    }
}

impl Source for WarcSource {
    fn fill(&mut self, out: &mut VecDeque<Item>) -> bool {
        loop {
            match read_line_capped(&mut *self.input.reader, LINE_CAP, &mut self.line) {
                Err(e) => {
                    out.push_back(Item::Skipped(SourceError::from_io(&self.input.name, e)));
                    return false;
                }
                Ok(Line::Eof) => {
                    if !self.seen {
                        out.push_back(Item::Warning(Warning::new(&self.input.name, "empty file")));
                    }
                    return false;
                }
                Ok(Line::TooLong(_)) => {}
                Ok(Line::Got) => {
                    trim_cr(&mut self.line);
                    let line = strip_bom(&self.line);
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    if line.starts_with(b"WARC/1.") {
                        self.resync = false;
                        self.record += 1;
                        self.seen = true;
                        return matches!(self.record(out), Next::More);
                    }
                }
            }
            // A line that is not a version line where one must be.
            if !self.resync {
                self.record += 1;
                self.seen = true;
                let shown: String = String::from_utf8_lossy(&self.line).chars().take(40).collect();
                let msg = format!("malformed record: expected a WARC/1.x version line, found {shown:?}");
                self.malformed(msg, out);
                return true;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::ReadOptions;
    use crate::reader::test_util::{gzip, read_named, read_paths, read_stream, summary, temp_dir};

    fn record(wtype: &str, extra: &[(&str, &str)], content: &[u8]) -> Vec<u8> {
        let mut r = format!("WARC/1.1\r\nWARC-Type: {wtype}\r\n");
        for (k, v) in extra {
            r.push_str(&format!("{k}: {v}\r\n"));
        }
        r.push_str(&format!("Content-Length: {}\r\n\r\n", content.len()));
        let mut r = r.into_bytes();
        r.extend_from_slice(content);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn http(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
        let mut h = format!("HTTP/1.1 {status}\r\n");
        for (k, v) in headers {
            h.push_str(&format!("{k}: {v}\r\n"));
        }
        h.push_str("\r\n");
        let mut h = h.into_bytes();
        h.extend_from_slice(body);
        h
    }

    fn response(id: &str, uri: &str, http_bytes: &[u8]) -> Vec<u8> {
        let id = format!("<urn:uuid:{id}>");
        record(
            "response",
            &[
                ("WARC-Record-ID", &id),
                ("WARC-Target-URI", uri),
                ("WARC-Date", "2025-06-01T12:00:00Z"),
                ("Content-Type", "application/http; msgtype=response"),
            ],
            http_bytes,
        )
    }

    const PAGE: &str = r#"<html><head><title>Fallback title</title>
<meta property="og:title" content="Xi meets Putin">
<meta property="article:published_time" content="2025-05-05T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><p>Xi Jinping met Vladimir Putin in Moscow on Monday.</p></article></body></html>"#;

    const PLAIN_PAGE: &str = "<html><body><p>Modi visited Washington, officials said.</p></body></html>";

    fn archive() -> Vec<u8> {
        let mut w = record("warcinfo", &[("Content-Type", "application/warc-fields")], b"software: test\r\n");
        w.extend(record("request", &[], b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"));
        w.extend(response(
            "11111111-aaaa",
            "https://www.example.com/a",
            &http("200 OK", &[("Content-Type", "text/html; charset=utf-8")], PAGE.as_bytes()),
        ));
        w.extend(response(
            "2",
            "https://example.com/logo.png",
            &http("200 OK", &[("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n\0\0binary"),
        ));
        w.extend(response(
            "3",
            "https://example.com/gone",
            &http("404 Not Found", &[("Content-Type", "text/html")], PAGE.as_bytes()),
        ));
        // Chunked and gzipped, no date in the page: WARC-Date is used.
        let gz = gzip(PLAIN_PAGE.as_bytes());
        let mut chunked = format!("{:x}\r\n", 10).into_bytes();
        chunked.extend_from_slice(&gz[..10]);
        chunked.extend(format!("\r\n{:x}\r\n", gz.len() - 10).into_bytes());
        chunked.extend_from_slice(&gz[10..]);
        chunked.extend_from_slice(b"\r\n0\r\n\r\n");
        let headers = [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"), ("Content-Encoding", "gzip")];
        w.extend(response("4", "http://news.example.org:8080/b?x=1", &http("200 OK", &headers, &chunked)));
        w.extend(record("metadata", &[], b"via: x\r\n"));
        w.extend(record("response", &[("Content-Type", "text/dns")], b"example.com. 300 IN A 1.2.3.4\r\n"));
        // Latin-1 page, no Content-Type header: sniffed as HTML.
        w.extend(response(
            "5",
            "https://example.fr/c",
            &http(
                "200 OK",
                &[],
                b"<html><meta charset=iso-8859-1><p>Le pr\xe9sident fran\xe7ais a parl\xe9.</p></html>",
            ),
        ));
        w
    }

    #[test]
    fn reads_html_responses_only() {
        let items = read_stream("crawl.warc", archive(), ReadOptions::default());
        let articles: Vec<Article> = items.into_iter().filter_map(Item::into_article).collect();
        assert_eq!(articles.len(), 3, "{articles:#?}");
        let a = &articles[0];
        assert_eq!(a.id.as_str(), "11111111-aaaa");
        assert_eq!(a.origin, "crawl.warc#3");
        assert_eq!(a.url.as_deref(), Some("https://www.example.com/a"));
        assert_eq!(a.title.as_deref(), Some("Xi meets Putin"));
        assert_eq!(a.date.as_deref(), Some("2025-05-05"));
        assert_eq!(a.source.as_deref(), Some("example.com"));
        assert_eq!(a.text, "Xi Jinping met Vladimir Putin in Moscow on Monday.");
        let b = &articles[1];
        assert_eq!((b.origin.as_str(), b.id.as_str()), ("crawl.warc#6", "4"));
        assert_eq!(b.date.as_deref(), Some("2025-06-01"));
        assert_eq!(b.source.as_deref(), Some("news.example.org"));
        assert_eq!(b.text, "Modi visited Washington, officials said.");
        assert_eq!(articles[2].origin, "crawl.warc#9");
        assert_eq!(articles[2].text, "Le président français a parlé.");
    }

    #[test]
    fn warc_gz_multi_member_round_trip() {
        let dir = temp_dir("warc");
        let path = dir.join("crawl.warc.gz");
        let mut bytes = Vec::new();
        bytes.extend(gzip(&record("warcinfo", &[], b"x: y\r\n")));
        bytes.extend(gzip(&response(
            "a",
            "https://example.com/1",
            &http("200 OK", &[("Content-Type", "text/html")], PAGE.as_bytes()),
        )));
        bytes.extend(gzip(&response(
            "b",
            "https://example.com/2",
            &http("200 OK", &[("Content-Type", "application/xhtml+xml")], PLAIN_PAGE.as_bytes()),
        )));
        std::fs::write(&path, bytes).unwrap();
        let shown = path.display();
        assert_eq!(
            read_paths(std::slice::from_ref(&path)),
            [
                format!("A {shown}#2 [2025-05-05] Xi Jinping met Vladimir Putin in Moscow on Monday."),
                format!("A {shown}#3 [2025-06-01] Modi visited Washington, officials said."),
            ]
        );
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn malformed_records_resync() {
        let good = |id: &str| {
            response(
                id,
                "https://example.com/",
                &http("200 OK", &[("Content-Type", "text/html")], PLAIN_PAGE.as_bytes()),
            )
        };
        let mut w = good("1");
        w.extend(b"garbage line\r\nmore garbage\r\n");
        w.extend(good("3"));
        w.extend(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: many\r\n\r\nsome content\r\n\r\n");
        w.extend(good("5"));
        w.extend(response("6", "u", b"FTP/1.0 nonsense\r\n\r\nbody"));
        w.extend(response(
            "7",
            "u",
            &http(
                "200 OK",
                &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                b"\x1f\x8b\x08\0\0\0\0\0\0\x03\xff\xff\xff",
            ),
        ));
        w.extend(response(
            "8",
            "u",
            &http("200 OK", &[("Content-Type", "text/html"), ("Content-Encoding", "br")], b"xx"),
        ));
        w.extend(response(
            "9",
            "u",
            &http("200 OK", &[("Content-Type", "text/html")], b"<html><nav>menu</nav></html>"),
        ));
        w.extend(response(
            "10",
            "u",
            &http("200 OK", &[("Content-Type", "text/html")], b"<p>Bad \xff byte in a real sentence here.</p>"),
        ));
        let mut last = good("11");
        last.truncate(last.len() - 30);
        w.extend(last);
        let got = read_named("w.warc", w);
        assert_eq!(got[0], "A w.warc#1 [2025-06-01] Modi visited Washington, officials said.");
        assert_eq!(got[1], "S w.warc#2: malformed record: expected a WARC/1.x version line, found \"garbage line\"");
        assert_eq!(got[2], "A w.warc#3 [2025-06-01] Modi visited Washington, officials said.");
        assert_eq!(got[3], "S w.warc#4: missing or invalid Content-Length");
        assert_eq!(got[4], "A w.warc#5 [2025-06-01] Modi visited Washington, officials said.");
        assert_eq!(got[5], "S w.warc#6: bad HTTP status line \"FTP/1.0 nonsense\"");
        assert!(got[6].starts_with("S w.warc#7: HTTP body: corrupt gzip stream: "), "{}", got[6]);
        assert_eq!(got[7], "S w.warc#8: unsupported Content-Encoding \"br\"");
        assert_eq!(got[8], "W w.warc#9: no article text in the HTML page");
        assert_eq!(got[9], "W w.warc#10: invalid UTF-8: 1 bytes replaced");
        assert_eq!(got[10], "A w.warc#10 [2025-06-01] Bad \u{fffd} byte in a real sentence here.");
        assert!(got[11].starts_with("S w.warc#11: truncated record: "), "{}", got[11]);
        assert_eq!(got.len(), 12, "{got:#?}");
    }

    #[test]
    fn oversized_and_truncated_headers() {
        let opts = ReadOptions { max_record_bytes: 200, ..ReadOptions::default() };
        let big = format!("<p>{}</p>", "Many words here. ".repeat(50));
        let mut w = response("1", "u", &http("200 OK", &[("Content-Type", "text/html")], big.as_bytes()));
        // A large non-HTML record is passed over silently.
        w.extend(response("2", "u", &http("200 OK", &[("Content-Type", "image/jpeg")], &[0xffu8; 5000])));
        w.extend(response("3", "u", &http("200 OK", &[("Content-Type", "text/html")], PLAIN_PAGE.as_bytes())));
        w.extend(b"WARC/1.0\r\nWARC-Type: response\r\n");
        let got = summary(read_stream("w.warc", w, opts));
        assert_eq!(
            got,
            [
                "S w.warc#1: record of 901 bytes exceeds the cap of 200 bytes",
                "A w.warc#3 [2025-06-01] Modi visited Washington, officials said.",
                "S w.warc#4: truncated record: end of file in the WARC headers",
            ]
        );
    }

    #[test]
    fn hosts() {
        assert_eq!(host("https://www.bbc.co.uk/news/x").as_deref(), Some("bbc.co.uk"));
        assert_eq!(host("http://user@Example.COM:80?q").as_deref(), Some("example.com"));
        assert_eq!(host("dns:example.com"), None);
        assert_eq!(strip_angles("<urn:uuid:x>"), "urn:uuid:x");
    }
}
