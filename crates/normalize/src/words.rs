//! Repairs inside one word: glued words, lost apostrophes, case damage.

use crate::{NameSet, edits::Edits};
use dyad_lexicon::{Lexicon, Tags};
use dyad_types::RepairKind;

/// Prefixes of real surnames written with an inner capital (McDonald,
/// MacArthur, DeSantis, LaGuardia): a seam right after them is no seam.
const NAME_PREFIXES: &[&str] =
    &["Mc", "Mac", "O", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "Al", "El"];

/// What a word repair needs to know of its surroundings.
pub(crate) struct WordScan<'t> {
    pub(crate) text: &'t str,
    /// Capitalised words found to need no split (see [`with_clean_cache`]).
    pub(crate) clean: &'t mut CleanWords,
    pub(crate) lex: &'t Lexicon,
    pub(crate) names: &'t NameSet,
    /// The text is mostly upper case (a shouted headline or wire slug):
    /// upper-case words there are not damage. Read when first needed.
    pub(crate) shouting: std::cell::OnceCell<bool>,
}

impl WordScan<'_> {
    /// Whether the text is shouted, read off its first KiB: enough to
    /// tell, and only computed for texts with a word in capitals that a
    /// name could repair.
    fn shouting(&self) -> bool {
        *self.shouting.get_or_init(|| {
            let head = &self.text.as_bytes()[..self.text.len().min(1024)];
            let (mut lowers, mut uppers) = (0u32, 0u32);
            let mut left = head.len() as u32;
            for block in head.chunks(128) {
                // Decided once the bytes left could not make up the lead of
                // lower case (ordinary prose: about half-way).
                if lowers >= uppers + left {
                    return false;
                }
                left -= block.len() as u32;
                let (l, u) = letter_cases(block);
                lowers += l;
                uppers += u;
            }
            uppers > lowers
        })
    }

    /// Repairs the word `text[start..end]`; `floor` is where the scanned
    /// text starts (nothing before it is looked at).
    pub(crate) fn repair(&mut self, floor: usize, start: usize, end: usize, edits: &mut Edits) {
        let shape = Shape::of(&self.text[start..end]);
        self.repair_shaped(floor, start, end, shape, edits);
    }

    /// [`WordScan::repair`] for a word whose shape is known.
    #[inline]
    pub(crate) fn repair_shaped(&mut self, floor: usize, start: usize, end: usize, shape: Shape, edits: &mut Edits) {
        // The common case first, inline: a capitalised word that is not a
        // possessive, not shouted, and cannot start with a name.
        if !shape.inner_upper && !shape.all_upper {
            let w = &self.text.as_bytes()[start..end];
            if !shape.starts_upper
                || (!matches!(w.last(), Some(b's' | b'S'))
                    && (w.len() < 7 || !shape.ascii || !self.names.may_start_name(&self.text[start..end])))
            {
                return;
            }
        }
        self.repair_rest(floor, start, end, shape, edits);
    }

    /// [`WordScan::repair_shaped`] past its inline checks.
    fn repair_rest(&mut self, floor: usize, start: usize, end: usize, shape: Shape, edits: &mut Edits) {
        let w = &self.text[start..end];
        if !shape.starts_upper && !shape.inner_upper {
            return;
        }
        let ends_in_s = matches!(w.as_bytes().last(), Some(b's' | b'S'));
        if shape.all_upper {
            if ends_in_s && self.possessive(floor, start, end, edits) {
                return;
            }
            if let Some(canon) = self.names.whole(w)
                && canon != w
                && !is_all_upper(canon)
                && !self.shouting()
            {
                edits.push(self.text, RepairKind::CaseDamage, start, end, canon);
            }
            return;
        }
        if ends_in_s && self.possessive(floor, start, end, edits) {
            return;
        }
        // Only words with an inner capital, or long words that may start
        // with a name, can be glued.
        if !shape.inner_upper && (w.len() < 7 || !shape.ascii || !self.names.may_start_name(w)) {
            return;
        }
        // What follows depends on the word alone (not on its neighbours or
        // the text): a word found clean once is clean again.
        if self.clean.contains(w) {
            return;
        }
        let before = edits.repairs.len();
        if shape.inner_upper {
            self.split_case_seams(start, end, edits);
        } else {
            self.split_name_word(start, end, edits);
        }
        if edits.repairs.len() == before {
            self.clean.insert(w);
        }
    }

    fn known(&self, piece: &str) -> bool {
        self.names.contains_any(piece) || self.lex.is_word_any_case(piece)
    }

    /// `Chinas` → `China's`, `XIS` → `Xi's`, `NATOs` → `NATO's`.
    fn possessive(&self, floor: usize, start: usize, end: usize, edits: &mut Edits) -> bool {
        let w = &self.text[start..end];
        let next = self.text[end..].chars().next();
        if w.len() < 3 {
            return false;
        }
        if next.is_some_and(crate::chars::is_apostrophe) {
            // "Xis's visit": a possessive written twice over a name; the
            // first one goes.
            if let Some(stem) = w.strip_suffix('s')
                && self.names.whole(stem).is_some()
                && self.names.whole(w).is_none()
                && !crate::names::with_lower(w, |l| self.lex.tags(l))
                    .intersects(Tags::PROPER.union(Tags::SOMETIMES_PROPER))
            {
                edits.push(self.text, RepairKind::LostApostrophe, start + stem.len(), end, "");
                return true;
            }
            return false;
        }
        let Some(stem) = w.strip_suffix('s').or_else(|| w.strip_suffix('S')) else {
            return false;
        };
        if !stem.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        // Most capitalised words in -s are no name + s ("States"): the one
        // look-up that says so comes first. The last word of a two-word name
        // counts after its first ("Hong Kongs").
        let canon = match self.names.whole(stem) {
            Some(canon) => canon,
            None if crate::normalizer::previous_word(self.text, start, floor)
                .is_some_and(|p| self.names.ends_two_word_name(p, stem)) =>
            {
                stem
            }
            None => return false,
        };
        // "the Koreas", "two Koreas", "both Congos" are plurals, not possessives.
        // A shouted name ("the XIS openings") is damage, not a plural.
        let shouted = is_all_upper(w);
        // After a determiner it is a possessive only when a plain noun
        // follows ("the Kremlins spokesman"), not a verb ("the Koreas met").
        if !shouted
            && crate::normalizer::previous_word(self.text, start, floor)
                .is_some_and(|p| matches!(self.lex.function_class(&p.to_lowercase()), Some("det" | "num")))
            && !self.plain_noun_follows(end)
        {
            return false;
        }
        if self.names.whole(w).is_some() {
            return false;
        }
        // "Iran's Revolutionary Guards said": a possessive is followed by
        // what it owns, never by a verb.
        if self.verb_follows(end) {
            return false;
        }
        if crate::names::with_lower(w, |lower| self.lex.tags(lower))
            .intersects(Tags::PROPER.union(Tags::SOMETIMES_PROPER))
        {
            return false;
        }
        let s_at = start + stem.len();
        let stem_upper = is_all_upper(stem);
        if w.ends_with('S') && stem_upper && canon != stem && !is_all_upper(canon) && !self.shouting() {
            edits.push(self.text, RepairKind::CaseDamage, start, s_at, canon);
            edits.push(self.text, RepairKind::LostApostrophe, s_at, end, "'s");
        } else if w.ends_with('S') && stem_upper {
            edits.push(self.text, RepairKind::LostApostrophe, s_at, end, "'S");
        } else {
            edits.push(self.text, RepairKind::LostApostrophe, s_at, s_at, "'");
        }
        true
    }

    /// True when the word after `end` is a lower-case noun that is not
    /// also a verb or function word.
    fn plain_noun_follows(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start_matches([' ', '\t']);
        let next: &str = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if next.is_empty() || !next.chars().all(char::is_lowercase) || self.lex.function_class(next).is_some() {
            return false;
        }
        let lemmas = self.lex.lemmas(next);
        !lemmas.is_empty()
            && lemmas.iter().any(|l| self.lex.tags(l).contains(Tags::NOUN))
            && !lemmas.iter().any(|l| self.lex.tags(l).contains(Tags::VERB))
    }

    /// True when the word after `end` is a lower-case form of a verb that
    /// is no noun ("said", "warned"): no possessive stands before it.
    fn verb_follows(&self, end: usize) -> bool {
        let rest = self.text[end..].trim_start_matches([' ', '\t']);
        let next: &str = rest.split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
        if next.is_empty() || !next.chars().all(char::is_lowercase) || self.lex.function_class(next).is_some() {
            return false;
        }
        // Irregular pasts read as the lemma's every part of speech ("said"
        // as "say", a noun too): the common ones of news are listed.
        const PASTS: [&str; 12] =
            ["said", "told", "met", "took", "made", "gave", "sent", "held", "began", "struck", "fought", "sought"];
        let mut verb_only = PASTS.contains(&next);
        self.lex.for_each_lemma(next, |_, tags| {
            verb_only |= tags.contains(Tags::VERB) && !tags.contains(Tags::NOUN) && next.ends_with("ed");
        });
        verb_only
    }

    /// `aMutual` → `a Mutual`, `XIturnedVietnam` → `XI turned Vietnam`,
    /// `PactWith` → `Pact With`; never `McDonald`, `iPhone`, `YouTube`.
    fn split_case_seams(&self, start: usize, end: usize, edits: &mut Edits) {
        let w = &self.text[start..end];
        if self.lex.is_camel_case(w) || self.names.whole(w).is_some() || self.lex.is_word_any_case(w) {
            return;
        }
        if !w.chars().all(char::is_alphabetic) {
            return;
        }
        let cs: Vec<(usize, char)> = w.char_indices().collect();
        let mut cuts = vec![0];
        for k in 1..cs.len() {
            let (prev, cur) = (cs[k - 1].1, cs[k].1);
            if prev.is_lowercase() && cur.is_uppercase() {
                cuts.push(cs[k].0);
            } else if prev.is_uppercase() && cur.is_lowercase() && k >= 2 && cs[k - 2].1.is_uppercase() {
                cuts.push(cs[k - 1].0);
                cuts.push(cs[k].0);
            }
        }
        cuts.push(w.len());
        cuts.dedup();
        let Some(chosen) = self.best_segmentation(w, &cuts) else {
            return;
        };
        for &cut in &chosen[1..chosen.len() - 1] {
            let left = &w[..cut];
            if NAME_PREFIXES.iter().any(|p| left.ends_with(p) && left.len() == p.len()) {
                return;
            }
        }
        for pair in chosen.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let piece = &w[a..b];
            // "XIturned": the shouted piece is case damage as well.
            if b - a >= 2
                && is_all_upper(piece)
                && !self.shouting()
                && let Some(canon) = self.names.whole(piece).filter(|c| !is_all_upper(c))
            {
                edits.push(self.text, RepairKind::CaseDamage, start + a, start + b, canon);
            }
            if b < w.len() {
                edits.push(self.text, RepairKind::GluedWords, start + b, start + b, " ");
            }
        }
    }

    /// The segmentation of `w` at some of `cuts` into the fewest acceptable
    /// pieces, as the list of cut positions (first 0, last `w.len()`), when
    /// it has at least two pieces.
    fn best_segmentation(&self, w: &str, cuts: &[usize]) -> Option<Vec<usize>> {
        let n = cuts.len();
        // best[i] = (pieces, previous cut index) for a segmentation of w[..cuts[i]].
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n];
        best[0] = Some((0, 0));
        for i in 1..n {
            for j in 0..i {
                let Some((count, _)) = best[j] else { continue };
                let piece = &w[cuts[j]..cuts[i]];
                if self.acceptable_piece(piece, j == 0) && best[i].is_none_or(|(c, _)| count + 1 < c) {
                    best[i] = Some((count + 1, j));
                }
            }
        }
        let (count, _) = best[n - 1]?;
        if count < 2 {
            return None;
        }
        let mut out = vec![cuts[n - 1]];
        let mut i = n - 1;
        while i > 0 {
            let (_, j) = best[i]?;
            out.push(cuts[j]);
            i = j;
        }
        out.reverse();
        Some(out)
    }

    fn acceptable_piece(&self, piece: &str, first: bool) -> bool {
        match piece.chars().count() {
            0 => false,
            // "aMutual" (article glued to a link), "actsA clear blow".
            1 => (first && piece == "a") || (!first && matches!(piece, "A" | "I")),
            _ => self.known(piece),
        }
    }

    /// `Koreamet` → `Korea met`: a capitalised unknown word that is a known
    /// name followed by a common verb or function word.
    fn split_name_word(&self, start: usize, end: usize, edits: &mut Edits) {
        let w = &self.text[start..end];
        if w.len() < 7 || !w.is_ascii() || !self.names.may_start_name(w) {
            return;
        }
        // Find a split first (most words have none, and this needs no table
        // look-up for them), then make sure the whole word is not known.
        for cut in self.names.name_prefixes(w, 4, w.len() - 3) {
            let (head, tail) = w.split_at(cut);
            if !self.names.contains_any(head) {
                continue;
            }
            let common = self.lex.function_class(tail).is_some() || self.lex.is_verb_form(tail);
            if common && !self.lex.is_word_any_case(w) {
                edits.push(self.text, RepairKind::GluedWords, start + cut, start + cut, " ");
            }
            if common {
                return;
            }
        }
    }
}

