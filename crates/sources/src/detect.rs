//! Telling formats apart: extensions, magic bytes, binary data, dates.

use crate::options::InputFormat;
use std::path::Path;

/// A compression wrapper around the real content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Codec {
    Gzip,
    Zstd,
}

fn lower_ext(name: &str) -> Option<String> {
    let (_, ext) = name.rsplit_once('.')?;
    Some(ext.to_ascii_lowercase())
}

fn codec_of_ext(ext: &str) -> Option<Codec> {
    match ext {
        "gz" | "gzip" => Some(Codec::Gzip),
        "zst" | "zstd" => Some(Codec::Zstd),
        _ => None,
    }
}

fn format_of_ext(ext: &str) -> Option<InputFormat> {
    match ext {
        "jsonl" | "ndjson" | "json" => Some(InputFormat::Jsonl),
        "txt" | "text" => Some(InputFormat::Text),
        "warc" => Some(InputFormat::Warc),
        "lines" => Some(InputFormat::Lines),
        _ => None,
    }
}

/// What a file name says: its compression and its format, either may be
/// absent (`a.jsonl.gz` → gzip + JSONL, `a.gz` → gzip + unknown).
pub(crate) fn from_name(path: &Path) -> (Option<Codec>, Option<InputFormat>) {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy()) else {
        return (None, None);
    };
    let Some(ext) = lower_ext(&name) else {
        return (None, None);
    };
    if let Some(codec) = codec_of_ext(&ext) {
        let stem = &name[..name.len() - ext.len() - 1];
        return (Some(codec), lower_ext(stem).and_then(|e| format_of_ext(&e)));
    }
    (None, format_of_ext(&ext))
}

/// True when a directory walk should read this file: its name has a
/// known format extension, possibly under a compression extension.
pub(crate) fn known_extension(path: &Path) -> bool {
    from_name(path).1.is_some()
}

/// Compression told by the first bytes.
pub(crate) fn codec_of_magic(head: &[u8]) -> Option<Codec> {
    if head.starts_with(&[0x1f, 0x8b]) {
        Some(Codec::Gzip)
    } else if head.starts_with(&[0x28, 0xb5, 0x2f, 0xfd]) {
        Some(Codec::Zstd)
    } else {
        None
    }
}

/// The UTF-8 byte-order mark.
pub(crate) const BOM: &[u8] = b"\xef\xbb\xbf";

/// Bytes without a leading BOM.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(BOM).unwrap_or(bytes)
}

/// Format told by the (decompressed) first bytes: `{` after whitespace is
/// JSONL, `WARC/` is WARC, anything else text.
pub(crate) fn sniff(head: &[u8]) -> InputFormat {
    let body = strip_bom(head);
    let start = body.iter().position(|b| !b.is_ascii_whitespace()).unwrap_or(body.len());
    let body = &body[start..];
    if body.starts_with(b"{") {
        InputFormat::Jsonl
    } else if body.starts_with(b"WARC/") {
        InputFormat::Warc
    } else {
        InputFormat::Text
    }
}

/// Why `head` (the first bytes of a decompressed file) is binary, if it
/// is: a known binary magic, more than 10% control bytes other than
/// `\t \n \r \x0c` and NUL, or more than a quarter NUL bytes (UTF-16 or
/// zeroed data). A few NUL bytes in text are not binary.
pub(crate) fn binary_reason(head: &[u8]) -> Option<String> {
    const MAGICS: &[(&[u8], &str)] = &[
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (b"\xff\xd8\xff", "JPEG image"),
        (b"GIF87a", "GIF image"),
        (b"GIF89a", "GIF image"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"PK\x05\x06", "ZIP archive"),
        (b"%PDF-", "PDF document"),
        (b"\x7fELF", "ELF executable"),
        (b"\x1f\x8b", "gzip data"),
        (b"\x28\xb5\x2f\xfd", "zstd data"),
        (b"BZh", "bzip2 data, unsupported compression"),
        (b"\xfd7zXZ\x00", "xz data, unsupported compression"),
        (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
        (b"Rar!\x1a\x07", "RAR archive"),
        (b"SQLite format 3\x00", "SQLite database"),
        (b"\x00asm", "WebAssembly module"),
    ];
    for (magic, what) in MAGICS {
        if head.starts_with(magic) {
            return Some((*what).to_string());
        }
    }
    if head.is_empty() {
        return None;
    }
    let nul = head.iter().filter(|&&b| b == 0).count();
    let control =
        head.iter().filter(|&&b| (b < 0x20 && !matches!(b, 0 | b'\t' | b'\n' | b'\r' | 0x0c)) || b == 0x7f).count();
    if control * 10 > head.len() {
        return Some(format!("{control} control bytes in the first {} bytes", head.len()));
    }
    if nul * 4 > head.len() {
        return Some(format!("{nul} NUL bytes in the first {} bytes", head.len()));
    }
    None
}

/// True for `YYYY-MM-DD` with a plausible month and day.
pub(crate) fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = &s[r];
        if part.bytes().all(|c| c.is_ascii_digit()) { part.parse().ok() } else { None }
    };
    matches!(
        (digits(0..4), digits(5..7), digits(8..10)),
        (Some(_), Some(m), Some(d)) if (1..=12).contains(&m) && (1..=31).contains(&d)
    )
}

