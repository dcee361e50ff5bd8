//! Tokens of a sentence.

use dyad_types::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// Letters, possibly with inner hyphens, dots (`U.S.`) or apostrophes.
    Word,
    /// Digits, possibly with inner `.`, `,` or `:` (`3.5`, `1,200`, `10:30`).
    Number,
    /// The possessive clitic `'s` or `'`.
    Possessive,
    /// Any other single character.
    Punct,
}

/// One token: where it is and what it is. Borrowing, `Copy`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Token {
    /// Bytes of the token in the text it came from.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
    /// A word starting with an upper-case letter: known here for nothing,
    /// asked of every token by the stages that look for names.
    pub capital: bool,
}

/// The tokens of `text[within]`.
pub fn tokens(text: &str, within: Span) -> Tokens<'_> {
    Tokens { text, pos: within.start, end: within.end.min(text.len()) }
}

/// Iterator over tokens; allocates nothing.
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
    end: usize,
}

impl Iterator for Tokens<'_> {
    type Item = Token;

    fn next(&mut self) -> Option<Token> {
        let text = &self.text[..self.end];
        let b = text.as_bytes();
        let mut start = self.pos;
        let c = loop {
            // ASCII white space by the byte (what `char::is_whitespace`
            // takes of ASCII), the rest by the char.
            match b.get(start)? {
                b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ' => start += 1,
                _ => {
                    let c = text[start..].chars().next()?;
                    if !c.is_whitespace() {
                        break c;
                    }
                    start += c.len_utf8();
                }
            }
        };
        let (end, kind) = if c.is_alphabetic() {
            (word_end(text, start), TokenKind::Word)
        } else if c.is_numeric() {
            (number_end(text, start), TokenKind::Number)
        } else if c == '\'' && text[start + 1..].starts_with(['s', 'S']) && !next_is_alnum(text, start + 2) {
            (start + 2, TokenKind::Possessive)
        } else {
            (start + c.len_utf8(), TokenKind::Punct)
        };
        self.pos = end;
        let capital = kind == TokenKind::Word && c.is_uppercase();
        Some(Token { span: Span::new(start, end), kind, capital })
    }
}

fn next_is_alnum(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|s| s.chars().next()).is_some_and(char::is_alphanumeric)
}

/// Letters with inner `-`, `.` (only between single letters: `U.S.`) and
/// `'` not starting the possessive (`O'Neill` yes, `China's` no).
fn word_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut end = start;
    let mut at = start;
    while at < b.len() {
        // ASCII letters and digits by the byte.
        if b[at].is_ascii_alphanumeric() {
            at += 1;
            end = at;
            continue;
        }
        // Other ASCII but `-`, `'` and `.` ends the word.
        if b[at].is_ascii() && !matches!(b[at], b'-' | b'\'' | b'.') {
            break;
        }
        let Some(c) = text[at..].chars().next() else { break };
        if c.is_alphanumeric() || unicode_mark(c) {
            at += c.len_utf8();
            end = at;
            continue;
        }
        let next = text[at + c.len_utf8()..].chars().next();
        let joins = match c {
            '-' => next.is_some_and(char::is_alphanumeric),
            '\'' => {
                next.is_some_and(char::is_alphabetic)
                    && (!matches!(next, Some('s' | 'S')) || next_is_alnum(text, at + 2))
            }
            '.' => {
                // U.S. / U.N. / e.g.: single letters between dots.
                let seg_len = text[start..at].rsplit('.').next().map_or(0, |s| s.chars().count());
                seg_len == 1
                    && next.is_some_and(char::is_alphabetic)
                    && text[at + 1..].chars().nth(1).is_none_or(|c| !c.is_alphabetic())
            }
            _ => false,
        };
        if !joins {
            break;
        }
        at += c.len_utf8();
    }
    // Keep the final dot of a dotted acronym ("U.S.").
    if b.get(end) == Some(&b'.') && b[start..end].contains(&b'.') {
        end += 1;
    }
    end
}

fn unicode_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

fn number_end(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let mut end = start;
    let mut i = start;
    while i < b.len() {
        if b[i].is_ascii_digit() {
            i += 1;
            end = i;
        } else if matches!(b[i], b'.' | b',' | b':') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
            i += 1;
        } else {
            break;
        }
    }
    end.max(start + text[start..].chars().next().map_or(1, char::len_utf8))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokens(text, Span::new(0, text.len())).map(|t| &text[t.span]).collect()
    }

    #[test]
    fn splits_words_numbers_and_clitics() {
        assert_eq!(toks("China's U.S. envoy met O'Neill."), ["China", "'s", "U.S.", "envoy", "met", "O'Neill", "."]);
        assert_eq!(
            toks("Kim Jong-un paid $1,200.50 at 10:30"),
            ["Kim", "Jong-un", "paid", "$", "1,200.50", "at", "10:30"]
        );
        assert_eq!(toks("the Beijing-Moscow axis"), ["the", "Beijing-Moscow", "axis"]);
    }

    proptest::proptest! {
        #[test]
        fn tokens_cover_nonspace_in_order(s in "\\PC{0,120}") {
            let mut last = 0;
            for t in tokens(&s, Span::new(0, s.len())) {
                proptest::prop_assert!(t.span.start >= last && t.span.end > t.span.start);
                proptest::prop_assert!(s.is_char_boundary(t.span.start) && s.is_char_boundary(t.span.end));
                let upper = s[t.span.start..t.span.end].chars().next().is_some_and(char::is_uppercase);
                proptest::prop_assert_eq!(t.capital, t.kind == TokenKind::Word && upper);
                last = t.span.end;
            }
        }
    }
}
