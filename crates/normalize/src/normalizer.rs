//! The normalizer and its builder.

use crate::{
    NameSet, Normalized, OffsetMap,
    chars::{is_space, is_word_char, straight_quote},
    edits::Edits,
    junk::trailing_junk,
    prefix::date_prefix,
    words::{Shape, WordScan},
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
            doubles: memchr::memmem::Finder::new(b"  ").into_owned(),
            names: self.names.clone(),
            lexicon: self.lexicon.clone().unwrap_or_else(Lexicon::builtin),
            keep_junk: self.keep_junk,
        }
    }
}

/// Repairs noisy text. Immutable once built; share it across threads.
#[derive(Clone, Debug)]
pub struct Normalizer {
    /// Finds runs of two spaces (built once: construction is not free).
    doubles: memchr::memmem::Finder<'static>,
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
        let junk = if self.keep_junk { None } else { trailing_junk(original, start, &self.lexicon, &self.names) };
        if let Some(j) = junk {
            end = j;
        }
        crate::words::with_clean_cache(&self.names, |clean| {
            let mut scan = WordScan {
                text: original,
                lex: &self.lexicon,
                names: &self.names,
                shouting: std::cell::OnceCell::new(),
                clean,
            };
            self.scan(original, start, end, &mut scan, &mut edits);
        });
        if let Some(j) = junk {
            edits.push(original, RepairKind::TrailingJunk, j, original.len(), "");
        }
        let repairs = edits.repairs;
        let text = apply(original, &repairs);
        let map = OffsetMap::from_repairs(&repairs);
        Normalized { original, text, repairs, map, date }
    }

    /// One left-to-right pass over `text[start..end]`.
    fn scan(&self, text: &str, start: usize, end: usize, words: &mut WordScan<'_>, edits: &mut Edits) {
        let bytes = text.as_bytes();
        // Spaces are skipped with everything else that is plain; a run of
        // two is found by `memmem`, and a space before some other kind of
        // whitespace is taken into that run when the scan stops there.
        let doubles = &self.doubles;
        let mut next_double = doubles.find(&bytes[start..end]).map_or(end, |k| start + k);
        let content_end = start + text[start..end].trim_end_matches(' ').len();
        let mut i = start;
        if bytes.get(start) == Some(&b' ') {
            i = self.whitespace(text, start, start, end, edits);
        }
        while i < end {
            // Skip what never needs a repair: lower-case letters, digits,
            // ASCII punctuation (and lone spaces, see above).
            if next_double < i {
                next_double = doubles.find(&bytes[i..end]).map_or(end, |k| i + k);
            }
            let stop = content_end.min(next_double).max(i);
            i = skip_plain(bytes, i, stop);
            if i == stop && (i == next_double || (i == content_end && content_end < end)) {
                i = self.whitespace(text, i, start, end, edits);
                continue;
            }
            if i >= end {
                break;
            }
            let b = bytes[i];
            if b.is_ascii_uppercase()
                && let Some((ws, we, shape)) = ascii_word(bytes, i, start, end)
            {
                words.repair_shaped(start, ws, we, shape, edits);
                i = we;
                continue;
            }
            if b.is_ascii_uppercase() || (b >= 0x80 && next_char(text, i).is_some_and(is_word_char)) {
                // The word may have started with plain lower-case letters
                // ("aMutual"): back up to its start.
                let ws = word_start(text, i, start);
                let we = word_end(text, i, end);
                let word = &text[ws..we];
                if word.is_ascii() || is_nfc_quick(word.chars()) == unicode_normalization::IsNormalized::Yes {
                    words.repair(start, ws, we, edits);
                } else {
                    let nfc: String = word.nfc().collect();
                    edits.push(text, RepairKind::UnicodeNfc, ws, we, &nfc);
                }
                i = we;
                continue;
            }
            if b == b'-' {
                i = self.hyphenation(text, i, start, end, edits).unwrap_or(i + 1);
                continue;
            }
            if b == b'\n'
                && let Some(next) = plain_line_break(bytes, i, start, end)
            {
                i = next;
                continue;
            }
            let Some(c) = next_char(text, i) else { break };
            if is_space(c) {
                // Take in the lone spaces skipped just before this one.
                let floor = edits.last_end().max(start);
                let run = floor + text[floor..i].trim_end_matches(' ').len();
                i = self.whitespace(text, run, start, end, edits);
                continue;
            }
            if c == '\u{FEFF}' {
                edits.push(text, RepairKind::Bom, i, i + c.len_utf8(), "");
            } else if let Some(q) = straight_quote(c) {
                edits.push(text, RepairKind::CurlyQuote, i, i + c.len_utf8(), q);
            }
            i += c.len_utf8();
        }
    }

    /// A run of whitespace from `i`: one space, one line break or a
    /// paragraph break (two), nothing at the edges of the text.
    fn whitespace(&self, text: &str, i: usize, start: usize, end: usize, edits: &mut Edits) -> usize {
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
    fn hyphenation(&self, text: &str, i: usize, start: usize, end: usize, edits: &mut Edits) -> Option<usize> {
        let ws = word_start(text, i, start);
        if ws == i {
            return None;
        }
        let we = i;
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

/// Where the scan resumes after the line break at `i` when it is one
/// that needs no repair: one `\n` or two, inside the text, between
/// characters that are no whitespace. (Most line breaks are such; the
/// general path, [`Normalizer::whitespace`], would find the same.)
fn plain_line_break(bytes: &[u8], i: usize, start: usize, end: usize) -> Option<usize> {
    let solid = |k: usize| k < end && (0x21..0x7F).contains(&bytes[k]);
    if i == start || bytes[i - 1] == b' ' {
        return None;
    }
    if solid(i + 1) {
        Some(i + 1)
    } else if i + 1 < end && bytes[i + 1] == b'\n' && solid(i + 2) {
        Some(i + 2)
    } else {
        None
    }
}

/// Bytes that never need a repair by themselves: lower-case ASCII
/// letters, digits and ASCII punctuation other than `-`.
const PLAIN: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = c.is_ascii_lowercase() || c.is_ascii_digit() || (c.is_ascii_punctuation() && c != b'-');
        b += 1;
    }
    t
};