/// Capitalised words found to need no split. A cache only: the repairs
/// made do not depend on it.
#[derive(Default)]
pub(crate) struct CleanWords {
    /// Words of up to 16 bytes (nearly all), direct-mapped by a hash of
    /// their bytes: a probe costs a few instructions, a collision only a
    /// recomputation. Allocated on first insert.
    short: Vec<ShortKey>,
    /// Longer words.
    long: dyad_lexicon::WordSet<Box<str>>,
}

const SHORT_SLOTS_BITS: u32 = 12;

/// A word of 1 to 16 bytes as two integers and its length (exact: the
/// loads overlap, and the length tells them apart).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct ShortKey {
    a: u64,
    b: u64,
    len: u64,
}

impl ShortKey {
    fn of(w: &[u8]) -> Option<ShortKey> {
        let n = w.len();
        let load = |k: usize| {
            let mut b = [0u8; 8];
            b.copy_from_slice(&w[k..k + 8]);
            u64::from_le_bytes(b)
        };
        let (a, b) = match n {
            8..=16 => (load(0), load(n - 8)),
            1..8 => (w.iter().rev().fold(0u64, |acc, &c| (acc << 8) | u64::from(c)), 0),
            _ => return None,
        };
        Some(ShortKey { a, b, len: n as u64 })
    }

