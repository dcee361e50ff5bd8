//! Plain text: one article per file (`Text`) or per line (`Lines`).
//!
//! A text file whose format was not forced is read as `Lines` when two or
//! more of its lines start with a `date YYYY-MM-DD ` prefix: such files are
//! lists of dated one-line articles, not one article.

use crate::detect::{date_prefix, dated_lines};
use crate::error::{SourceError, Warning};
use crate::reader::{Input, Item, Source};
use crate::record::{LineReader, NextLine, decode_lossy, drop_bom, read_all_capped, utf8_message};
use dyad_types::{Article, ArticleId};
use std::collections::VecDeque;
use std::io::{BufReader, Cursor};

fn article(text: String, origin: String) -> Article {
    Article {
        id: ArticleId::from_content(&text),
        date: date_prefix(&text).map(str::to_string),
        title: None,
        text,
        url: None,
        source: None,
        origin,
    }
}

/// The whole stream is one article.
pub(crate) struct TextSource {
    input: Option<Input>,
    cap: usize,
    /// May become `Lines` when several lines carry a date prefix.
    auto: bool,
}

impl TextSource {
    pub(crate) fn new(input: Input, cap: usize, auto: bool) -> TextSource {
        TextSource { input: Some(input), cap, auto }
    }
}

impl Source for TextSource {
    fn fill(&mut self, out: &mut VecDeque<Item>) -> bool {
        let Some(mut input) = self.input.take() else {
            return false;
        };
        let name = input.name;
        let mut bytes = match read_all_capped(&mut input.reader, self.cap) {
            Err(e) => {
                out.push_back(Item::Skipped(SourceError::from_io(&name, e)));
                return false;
            }
            Ok(Err(size)) => {
                out.push_back(Item::Skipped(SourceError::TooLarge { origin: name, size, cap: self.cap }));
                return false;
            }
            Ok(Ok(bytes)) => bytes,
        };
        drop_bom(&mut bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            out.push_back(Item::Warning(Warning::new(name, "empty file")));
            return false;
        }
        if self.auto && dated_lines(&bytes) >= 2 {
            let reader = Box::new(BufReader::new(Cursor::new(bytes)));
            let mut lines = LinesSource::new(Input { name, reader }, self.cap);
            while lines.fill(out) {}
            return false;
        }
        let (text, bad) = decode_lossy(bytes);
        if bad > 0 {
            out.push_back(Item::Warning(Warning::new(&name, utf8_message(bad))));
        }
        out.push_back(Item::Article(article(text, name)));
        false
    }
}

/// Each non-blank line is one article.
pub(crate) struct LinesSource {
    lines: LineReader,
}

impl LinesSource {
    pub(crate) fn new(input: Input, cap: usize) -> LinesSource {
        LinesSource { lines: LineReader::new(input, cap) }
    }
}

impl Source for LinesSource {
    fn fill(&mut self, out: &mut VecDeque<Item>) -> bool {
        match self.lines.next_line(out) {
            NextLine::Line(text, origin) => {
                out.push_back(Item::Article(article(text, origin)));
                true
            }
            NextLine::Skipped => true,
            NextLine::Done => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::options::{InputFormat, ReadOptions};
    use crate::reader::test_util::{read_named, read_stream, summary};

    #[test]
    fn text_file_is_one_article_with_prefix_date() {
        let text = "  date 2025-05-05 While Russian tanks rolled,\r\nXi met Putin.\r\n";
        assert_eq!(read_named("a.txt", text), [format!("A a.txt [2025-05-05] {text}")]);
        assert_eq!(read_named("a.txt", "Xi met Putin."), ["A a.txt [-] Xi met Putin."]);
        // Only one dated line: still one article.
        let text = "date 2025-05-05 Xi met Putin.\nThe date 2025-05-06 was set.\n";
        assert_eq!(read_named("a.txt", text).len(), 1);
    }

    #[test]
    fn text_with_several_dated_lines_is_read_as_lines() {
        let text = "date 2025-05-05 Xi met Putin.\r\n\r\ndate 2025-05-06 Putin met Modi.\r\nundated line\n";
        let want = [
            "A a.txt:1 [2025-05-05] date 2025-05-05 Xi met Putin.",
            "A a.txt:3 [2025-05-06] date 2025-05-06 Putin met Modi.",
            "A a.txt:4 [-] undated line",
        ];
        assert_eq!(read_named("a.txt", text), want);
        // Also past the sniffed head (a first line longer than 8 KiB).
        let long = format!("{}\ndate 2025-05-05 a\ndate 2025-05-06 b\n", "word ".repeat(2000));
        assert_eq!(read_named("b.text", long).len(), 3);
        // A forced format is obeyed.
        let opts = ReadOptions { format: Some(InputFormat::Text), ..ReadOptions::default() };
        assert_eq!(summary(read_stream("a.txt", text, opts)).len(), 1);
    }

    #[test]
    fn lines_format() {
        let text = "date 2025-01-02 First.\r\n\r\n  \r\nSecond line, no date.\r\nThird";
        assert_eq!(
            read_named("x.lines", text),
            [
                "A x.lines:1 [2025-01-02] date 2025-01-02 First.",
                "A x.lines:4 [-] Second line, no date.",
                "A x.lines:5 [-] Third"
            ]
        );
    }
}
