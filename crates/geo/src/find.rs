//! Place mentions in a sentence, and which place each one means.

use crate::Candidates;
use crate::fold::{ascii_word_hash, fold_word, key_hash, key_hash_bytes};
use crate::{Gazetteer, PlaceId, PlaceKind};
use dyad_lexicon::{Lexicon, Tags};
use dyad_segment::{PairTable, Token, TokenKind, tokens};
use dyad_types::Span;
use std::sync::Arc;

/// Longest name looked up, in words.
const MAX_WORDS: usize = 5;
/// Cities this large are known by name alone, like capitals.
const BIG_CITY: u64 = 1_000_000;
/// A capital or country beats a place in the article's countries only when
/// this many times larger ("Paris" stays French in an article on Texas).
const DOMINANT: u64 = 20;

/// A place elsewhere also beats one in the article's countries when it is
/// this many times better known (by its number of other names) and
/// `RENOWNED_POPULATION` times larger: "talks in Geneva" between the US and
/// Russia are in Switzerland, not in Geneva, Illinois.
const RENOWNED_NAMES: u32 = 10;
const RENOWNED_POPULATION: u64 = 5;

/// An alternate name of a city under a million people counts unless a
/// place bearing it as its own name is this many times larger.
const ALTERNATE_RATIO: u64 = 3;
/// Words after which a name is a place (`in Kharkiv`).
const LOCATIVE: [&str; 17] = [
    "in",
    "at",
    "near",
    "outside",
    "from",
    "to",
    "into",
    "across",
    "toward",
    "towards",
    "around",
    "via",
    "through",
    "throughout",
    "inside",
    "within",
    "visited",
];
/// Nouns whose `of` introduces a place (`the mayor of Kharkiv`).
const PLACE_NOUNS: [&str; 16] = [
    "city",
    "town",
    "village",
    "province",
    "region",
    "district",
    "outskirts",
    "suburbs",
    "suburb",
    "mayor",
    "governor",
    "port",
    "capital",
    "county",
    "streets",
    "centre",
];
/// Capitalised words after which a place name is part of another name
/// (`New York Times`, `Paris Agreement`).
const NAME_SUFFIXES: [&str; 22] = [
    "palace",
    "pact",
    "times",
    "post",
    "journal",
    "herald",
    "tribune",
    "gazette",
    "telegraph",
    "daily",
    "agreement",
    "agreements",
    "accord",
    "accords",
    "protocol",
    "convention",
    "declaration",
    "university",
    "club",
    "fc",
    "stock",
    "format",
];

/// Capitalised words before a place name that make it part of a club's
/// name (`Real Madrid`).
const NAME_PREFIXES: [&str; 5] = ["real", "atletico", "sporting", "dynamo", "dinamo"];
/// Words that may follow a place name without being part of it.
const DATE_WORDS: [&str; 19] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The first two letters and length of every word of [`LOCATIVE`].
const LOCATIVE_PAIRS: PairTable = PairTable::of_words(&LOCATIVE);
/// The first two letters and length of every word of [`PLACE_NOUNS`].
const PLACE_NOUN_PAIRS: PairTable = PairTable::of_words(&PLACE_NOUNS);

/// Why a name was taken for a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cue {
    /// A country, capital, US state or large city: known by name alone.
    Known,
    /// After a locative word: `in`, `near`, `the city of`.
    Locative,
    /// Followed by its country or state: `Paris, Texas`.
    Qualified,
    /// The dateline of the article: `KYIV, March 3 (Reuters) -`.
    Dateline,
}

/// A place named in a sentence, with the places it may mean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceMention {
    /// The name in the text.
    pub span: Span,
    /// Places of that name (narrowed by a qualifier), never empty: first
    /// those whose own name it is, then those that also go by it.
    pub candidates: Candidates,
    /// How many of `candidates` bear the name as their own.
    pub own_names: usize,
    /// Why it was taken for a place.
    pub cue: Cue,
}