    fn slot(&self) -> usize {
        let h = (self.a ^ self.b.rotate_left(23) ^ self.len).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - SHORT_SLOTS_BITS)) as usize
    }
}

impl CleanWords {
    fn contains(&self, w: &str) -> bool {
        match ShortKey::of(w.as_bytes()) {
            Some(k) => self.short.get(k.slot()) == Some(&k),
            None => self.long.contains(w),
        }
    }

    fn insert(&mut self, w: &str) {
        match ShortKey::of(w.as_bytes()) {
            Some(k) => {
                if self.short.is_empty() {
                    self.short = vec![ShortKey::default(); 1 << SHORT_SLOTS_BITS];
                }
                let slot = k.slot();
                self.short[slot] = k;
            }
            None => {
                if self.long.len() > 100_000 {
                    self.long.clear();
                }
                self.long.insert(w.into());
            }
        }
    }
}

/// Per thread, the [`CleanWords`] for the name set they were checked
/// against (names repeat across a stream of articles; checking them is the
/// costly part of a scan). Borrowed once per text, not once per word: the
/// thread-local access was a good part of a word's cost.
pub(crate) fn with_clean_cache<R>(names: &NameSet, f: impl FnOnce(&mut CleanWords) -> R) -> R {
    thread_local! {
        static CLEAN: std::cell::RefCell<(u64, CleanWords)> = Default::default();
    }
    CLEAN.with(|cell| {
        let mut cache = cell.borrow_mut();
        if cache.0 != names.id() {
            *cache = (names.id(), CleanWords::default());
        }
        f(&mut cache.1)
    })
}