/// The first byte at or after `i` (before `stop`) that is not plain (see
/// [`PLAIN_OR_SPACE`]), eight bytes at a time: most of a text is plain, and
/// this loop is where a scan spends its time.
fn skip_plain(b: &[u8], mut i: usize, stop: usize) -> usize {
    while i + 8 <= stop {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[i..i + 8]);
        let x = u64::from_le_bytes(word);
        let flagged = not_plain(x);
        if flagged != 0 {
            return i + (flagged.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < stop && PLAIN_OR_SPACE[b[i] as usize] {
        i += 1;
    }
    i
}

/// Byte ranges of the ASCII bytes in `x`, eight at a time: the high bit of
/// each byte of `at_least(x7, lo)` is set when that byte of `x7` (bytes of
/// seven bits) is `lo` or more. No sum carries into the next byte.
fn at_least(x7: u64, lo: u8) -> u64 {
    x7 + crate::chars::SWAR_LO * u64::from(0x80 - lo)
}

/// The high bit of every byte of `x` that is not plain (see [`PLAIN`] and
/// the space): not ASCII, a control, DEL, `-` or an upper-case letter.
fn not_plain(x: u64) -> u64 {
    use crate::chars::{SWAR_HI as HI, SWAR_LO as LO};
    let x7 = x & !HI;
    // DEL is the one seven-bit byte that overflows into the high bit.
    let high_or_del = x | (x7 + LO);
    let control = !at_least(x7, 0x20);
    let dash = at_least(x7, b'-') & !at_least(x7, b'-' + 1);
    let upper = at_least(x7, b'A') & !at_least(x7, b'Z' + 1);
    (high_or_del | control | dash | upper) & HI
}

/// For the ASCII bytes of `x`: the high bit of each letter or digit, and
/// of each upper-case and each lower-case letter.
fn alnum_cases(x: u64) -> (u64, u64, u64) {
    use crate::chars::SWAR_HI as HI;
    let x7 = x & !HI;
    let ascii = !x & HI;
    let digit = at_least(x7, b'0') & !at_least(x7, b'9' + 1);
    let upper = at_least(x7, b'A') & !at_least(x7, b'Z' + 1) & ascii;
    let lower = at_least(x7, b'a') & !at_least(x7, b'z' + 1) & ascii;
    ((digit & ascii) | upper | lower, upper, lower)
}

/// ASCII letters and digits.
const ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 128 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// [`PLAIN`] plus the space byte.
const PLAIN_OR_SPACE: [bool; 256] = {
    let mut t = PLAIN;
    t[b' ' as usize] = true;
    t
};

/// Case classes of ASCII bytes; 0 for everything that is not a letter or
/// a digit.
const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;
const CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            DIGIT
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The word around the upper-case ASCII byte at `i` and its case shape,
/// read in one pass, when the word is all ASCII and ends before an ASCII
/// byte or the end (else `None`: the general path handles it). Most words
/// the scan stops at are such words.
fn ascii_word(bytes: &[u8], i: usize, floor: usize, end: usize) -> Option<(usize, usize, Shape)> {
    let mut ws = i;
    let mut classes = 0;
    while ws > floor {
        let c = CLASS[bytes[ws - 1] as usize];
        if c == 0 {
            break;
        }
        classes |= c;
        ws -= 1;
    }
    if ws > floor && bytes[ws - 1] >= 0x80 {
        return None;
    }
    let (we, tail) = word_tail(bytes, i + 1, end);
    if we < end && bytes[we] >= 0x80 {
        return None;
    }
    // Bytes before `i` were skipped as plain, so none is upper case.
    let starts_upper = ws == i;
    let shape = Shape {
        starts_upper,
        inner_upper: !starts_upper || tail & UPPER != 0,
        all_upper: we - ws >= 2 && (classes | tail) & LOWER == 0,
        ascii: true,
    };
    Some((ws, we, shape))
}

/// The end of the ASCII letters and digits from `we` (before `end`), and
/// the case classes ([`UPPER`], [`LOWER`]) met on the way.
fn word_tail(bytes: &[u8], mut we: usize, end: usize) -> (usize, u8) {
    let mut tail = 0;
    // Eight bytes at a time while they last: most words end within the
    // first eight.
    while we + 8 <= end {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[we..we + 8]);
        let (alnum, upper, lower) = alnum_cases(u64::from_le_bytes(word));
        let other = !alnum & crate::chars::SWAR_HI;
        // The bits of the bytes before the first that is no letter or
        // digit (all bits when there is none).
        let inside = (other & other.wrapping_neg()).wrapping_sub(1);
        if upper & inside != 0 {
            tail |= UPPER;
        }
        if lower & inside != 0 {
            tail |= LOWER;
        }
        if other != 0 {
            return (we + (other.trailing_zeros() / 8) as usize, tail);
        }
        we += 8;
    }
    while we < end {
        let c = CLASS[bytes[we] as usize];
        if c == 0 {
            break;
        }
        tail |= c;
        we += 1;
    }
    (we, tail)
}

/// Start of the word that contains `i` (letters, digits, combining marks),
/// not before `floor`.
fn word_start(text: &str, i: usize, floor: usize) -> usize {
    let bytes = text.as_bytes();
    let mut k = i;
    while k > floor {
        let b = bytes[k - 1];
        if b.is_ascii_alphanumeric() {
            k -= 1;
        } else if b < 0x80 {
            return k;
        } else {
            break;
        }
    }
    for (off, c) in text[floor..k].char_indices().rev() {
        if !is_word_char(c) {
            break;
        }
        k = floor + off;
    }
    k
}

/// The word ending right before the spaces before `ws`, if any.
pub(crate) fn previous_word(text: &str, ws: usize, floor: usize) -> Option<&str> {
    let head = &text[floor..ws];
    let trimmed = head.trim_end_matches([' ', '\t']);
    if trimmed.len() == head.len() {
        return None;
    }
    let end = floor + trimmed.len();
    let start = word_start(text, end, floor);
    (start < end).then(|| &text[start..end])
}

fn next_char(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// End of the word starting at `i` (letters, digits, combining marks).
fn word_end(text: &str, i: usize, end: usize) -> usize {
    let bytes = &text.as_bytes()[..end];
    let mut j = i + bytes[i..].iter().position(|&b| !ALNUM[b as usize]).unwrap_or(end - i);
    // Past ASCII letters and digits: carry on through non-ASCII word
    // characters (accented letters, combining marks).
    while j < end && bytes[j] >= 0x80 {
        match next_char(text, j) {
            Some(c) if is_word_char(c) => j += c.len_utf8(),
            _ => break,
        }
        j += bytes[j..].iter().position(|&b| !ALNUM[b as usize]).unwrap_or(end - j);
    }
    j
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

#[cfg(test)]
mod skip_tests {
    use super::*;

    #[test]
    fn word_tail_agrees_with_the_table() {
        // Every byte value at every offset, after letters of both cases.
        for v in 0..=255u8 {
            for at in 0..20 {
                for fill in [b'a', b'A', b'5'] {
                    let mut b = vec![fill; 24];
                    b[at] = v;
                    let mut end = 0;
                    let mut classes = 0;
                    while end < 24 && CLASS[b[end] as usize] != 0 {
                        classes |= CLASS[b[end] as usize];
                        end += 1;
                    }
                    let expect = (end, classes & (UPPER | LOWER));
                    let (we, tail) = word_tail(&b, 0, 24);
                    assert_eq!((we, tail & (UPPER | LOWER)), expect, "byte {v:#x} at {at} in {fill}");
                }
            }
        }
        // Cases past the end of the word do not count.
        assert_eq!(word_tail(b"abcd EFGHIJKLMNOP", 0, 17), (4, LOWER));
        assert_eq!(word_tail(b"ABCD efghijklmnop", 0, 17), (4, UPPER));
        assert_eq!(word_tail(b" bcdefghijklmnop", 0, 16), (0, 0));
    }

    #[test]
    fn skip_plain_agrees_with_the_table() {
        // Every byte value at every offset of a block.
        for v in 0..=255u8 {
            for at in 0..20 {
                let mut b = vec![b'a'; 24];
                b[at] = v;
                let expect = if PLAIN_OR_SPACE[v as usize] { 24 } else { at };
                assert_eq!(skip_plain(&b, 0, 24), expect, "byte {v:#x} at {at}");
            }
        }
    }
}
