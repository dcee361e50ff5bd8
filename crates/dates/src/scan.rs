//! Finding the time expressions of a sentence and resolving them.

use crate::prefilter::find_triggers;
use crate::vocabulary::{self, Class, Unit};
use crate::{Day, Precision, TimeExpr};
use dyad_segment::{Token, TokenKind, tokens};
use dyad_types::Span;

/// Prepositions that belong to the expression they introduce (`on May 9`).
const PREPOSITIONS: [&str; 8] = ["on", "in", "since", "by", "until", "during", "from", "at"];
/// Prepositions that introduce a span back from the article date
/// (`over the past two weeks`).
const SPAN_PREPOSITIONS: [&str; 5] = ["in", "over", "during", "for", "within"];
/// Words that make a weekday part of a name (`Good Friday`).
const HOLIDAY_WORDS: [&str; 9] = ["black", "good", "easter", "bloody", "super", "palm", "ash", "holy", "cyber"];
/// A bare plural unit (`weeks later`) counts this many.
const FEW: u32 = 3;

/// The farthest a rule's first trigger (see `prefilter`) stands from the
/// start of its expression: `over the past a couple of weeks` (6 tokens on).
/// No expression starts where no trigger follows within this many tokens.
const REACH: usize = 6;

/// Resolves the time expressions of one article, sentence by sentence in
/// reading order: `a few weeks earlier` counts back from the last time the
/// article mentioned, so the scanner carries that reference along.
#[derive(Clone, Debug)]
pub struct TimeScanner {
    anchor: Day,
    reference: Day,
    /// Where the sentence's triggers are: a buffer reused from sentence to
    /// sentence.
    triggers: Vec<u32>,
}

/// What a matcher found: the tokens it covers (end exclusive) and the date.
#[derive(Clone, Copy, Debug)]
struct Hit {
    end: usize,
    date: Day,
    precision: Precision,
}

impl TimeScanner {
    /// A scanner for an article of this date.
    pub fn new(anchor: Day) -> TimeScanner {
        TimeScanner { anchor, reference: anchor, triggers: Vec::new() }
    }

    /// The article date.
    pub fn anchor(&self) -> Day {
        self.anchor
    }

    /// The last time mentioned so far (the article date before any).
    pub fn reference(&self) -> Day {
        self.reference
    }

    /// The time expressions of `text[sentence]`, resolved, in order.
    pub fn scan(&mut self, text: &str, sentence: Span) -> Vec<TimeExpr> {
        let toks: Vec<Token> = tokens(text, sentence).collect();
        self.scan_tokens(text, &toks)
    }

    /// [`TimeScanner::scan`] over a sentence already split into tokens.
    pub fn scan_tokens(&mut self, text: &str, toks: &[Token]) -> Vec<TimeExpr> {
        let scanned = self.scan_from(text, toks, self.reference);
        if let Some(last) = scanned.times.last() {
            self.reference = last.date;
        }
        scanned.times
    }

    /// The time expressions of a sentence read after a mention of
    /// `reference`, leaving the scanner's own reference as it was.
    pub(crate) fn scan_from(&mut self, text: &str, toks: &[Token], reference: Day) -> Scanned {
        let mut triggers = std::mem::take(&mut self.triggers);
        find_triggers(text, toks, &mut triggers);
        // Most sentences hold no trigger, so no time.
        let out = if triggers.is_empty() {
            Scanned::default()
        } else {
            self.expressions_from(text, toks, &triggers, reference)
        };
        self.triggers = triggers;
        out
    }

    /// The rules, tried at every token followed by a trigger within
    /// [`REACH`] (`triggers`: their indices, in order).
    #[cfg(test)]
    fn expressions(&mut self, text: &str, toks: &[Token], triggers: &[u32]) -> Vec<TimeExpr> {
        let scanned = self.expressions_from(text, toks, triggers, self.reference);
        if let Some(last) = scanned.times.last() {
            self.reference = last.date;
        }
        scanned.times
    }

    /// [`TimeScanner::expressions`] after a mention of `reference`.
    fn expressions_from(&self, text: &str, toks: &[Token], triggers: &[u32], reference: Day) -> Scanned {
        let mut s = Sentence {
            text,
            toks,
            future: std::cell::OnceCell::new(),
            anchor: self.anchor,
            reference,
            said_here: false,
            asked_before: std::cell::Cell::new(false),
        };
        let mut out = Vec::new();
        let mut next = triggers.iter().map(|&t| t as usize).peekable();
        let mut i = 0;
        while i < s.toks.len() {
            while next.next_if(|&t| t < i).is_some() {}
            match next.peek() {
                None => break,
                Some(&t) if t > i + REACH => {
                    i = t - REACH;
                    continue;
                }
                Some(_) => {}
            }
            let found = match s.class(i) {
                Class::Other => None,
                Class::Preposition => s.with_preposition(i),
                _ => s.expression(i).map(|h| (i, h)),
            };
            match found {
                Some((start, hit)) => {
                    let span = Span::new(s.toks[start].span.start, s.toks[hit.end - 1].span.end);
                    out.push(TimeExpr { span, date: hit.date, precision: hit.precision });
                    s.reference = hit.date;
                    s.said_here = true;
                    i = hit.end;
                }
                None => i += 1,
            }
        }
        Scanned { times: out, needs_reference: s.asked_before.get() }
    }
}