/// How many lower-case and upper-case ASCII letters `block` (at most 255
/// bytes) holds, counted eight bytes at a time in per-byte counters: no
/// population count per eight bytes.
fn letter_cases(block: &[u8]) -> (u32, u32) {
    use crate::chars::SWAR_LO as LO;
    let (mut letter_lanes, mut lower_lanes) = (0u64, 0u64);
    let mut chunks = block.chunks_exact(8);
    for c in &mut chunks {
        let mut b = [0u8; 8];
        b.copy_from_slice(c);
        let x = u64::from_le_bytes(b);
        let letters = ascii_letters(x);
        letter_lanes += letters >> 7;
        // Bit 5 (0x20) of a letter marks lower case; shifted onto the
        // high bit of its own byte.
        lower_lanes += (letters & (x << 2)) >> 7;
    }
    // The eight counters hold at most 31 each: their sum fits a byte.
    let sum = |lanes: u64| (lanes.wrapping_mul(LO) >> 56) as u32;
    let (mut lowers, mut letters) = (sum(lower_lanes), sum(letter_lanes));
    for &b in chunks.remainder() {
        lowers += u32::from(b.is_ascii_lowercase());
        letters += u32::from(b.is_ascii_alphabetic());
    }
    (lowers, letters - lowers)
}

