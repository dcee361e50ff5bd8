//! The normalizer and its builder.

use crate::{
    NameSet, Normalized, OffsetMap,
    chars::{is_space, is_word_char, straight_quote},
    edits::Edits,
    junk::trailing_junk,
    prefix::date_prefix,
    words::WordScan,
};
use dyad_lexicon::Lexicon;
use dyad_types::{RepairKind, Span};
use std::sync::Arc;
use unicode_normalization::{UnicodeNormalization, is_nfc_quick};

/// Configures a [`Normalizer`].
#[derive(Clone, Debug, Default)]
pub struct NormalizerBuilder {
    names: NameSet,
    lexicon: Option<Arc<Lexicon>>,
    keep_junk: bool,
}

impl NormalizerBuilder {
    /// Names (actors, places, people) that back possessive, case and
    /// glued-word repairs. Adds to any given before.
    pub fn names<I, S>(&mut self, names: I) -> &mut NormalizerBuilder
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        for n in names {
            self.names.insert(n.as_ref());
        }
        self
    }

    /// A lexicon other than the built-in one.
    pub fn lexicon(&mut self, lexicon: Arc<Lexicon>) -> &mut NormalizerBuilder {
        self.lexicon = Some(lexicon);
        self
    }

    /// Keep trailing junk instead of dropping it (default: drop).
    pub fn keep_junk(&mut self, yes: bool) -> &mut NormalizerBuilder {
        self.keep_junk = yes;
        self
    }

    /// Builds the normalizer; the builder stays usable.
    pub fn build(&self) -> Normalizer {
        Normalizer {
            names: self.names.clone(),
            lexicon: self.lexicon.clone().unwrap_or_else(Lexicon::builtin),
            keep_junk: self.keep_junk,
        }
    }
}

/// Repairs noisy text. Immutable once built; share it across threads.
#[derive(Clone, Debug)]
pub struct Normalizer {
    names: NameSet,
    lexicon: Arc<Lexicon>,
    keep_junk: bool,
}

impl Default for Normalizer {
    fn default() -> Normalizer {
        Normalizer::new()
    }
}

impl Normalizer {
    /// A normalizer with the built-in lexicon and no names.
    pub fn new() -> Normalizer {
        NormalizerBuilder::default().build()
    }

    /// A builder.
    pub fn builder() -> NormalizerBuilder {
        NormalizerBuilder::default()
    }