/// A sentence's time expressions, and whether they depend on the time
/// mentioned before the sentence.
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    /// The expressions, resolved, in order.
    pub(crate) times: Vec<TimeExpr>,
    /// Some expression counted from the last time mentioned before the
    /// sentence (`a few weeks earlier` as its first time): with another
    /// reference, its date would differ. Which expressions are found never
    /// depends on it.
    pub(crate) needs_reference: bool,
}

/// A word lower-cased on the stack: the rules compare words with short
/// lower-case ones, so lower-casing only the words they ask about, and
/// none longer than any they compare with, is enough.
struct Lower {
    buf: [u8; LOWER],
    len: usize,
}

/// The longest word the rules compare with: `early-september`.
const LOWER: usize = 16;

impl std::ops::Deref for Lower {
    type Target = str;

    fn deref(&self) -> &str {
        // ASCII lower-casing keeps the word UTF-8.
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or_default()
    }
}

struct Sentence<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The sentence speaks of the future (`will`, `is to`, `plans to`);
    /// worked out when a rule first asks.
    future: std::cell::OnceCell<bool>,
    anchor: Day,
    /// The last time mentioned: before the sentence, then in it.
    reference: Day,
    /// The sentence has mentioned a time of its own.
    said_here: bool,
    /// A rule asked for the time mentioned before the sentence.
    asked_before: std::cell::Cell<bool>,
}