/// The high bit of every byte of `x` that is an ASCII letter, eight at a
/// time.
fn ascii_letters(x: u64) -> u64 {
    use crate::chars::{SWAR_HI as HI, SWAR_LO as LO};
    // Folded to lower case (bit 5 set), a letter is a byte in 'a'..='z';
    // on the low seven bits no sum carries into the next byte, and bytes
    // with the high bit set (not ASCII) are masked out at the end.
    let low7 = (x | (LO * 0x20)) & !HI;
    let at_least_a = low7 + LO * u64::from(0x80 - b'a');
    let above_z = low7 + LO * u64::from(0x7F - b'z');
    at_least_a & !above_z & !x & HI
}

/// The case shape of a word, read in one pass.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Shape {
    pub(crate) starts_upper: bool,
    pub(crate) inner_upper: bool,
    /// Two or more characters, none lower-case, at least one upper-case.
    pub(crate) all_upper: bool,
    /// Every character is ASCII.
    pub(crate) ascii: bool,
}

impl Shape {
    fn of(w: &str) -> Shape {
        let b = w.as_bytes();
        if b.is_ascii() {
            let Some((&first, rest)) = b.split_first() else { return Shape::default() };
            let (mut upper_rest, mut lower) = (false, first.is_ascii_lowercase());
            for &c in rest {
                upper_rest |= c.is_ascii_uppercase();
                lower |= c.is_ascii_lowercase();
            }
            let starts_upper = first.is_ascii_uppercase();
            return Shape {
                starts_upper,
                inner_upper: upper_rest,
                all_upper: b.len() >= 2 && (starts_upper || upper_rest) && !lower,
                ascii: true,
            };
        }
        let mut shape = Shape::default();
        let (mut lower, mut upper, mut n) = (false, false, 0usize);
        for (k, c) in w.chars().enumerate() {
            let up = c.is_uppercase();
            lower |= c.is_lowercase();
            upper |= up;
            if k == 0 {
                shape.starts_upper = up;
            } else {
                shape.inner_upper |= up;
            }
            n += 1;
        }
        shape.all_upper = n >= 2 && upper && !lower;
        shape
    }
}

fn is_all_upper(s: &str) -> bool {
    s.chars().all(|c| !c.is_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_exact() {
        let words = ["a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "bcdefgh", "abcdefgha"];
        for x in words {
            for y in words {
                assert_eq!(ShortKey::of(x.as_bytes()) == ShortKey::of(y.as_bytes()), x == y, "{x} {y}");
            }
        }
        assert!(ShortKey::of(b"").is_none());
        assert!(ShortKey::of(b"abcdefghijklmnopq").is_none());
        let mut c = CleanWords::default();
        assert!(!c.contains("Pakistan"));
        c.insert("Pakistan");
        c.insert("Abcdefghijklmnopqrstu");
        assert!(c.contains("Pakistan") && c.contains("Abcdefghijklmnopqrstu") && !c.contains("Pakistani"));
    }

    #[test]
    fn counts_letter_cases() {
        let block: Vec<u8> = (0..128u8).chain(128..=255).cycle().take(128).collect();
        assert_eq!(letter_cases(&block), (26, 26));
        assert_eq!(letter_cases(b"Xi MET Putin, \xC3\xA9 ok"), (7, 5));
        assert_eq!(letter_cases(b""), (0, 0));
    }

    #[test]
    fn finds_ascii_letters_eight_at_a_time() {
        for v in 0..=255u8 {
            for at in 0..8 {
                let mut b = [b'0'; 8];
                b[at] = v;
                let m = ascii_letters(u64::from_le_bytes(b));
                let expect = if v.is_ascii_alphabetic() { 0x80u64 << (8 * at) } else { 0 };
                assert_eq!(m, expect, "byte {v:#x} at {at}");
            }
        }
    }
}