/// What the caller knows of a sentence.
#[derive(Clone, Copy, Debug, Default)]
pub struct Around<'a> {
    /// The article's first sentence, where a dateline may stand.
    pub first: bool,
    /// Spans known to be something else (people, organisations).
    pub blocked: &'a [Span],
    /// Spans of names known to name states, capitals or regions, sorted
    /// (the actor stage's). When given, other capitalised words are looked
    /// up only in a place's position (first in the sentence, after `in`,
    /// `the city of`, in a list, as a qualifier, before `'s`); when not,
    /// every capitalised word is.
    pub known: Option<&'a [Span]>,
}

/// Finds place mentions. Immutable; share it across threads.
#[derive(Clone, Debug)]
pub struct PlaceFinder {
    gazetteer: Arc<Gazetteer>,
    lex: Arc<Lexicon>,
}

impl PlaceFinder {
    /// A finder over this gazetteer.
    pub fn new(gazetteer: Arc<Gazetteer>, lex: Arc<Lexicon>) -> PlaceFinder {
        PlaceFinder { gazetteer, lex }
    }

    /// The gazetteer.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }

    /// Place mentions in `text[sentence]`. `first` marks the article's
    /// first sentence (where a dateline may stand); `blocked` holds spans
    /// known to be something else (people, organisations).
    pub fn find(&self, text: &str, sentence: Span, first: bool, blocked: &[Span]) -> Vec<PlaceMention> {
        let toks: Vec<Token> = tokens(text, sentence).collect();
        self.find_in_tokens(text, &toks, Around { first, blocked, known: None })
    }

    /// [`PlaceFinder::find`] over a sentence already split into tokens.
    pub fn find_in_tokens(&self, text: &str, toks: &[Token], around: Around<'_>) -> Vec<PlaceMention> {
        let s = Scan { text, toks, finder: self };
        let mut out: Vec<PlaceMention> = Vec::new();
        let mut last: Option<(usize, Cue)> = None;
        let mut key = String::new();
        let mut known = around.known.map(|k| k.iter().peekable());
        let mut i = 0;
        while i < toks.len() {
            // Most tokens are not capitalised: nothing else to ask of them.
            if !toks[i].capital {
                i += 1;
                continue;
            }
            // "Jordan's King Abdullah" is a person who names a place.
            let possessive = toks.get(i + 1).is_some_and(|t| t.kind == TokenKind::Possessive);
            // With the caller's known names, only names it knows and names
            // in a place's position are looked up: most capitalised words
            // are people, titles and organisations.
            if let Some(known) = known.as_mut() {
                let start = toks[i].span.start;
                while known.next_if(|k| k.start < start).is_some() {}
                let is_known = known.peek().is_some_and(|k| k.start == start) || possessive;
                let placed = || {
                    // A sentence's first word: a dateline, or a place as subject
                    // ("Kharkiv, the second city, …").
                    i == 0
                        || s.after_locative_word(i)
                        || matches!(last, Some((e, _)) if s.only_joiners(e, i) || (e + 1 == i && s.punct(e, ',')))
                };
                if !is_known && !placed() {
                    i += 1;
                    continue;
                }
            }
            let t = toks[i].span;
            if !possessive && around.blocked.iter().any(|b| b.start < t.end && t.start < b.end) {
                i += 1;
                continue;
            }
            let Some((end, found)) = s.longest_name(i, &mut key) else {
                i += 1;
                continue;
            };
            let listed = |from: usize| matches!(last, Some((e, Cue::Locative)) if s.only_joiners(e, from));
            match s.judge(i, end, found, around.first && i == 0, listed(i)) {
                Some(m) => {
                    last = Some((end, m.cue));
                    out.push(m);
                    i = end;
                }
                None => i += 1,
            }
        }
        out
    }