impl Sentence<'_> {
    /// The last time mentioned, for rules that count from it; notes when
    /// that time came from before the sentence.
    fn reference(&self) -> Day {
        if !self.said_here {
            self.asked_before.set(true);
        }
        self.reference
    }

    fn word(&self, i: usize) -> Option<&str> {
        self.toks.get(i).filter(|t| t.kind == TokenKind::Word).map(|t| &self.text[t.span])
    }

    /// Word `i` lower-cased (ASCII letters only; others as written); none
    /// when longer than any word a rule compares with.
    fn lower(&self, i: usize) -> Option<Lower> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Word)?;
        let w = self.text.as_bytes().get(t.span.start..t.span.end)?;
        let mut buf = [0u8; LOWER];
        let dest = buf.get_mut(..w.len())?;
        dest.copy_from_slice(w);
        dest.make_ascii_lowercase();
        Some(Lower { buf, len: w.len() })
    }

    fn is(&self, i: usize, w: &str) -> bool {
        self.word(i).is_some_and(|x| x.eq_ignore_ascii_case(w))
    }

    fn is_any(&self, i: usize, ws: &[&str]) -> bool {
        self.word(i).is_some_and(|x| ws.iter().any(|w| x.eq_ignore_ascii_case(w)))
    }

    fn capitalized(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.capital)
    }

    fn punct(&self, i: usize, c: char) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct && self.text[t.span].starts_with(c))
    }

    /// Token `i` ends where `i + 1` starts.
    fn glued(&self, i: usize) -> bool {
        matches!((self.toks.get(i), self.toks.get(i + 1)), (Some(a), Some(b)) if a.span.end == b.span.start)
    }

    /// A run of ASCII digits, with its length.
    fn digits(&self, i: usize) -> Option<(u32, usize)> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        let s = &self.text[t.span];
        if s.len() > 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        Some((s.parse().ok()?, s.len()))
    }

    fn year(&self, i: usize) -> Option<i32> {
        self.digits(i).filter(|&(y, n)| n == 4 && (1900..=2099).contains(&y)).map(|(y, _)| y as i32)
    }

    /// A capitalised month name (`Jan.` with its dot), and the next index.
    fn month(&self, i: usize) -> Option<(u32, usize)> {
        if !self.capitalized(i) {
            return None;
        }
        let m = vocabulary::month(self.word(i)?)?;
        let full = self.word(i)?.len() > 3 || m == 5;
        let next = if !full && self.glued(i) && self.punct(i + 1, '.') { i + 2 } else { i + 1 };
        Some((m, next))
    }

    /// A day of the month: `9`, `9th`, `ninth`.
    fn day_number(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((d, n)) = self.digits(i) {
            if n > 2 || !(1..=31).contains(&d) {
                return None;
            }
            let suffixed = self.glued(i) && self.is_any(i + 1, &["st", "nd", "rd", "th"]);
            return Some((d, if suffixed { i + 2 } else { i + 1 }));
        }
        vocabulary::ordinal(&self.lower(i)?).map(|d| (d, i + 1))
    }

    /// `, 2025` or `2025` after a day.
    fn trailing_year(&self, i: usize) -> Option<(i32, usize)> {
        if let Some(y) = self.year(i) {
            return Some((y, i + 1));
        }
        (self.punct(i, ',') && self.year(i + 1).is_some()).then(|| (self.year(i + 1).unwrap_or(0), i + 2))
    }

    fn future(&self) -> bool {
        *self.future.get_or_init(|| self.is_future())
    }

    /// What token `i` can begin.
    fn class(&self, i: usize) -> Class {
        match self.toks.get(i).map(|t| t.kind) {
            Some(TokenKind::Word) => self.word(i).map_or(Class::Other, vocabulary::class_of),
            Some(TokenKind::Number) => Class::Number,
            _ => Class::Other,
        }
    }

    fn is_future(&self) -> bool {
        let next_is = |i: usize, w: &str| self.is(i + 1, w);
        (0..self.toks.len()).any(|i| {
            let Some(word) = self.word(i) else { return false };
            let b = word.as_bytes();
            // `they'll`, `we’ll`.
            if b.len() >= 3 && b[b.len() - 2..].eq_ignore_ascii_case(b"ll") {
                let head = &b[..b.len() - 2];
                if head.ends_with(b"'") || head.ends_with("\u{2019}".as_bytes()) {
                    return true;
                }
            }
            // Length and first letter name the one word to compare with:
            // most words need no comparing.
            let first = b.first().map_or(0, u8::to_ascii_lowercase);
            let candidate = match (b.len(), first) {
                (2, b'i') => "is",
                (3, b'a') => "are",
                (4, b'w') => "will",
                (4, b'p') => "plan",
                (5, b's') => "shall",
                (5, b'p') => "plans",
                (8, b'u') => "upcoming",
                (8, b'e') => "expected",
                (9, b's') => "scheduled",
                _ => return false,
            };
            if !word.eq_ignore_ascii_case(candidate) {
                return false;
            }
            match candidate {
                "is" | "are" => next_is(i, "to") || (self.is_any(i + 1, &["due", "set"]) && next_is(i + 1, "to")),
                "plan" | "plans" | "expected" => next_is(i, "to"),
                _ => true,
            }
        })
    }

    /// An expression introduced by a preposition at `i`, with its start.
    fn with_preposition(&self, i: usize) -> Option<(usize, Hit)> {
        let p = self.word(i)?;
        let plain = PREPOSITIONS.iter().any(|w| w.eq_ignore_ascii_case(p));
        let back = SPAN_PREPOSITIONS.iter().any(|w| w.eq_ignore_ascii_case(p));
        let hit = match self.class(i + 1) {
            Class::Other | Class::Preposition => None,
            Class::The => {
                let span = if back { self.past_span(i + 1) } else { None };
                span.or_else(|| if plain { self.expression(i + 1) } else { None })
            }
            Class::Number if plain => self.expression(i + 1).or_else(|| self.bare_year(i + 1)),
            Class::Month if plain => self.expression(i + 1).or_else(|| self.month_alone(i + 1)),
            _ if plain => self.expression(i + 1),
            _ => None,
        };
        hit.map(|h| (i, h))
    }

    /// Any expression that may stand without a preposition.
    fn expression(&self, i: usize) -> Option<Hit> {
        match self.class(i) {
            Class::Number => self.numeric(i).or_else(|| self.count_span(i)).or_else(|| self.day_month(i)),
            Class::Count => self.count_span(i),
            Class::The => match self.lower(i + 1).as_deref() {
                Some("day" | "previous" | "next" | "following" | "same") => self.the_day(i),
                Some("first" | "second" | "third" | "fourth" | "last") if self.is(i + 2, "week") => {
                    self.week_of_month(i)
                }
                Some("end" | "start" | "beginning") if self.is(i + 2, "of") => self.edge_of_period(i),
                Some("weekend") => self.the_weekend(i),
                _ if self.class(i + 1) == Class::Number
                    || self.lower(i + 1).is_some_and(|w| {
                        w.ends_with("th") || w.ends_with("st") || w.ends_with("nd") || w.ends_with("rd")
                    }) =>
                {
                    self.day_month(i)
                }
                _ => None,
            },
            Class::Period => self.this_period(i),
            Class::Deictic => self.deictic(i),
            Class::Weekday => self.weekday(i),
            Class::PartOfMonth => self.part_of_month(i),
            Class::Month => self.month_day(i),
            Class::Other | Class::Preposition => None,
        }
    }

    fn hit(end: usize, date: Day, precision: Precision) -> Option<Hit> {
        Some(Hit { end, date, precision })
    }

    /// `2025-04-14`, `2025/04/14`, `14.04.2025`, `4/14/2025`.
    fn numeric(&self, i: usize) -> Option<Hit> {
        let t = self.toks.get(i).filter(|t| t.kind == TokenKind::Number)?;
        let s = &self.text[t.span];
        if s.matches('.').count() == 2 {
            let mut p = s.split('.').map(|x| x.parse::<u32>().ok());
            let (d, m, y) = (p.next()??, p.next()??, p.next()??);
            return Self::hit(
                i + 1,
                Day::from_ymd(y as i32, m, d).filter(|_| (1900..=2099).contains(&y))?,
                Precision::Day,
            );
        }
        // Three numbers joined by one kind of separator, all glued together.
        let sep = self.toks.get(i + 1).map(|t| &self.text[t.span])?;
        if !matches!(sep, "-" | "/") || !(i..i + 4).all(|k| self.glued(k)) || !self.punct(i + 3, sep.chars().next()?) {
            return None;
        }
        let (a, an) = self.digits(i)?;
        let (b, _) = self.digits(i + 2)?;
        let (c, cn) = self.digits(i + 4)?;
        let day = match (an, cn, sep) {
            (4, _, _) => Day::from_ymd(a as i32, b, c),
            (_, 4, "/") if b > 12 => Day::from_ymd(c as i32, a, b),
            (_, 4, "/") if a > 12 => Day::from_ymd(c as i32, b, a),
            // Either order reads: month first, as US wires write it, unless
            // that day lies more than a month ahead in a sentence not about
            // the future while day first lies past ("was signed on
            // 12/03/2024" in April is 12 March).
            (_, 4, "/") => {
                let (us, other) = (Day::from_ymd(c as i32, a, b)?, Day::from_ymd(c as i32, b, a)?);
                Some(if self.too_far_ahead(us) && other <= self.anchor { other } else { us })
            }
            _ => None,
        }?;
        (1900..=2099).contains(&day.year()).then_some(())?;
        Self::hit(i + 5, day, Precision::Day)
    }

    /// A count and a unit: `two years ago` (from the article date),
    /// `a few weeks earlier`, `three days later` (from the last time said).
    fn count_span(&self, i: usize) -> Option<Hit> {
        let (n, at) = self.count(i)?;
        let (unit, plural) = vocabulary::unit(&self.lower(at)?)?;
        if plural != (n != 1) && !(n == FEW && plural) {
            return None;
        }
        let dir = self.lower(at + 1)?;
        let dir: &str = &dir;
        let (from, sign) = match dir {
            "ago" => (self.anchor, -1),
            "earlier" => (self.reference(), -1),
            "later" => (self.reference(), 1),
            // "three days after the vote" counts from an event we cannot date.
            "before" | "after" if self.ends_phrase(at + 2) => (self.reference(), if dir == "after" { 1 } else { -1 }),
            _ => return None,
        };
        Self::hit(at + 2, shift(from, unit, sign * n as i32), precision_of(unit))
    }

    /// The phrase ends at `i`: punctuation or the sentence's end follows.
    fn ends_phrase(&self, i: usize) -> bool {
        self.toks.get(i).is_none_or(|t| t.kind == TokenKind::Punct)
    }

    /// How many: `a`, `two`, `12`, `a few`, `a couple of`, `several`, or a
    /// bare plural (`weeks later`); with the index of the unit word.
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if self.is(i, "a") && self.is(i + 1, "few") {
            return Some((FEW, i + 2));
        }
        if self.is(i, "a") && self.is(i + 1, "couple") && self.is(i + 2, "of") {
            return Some((2, i + 3));
        }
        if self.is(i, "several") {
            return Some((FEW, i + 1));
        }
        if let Some((n, len)) = self.digits(i) {
            return (len <= 3 && n > 0).then_some((n, i + 1));
        }
        if let Some(n) = self.word(i).and_then(vocabulary::cardinal) {
            return Some((n, i + 1));
        }
        vocabulary::unit(&self.lower(i)?).filter(|&(_, plural)| plural).map(|_| (FEW, i))
    }

    /// `the past year`, `the last two weeks` after `in`/`over`/`for`.
    fn past_span(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "the") || !self.is_any(i + 1, &["past", "last"]) {
            return None;
        }
        let (n, at) = match self.count(i + 2) {
            Some((n, at)) if at > i + 2 => (n, at),
            _ => (1, i + 2),
        };
        let (unit, plural) = vocabulary::unit(&self.lower(at)?)?;
        // "in the last week of March" is a week of that month.
        if plural == (n == 1) || self.is(at + 1, "of") && self.month(at + 2).is_some() {
            return None;
        }
        Self::hit(at + 1, shift(self.anchor, unit, -(n as i32)), precision_of(unit))
    }

    /// `the day before`, `the previous day`, `the next day`, `the following
    /// day`, `the same day`: from the last time said.
    fn the_day(&self, i: usize) -> Option<Hit> {
        if !self.is(i, "the") {
            return None;
        }
        if self.is(i + 1, "day") && self.is_any(i + 2, &["before", "after"]) && self.ends_phrase(i + 3) {
            let n = if self.is(i + 2, "before") { -1 } else { 1 };
            return Self::hit(i + 3, self.reference().add_days(n), Precision::Day);
        }
        if !self.is(i + 2, "day") {
            return None;
        }
        let n = match &*self.lower(i + 1)? {
            "previous" => -1,
            "next" | "following" => 1,
            "same" => 0,
            _ => return None,
        };
        Self::hit(i + 3, self.reference().add_days(n), Precision::Day)
    }

    /// `this|last|next week|month|year`, `earlier|later this month|year`.
    fn this_period(&self, i: usize) -> Option<Hit> {
        let (later, start) = if self.is_any(i, &["earlier", "later"]) && self.is(i + 1, "this") {
            (Some(self.is(i, "later")), i + 1)
        } else {
            (None, i)
        };
        let step = match &*self.lower(start)? {
            "this" => 0,
            "last" if later.is_none() => -1,
            "next" if later.is_none() => 1,
            _ => return None,
        };
        let a = self.anchor;
        if let Some(wd) = self.word(start + 1).and_then(vocabulary::weekday).filter(|_| self.capitalized(start + 1)) {
            let date = match step {
                -1 => before(a, wd, false),
                1 => after(a, wd),
                _ if self.future() => after(a, wd),
                _ => before(a, wd, true),
            };
            return Self::hit(self.part_of_day(start + 2), date, Precision::Day);
        }
        // "last weekend", "this weekend", "next weekend": the Saturday of
        // the week before, of this week (Monday to Sunday), of the next.
        if self.is(start + 1, "weekend") {
            let date = a.week_start().add_days(SATURDAY as i32 + 7 * step);
            return Self::hit(start + 2, date, Precision::Week);
        }
        let (unit, plural) = vocabulary::unit(&self.lower(start + 1)?)?;
        if plural || unit == Unit::Day {
            return None;
        }
        let end = start + 2;
        if later == Some(true) {
            return Self::hit(end, a.add_days(1), precision_of(unit));
        }
        let date = match unit {
            Unit::Week => a.week_start().add_days(7 * step),
            Unit::Month => a.month_start().add_months(step),
            _ => a.year_start().add_years(step),
        };
        Self::hit(end, date, precision_of(unit))
    }

    /// `yesterday`, `today`, `tonight`, `tomorrow` (+ `morning` …).
    fn deictic(&self, i: usize) -> Option<Hit> {
        let n = match &*self.lower(i)? {
            "yesterday" => -1,
            "today" | "tonight" => 0,
            "tomorrow" => 1,
            _ => return None,
        };
        Self::hit(self.part_of_day(i + 1), self.anchor.add_days(n), Precision::Day)
    }

    fn part_of_day(&self, i: usize) -> usize {
        if self.word(i).is_some_and(vocabulary::is_part_of_day) { i + 1 } else { i }
    }

    /// `Tuesday`, `Tuesday night`, `Monday, May 5`.
    fn weekday(&self, i: usize) -> Option<Hit> {
        if !self.capitalized(i) {
            return None;
        }
        let wd = vocabulary::weekday(self.word(i)?)?;
        // Names: "The Sunday Times", "Black Friday", "Bloody Sunday".
        let next_is_name = self.capitalized(i + 1)
            && !self.word(i + 1).is_some_and(|w| vocabulary::month(w).is_some() || vocabulary::is_part_of_day(w));
        if next_is_name || self.is_any(i.wrapping_sub(1), &HOLIDAY_WORDS) {
            return None;
        }
        if self.punct(i + 1, ',')
            && let Some(hit) = self.month_day(i + 2).or_else(|| self.day_month(i + 2))
        {
            return Some(hit);
        }
        let date = if self.future() { after(self.anchor, wd) } else { before(self.anchor, wd, true) };
        Self::hit(self.part_of_day(i + 1), date, Precision::Day)
    }

    /// `mid-March`, `early April`, `late June`: the 1st, 11th or 21st.
    fn part_of_month(&self, i: usize) -> Option<Hit> {
        let w = self.word(i)?;
        let (part, month, end) = match w.split_once('-') {
            Some((p, m)) => (p, vocabulary::month(m).filter(|_| m.starts_with(char::is_uppercase))?, i + 1),
            None => (w, self.month(i + 1)?.0, self.month(i + 1)?.1),
        };
        let day = match part {
            p if p.eq_ignore_ascii_case("early") => 1,
            p if p.eq_ignore_ascii_case("mid") => 11,
            p if p.eq_ignore_ascii_case("late") => 21,
            _ => return None,
        };
        if let Some((y, end)) = self.trailing_year(end).filter(|_| self.year(end).is_some()) {
            return Self::hit(end, Day::from_ymd(y, month, day)?, Precision::Week);
        }
        Self::hit(end, self.month_year(month).add_days(day as i32 - 1), Precision::Week)
    }

    /// The first of month `m` in the year the sentence's tense points to.
    fn month_year(&self, m: u32) -> Day {
        let (y, am, _) = self.anchor.ymd();
        let y = match (self.future(), m > am) {
            (true, true) | (false, false) => y,
            (true, false) => y + 1,
            (false, true) => y - 1,
        };
        Day::from_ymd(y, m, 1).unwrap_or(self.anchor)
    }

    /// `May 9`, `May 9th`, `May ninth`, `May 9, 2025`, `April 2024`.
    fn month_day(&self, i: usize) -> Option<Hit> {
        let (m, at) = self.month(i)?;
        if let Some(y) = self.year(at) {
            return Self::hit(at + 1, Day::from_ymd(y, m, 1)?, Precision::Month);
        }
        let (d, at) = self.day_number(at)?;
        // "May 5-7" is a range: its first day.
        let at = if self.glued(at - 1) && self.punct(at, '-') && self.digits(at + 1).is_some() { at + 2 } else { at };
        self.with_year(m, d, at)
    }

    /// `the end of the year`, `the start of the month`, `the beginning of
    /// March [2025]`: the period's last or first week (its last or first
    /// month for a year).
    fn edge_of_period(&self, i: usize) -> Option<Hit> {
        let end = self.is(i + 1, "end");
        let a = self.anchor;
        let (start, last, at) = if let Some((start, at)) = self.named_month(i + 3) {
            (start, last_week_of(start), at)
        } else if self.is(i + 3, "the") && self.is_any(i + 4, &["month", "year"]) {
            let year = self.is(i + 4, "year");
            let start = if year { a.year_start() } else { a.month_start() };
            let last = if year { a.year_start().add_months(11) } else { last_week_of(start) };
            (start, last, i + 5)
        } else {
            return None;
        };
        let precision = if self.is(i + 4, "year") { Precision::Month } else { Precision::Week };
        Self::hit(at, if end { last } else { start }, precision)
    }

    /// `the first week of May`, `the last week of March 2024`: the week's
    /// first day (the last week: the month's last seven days).
    fn week_of_month(&self, i: usize) -> Option<Hit> {
        let n = match &*self.lower(i + 1)? {
            "first" => 0,
            "second" => 1,
            "third" => 2,
            "fourth" => 3,
            _ => -1,
        };
        if !self.is(i + 3, "of") {
            return None;
        }
        let (start, end) = self.named_month(i + 4)?;
        let date = if n < 0 { last_week_of(start) } else { start.add_days(7 * n) };
        Self::hit(end, date, Precision::Week)
    }

    /// The first day of the month named at `i`, in the year written after
    /// it or else the one the sentence's tense points to; and where the
    /// expression ends.
    fn named_month(&self, i: usize) -> Option<(Day, usize)> {
        let (m, at) = self.month(i)?;
        match self.year(at) {
            Some(y) => Some((Day::from_ymd(y, m, 1)?, at + 1)),
            None => Some((self.month_year(m), at)),
        }
    }

    /// `the weekend`: the last one, or the coming one in a sentence about
    /// the future ("over the weekend").
    fn the_weekend(&self, i: usize) -> Option<Hit> {
        let a = self.anchor;
        let date = if self.future() { after(a.add_days(-1), SATURDAY) } else { before(a, SATURDAY, true) };
        Self::hit(i + 2, date, Precision::Week)
    }

    /// A day more than a month after the article, in a sentence not about
    /// the future: a day without its year, or in an ambiguous order, is
    /// more likely the last one past.
    fn too_far_ahead(&self, d: Day) -> bool {
        d > self.anchor && distance(d, self.anchor) > PAST_DAY_REACH && !self.future()
    }

    /// `9 May`, `14 April 2025`, `the 9th of May`.
    fn day_month(&self, i: usize) -> Option<Hit> {
        let (start, of) = if self.is(i, "the") { (i + 1, true) } else { (i, false) };
        let (d, at) = self.day_number(start)?;
        if self.word(start).is_some() && !of {
            return None;
        }
        let at = if of { self.is(at, "of").then_some(at + 1)? } else { at };
        let (m, at) = self.month(at)?;
        self.with_year(m, d, at)
    }

    /// Day `d` of month `m`: the year given, else the one nearest the article.
    fn with_year(&self, m: u32, d: u32, at: usize) -> Option<Hit> {
        if let Some((y, end)) = self.trailing_year(at) {
            return Self::hit(end, Day::from_ymd(y, m, d)?, Precision::Day);
        }
        let y = self.anchor.year();
        let a = self.anchor;
        let candidates = [y - 1, y, y + 1].into_iter().filter_map(|y| Day::from_ymd(y, m, d));
        let mut best = candidates.clone().min_by_key(|day| (distance(*day, a), *day > a))?;
        // "took hostages during the October 7 attack" in August: a day
        // more than a month ahead, in a sentence not about the future, is
        // the last one past (as a month alone is).
        if self.too_far_ahead(best) {
            best = candidates.filter(|day| *day <= a).max().unwrap_or(best);
        }
        Self::hit(at, best, Precision::Day)
    }

    /// `April` after `in`/`since`/`by`…, or `April 2024`.
    fn month_alone(&self, i: usize) -> Option<Hit> {
        let (m, at) = self.month(i)?;
        // "in May" is a month; "may" the modal is lower case and never follows these.
        Self::hit(at, self.month_year(m), Precision::Month)
    }

    /// `2024` after a preposition.
    fn bare_year(&self, i: usize) -> Option<Hit> {
        let y = self.year(i)?;
        // "in 2024-25" and "by 2030s" are not plain years.
        if self.glued(i) && !self.ends_phrase(i + 1) {
            return None;
        }
        Self::hit(i + 1, Day::from_ymd(y, 1, 1)?, Precision::Year)
    }
}

