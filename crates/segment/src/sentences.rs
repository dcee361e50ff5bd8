//! Sentence boundaries.

use crate::abbrev::{StopAfter, is_opener, stop_after};
use dyad_types::Span;

/// Longest sentence yielded, in bytes. Runaway "sentences" (tables, lists
/// with no stops) are cut at a clause mark or a space so that later stages
/// see bounded input.
const MAX_SENTENCE: usize = 4_000;

/// Most words a line may have and still be a headline without a final stop.
const HEADLINE_WORDS: usize = 14;

/// Splits text into sentences. Holds no state beyond its settings; share it.
#[derive(Clone, Debug, Default)]
pub struct Segmenter {
    _private: (),
}

impl Segmenter {
    /// A segmenter with the built-in English rules.
    pub fn new() -> Segmenter {
        Segmenter::default()
    }

    /// The sentences of `text`, as trimmed, non-empty spans in order.
    pub fn sentences<'a>(&'a self, text: &'a str) -> Sentences<'a> {
        Sentences { text, pos: 0, next_nl: None }
    }
}

/// Iterator over the sentence spans of a text.
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    text: &'a str,
    pos: usize,
    /// The first line break at or after where it was last looked for
    /// (the text's length when none): a paragraph holds several sentences,
    /// and this way it is searched once, not once per sentence.
    next_nl: Option<usize>,
}

impl Iterator for Sentences<'_> {
    type Item = Span;

    fn next(&mut self) -> Option<Span> {
        loop {
            let text = self.text;
            let start = skip_space(text, self.pos);
            if start >= text.len() {
                self.pos = text.len();
                return None;
            }
            let end = find_end(text, start, &mut self.next_nl);
            self.pos = end.max(start + 1).min(text.len());
            let trimmed = text[start..end].trim_end();
            // Built directly: `Span::new` checks an order that holds by construction.
            let span = Span { start, end: start + trimmed.len() };
            if trimmed.chars().any(char::is_alphanumeric) {
                return Some(span);
            }
        }
    }
}

#[inline]
fn skip_space(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    // ASCII whitespace as `char::is_whitespace` has it (with \x0B).
    while i < b.len() && matches!(b[i], b' ' | b'\t'..=b'\r') {
        i += 1;
    }
    if i >= b.len() || b[i] < 0x80 {
        return i;
    }
    skip_unicode_space(text, i)
}