    /// The place a mention means: one in the `preferred` countries (the
    /// article's or the event's actors) unless a capital or country
    /// elsewhere dwarfs it; else places of that very name before those
    /// that also go by it, then countries, capitals, big cities, states and
    /// cities, the most populous first.
    pub fn resolve(&self, mention: &PlaceMention, preferred: &[[u8; 3]]) -> PlaceId {
        let g = &self.gazetteer;
        // A place's own name outranks another's alternate ("Philadelphia"
        // is the US city, though GeoNames lists it as an old name of Amman).
        let own = |id: &PlaceId| mention.candidates[..mention.own_names.min(mention.candidates.len())].contains(id);
        let rank = |id: &PlaceId| {
            let p = g.place(*id);
            let kind = match p.kind {
                PlaceKind::Country => 5,
                PlaceKind::Capital => 4,
                PlaceKind::City if p.population >= BIG_CITY => 3,
                PlaceKind::State => 2,
                PlaceKind::City => 1,
            };
            (own(id), kind, p.population)
        };
        let best = mention.candidates.iter().copied().max_by_key(rank).unwrap_or(PlaceId(0));
        let local =
            mention.candidates.iter().copied().filter(|id| preferred.contains(&g.place(*id).country)).max_by_key(rank);
        match local {
            Some(local) if local != best => {
                let (b, l) = (g.place(best), g.place(local));
                let dwarfs = matches!(b.kind, PlaceKind::Country | PlaceKind::Capital)
                    && b.population > DOMINANT.saturating_mul(l.population.max(1));
                let renowned = u32::from(b.other_names()) >= RENOWNED_NAMES * u32::from(l.other_names().max(1))
                    && b.population >= RENOWNED_POPULATION.saturating_mul(l.population);
                if dwarfs || renowned { best } else { local }
            }
            _ => best,
        }
    }
}

/// A name found at some tokens, with its candidates and whether some
/// candidate carries it as its primary name.
struct Found {
    candidates: Candidates,
    own_names: usize,
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    finder: &'a PlaceFinder,
}