/// How far ahead of the article a day of the month written without its
/// year may lie in a sentence not about the future.
const PAST_DAY_REACH: u32 = 31;

/// Saturday, as [`Day::weekday`] numbers it (Monday 0).
const SATURDAY: u32 = 5;

/// The first day of the last seven of the month starting on `start`.
fn last_week_of(start: Day) -> Day {
    start.add_months(1).add_days(-7)
}

fn distance(a: Day, b: Day) -> u32 {
    a.days_since_epoch().abs_diff(b.days_since_epoch())
}

/// The most recent weekday `wd` before `a` (on `a` itself when `inclusive`).
fn before(a: Day, wd: u32, inclusive: bool) -> Day {
    let back = (a.weekday() + 7 - wd) % 7;
    let back = if back == 0 && !inclusive { 7 } else { back };
    a.add_days(-(back as i32))
}

/// The first weekday `wd` strictly after `a`.
fn after(a: Day, wd: u32) -> Day {
    let ahead = (wd + 7 - a.weekday()) % 7;
    a.add_days(if ahead == 0 { 7 } else { ahead as i32 })
}

fn shift(from: Day, unit: Unit, n: i32) -> Day {
    match unit {
        Unit::Day => from.add_days(n),
        Unit::Week => from.add_days(7 * n),
        Unit::Month => from.add_months(n),
        Unit::Year => from.add_years(n),
    }
}