    /// Repairs `original`. Never fails and never panics: every input has a
    /// repaired form, possibly identical.
    pub fn normalize<'a>(&self, original: &'a str) -> Normalized<'a> {
        let mut edits = Edits::default();
        let mut start = 0;
        let mut date = None;
        if let Some((end, (ds, de))) = date_prefix(original) {
            edits.push(original, RepairKind::MetadataPrefix, 0, end, "");
            date = Some(Span::new(ds, de));
            start = end;
        }
        let mut end = original.len();
        let junk = if self.keep_junk {
            None
        } else {
            trailing_junk(original, start, &self.lexicon, &self.names)
        };
        if let Some(j) = junk {
            end = j;
        }
        let lowers = original.bytes().filter(u8::is_ascii_lowercase).count();
        let uppers = original.bytes().filter(u8::is_ascii_uppercase).count();
        let scan = WordScan {
            text: original,
            lex: &self.lexicon,
            names: &self.names,
            shouting: uppers > lowers,
        };
        self.scan(original, start, end, &scan, &mut edits);
        if let Some(j) = junk {
            edits.push(original, RepairKind::TrailingJunk, j, original.len(), "");
        }
        let repairs = edits.repairs;
        let text = apply(original, &repairs);
        let map = OffsetMap::from_repairs(&repairs);
        Normalized {
            original,
            text,
            repairs,
            map,
            date,
        }
    }

    /// One left-to-right pass over `text[start..end]`.
    fn scan(&self, text: &str, start: usize, end: usize, words: &WordScan<'_>, edits: &mut Edits) {
        let bytes = text.as_bytes();
        let mut i = start;
        let mut prev_word: Option<(usize, usize)> = None;
        while i < end {
            let b = bytes[i];
            if b.is_ascii_alphanumeric()
                || (b >= 0x80 && next_char(text, i).is_some_and(is_word_char))
            {
                let j = word_end(text, i, end);
                let next = text[j..].chars().next();
                let word = &text[i..j];
                if word.is_ascii()
                    || is_nfc_quick(word.chars()) == unicode_normalization::IsNormalized::Yes
                {
                    words.repair(i, j, prev_word.map(|(s, e)| &text[s..e]), next, edits);
                } else {
                    let nfc: String = word.nfc().collect();
                    edits.push(text, RepairKind::UnicodeNfc, i, j, &nfc);
                }
                prev_word = Some((i, j));
                i = j;
                continue;
            }
            if b == b' '
                && !bytes
                    .get(i + 1)
                    .is_some_and(|&n| n == b' ' || n == b'\t' || n == b'\n' || n == b'\r')
                && i > start
                && i + 1 < end
            {
                i += 1;
                continue;
            }
            if b == b'-' {
                if let Some(k) = self.hyphenation(text, i, end, prev_word, edits) {
                    i = k;
                    continue;
                }
                i += 1;
                continue;
            }
            let Some(c) = next_char(text, i) else { break };
            if is_space(c) {
                i = self.whitespace(text, i, start, end, edits);
                continue;
            }
            if c == '\u{FEFF}' {
                edits.push(text, RepairKind::Bom, i, i + c.len_utf8(), "");
            } else if let Some(q) = straight_quote(c) {
                edits.push(text, RepairKind::CurlyQuote, i, i + c.len_utf8(), q);
            } else if is_word_char(c) {
                // A combining mark with no base letter: leave it.
            }
            i += c.len_utf8();
        }
    }

    /// A run of whitespace from `i`: one space, one line break or a
    /// paragraph break (two), nothing at the edges of the text.
    fn whitespace(
        &self,
        text: &str,
        i: usize,
        start: usize,
        end: usize,
        edits: &mut Edits,
    ) -> usize {
        let mut j = i;
        let mut newlines = 0;
        let mut prev_cr = false;
        for c in text[i..end].chars() {
            if !is_space(c) {
                break;
            }
            match c {
                '\n' if prev_cr => {}
                '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' => newlines += 1,
                _ => {}
            }
            prev_cr = c == '\r';
            j += c.len_utf8();
        }
        let repl = if i == start || j >= end {
            ""
        } else if newlines >= 2 {
            "\n\n"
        } else if newlines == 1 {
            "\n"
        } else {
            " "
        };
        edits.push(text, RepairKind::Whitespace, i, j, repl);
        j
    }

    /// `nego-\ntiations` → `negotiations`; `well-\nknown` → `well-known`.
    /// Returns where scanning resumes when a repair was made.
    fn hyphenation(
        &self,
        text: &str,
        i: usize,
        end: usize,
        prev_word: Option<(usize, usize)>,
        edits: &mut Edits,
    ) -> Option<usize> {
        let (ws, we) = prev_word.filter(|&(_, e)| e == i)?;
        let after = &text[i + 1..end];
        let gap = after.len() - after.trim_start_matches([' ', '\t']).len();
        let rest = &after[gap..];
        let nl = if rest.starts_with("\r\n") {
            2
        } else if rest.starts_with('\n') || rest.starts_with('\r') {
            1
        } else {
            return None;
        };
        let rest2 = &rest[nl..];
        let gap2 = rest2.len() - rest2.trim_start_matches([' ', '\t']).len();
        let k = i + 1 + gap + nl + gap2;
        let next = text[k..end].chars().next();
        if next.is_some_and(char::is_uppercase) {
            // "pro-\nRussian": a real hyphen; only the line break goes.
            edits.push(text, RepairKind::Hyphenation, i + 1, k, "");
            return Some(k);
        }
        if !next.is_some_and(char::is_lowercase) {
            return None;
        }
        let right_end = word_end(text, k, end);
        let (left, right) = (&text[ws..we], &text[k..right_end]);
        let lex = &self.lexicon;
        let joined = format!("{left}{right}");
        if !lex.is_word_any_case(&joined) && lex.is_word_any_case(left) && lex.is_word(right) {
            edits.push(text, RepairKind::Hyphenation, i + 1, k, "");
        } else {
            edits.push(text, RepairKind::Hyphenation, i, k, "");
        }
        Some(k)
    }
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// End of the word starting at `i` (letters, digits, combining marks).
fn word_end(text: &str, i: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    let mut j = i;
    while j < end {
        let b = bytes[j];
        if b.is_ascii_alphanumeric() {
            j += 1;
        } else if b < 0x80 {
            break;
        } else {
            match next_char(text, j) {
                Some(c) if is_word_char(c) => j += c.len_utf8(),
                _ => break,
            }
        }
    }
    j.min(end)
}

/// The repaired text: the original with every repair applied.
fn apply(original: &str, repairs: &[dyad_types::Repair]) -> String {
    let mut out = String::with_capacity(original.len());
    let mut pos = 0;
    for r in repairs {
        out.push_str(&original[pos..r.original.start]);
        out.push_str(&r.replacement);
        pos = r.original.end;
    }
    out.push_str(&original[pos..]);
    out
}

#[cfg(test)]
#[path = "normalizer_tests.rs"]
mod tests;