impl Scan<'_> {
    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| &self.text[t.span])
    }

    #[inline]
    fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capital)
    }

    fn all_caps(&self, from: usize, to: usize) -> bool {
        (from..to).all(|k| self.text[self.toks[k].span].chars().all(|c| !c.is_lowercase()))
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.span].starts_with(c))
    }

    fn lower_is(&self, i: usize, set: &[&str]) -> bool {
        // The words of these sets are short and ASCII: longer words need no
        // comparing, and bytes need no slicing of the text.
        let Some(t) = self.toks.get(i).filter(|t| t.kind == TokenKind::Word && t.span.len() <= 11) else {
            return false;
        };
        let w = self.text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default();
        set.iter().any(|s| s.len() == w.len() && s.as_bytes().eq_ignore_ascii_case(w))
    }

    /// Token `i` is one of [`LOCATIVE`]: asked of most capitalised words,
    /// so a match on the word lower-cased on the stack, not a walk of the
    /// list.
    fn locative(&self, i: usize) -> bool {
        let Some(t) = self.toks.get(i).filter(|t| t.kind == TokenKind::Word) else { return false };
        let w = self.text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default();
        // Most words fail the look-up of their first two letters and length.
        if !LOCATIVE_PAIRS.may_hold(w) {
            return false;
        }
        let mut buf = [0u8; 10];
        let Some(lower) = buf.get_mut(..w.len()) else { return false };
        lower.copy_from_slice(w);
        lower.make_ascii_lowercase();
        matches!(
            &*lower,
            b"in"
                | b"at"
                | b"near"
                | b"outside"
                | b"from"
                | b"to"
                | b"into"
                | b"across"
                | b"toward"
                | b"towards"
                | b"around"
                | b"via"
                | b"through"
                | b"throughout"
                | b"inside"
                | b"within"
                | b"visited"
        )
    }

    /// Token `i` follows a locative word: `in Kharkiv`, `the city of Kharkiv`.
    fn after_locative_word(&self, i: usize) -> bool {
        self.locative(i.wrapping_sub(1))
            || (self.lower_is(i.wrapping_sub(1), &["of"])
                && self.toks.get(i.wrapping_sub(2)).is_some_and(|t| {
                    PLACE_NOUN_PAIRS.may_hold(self.text.as_bytes().get(t.span.start..t.span.end).unwrap_or_default())
                })
                && self.lower_is(i.wrapping_sub(2), &PLACE_NOUNS))
    }

    /// Tokens between `from` and `to` are only `,` and `and`/`or`
    /// (`in Kharkiv, Sumy and Poltava`).
    fn only_joiners(&self, from: usize, to: usize) -> bool {
        from < to && to - from <= 2 && (from..to).all(|k| self.punct(k, ',') || self.lower_is(k, &["and", "or"]))
    }

    /// The longest gazetteer name starting at token `i`: capitalised first
    /// and last words, lower-case joiners inside (`Rio de Janeiro`), a dot
    /// after an abbreviation (`St. Petersburg`).
    fn longest_name(&self, i: usize, key: &mut String) -> Option<(usize, Found)> {
        let g = &self.finder.gazetteer;
        // Most capitalised words start no place name: one probe says so.
        let first = self.toks.get(i).filter(|t| t.kind == TokenKind::Word)?;
        let word = &self.text[first.span];
        // The probe of an ASCII word folds on the stack: no string to build.
        let first_hash = ascii_word_hash(word.as_bytes()).unwrap_or_else(|| {
            key.clear();
            fold_word(word, key);
            key_hash(key)
        });
        let lengths = g.lengths_from(first_hash);
        if lengths == 0 {
            return None;
        }
        // Only one-word names start so ("China"): the first probe's key is
        // the whole key.
        if lengths == 1 {
            return self.found(first_hash).map(|f| (i + 1, f));
        }
        let longest = 8 - lengths.leading_zeros() as usize;
        let mut at = [0usize; MAX_WORDS];
        let mut len = 0;
        let mut k = i;
        while len < longest.min(MAX_WORDS) && k < self.toks.len() {
            match self.toks[k].kind {
                TokenKind::Word => {
                    at[len] = k;
                    len += 1;
                }
                // "Cox's Bazar": a possessive inside a name, never at its ends.
                TokenKind::Possessive if k > i && self.capitalized(k + 1) => {
                    at[len] = k;
                    len += 1;
                }
                TokenKind::Punct
                    if self.punct(k, '.') && k > i && self.toks[k - 1].span.end == self.toks[k].span.start =>
                {
                    k += 1;
                    continue;
                }
                _ => break,
            }
            k += 1;
        }
        // The key of n words is a prefix of the key of n + 1: fold once, on
        // the stack when every word is ASCII (nearly always).
        let words = &at[..len];
        let mut ends = [0usize; MAX_WORDS];
        let mut stack = [0u8; 128];
        let folded = match self.fold_ascii(words, &mut stack, &mut ends) {
            Some(used) => &stack[..used],
            None => {
                key.clear();
                for (j, &w) in words.iter().enumerate() {
                    if j > 0 {
                        key.push(' ');
                    }
                    fold_word(&self.text[self.toks[w].span], key);
                    ends[j] = key.len();
                }
                key.as_bytes()
            }
        };
        for n in (1..=words.len()).rev() {
            let last = words[n - 1];
            if lengths & (1 << (n - 1)) == 0 || !self.capitalized(last) {
                continue;
            }
            let hash = if n == 1 { first_hash } else { key_hash_bytes(&folded[..ends[n - 1]]) };
            if let Some(found) = self.found(hash) {
                return Some((last + 1, found));
            }
        }
        None
    }

    /// The key of ASCII `words` (lower case, one space apart) in `out`, the
    /// end of each word's prefix in `ends`: its length, or `None` when a
    /// word is not ASCII or the key does not fit.
    fn fold_ascii(&self, words: &[usize], out: &mut [u8], ends: &mut [usize; MAX_WORDS]) -> Option<usize> {
        let mut used = 0;
        for (j, &w) in words.iter().enumerate() {
            let word = self.text.as_bytes().get(self.toks[w].span.start..self.toks[w].span.end)?;
            let gap = usize::from(j > 0);
            let dest = out.get_mut(used..used + gap + word.len()).filter(|_| word.is_ascii())?;
            dest[..gap].fill(b' ');
            dest[gap..].copy_from_slice(word);
            dest.make_ascii_lowercase();
            used += dest.len();
            ends[j] = used;
        }
        Some(used)
    }

    /// The places whose folded name hashes to `hash`, own names first.
    fn found(&self, hash: u64) -> Option<Found> {
        let g = &self.finder.gazetteer;
        let mut matched = g.by_hash(hash);
        let (first, own) = matched.next()?;
        // The usual case: one place of that name.
        let Some(second) = matched.next() else {
            return Some(Found { candidates: Candidates::one(first), own_names: usize::from(own) });
        };
        let mut matched: Vec<(PlaceId, bool)> = [(first, own), second].into_iter().chain(matched).collect();
        // An alternate name of a much smaller place yields to the place that
        // bears it as its own name ("Islamabad", not Anantnag, which
        // GeoNames also calls so).
        let biggest_primary =
            matched.iter().filter(|(_, p)| *p).map(|(id, _)| g.place(*id).population).max().unwrap_or(0);
        matched.retain(|&(id, p)| {
            let pop = g.place(id).population;
            p || pop >= BIG_CITY || pop.saturating_mul(ALTERNATE_RATIO) >= biggest_primary
        });
        // Own names first; the sort is stable.
        matched.sort_by_key(|&(_, p)| !p);
        let own_names = matched.iter().filter(|(_, p)| *p).count();
        Some(Found { candidates: matched.into_iter().map(|(id, _)| id).collect(), own_names })
    }

    /// Token `i` looks like part of a person's or organisation's name: a
    /// capitalised word the lexicon does not know, or knows only as a
    /// proper noun (`Nuland`, `Mitchell`), and not a date word.
    fn name_like(&self, i: usize) -> bool {
        let Some(w) = self.word(i) else { return false };
        if w.len() < 2 || self.all_caps(i, i + 1) {
            return false;
        }
        let lower = w.to_lowercase();
        let lex = &self.finder.lex;
        let tags = lex.tags(&lower);
        if DATE_WORDS.contains(&lower.as_str()) || LOCATIVE.contains(&lower.as_str()) {
            return false;
        }
        if tags.is_empty() {
            return !lex.is_word(&lower);
        }
        tags.contains(Tags::PROPER) && !tags.contains(Tags::ADJ)
    }

    /// A country or US state named at `i` (a qualifier), with its end.
    fn qualifier(&self, i: usize) -> Option<(PlaceId, usize)> {
        let mut key = String::new();
        let (end, found) = self.longest_name(i, &mut key)?;
        let g = &self.finder.gazetteer;
        found
            .candidates
            .iter()
            .copied()
            .find(|&id| matches!(g.place(id).kind, PlaceKind::Country | PlaceKind::State))
            .map(|id| (id, end))
    }

    /// Whether tokens `i..end` name a place here, and why.
    fn judge(&self, i: usize, end: usize, found: Found, dateline_slot: bool, listed: bool) -> Option<PlaceMention> {
        let g = &self.finder.gazetteer;
        let (mut candidates, mut own_names) = (found.candidates, found.own_names);
        let span = Span::new(self.toks[i].span.start, self.toks[end - 1].span.end);
        let single = end - i == 1;
        // Worked out only when it decides: the lexicon costs a look-up.
        let common = || {
            single && {
                let lower = self.text[span].to_lowercase();
                let tags = self.finder.lex.tags(&lower);
                (!tags.is_empty() && !tags.contains(Tags::PROPER))
                    || (tags.is_empty() && self.finder.lex.is_word(&lower))
            }
        };

        // Part of a longer name: "New York Times", "Jordan Bardella",
        // "Ricardo Lagos", "Real Madrid".
        if self.capitalized(end) && (self.lower_is(end, &NAME_SUFFIXES) || self.name_like(end)) {
            return None;
        }
        if i > 0 && self.capitalized(i - 1) && (self.name_like(i - 1) || self.lower_is(i - 1, &NAME_PREFIXES)) {
            return None;
        }
        let locative = self.after_locative_word(i) || listed;

        // "in March" is a month, not the English town.
        let date_word = single && {
            let name = &self.text[span];
            DATE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(name))
        };
        let mut cue = None;
        if dateline_slot && self.all_caps(i, end) && (self.punct(end, ',') || self.punct(end, '(')) {
            cue = Some(Cue::Dateline);
        }
        if self.punct(end, ',')
            && let Some((q, _)) = self.qualifier(end + 1)
        {
            let qp = g.place(q);
            let narrowed: Candidates = candidates
                .iter()
                .copied()
                .filter(|&id| {
                    id != q
                        && g.place(id).country == qp.country
                        && (qp.kind != PlaceKind::State || g.admin1(id) == g.admin1(q))
                })
                .collect();
            if !narrowed.is_empty() {
                own_names = narrowed.iter().filter(|id| candidates[..own_names].contains(id)).count();
                candidates = narrowed;
                cue = cue.or(Some(Cue::Qualified));
            }
        }
        // "Washington state".
        if self.word(end) == Some("state") {
            let states: Candidates =
                candidates.iter().copied().filter(|&id| g.place(id).kind == PlaceKind::State).collect();
            if !states.is_empty() {
                own_names = states.iter().filter(|id| candidates[..own_names].contains(id)).count();
                candidates = states;
            }
        }
        if cue.is_none() && locative && !date_word {
            cue = Some(Cue::Locative);
        }
        // "China" is the country even though china is a word; "Male" at the
        // start of a sentence is not the capital of the Maldives.
        let known = || {
            let kind = |k: &[PlaceKind]| candidates.iter().any(|&id| k.contains(&g.place(id).kind));
            let big = || candidates.iter().any(|&id| g.place(id).population >= BIG_CITY);
            kind(&[PlaceKind::Country, PlaceKind::State]) || ((kind(&[PlaceKind::Capital]) || big()) && !common())
        };
        if cue.is_none() && !date_word && known() {
            cue = Some(Cue::Known);
        }
        Some(PlaceMention { span, candidates, own_names, cue: cue? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Gazetteer;

    #[test]
    fn the_pair_tables_pass_every_listed_word() {
        for (table, words) in [(&LOCATIVE_PAIRS, &LOCATIVE[..]), (&PLACE_NOUN_PAIRS, &PLACE_NOUNS[..])] {
            for w in words {
                assert!(table.may_hold(w.as_bytes()) && table.may_hold(w.to_uppercase().as_bytes()), "{w}");
                assert!(!table.may_hold(format!("{w}xxxxxxxxxxxxxxxx").as_bytes()), "{w}");
            }
        }
        assert!(![&b"the"[..], b"", b"i"].iter().any(|w| LOCATIVE_PAIRS.may_hold(w)));
    }

    #[test]
    fn the_locative_match_agrees_with_the_list() {
        let finder = PlaceFinder::new(Gazetteer::builtin(), Lexicon::builtin());
        let words = LOCATIVE.iter().flat_map(|w| [w.to_string(), w.to_uppercase(), format!("{w}s")]);
        for w in words.chain(["the", "inn", "throughouts", "Ín", "", "of"].map(String::from)) {
            let toks: Vec<Token> = tokens(&w, Span::new(0, w.len())).collect();
            let s = Scan { text: &w, toks: &toks, finder: &finder };
            assert_eq!(s.locative(0), s.lower_is(0, &LOCATIVE), "{w}");
        }
    }
}