fn precision_of(unit: Unit) -> Precision {
    match unit {
        Unit::Day => Precision::Day,
        Unit::Week => Precision::Week,
        Unit::Month => Precision::Month,
        Unit::Year => Precision::Year,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sentence's expressions as `text=date/precision`, in one article.
    fn scan(anchor: &str, sentences: &[&str]) -> Vec<String> {
        let mut scanner = TimeScanner::new(Day::parse(anchor).unwrap());
        let mut out = Vec::new();
        for s in sentences {
            for e in scanner.scan(s, Span::new(0, s.len())) {
                out.push(format!("{}={}/{}", &s[e.span], e.date, e.precision));
            }
        }
        out
    }

    #[test]
    fn seed_article_times() {
        assert_eq!(
            scan(
                "2025-05-05",
                &[
                    "Russian tanks go through Red Square for the Victory Day on May 9.",
                    "Last month, as the trade war intensified, Xi toured Vietnam.",
                    "Xi received the Spanish Prime Minister in Beijing in April.",
                    "A few weeks earlier, the top diplomats of China, Japan and South Korea met.",
                    "In the past year, Moscow has expanded its reach.",
                ]
            ),
            [
                "on May 9=2025-05-09/day",
                "Last month=2025-04-01/month",
                "in April=2025-04-01/month",
                "A few weeks earlier=2025-03-11/week",
                "In the past year=2024-05-05/year",
            ]
        );
    }

    #[test]
    fn weekdays_follow_tense() {
        // 2025-05-07 is a Wednesday.
        assert_eq!(scan("2025-05-07", &["Ministers met on Tuesday night."]), ["on Tuesday night=2025-05-06/day"]);
        assert_eq!(scan("2025-05-07", &["Ministers will meet on Tuesday."]), ["on Tuesday=2025-05-13/day"]);
        assert_eq!(scan("2025-05-07", &["They spoke on Wednesday."]), ["on Wednesday=2025-05-07/day"]);
        assert_eq!(scan("2025-05-07", &["They spoke last Wednesday."]), ["last Wednesday=2025-04-30/day"]);
        for (future, expr) in [
            ("They'll meet on Tuesday.", "on Tuesday"),
            ("MINISTERS'LL meet on Tuesday.", "on Tuesday"),
            ("The summit is due to open on Tuesday.", "on Tuesday"),
            ("Talks ARE set to resume on Tuesday.", "on Tuesday"),
            ("He plans to visit on Tuesday.", "on Tuesday"),
            ("An upcoming vote on Tuesday.", "on Tuesday"),
            ("The vote is scheduled for Tuesday.", "Tuesday"),
        ] {
            assert_eq!(scan("2025-05-07", &[future]), [format!("{expr}=2025-05-13/day")], "{future}");
        }
        assert_eq!(scan("2025-05-07", &["He is to blame for Tuesday."]), ["Tuesday=2025-05-13/day"]);
        assert_eq!(scan("2025-05-07", &["He planned to go on Tuesday."]), ["on Tuesday=2025-05-06/day"]);
    }

    #[test]
    fn explicit_and_numeric_dates() {
        assert_eq!(
            scan("2025-05-07", &["Talks on Monday, May 5 followed the 14.04.2025 vote and the 2025-04-14 memo."]),
            ["on Monday, May 5=2025-05-05/day", "14.04.2025=2025-04-14/day", "2025-04-14=2025-04-14/day"]
        );
        assert_eq!(scan("2025-01-10", &["He resigned on December 30."]), ["on December 30=2024-12-30/day"]);
        assert_eq!(scan("2025-01-10", &["It happened in December."]), ["in December=2024-12-01/month"]);
        assert_eq!(scan("2025-01-10", &["Elections are to be held in mid-March."]), ["in mid-March=2025-03-11/week"]);
        assert_eq!(scan("2025-01-10", &["He has ruled since 2014."]), ["since 2014=2014-01-01/year"]);
    }

    #[test]
    fn words_that_are_not_dates() {
        assert!(scan("2025-05-07", &["Iran may retaliate, and the march went on; Resolution 2254 passed."]).is_empty());
        assert!(scan("2025-05-07", &["Three days after the vote, 1,500 troops arrived at 10:30."]).is_empty());
    }

    #[test]
    fn the_farthest_triggers_are_within_reach() {
        // 2025-05-07 is a Wednesday.
        assert_eq!(
            scan(
                "2025-05-07",
                &[
                    "Prices rose over the past a couple of weeks.",
                    "They met on the 9th of May and again on the ninth of April.",
                    "It rained in the last several months.",
                    "They spoke a couple of days earlier, then later this year.",
                ]
            ),
            [
                "over the past a couple of weeks=2025-04-23/week",
                "on the 9th of May=2025-05-09/day",
                "on the ninth of April=2025-04-09/day",
                "in the last several months=2025-02-07/month",
                "a couple of days earlier=2025-02-05/day",
                "later this year=2025-05-08/year",
            ]
        );
    }

    proptest::proptest! {
        /// The prefilter turns away no sentence the rules find a time in.
        #[test]
        fn the_prefilter_loses_no_expression(
            text in "(\\PC|on May 9|MAY|may|last week|DAYS| 2025-04-14|4/14/2025|14.04.2025|in 2024|a few weeks earlier|mid-March|early-june|Tuesday|the ninth of|twenty-first|yesterday|,|-|/|\\.| ){0,40}",
        ) {
            let toks: Vec<Token> = tokens(&text, Span::new(0, text.len())).collect();
            let every: Vec<u32> = (0..toks.len() as u32).collect();
            let found = TimeScanner::new(Day::from_ymd(2025, 5, 7).unwrap()).expressions(&text, &toks, &every);
            proptest::prop_assert!(found.is_empty() || crate::prefilter::may_hold_time(&text, &toks), "{:?}", found);
        }

        /// Trying the rules only near triggers finds what trying them at
        /// every token finds.
        #[test]
        fn rules_near_triggers_find_all(
            text in "(\\PC|on|in|over|for|the|past|last|a|few|couple|of|several|two|12|9|9th|ninth|th|previous|day|days|before|after|ago|earlier|later|this|next|week|weeks|month|year|May|March|Tuesday|night|mid-March|mid|early|2025|-|/|\\.|14.04.2025|,|will| ){0,40}",
            days in 0i32..40_000,
        ) {
            let anchor = Day::from_ymd(1970, 1, 1).unwrap().add_days(days);
            let toks: Vec<Token> = tokens(&text, Span::new(0, text.len())).collect();
            let every: Vec<u32> = (0..toks.len() as u32).collect();
            let mut triggers = Vec::new();
            find_triggers(&text, &toks, &mut triggers);
            let mut all = TimeScanner::new(anchor);
            let mut near = TimeScanner::new(anchor);
            proptest::prop_assert_eq!(all.expressions(&text, &toks, &every), near.expressions(&text, &toks, &triggers));
            proptest::prop_assert_eq!(all.reference(), near.reference());
        }

        #[test]
        fn any_text_any_anchor_scans_cleanly(
            text in "(\\PC|on May 9|last week| 2025-04-14|a few weeks earlier|mid-March|Tuesday|,| ){0,60}",
            days in -30_000i32..40_000,
        ) {
            let anchor = Day::from_ymd(1970, 1, 1).unwrap().add_days(days);
            let mut scanner = TimeScanner::new(anchor);
            for e in scanner.scan(&text, Span::new(0, text.len())) {
                proptest::prop_assert!(text.is_char_boundary(e.span.start) && text.is_char_boundary(e.span.end));
                let (y, m, d) = e.date.ymd();
                proptest::prop_assert_eq!(Day::from_ymd(y, m, d), Some(e.date));
            }
        }
    }
}