/// [`skip_space`] past ASCII.
fn skip_unicode_space(text: &str, mut i: usize) -> usize {
    // Non-ASCII spaces survive only in text that was not normalized.
    while let Some(c) = text.get(i..).and_then(|s| s.chars().next()) {
        if !c.is_whitespace() {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// End (exclusive) of the sentence starting at `start`.
/// `next_nl` is the first line break at or after some earlier position
/// (see [`Sentences`]), updated as the search moves on.
fn find_end(text: &str, start: usize, next_nl: &mut Option<usize>) -> usize {
    let b = text.as_bytes();
    let mut i = start;
    let mut line_start = start;
    while i < b.len() {
        // Jump to the next byte that can end a sentence. The next line
        // break is remembered so that long lines are scanned once.
        let next_nl = match *next_nl {
            Some(n) if n >= i => n,
            _ => {
                let n = memchr::memchr(b'\n', &b[i..]).map_or(b.len(), |k| i + k);
                *next_nl = Some(n);
                n
            }
        };
        let next_stop = memchr::memchr3(b'.', b'!', b'?', &b[i..next_nl]).map_or(next_nl, |k| i + k);
        i = next_stop;
        if i - start >= MAX_SENTENCE {
            return cut_long(text, start, start + MAX_SENTENCE);
        }
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'.' | b'!' | b'?' => {
                let mut j = i + 1;
                while j < b.len() && matches!(b[j], b'.' | b'!' | b'?' | b'"' | b'\'' | b')' | b']') {
                    j += 1;
                }
                if j >= b.len() {
                    return j;
                }
                if b[j].is_ascii_whitespace() && is_boundary(text, start, i, j) {
                    return j;
                }
                i = j;
            }
            b'\n' => {
                if b.get(i + 1) == Some(&b'\n') {
                    return i;
                }
                if is_headline(text, start, line_start, i) {
                    return i;
                }
                line_start = i + 1;
                i += 1;
            }
            _ => i += 1,
        }
    }
    b.len()
}

/// Is the stop at `stop` (with closing marks up to `after`) a sentence end?
fn is_boundary(text: &str, start: usize, stop: usize, after: usize) -> bool {
    let next_start = skip_space(text, after);
    // The next word runs up to whitespace or `,;:.`; it is empty when
    // one of those comes first (whitespace cannot, after `skip_space`).
    let Some(first) = text[next_start..].chars().next().filter(|c| !matches!(c, ',' | ';' | ':' | '.')) else {
        return true;
    };
    if text.as_bytes()[stop] != b'.' {
        return !first.is_lowercase();
    }
    if first.is_lowercase() {
        return false;
    }
    let (before, dotted) = word_before(text, start, stop);
    // "3.5" never reaches here (no space); "... in 2019. Then" does.
    // A word without dots longer than any abbreviation is an ordinary
    // word (as `stop_after` would find, reading it once more).
    let verdict = if before.len() > 6 && !dotted { StopAfter::Final } else { stop_after(before) };
    match verdict {
        StopAfter::Never => false,
        StopAfter::Maybe => {
            let next_word: &str = text[next_start..]
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.'))
                .next()
                .unwrap_or("");
            is_opener(next_word.trim_start_matches(['"', '\'', '(']))
        }
        StopAfter::Final => true,
    }
}

/// ASCII letters, digits and `'` (1), and `.` (3: also marks a dot).
const IN_WORD_BEFORE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c == b'.' {
            3
        } else if c.is_ascii_alphanumeric() || c == b'\'' {
            1
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The run of letters, digits, dots and apostrophes ending at `stop`, and
/// whether it has a dot.
fn word_before(text: &str, start: usize, stop: usize) -> (&str, bool) {
    let b = text.as_bytes();
    let mut k = stop;
    let mut seen = 0;
    while k > start {
        let t = IN_WORD_BEFORE[b[k - 1] as usize];
        if t == 0 {
            break;
        }
        seen |= t;
        k -= 1;
    }
    if k == start || b[k - 1] < 0x80 {
        return (&text[k..stop], seen & 2 != 0);
    }
    // A non-ASCII character: letters and digits of any script count.
    let head = &text[start..stop];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.' || c == '\''))
        .map_or(0, |(k, c)| k + c.len_utf8());
    (&head[from..], head[from..].contains('.'))
}

/// A single line break ends a headline: a short first line of a
/// sentence, without a final stop, followed by a capitalised line.
fn is_headline(text: &str, start: usize, line_start: usize, nl: usize) -> bool {
    if line_start != start {
        return false;
    }
    let line = text[line_start..nl].trim_end();
    if line.is_empty() || line.ends_with([',', ';', ':', '-']) {
        return false;
    }
    let words = line.split_whitespace().count();
    let next = text[nl + 1..].trim_start().chars().next();
    words <= HEADLINE_WORDS && next.is_some_and(|c| c.is_uppercase() || c.is_numeric() || c == '"')
}

/// Cuts a runaway sentence at the last clause mark or space before `at`.
fn cut_long(text: &str, start: usize, at: usize) -> usize {
    let mut at = at;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let window = &text[start..at];
    let cut = window.rfind([';', ',']).or_else(|| window.rfind(' ')).map_or(at, |k| start + k + 1);
    if cut <= start { at } else { cut }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        let seg = Segmenter::new();
        seg.sentences(text).map(|s| &text[s]).collect()
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(split("Mr. Smith met Gen. Jones. They talked."), ["Mr. Smith met Gen. Jones.", "They talked."]);
        assert_eq!(split("George W. Bush and J. R. Smith met."), ["George W. Bush and J. R. Smith met."]);
        assert_eq!(split("Talks in the U.S. The next day he left."), ["Talks in the U.S.", "The next day he left."]);
        assert_eq!(split("U.S. President Joe Biden spoke."), ["U.S. President Joe Biden spoke."]);
        assert_eq!(split("It met on Jan. 5 and No. 10 agreed."), ["It met on Jan. 5 and No. 10 agreed."]);
        assert_eq!(
            split("Shares of Apple Inc. rose. The firm said."),
            ["Shares of Apple Inc. rose.", "The firm said."]
        );
    }

    #[test]
    fn decimals_quotes_and_marks() {
        assert_eq!(split("Growth was 3.5 percent. Exports rose."), ["Growth was 3.5 percent.", "Exports rose."]);
        assert_eq!(split("He said, \"We will go.\" Then he left!"), ["He said, \"We will go.\"", "Then he left!"]);
        assert_eq!(split("Why? Nobody knows... Really."), ["Why?", "Nobody knows...", "Really."]);
        assert_eq!(split("He left (finally.) Then"), ["He left (finally.)", "Then"]);
    }

    #[test]
    fn headlines_and_paragraphs() {
        assert_eq!(
            split("Xi visits Moscow\nChinese President Xi arrived."),
            ["Xi visits Moscow", "Chinese President Xi arrived."]
        );
        assert_eq!(split("First part\n\nsecond part"), ["First part", "second part"]);
        assert_eq!(split("a line that wraps\nin the middle of it."), ["a line that wraps\nin the middle of it."]);
    }

    #[test]
    fn long_runs_are_cut() {
        let text = "word ".repeat(2000);
        let spans: Vec<Span> = Segmenter::new().sentences(&text).collect();
        assert!(spans.len() >= 2);
        assert!(spans.iter().all(|s| s.len() <= MAX_SENTENCE));
    }

    proptest::proptest! {
        #[test]
        fn spans_are_ordered_and_on_boundaries(s in "\\PC{0,200}|[a-zA-Z .!?\"\n]{0,200}") {
            let mut last = 0;
            for sp in Segmenter::new().sentences(&s) {
                proptest::prop_assert!(sp.start >= last && sp.start < sp.end);
                proptest::prop_assert!(s.is_char_boundary(sp.start) && s.is_char_boundary(sp.end));
                last = sp.end;
            }
        }
    }
}