/// The `YYYY-MM-DD` a date or datetime string starts with.
pub(crate) fn date_of(s: &str) -> Option<String> {
    let s = s.trim();
    let d = s.get(..10)?;
    is_date(d).then(|| d.to_string())
}

/// The date of a `date YYYY-MM-DD ` metadata prefix at the start of `text`
/// (after optional whitespace); the prefix must be followed by whitespace
/// or the end of the text.
pub(crate) fn date_prefix(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix("date ")?;
    let date = rest.get(..10)?;
    let after = &rest[10..];
    (is_date(date) && after.chars().next().is_none_or(char::is_whitespace)).then_some(date)
}

/// Number of lines of `head` that start with a `date YYYY-MM-DD ` prefix
/// (the last, possibly cut, line included).
pub(crate) fn dated_lines(head: &[u8]) -> usize {
    head.split(|&b| b == b'\n')
        .filter(|line| {
            let line = strip_bom(line);
            let n = line.len().min(32);
            date_prefix(&String::from_utf8_lossy(&line[..n])).is_some()
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        use InputFormat::*;
        let f = |s: &str| from_name(Path::new(s));
        assert_eq!(f("a.jsonl"), (None, Some(Jsonl)));
        assert_eq!(f("dir/a.NDJSON"), (None, Some(Jsonl)));
        assert_eq!(f("a.json.gz"), (Some(Codec::Gzip), Some(Jsonl)));
        assert_eq!(f("a.txt.zst"), (Some(Codec::Zstd), Some(Text)));
        assert_eq!(f("a.warc.gz"), (Some(Codec::Gzip), Some(Warc)));
        assert_eq!(f("a.lines"), (None, Some(Lines)));
        assert_eq!(f("a.gz"), (Some(Codec::Gzip), None));
        assert_eq!(f("README"), (None, None));
        assert_eq!(f("a.csv"), (None, None));
        assert!(known_extension(Path::new("x.text.gzip")));
        assert!(!known_extension(Path::new("x.png")));
    }

    #[test]
    fn sniffing() {
        assert_eq!(sniff(b"\xef\xbb\xbf \n {\"text\":1}"), InputFormat::Jsonl);
        assert_eq!(sniff(b"WARC/1.0\r\n"), InputFormat::Warc);
        assert_eq!(sniff(b"Xi met Putin."), InputFormat::Text);
        assert_eq!(sniff(b""), InputFormat::Text);
        assert_eq!(codec_of_magic(&[0x1f, 0x8b, 8]), Some(Codec::Gzip));
        assert_eq!(codec_of_magic(&[0x28, 0xb5, 0x2f, 0xfd]), Some(Codec::Zstd));
        assert_eq!(codec_of_magic(b"{"), None);
    }

    #[test]
    fn binary() {
        assert!(binary_reason(b"\x89PNG\r\n\x1a\n....").unwrap().contains("PNG"));
        assert!(binary_reason(b"%PDF-1.7").is_some());
        assert!(binary_reason(b"\x7fELF\x02\x01").is_some());
        assert!(binary_reason(&[1u8, 2, 3, 4, 5, 6, 7, 8, b'a']).is_some());
        assert!(binary_reason(&[0u8; 64]).is_some());
        assert_eq!(binary_reason(b"Xi met\0Putin\0in Moscow.\r\n\t\x0c"), None);
        assert_eq!(binary_reason("Путин встретился с Си.".as_bytes()), None);
        assert_eq!(binary_reason(b""), None);
    }

    #[test]
    fn dates() {
        assert!(is_date("2025-05-05"));
        assert!(!is_date("2025-13-05"));
        assert!(!is_date("2025-5-05x"));
        assert!(!is_date("２０２５-05-05"));
        assert_eq!(date_of("2025-05-05T10:00:00Z").as_deref(), Some("2025-05-05"));
        assert_eq!(date_of("May 5, 2025"), None);
        assert_eq!(date_of("é"), None);
        assert_eq!(date_prefix("  date 2025-05-05 While"), Some("2025-05-05"));
        assert_eq!(date_prefix("date 2025-05-05"), Some("2025-05-05"));
        assert_eq!(date_prefix("date 2025-05-05x"), None);
        assert_eq!(date_prefix("dated 2025-05-05 x"), None);
        assert_eq!(dated_lines(b"date 2025-01-01 a\r\nx\ndate 2025-01-02 b"), 2);
    }
}
