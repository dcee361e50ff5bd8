//! Finding actors in a sentence: a table of every dictionary text by its
//! words, searched longest phrase first at each word,
//! then rules that join country words, role nouns, titles and names.

use crate::{DayKey, Dictionary, EntryKind};
use dyad_types::{ActorCode, Span};

/// How a mention matched its dictionary entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MatchKind {
    /// Exactly as the dictionary writes it (an entry's main text or a
    /// person's canonical name).
    Exact,
    /// One of a person's aliases, or a different case (`XI`).
    Alias,
    /// A guarded fuzzy match of a damaged person name (`Vladimir Poutina`).
    Fuzzy,
    /// Not a dictionary entry: a city of the gazetteer standing for its
    /// state (added by the place stage).
    Place,
}

impl MatchKind {
    /// Lower-case name for output.
    pub fn as_str(&self) -> &'static str {
        match self {
            MatchKind::Exact => "exact",
            MatchKind::Alias => "alias",
            MatchKind::Fuzzy => "fuzzy",
            MatchKind::Place => "place",
        }
    }
}

/// One actor found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActorMention {
    /// Where it is, in the text searched.
    pub span: Span,
    /// The CAMEO actor code on the day asked (`CHNGOV`, `USAELI`).
    pub code: ActorCode,
    /// Where the dictionary text that decided the code matched (the head of
    /// the mention: the name in "Chinese President Xi Jinping").
    pub entry: Span,
    /// The canonical name, for people.
    pub canonical: Option<String>,
    /// How the head matched.
    pub how: MatchKind,
    /// For a name two states share (`Korea`): the state it means when the
    /// context says so; see [`settle_shared_names`](crate::settle_shared_names).
    pub alternative: Option<ActorCode>,
    /// Further codes the mention stands for at once (an entry with several
    /// codes); each makes events of its own.
    pub also: Vec<ActorCode>,
    /// How the dictionary entry that decided the code names its actor
    /// (`None` for people and role nouns).
    pub kind: Option<EntryKind>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Target {
    Entry(usize),
    Person(usize, bool),
    Agent(usize),
}

/// A raw dictionary hit before the joining rules.
#[derive(Clone, Debug)]
struct Hit {
    span: Span,
    target: Target,
    how: MatchKind,
}

/// Finds actors. Built once from a [`Dictionary`]; read-only afterwards,
/// shareable across threads.
#[derive(Clone, Debug)]
pub struct Recognizer {
    /// Folded phrase (words joined by one space) → index in `targets`.
    phrases: dyad_lexicon::WordMap<String, usize>,
    /// First word of a phrase → the word counts of the phrases starting
    /// with it, as bits. Most words start no phrase: one look-up tells.
    first_words: dyad_lexicon::WordMap<String, u32>,
    /// Bloom bits of every first word (see `first_words`).
    first_bloom: Box<[u64]>,
    /// Bloom bits of the first two words of every phrase of two or more.
    pair_bloom: Box<[u64]>,
    /// Bloom bits of every one-word phrase.
    single_bloom: Box<[u64]>,
    /// Bloom bits of every given name (lower case) in `given_names`.
    given_bloom: Box<[u64]>,
    /// Per phrase: every dictionary target with that text.
    targets: Vec<Vec<(Target, String)>>,
    dict: std::sync::Arc<Dictionary>,
    /// Given name (lower case) → (person, rest of the name in lower case).
    given_names: dyad_lexicon::WordMap<String, Vec<(usize, String)>>,
    lexicon: std::sync::Arc<dyad_lexicon::Lexicon>,
}

const JOIN_PREPOSITIONS: &[&str] = &["in", "of", "from", "throughout", "across"];

impl Recognizer {
    /// Indexes every entry, person name, alias and role noun of `dict` by
    /// its words.
    pub fn new(dict: std::sync::Arc<Dictionary>) -> Recognizer {
        let mut phrases: dyad_lexicon::WordMap<String, usize> = Default::default();
        let mut first_words: dyad_lexicon::WordMap<String, u32> = Default::default();
        let mut targets: Vec<Vec<(Target, String)>> = Vec::new();
        let mut add = |text: &str, t: Target| {
            let folded = fold_for_search(text.trim());
            let words: Vec<&str> = folded.split_whitespace().collect();
            let Some(first) = words.first() else { return };
            let lengths = first_words.entry(first.to_string()).or_insert(0);
            *lengths |= 1u32 << words.len().min(31);
            let i = *phrases.entry(words.join(" ")).or_insert_with(|| {
                targets.push(Vec::new());
                targets.len() - 1
            });
            targets[i].push((t, text.to_string()));
        };
        for (i, e) in dict.entries().iter().enumerate() {
            add(&e.text, Target::Entry(i));
        }
        let mut given_names: dyad_lexicon::WordMap<String, Vec<(usize, String)>> = Default::default();
        for (i, p) in dict.people().iter().enumerate() {
            add(&p.name, Target::Person(i, false));
            for a in &p.aliases {
                add(a, Target::Person(i, true));
            }
            for n in std::iter::once(&p.name).chain(&p.aliases) {
                if let Some((given, rest)) = n.split_once(' ') {
                    given_names.entry(given.to_lowercase()).or_default().push((i, fold(rest)));
                }
            }
        }
        for (i, a) in dict.agents().iter().enumerate() {
            add(&a.text, Target::Agent(i));
        }
        let mut pair_bloom = vec![0u64; BLOOM_BITS / 64].into_boxed_slice();
        let mut single_bloom = vec![0u64; BLOOM_BITS / 64].into_boxed_slice();
        for phrase in phrases.keys() {
            let mut words = phrase.split(' ');
            let (bloom, h) = match (words.next(), words.next()) {
                (Some(a), Some(b)) => (&mut pair_bloom, pair_hash(a, b)),
                (Some(a), None) => {
                    (&mut single_bloom, a.bytes().fold(FNV_OFFSET, |h, c| (h ^ u32::from(c)).wrapping_mul(FNV_PRIME)))
                }
                _ => continue,
            };
            let bit = (h >> 5) as usize % BLOOM_BITS;
            bloom[bit / 64] |= 1 << (bit % 64);
        }
        let mut first_bloom = vec![0u64; BLOOM_BITS / 64].into_boxed_slice();
        for w in first_words.keys() {
            let h = w.bytes().fold(FNV_OFFSET, |h, b| (h ^ u32::from(b)).wrapping_mul(FNV_PRIME));
            let bit = (h >> 5) as usize % BLOOM_BITS;
            first_bloom[bit / 64] |= 1 << (bit % 64);
        }
        let mut given_bloom = vec![0u64; BLOOM_BITS / 64].into_boxed_slice();
        for w in given_names.keys() {
            let h = w.bytes().fold(FNV_OFFSET, |h, b| (h ^ u32::from(b)).wrapping_mul(FNV_PRIME));
            let bit = (h >> 5) as usize % BLOOM_BITS;
            given_bloom[bit / 64] |= 1 << (bit % 64);
        }
        Recognizer {
            phrases,
            first_words,
            first_bloom,
            pair_bloom,
            single_bloom,
            given_bloom,
            targets,
            dict,
            given_names,
            lexicon: dyad_lexicon::Lexicon::builtin(),
        }
    }

    /// The dictionary behind this recognizer.
    pub fn dictionary(&self) -> &Dictionary {
        &self.dict
    }

    /// Actors in `text[within]`, coded as of `day` (the article date; with
    /// no date, people code by their latest office).
    pub fn find(&self, text: &str, within: Span, day: Option<DayKey>) -> Vec<ActorMention> {
        let hay = &text[within];
        let mut hits: Vec<Hit> = Vec::with_capacity(hay.len() / 32 + 4);
        // Words of the folded sentence (same byte offsets as `hay`); at
        // each, the longest phrase that starts there and passes the case
        // rules wins, and the search goes on after it.
        let folded = fold_for_search(hay);
        // Each word with a flag: may it start a phrase (bloom bits, no
        // table look-up for the many words that start none)?
        let mut words: Vec<(usize, usize)> = Vec::with_capacity(hay.len() / 4 + 1);
        let mut may_start: Vec<bool> = Vec::with_capacity(hay.len() / 4 + 1);
        let mut hashes: Vec<u32> = Vec::with_capacity(hay.len() / 4 + 1);
        let fb = folded.as_bytes();
        let mut k = 0;
        while k < fb.len() {
            if fb[k] == b' ' {
                k += 1;
                continue;
            }
            let start = k;
            let mut h: u32 = FNV_OFFSET;
            while k < fb.len() && fb[k] != b' ' {
                h = (h ^ u32::from(fb[k])).wrapping_mul(FNV_PRIME);
                k += 1;
            }
            words.push((start, k));
            may_start.push(bloom_has(&self.first_bloom, h));
            hashes.push(h);
        }
        // Room for the longest key at once (a phrase is at most the sentence).
        let mut key = String::with_capacity(hay.len());
        let mut w = 0;
        while w < words.len() {
            let (ws, we) = words[w];
            // Most words start no phrase; of those that do ("the", "a"),
            // most start none here: one-word phrases and word pairs have
            // bloom bits of their own.
            if !may_start[w] {
                w += 1;
                continue;
            }
            let pair_ok = w + 1 < words.len() && {
                let (s2, e2) = words[w + 1];
                bloom_has(&self.pair_bloom, pair_hash(&folded[ws..we], &folded[s2..e2]))
            };
            if !pair_ok && !bloom_has(&self.single_bloom, hashes[w]) {
                w += 1;
                continue;
            }
            let Some(&lengths) = self.first_words.get(&folded[ws..we]) else {
                w += 1;
                continue;
            };
            let mut taken = 0;
            // Phrases of two or more words only when the first two words
            // start some phrase ("the" starts a few; "the talks" none).
            let longest = if pair_ok { (words.len() - w).min(31) } else { 1 };
            for n in (1..=longest).rev().filter(|n| lengths & (1 << n) != 0) {
                key.clear();
                for (m, &(s, e)) in words[w..w + n].iter().enumerate() {
                    if m > 0 {
                        key.push(' ');
                    }
                    key.push_str(&folded[s..e]);
                }
                let Some(&target) = self.phrases.get(key.as_str()) else { continue };
                let mut span = Span::new(within.start + ws, within.start + words[w + n - 1].1);
                // "U.S.": a listed final stop belongs to the match.
                if text.as_bytes().get(span.end) == Some(&b'.')
                    && self.targets[target].iter().any(|(_, l)| l.ends_with('.'))
                {
                    span = Span::new(span.start, span.end + 1);
                }
                if let Some(h) = self.accept(text, span, target) {
                    hits.push(h);
                    taken = n;
                    break;
                }
            }
            w += taken.max(1);
        }
        self.fuzzy_people(text, within, &words, &mut hits);
        hits.sort_by_key(|h| h.span.start);
        let mut found = self.join(text, within.start, &hits, day.unwrap_or(DayKey(99_991_231)));
        carry_role_through_list(text, &mut found);
        found
    }

    /// Among the people a name at `span` is listed for, the one in office
    /// on `day`, else the one whose office began last before it ("President
    /// Bush" in 1990 is the father); `first` when the name is one person's.
    fn person_on(&self, text: &str, span: Span, first: usize, day: DayKey) -> usize {
        let folded = fold_for_search(&text[span]);
        let key = folded.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some(&phrase) = self.phrases.get(&key) else { return first };
        let rank = |p: usize| {
            let terms = &self.dict.people()[p].terms;
            let in_office = terms.iter().any(|t| t.covers(day));
            let began = terms.iter().filter(|t| t.from <= day).map(|t| t.from).max();
            (in_office, began)
        };
        let mut best = first;
        for (t, _) in &self.targets[phrase] {
            if let Target::Person(p, _) = *t
                && rank(p) > rank(best)
            {
                best = p;
            }
        }
        best
    }

    /// The hit for a phrase found at `span`, if its case and context allow.
    fn accept(&self, text: &str, span: Span, target: usize) -> Option<Hit> {
        if !on_word_boundaries(text, span) {
            return None;
        }
        let written = &text[span];
        let hit = self.targets[target].iter().find_map(|(t, as_listed)| {
            self.case_ok(*t, written, as_listed).then(|| {
                let how = match t {
                    Target::Person(_, true) => MatchKind::Alias,
                    _ if written != as_listed => MatchKind::Alias,
                    _ => MatchKind::Exact,
                };
                Hit { span, target: *t, how }
            })
        })?;
        (!self.false_positive(text, &hit)).then_some(hit)
    }

    fn case_ok(&self, t: Target, written: &str, listed: &str) -> bool {
        if written == listed {
            return true;
        }
        let shouted = written.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && written.len() >= 2;
        match t {
            // "PM", "MP", "Gen." must not match "5 pm", "mp3", "gen".
            Target::Agent(i) => !self.dict.agents()[i].flags.cased,
            Target::Entry(i) => {
                let e = &self.dict.entries()[i];
                if e.kind == EntryKind::Abbreviation {
                    return false;
                }
                if e.flags.cased {
                    return shouted || damaged_case(written);
                }
                shouted || same_capitals(written, listed) || self.not_a_word(written) || damaged_case(written)
            }
            Target::Person(..) => {
                shouted || same_capitals(written, listed) || self.not_a_word(written) || damaged_case(written)
            }
        }
    }

    /// A name written all in lower case ("obama", "iraq") is still the
    /// name when no English word is spelled so ("china", "turkey" are),
    /// or only a word always written with a capital ("russian").
    fn not_a_word(&self, written: &str) -> bool {
        written.chars().all(|c| !c.is_uppercase())
            && !written.split(' ').any(|w| {
                let w = w.to_lowercase();
                let tags = self.lexicon.tags(&w);
                let always_capital =
                    tags.contains(dyad_lexicon::Tags::PROPER) && !tags.contains(dyad_lexicon::Tags::SOMETIMES_PROPER);
                self.lexicon.is_word(&w) && !always_capital
            })
    }

    /// Guards against the classic false positives.
    fn false_positive(&self, text: &str, h: &Hit) -> bool {
        if matches!(h.target, Target::Person(..)) {
            return spelled_out_before(text, h.span) || self.other_persons_name(text, h.span);
        }
        let Target::Entry(i) = h.target else {
            return false;
        };
        let e = &self.dict.entries()[i];
        // "the Gulf of Oman", "the Bay of Bengal": a name after a
        // capitalised word of water and "of" names the water.
        let head = text[..h.span.start].strip_suffix(" of ").unwrap_or("");
        let water = |w: &&str| {
            head.strip_suffix(*w).is_some_and(|before| before.is_empty() || before.ends_with([' ', '(', '"']))
        };
        if WATER_NAMES.iter().any(water) {
            return true;
        }
        // "the Paris climate agreement", "the Minsk agreements", "the Oslo
        // accords": a capital naming an accord names no party to it.
        if e.kind == crate::EntryKind::Capital {
            let mut rest = &text[h.span.end..];
            for _ in 0..3 {
                let w = word_after(rest, 0);
                if ACCORD_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w)) {
                    return true;
                }
                // Only the words of a noun compound stand between ("climate",
                // "peace"); not a verb or a function word ("Warsaw brokered
                // an agreement", "agreed with Skopje on an agreement").
                let mut buf = [0u8; 32];
                let lower =
                    ascii_lower(w, &mut buf).map_or_else(|| std::borrow::Cow::Owned(w.to_lowercase()), Into::into);
                if w.is_empty()
                    || w.starts_with(char::is_uppercase)
                    || self.lexicon.is_verb_form(&lower)
                    || self.lexicon.function_class(&lower).is_some()
                {
                    break;
                }
                rest = &rest[1 + w.len()..];
            }
        }
        // "the Mediterranean island of Cyprus", "Baltic waters": a region
        // before a word of geography describes a place, and acts as no one.
        if e.kind == crate::EntryKind::Region {
            let next = word_after(text, h.span.end);
            if GEOGRAPHY_NOUNS.iter().any(|g| g.eq_ignore_ascii_case(next)) {
                return true;
            }
        }
        // Only names that double as persons' names, US places or ordinary
        // words need a look at their neighbours.
        if !e.flags.person && !e.flags.us_state && !e.flags.common {
            return false;
        }
        // "West Java", "West Darfur": a name that is also an ordinary word,
        // right before a proper name that is no actor, is part of that name.
        if e.flags.common && h.span.end - h.span.start == e.text.len() && self.proper_name_after(text, h.span.end) {
            return true;
        }
        // "the Gulf of Oman": so before "of" and a proper name.
        if e.flags.common
            && h.span.end - h.span.start == e.text.len()
            && text[h.span.end..].strip_prefix(" of ").is_some_and(|rest| rest.starts_with(char::is_uppercase))
        {
            return true;
        }
        if !e.flags.person && !e.flags.us_state {
            return false;
        }
        let before = text[..h.span.start].trim_end();
        let prev_word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        // "Michael Jordan", "Chad Smith": a person-name country right after
        // another capitalised word that is not itself an actor word.
        let same_line = || {
            let head = &text[..h.span.start];
            head.ends_with(' ') && head[..head.len() - 1].ends_with(prev_word)
        };
        if e.flags.person
            && starts_upper(prev_word)
            && !is_calendar_word(prev_word)
            && !before.is_empty()
            && same_line()
        {
            let prev_is_actor = self.is_actor_word(prev_word);
            if !prev_is_actor {
                return true;
            }
        }
        let after = &text[h.span.end..];
        let next_word = after.trim_start_matches(' ').split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let is_actor_word = |w: &str| self.is_actor_word(w);
        // "Chad Smith": a person-name country right before a surname.
        if e.flags.person
            && after.starts_with(' ')
            && starts_upper(next_word)
            && !is_actor_word(next_word)
            && !is_calendar_word(next_word)
        {
            return true;
        }
        // "Atlanta, Georgia", "Georgia state", "Georgia's governor": the US
        // state, not the country.
        if e.flags.us_state {
            let city_before = before.ends_with(',') && {
                let w = before[..before.len() - 1].rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
                starts_upper(w) && !is_actor_word(w)
            };
            let rest = after.trim_start_matches("'s").trim_start();
            let state_after = ["state", "State", "governor", "Governor", "county", "County", "legislature"]
                .iter()
                .any(|w| rest.starts_with(w));
            if city_before || state_after {
                return true;
            }
        }
        false
    }

    /// "Chadli Klibi" is not Chadli Bendjedid: a one-word name of a person
    /// right before a surname that is no English word and no actor is the
    /// first name of someone else.
    fn other_persons_name(&self, text: &str, span: Span) -> bool {
        !text[span].contains(' ') && self.proper_name_after(text, span.end)
    }

    /// The word after `end` (one space on) is a proper name that is no
    /// English word, no day or month and no actor ("Papua", "Klibi").
    fn proper_name_after(&self, text: &str, end: usize) -> bool {
        let w = word_after(text, end);
        starts_upper(w) && !is_calendar_word(w) && !self.is_actor_word(w) && self.proper_only(w)
    }

    /// `w` is no English word but as a proper name ("Java", "Darfur"), so
    /// a capitalised `w` names something.
    fn proper_only(&self, w: &str) -> bool {
        let lower = w.to_lowercase();
        let tags = self.lexicon.tags(&lower);
        if tags.is_empty() {
            return !self.lexicon.is_word(&lower);
        }
        tags.intersects(dyad_lexicon::Tags::PROPER.union(dyad_lexicon::Tags::SOMETIMES_PROPER))
            && !tags.intersects(dyad_lexicon::Tags::VERB.union(dyad_lexicon::Tags::ADJ))
    }

    /// True when `w` is itself a whole dictionary text.
    fn is_actor_word(&self, w: &str) -> bool {
        let folded = fold_for_search(w);
        let key: Vec<&str> = folded.split_whitespace().collect();
        self.phrases.contains_key(key.join(" ").as_str())
    }

    /// `Vladimir Poutina` → Putin, `Pedro Schez` → Pedro Sánchez: a given
    /// name written exactly, followed by a word close to the rest of a
    /// listed name.
    fn fuzzy_people(&self, text: &str, within: Span, words: &[(usize, usize)], hits: &mut Vec<Hit>) {
        let hay = &text[within];
        for pair in words.windows(2) {
            let ((gs, ge), (ss, se)) = (pair[0], pair[1]);
            // Two capitalised words with one space between.
            if ss != ge + 1 || hay.as_bytes()[ge] != b' ' {
                continue;
            }
            let (given, surname) = (&hay[gs..ge], &hay[ss..se]);
            if starts_upper(given) && starts_upper(surname) {
                self.fuzzy_pair(within.start, (gs, given), (ss, surname), hits);
            }
        }
    }

    fn fuzzy_pair(&self, base: usize, (gs, given): (usize, &str), (ss, surname): (usize, &str), hits: &mut Vec<Hit>) {
        if surname.chars().count() < 4 {
            return;
        }
        // Cheap tests first: is this a given name of someone at all?
        let h = given.bytes().fold(FNV_OFFSET, |h, b| (h ^ u32::from(b.to_ascii_lowercase())).wrapping_mul(FNV_PRIME));
        if !bloom_has(&self.given_bloom, h) {
            return;
        }
        let mut buf = [0u8; 32];
        let Some(key) = ascii_lower(given, &mut buf) else { return };
        let Some(cands) = self.given_names.get(key) else { return };
        let start = base + gs;
        let end = base + ss + surname.len();
        if hits.iter().any(|h| h.span.start < end && start < h.span.end) {
            return;
        }
        let folded = fold(surname);
        let best = cands
            .iter()
            .filter(|(_, rest)| rest.chars().count() >= 4 && rest.chars().next() == folded.chars().next())
            .map(|(p, rest)| (*p, strsim::normalized_levenshtein(rest, &folded)))
            .filter(|&(_, s)| (0.7..1.0).contains(&s))
            .max_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((p, _)) = best {
            hits.push(Hit { span: Span::new(start, end), target: Target::Person(p, true), how: MatchKind::Fuzzy });
        }
    }

    /// Joins hits into actors: country word + role noun (`Chinese
    /// officials` → CHNGOV), title + name (one actor, the person),
    /// role noun + in/of/from + country (`diplomats in China`).
    fn join(&self, text: &str, sentence_start: usize, hits: &[Hit], day: DayKey) -> Vec<ActorMention> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < hits.len() {
            // Take a run of adjacent hits (only spaces or a hyphen between).
            let mut j = i + 1;
            while j < hits.len()
                && (adjacent(text, hits[j - 1].span, hits[j].span)
                    || matches!((&hits[j - 1].target, &hits[j].target), (Target::Entry(_), Target::Agent(_)))
                        && institution_modifier(text, hits[j - 1].span, hits[j].span))
            {
                j += 1;
            }
            // "agreed to press al-Shabaab militants": of two role nouns
            // around a name, the first is no part of it (here a verb).
            if j - i >= 3
                && matches!(hits[i].target, Target::Agent(_))
                && matches!(hits[i + 1].target, Target::Entry(_))
                && matches!(hits[j - 1].target, Target::Agent(_))
            {
                i += 1;
            }
            // "took 300 UN peacekeepers hostage": "hostage" after another
            // role noun says what they were made, not who they are.
            if j - i >= 2
                && matches!(hits[j - 2].target, Target::Agent(_))
                && matches!(hits[j - 1].target, Target::Agent(_))
                && ["hostage", "hostages"].iter().any(|w| text[hits[j - 1].span].eq_ignore_ascii_case(w))
            {
                j -= 1;
            }
            let run = &hits[i..j];
            let span = run[0].span.cover(run[run.len() - 1].span);
            let person = run.iter().rev().find(|h| matches!(h.target, Target::Person(..)));
            let country = run.iter().find(|h| matches!(h.target, Target::Entry(_)));
            let agent = run.iter().rev().find(|h| matches!(h.target, Target::Agent(_)));
            if let Some(p) = person {
                let Target::Person(pi, _) = p.target else { unreachable!("matched as a person") };
                let person = &self.dict.people()[self.person_on(text, p.span, pi, day)];
                let mut code = person.code_on(day);
                // "Serbian President Vojislav Kostunica" on a day outside the
                // offices we list: the title the text gives stands, unless
                // it says the office is past ("former President").
                let in_office = code.len() > 3 && !code.as_str().ends_with("ELI");
                if let (false, Some(c), Some(a)) = (in_office, country, agent)
                    && a.span.end <= p.span.start
                    && !former(text, span.start)
                {
                    let titled = self.with_role(text, c, a, span).code;
                    if titled.len() > 3 {
                        code = titled;
                    }
                }
                out.push(ActorMention {
                    span,
                    code,
                    entry: p.span,
                    canonical: Some(person.name.clone()),
                    how: p.how,
                    alternative: None,
                    also: Vec::new(),
                    kind: None,
                });
                i = j;
                continue;
            }
            match (country, agent) {
                (Some(c), Some(a)) => {
                    out.push(self.with_role(text, c, a, span));
                }
                (Some(c), None) => {
                    // Each entry of a run that is not joined by a role noun
                    // is its own actor ("Beijing-Moscow partnership").
                    if run.len() > 1 {
                        for h in run {
                            out.push(self.entry_mention(text, h, h.span));
                        }
                    } else {
                        out.push(self.entry_mention(text, c, span));
                    }
                }
                (None, Some(a)) => {
                    let Target::Agent(ai) = a.target else { unreachable!("matched as an agent") };
                    let agent = &self.dict.agents()[ai];
                    // "the best diplomats in China": role noun, then in/of/from + country.
                    // Not when the country owns something else ("leaders
                    // of Egypt's Muslim Brotherhood").
                    // The country may stand after a role word inside a
                    // hyphenated modifier ("from military-ruled Myanmar").
                    let next = (j..hits.len().min(j + 2)).find(|&k| {
                        matches!(hits[k].target, Target::Entry(_))
                            && hits[j..k].iter().all(|m| text[m.span.end..].starts_with('-'))
                    });
                    if let Some((k, n)) = next.map(|k| (k, &hits[k])) {
                        let between = text[a.span.end..n.span.start].trim().to_lowercase();
                        let owns = text[n.span.end..].starts_with("'s");
                        // "its forces in Lebanon" are someone else's forces.
                        let before = text[..a.span.start].trim_end();
                        let owned = ["its", "their", "his", "her", "our", "Its", "Their", "His", "Her", "Our"]
                            .iter()
                            .any(|p| {
                                before.ends_with(p)
                                    && !before[..before.len() - p.len()].ends_with(char::is_alphanumeric)
                            });
                        let located = between == "in" || between.starts_with("in ");
                        // "the embassy in Tehran" is a foreign state's.
                        let posted = located && posted_abroad(&text[a.span]);
                        // "bought drones from Iran": where they came from.
                        let supplied = agent.flags.equipment && between.starts_with("from");
                        // "Tigrayan forces in Pretoria": a capitalised word
                        // before the role names who they are; the place is
                        // only where.
                        let named = located
                            && before.rsplit(' ').next().is_some_and(|w| {
                                starts_upper(w)
                                    && w.chars().all(|c| c.is_alphabetic() || c == '-')
                                    && !before[..before.len() - w.len()].trim_end().is_empty()
                            });
                        if joins_role_to_country(&between) && !owns && !owned && !posted && !supplied && !named {
                            out.push(self.with_role(text, n, a, a.span.cover(n.span)));
                            i = k + 1;
                            continue;
                        }
                    }
                    // "the government", "the army": a role with no country
                    // named, coded as unknown country (`---GOV`) as the
                    // PETRARCH coders do.
                    let bare =
                        preceded_by_the(text, a.span.start) || opens_sentence(text, sentence_start, a.span.start);
                    if (agent.flags.alone || (agent.flags.head && bare)) && run.len() == 1 {
                        out.push(ActorMention {
                            span,
                            code: {
                                let mut c = ActorCode::new("---");
                                c.push_str(&agent.role);
                                c
                            },
                            entry: a.span,
                            canonical: None,
                            how: a.how,
                            alternative: None,
                            also: Vec::new(),
                            kind: None,
                        });
                    }
                }
                (None, None) => {}
            }
            i = j;
        }
        share_roles(text, &mut out);
        drop_opposed(text, &mut out);
        out
    }

    fn entry_mention(&self, _text: &str, h: &Hit, span: Span) -> ActorMention {
        let Target::Entry(ei) = h.target else { unreachable!("matched as an entry") };
        let e = &self.dict.entries()[ei];
        ActorMention {
            span,
            code: ActorCode::new(&e.code),
            entry: h.span,
            canonical: None,
            how: h.how,
            alternative: e.flags.alternative,
            also: e.also.iter().map(|c| ActorCode::new(c)).collect(),
            kind: Some(e.kind),
        }
    }

    fn with_role(&self, text: &str, c: &Hit, a: &Hit, span: Span) -> ActorMention {
        let mut m = self.entry_mention(text, c, span);
        let Target::Agent(ai) = a.target else { unreachable!("matched as an agent") };
        let role = &self.dict.agents()[ai].role;
        // "Russian troops" → RUSMIL; "UN troops" → IGOUNOMIL (but "UN
        // officials" stay IGOUNO: an organisation's staff is the
        // organisation).
        let organisation = ["IGO", "NGO", "IMG"].iter().any(|p| m.code.starts_with(p));
        if m.code.len() == 3 || (organisation && m.code.len() <= 9 && role != "GOV") {
            m.code.push_str(role);
        }
        m
    }
}

/// "former President X", "ex-Prime Minister X", "the late X": the title
/// before `at` names an office no longer held.
fn former(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end().to_lowercase();
    before.ends_with("former") || before.ends_with("ex-") || before.ends_with("late") || text[at..].starts_with("ex-")
}

/// "The foreign ministers of China, Japan and South Korea": the role a
/// list's first member took ("ministers of China" → CHNGOV) goes to the
/// bare states listed after it (JPN → JPNGOV, KOR → KORGOV).
fn carry_role_through_list(text: &str, found: &mut [ActorMention]) {
    // Members that took the role from the list ("Japan" in "ministers of
    // China, Japan and ..."), not from their own name ("Hezbollah").
    let mut carried = vec![false; found.len()];
    for k in 1..found.len() {
        let (done, rest) = found.split_at_mut(k);
        let prev = &done[k - 1];
        let cur = &mut rest[0];
        // The first member names its role before it: "ministers of China",
        // "diplomats from Argentina".
        let led = |m: &ActorMention| {
            let before = &text[m.span.start..m.entry.start.max(m.span.start)];
            m.code.len() == 6
                && m.span.start < m.entry.start
                && (before.ends_with(" of ") || before.ends_with(" from "))
        };
        if cur.code.len() != 3 || cur.canonical.is_some() || !(led(prev) || carried[k - 1]) {
            continue;
        }
        let between = text.get(prev.span.end..cur.span.start).unwrap_or("x");
        if !matches!(between.trim(), "," | "and" | ", and" | "or" | ", or") {
            continue;
        }
        let role = prev.code.as_str()[3..].to_string();
        cur.code.push_str(&role);
        carried[k] = true;
    }
}

/// Day and month names: "Israel Friday reimposed", "on Monday Jordan
/// said" put no personal name beside the country.
fn is_calendar_word(w: &str) -> bool {
    const WORDS: [&str; 20] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Today",
        "Tonight",
    ];
    WORDS.contains(&w)
}

/// A role that a state keeps in another state's capital ("the embassy in
/// Tehran", "the ambassador in Kabul"): a place after `in` is not its state.
fn posted_abroad(role: &str) -> bool {
    const POSTED: [&str; 10] = [
        "embassy",
        "embassies",
        "consulate",
        "consulates",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "legation",
        "high commission",
    ];
    POSTED.iter().any(|p| p.eq_ignore_ascii_case(role))
}

/// "in", "from the", "from military-ruled": a preposition that joins a
/// role noun to the country after it, with at most one modifier between.
fn joins_role_to_country(between: &str) -> bool {
    let mut words = between.split_whitespace();
    let Some(prep) = words.next() else { return false };
    let rest: Vec<&str> = words.collect();
    JOIN_PREPOSITIONS.contains(&prep)
        && (rest.is_empty() || (rest.len() == 1 && (rest[0] == "the" || rest[0].contains('-'))))
}

/// Capitals inside a word of mixed case ("iSrael", "ChiNa"): damage, not
/// spelling, so the word is matched regardless of case.
fn damaged_case(written: &str) -> bool {
    written.split([' ', '-']).any(|w| {
        let mut cs = w.chars();
        let first = cs.next();
        let rest: Vec<char> = cs.collect();
        rest.iter().any(|c| c.is_uppercase())
            && (rest.iter().any(|c| c.is_lowercase()) || first.is_some_and(char::is_lowercase))
    })
}

/// "anti-American protesters", "an anti-Syria journalist", "pro-Palestinian
/// demonstrators": the name after `anti-` or `pro-` is what the phrase
/// opposes or supports, not whose it is. A role noun keeps its role with
/// no country (`---OPP`); a bare name is no actor.
fn drop_opposed(text: &str, out: &mut Vec<ActorMention>) {
    out.retain_mut(|a| {
        let before = text.get(..a.entry.start).unwrap_or_default().as_bytes();
        let prefixed = |p: &[u8]| {
            before.len() >= p.len()
                && before[before.len() - p.len()..].eq_ignore_ascii_case(p)
                && !before.get(before.len().wrapping_sub(p.len() + 1)).is_some_and(u8::is_ascii_alphanumeric)
        };
        if !prefixed(b"anti-") && !prefixed(b"pro-") {
            return true;
        }
        let code = a.code.as_str();
        let country = a.code.state();
        match (country, code.get(3..)) {
            (Some(_), Some(role)) if a.span != a.entry && !role.is_empty() && a.canonical.is_none() => {
                let mut stateless = ActorCode::new("---");
                stateless.push_str(role);
                a.code = stateless;
                a.also.clear();
                a.alternative = None;
                true
            }
            _ => false,
        }
    });
}

/// "US and British activists": a bare country word coordinated with a
/// country + role takes the same role. A comma joins only inside such a list ("Syrian, Iraqi and Turkish
/// police"), not before an aside ("refused entry to Syrians, Hungarian
/// police said").
fn share_roles(text: &str, out: &mut [ActorMention]) {
    let mut listed = vec![false; out.len()];
    for k in (0..out.len().saturating_sub(1)).rev() {
        let (left, right) = (&out[k], &out[k + 1]);
        let between = text[left.span.end..right.span.start].trim();
        let joined = match between {
            "and" | "or" => true,
            "," => listed[k + 1],
            _ => false,
        };
        // The role must come from a role noun ("British activists"), not
        // from a name that carries one ("Israel and Hezbollah").
        let role_noun = right.span != right.entry || listed[k + 1];
        if left.code.len() == 3 && right.code.len() == 6 && joined && right.canonical.is_none() && role_noun {
            let role = right.code[3..].to_string();
            out[k].code.push_str(&role);
            listed[k] = true;
        }
    }
}

/// "Montenegro Municipality Association (AKK)": capitals in brackets
/// right after a capitalised name are that name's initials, not a person
/// who goes by them.
fn spelled_out_before(text: &str, span: Span) -> bool {
    let written = &text[span];
    let initials = written.len() >= 2 && written.chars().all(|c| c.is_ascii_uppercase());
    let bracketed = text[..span.start].ends_with('(') && text[span.end..].starts_with(')');
    let named = text[..span.start]
        .trim_end_matches('(')
        .trim_end()
        .rsplit(' ')
        .next()
        .is_some_and(|w| w.chars().next().is_some_and(char::is_uppercase));
    initials && bracketed && named
}

/// True when only white space or an opening quote or bracket stands
/// between the sentence's start and `at` ("Lawmakers urged …", "Congress
/// asked …"): a role noun that opens a sentence is its subject, as with
/// `the`.
fn opens_sentence(text: &str, sentence_start: usize, at: usize) -> bool {
    text.get(sentence_start..at)
        .is_some_and(|before| before.chars().all(|c| c.is_whitespace() || matches!(c, '"' | '\'' | '(' | '“' | '‘')))
}

/// True when `the` (or `The`) stands right before `at`.
fn preceded_by_the(text: &str, at: usize) -> bool {
    let head = text[..at].trim_end();
    head.len() < at && (head.ends_with(" the") || head.ends_with(" The") || head == "the" || head == "The")
}

/// Every word starts with a capital where the listed form has one
/// ("Islamic state" is not "Islamic State").
fn same_capitals(written: &str, listed: &str) -> bool {
    let (mut w, mut l) = (written.split([' ', '-']), listed.split([' ', '-']));
    loop {
        match (w.next(), l.next()) {
            (Some(a), Some(b)) => {
                let (ca, cb) = (a.chars().next(), b.chars().next());
                if ca.is_some_and(char::is_uppercase) != cb.is_some_and(char::is_uppercase)
                    && cb.is_some_and(char::is_alphabetic)
                {
                    return false;
                }
            }
            (None, None) => return true,
            _ => return false,
        }
    }
}

const FNV_OFFSET: u32 = 0x811c_9dc5;
const FNV_PRIME: u32 = 0x0100_0193;
const BLOOM_BITS: usize = 1 << 18;

fn pair_hash(a: &str, b: &str) -> u32 {
    let h = a.bytes().fold(FNV_OFFSET, |h, c| (h ^ u32::from(c)).wrapping_mul(FNV_PRIME));
    let h = (h ^ u32::from(b' ')).wrapping_mul(FNV_PRIME);
    b.bytes().fold(h, |h, c| (h ^ u32::from(c)).wrapping_mul(FNV_PRIME))
}

fn bloom_has(bloom: &[u64], h: u32) -> bool {
    let bit = (h >> 5) as usize % BLOOM_BITS;
    bloom[bit / 64] & (1 << (bit % 64)) != 0
}

/// The form both patterns and text are searched in: ASCII letters lower
/// case, ASCII punctuation as spaces, everything else as it is. Byte
/// lengths never change, so offsets carry over.
fn fold_for_search(s: &str) -> String {
    let bytes: Vec<u8> =
        s.bytes().map(|b| if b.is_ascii_alphanumeric() || b >= 0x80 { b.to_ascii_lowercase() } else { b' ' }).collect();
    // Only ASCII bytes were replaced, by ASCII: still UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}

/// `w` lower-cased into `buf` when it is ASCII and fits, without allocating.
fn ascii_lower<'b>(w: &str, buf: &'b mut [u8]) -> Option<&'b str> {
    let b = buf.get_mut(..w.len()).filter(|_| w.is_ascii())?;
    b.copy_from_slice(w.as_bytes());
    b.make_ascii_lowercase();
    std::str::from_utf8(b).ok()
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// Lower case without diacritics, for fuzzy comparison.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ñ' => 'n',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

fn on_word_boundaries(text: &str, span: Span) -> bool {
    let before = text[..span.start].chars().next_back();
    let after = text[span.end..].chars().next();
    !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
}

/// Only spaces or one hyphen between two spans.
fn adjacent(text: &str, a: Span, b: Span) -> bool {
    if b.start < a.end {
        return false;
    }
    let gap = &text[a.end..b.start];
    // "Sudan's army", "China's Foreign Ministry": a possessive joins too,
    // across one modifier ("Nicaragua's Sandinista government", "Iran's
    // new president").
    if let Some(rest) = gap.strip_prefix("'s").or_else(|| gap.strip_prefix('\'')) {
        let words: Vec<&str> = rest.split_whitespace().collect();
        let one_modifier = words.len() == 1
            && words[0].len() <= 24
            && words[0].chars().all(|c| c.is_alphabetic() || c == '-')
            && rest.starts_with(' ')
            && rest.ends_with(' ');
        if one_modifier {
            return true;
        }
        return rest.chars().all(char::is_whitespace) && !rest.is_empty() && rest.len() <= 3;
    }
    gap.chars().all(char::is_whitespace) && !gap.is_empty() && gap.len() <= 3
}

/// Words that name what kind of court, force or office a role noun is,
/// between a state and the noun ("a Pakistani anti-corruption court",
/// "a Ugandan military court", "Iranian riot police").
const INSTITUTION_MODIFIERS: [&str; 30] = [
    "military",
    "federal",
    "supreme",
    "high",
    "constitutional",
    "anti-corruption",
    "anti-terrorism",
    "anti-terror",
    "criminal",
    "special",
    "district",
    "regional",
    "provincial",
    "appeals",
    "appeal",
    "state",
    "national",
    "interior",
    "security",
    "riot",
    "border",
    "secret",
    "intelligence",
    "naval",
    "armed",
    "elite",
    "paramilitary",
    "opposition",
    "ruling",
    "electoral",
];

/// One or two words of [`INSTITUTION_MODIFIERS`] alone stand between spans
/// `a` and `b` ("a U.S. federal appeals court").
fn institution_modifier(text: &str, a: Span, b: Span) -> bool {
    b.start > a.end
        && text[a.end..b.start].strip_prefix(' ').and_then(|g| g.strip_suffix(' ')).is_some_and(|g| {
            let words: Vec<&str> = g.split(' ').collect();
            words.len() <= 2 && words.iter().all(|w| INSTITUTION_MODIFIERS.contains(w))
        })
}

/// The word one space after `end` (letters and digits), or "".
fn word_after(text: &str, end: usize) -> &str {
    text[end..].strip_prefix(' ').unwrap_or("").split(|c: char| !c.is_alphanumeric()).next().unwrap_or("")
}

/// Nouns of accords and processes that a capital's name can name ("the
/// Paris climate agreement", "the Astana process").
const ACCORD_NOUNS: [&str; 12] = [
    "agreement",
    "agreements",
    "accord",
    "accords",
    "treaty",
    "protocol",
    "protocols",
    "convention",
    "conventions",
    "process",
    "format",
    "declaration",
];

/// Capitalised words that with "of" and a name name a body of water
/// ("Gulf of Oman", "Bay of Bengal"). Not "Sea": a missile fired "into
/// the Sea of Japan" is fired towards Japan, as coders of North Korean
/// launches code it.
const WATER_NAMES: [&str; 4] = ["Gulf", "Bay", "Strait", "Straits"];

/// Words of geography after which a region's name describes a place.
const GEOGRAPHY_NOUNS: [&str; 14] = [
    "island",
    "islands",
    "sea",
    "coast",
    "coastline",
    "shore",
    "shores",
    "basin",
    "waters",
    "peninsula",
    "archipelago",
    "rim",
    "seaboard",
    "coastal",
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn initials_in_brackets_after_a_name_are_the_names() {
        let t = "the Montenegro Municipality Association (AKK) officials";
        let at = t.find("AKK").unwrap();
        assert!(spelled_out_before(t, Span::new(at, at + 3)));
        let t = "AKK visited Paris (AKK) and (akk) too";
        assert!(!spelled_out_before(t, Span::new(0, 3)));
        assert!(!spelled_out_before(t, Span::new(29, 32)));
    }

    fn recognizer() -> Recognizer {
        let mut d = Dictionary::new();
        d.add_file(
            "countries.tsv",
            "CHN\tname\tChina\tcased\nCHN\tadj\tChinese\nRUS\tname\tRussia\nRUS\tadj\tRussian\nRUS\tcapital\tMoscow\nCHN\tcapital\tBeijing\nRUSGOV\tseat\tKremlin\nTUR\tname\tTurkey\tcased\nJOR\tname\tJordan\tcased,person\nPRK\tname\tNorth Korea\nKOR\tname\tKorea\tambiguous\nPRK\tcapital\tPyongyang\nJPN\tname\tJapan\tcased\nKOR\tname\tSouth Korea\nESP\tadj\tSpanish\nWST\tregion\tWest\tcased,common\nMDT\tregion\tMediterranean\nCYP\tname\tCyprus\nOMN\tname\tOman\nPGS\tregion\tGulf\tcased,common\n",
        );
        d.add_file("organizations.tsv", "IGOUNO\tabbr\tUN\tcased\nIGOUNO\tname\tUnited Nations\n");
        d.add_file("agents.tsv", "GOV\tofficials\nGOV\tPresident\ttitle\nGOV\tPrime Minister\ttitle\nMIL\ttanks\nGOV\tdiplomats\nGOV\tForeign Minister\ttitle\nMIL\tmilitary\nGOV\tembassy\thead\n");
        d.add_file(
            "people.tsv",
            "Xi Jinping\tCHN\tXi\tGOV:head-of-state:2013-03-14:\nVladimir Putin\tRUS\tPutin|Poutine|Vladimir Poutine\tGOV:head-of-state:2012-05-07:\nDonald Trump\tUSA\tTrump\tGOV:head-of-state:2017-01-20:2021-01-20|GOV:head-of-state:2025-01-20:\nPedro Sánchez\tESP\tPedro Sanchez|Sánchez\tGOV:head-of-government:2018-06-02:\n",
        );
        assert!(d.problems().is_empty(), "{:?}", d.problems());
        Recognizer::new(Arc::new(d))
    }

    fn find(text: &str, day: u32) -> Vec<(String, String, &'static str)> {
        recognizer()
            .find(text, Span::new(0, text.len()), Some(DayKey(day)))
            .into_iter()
            .map(|m| (text[m.span].to_string(), m.code.to_string(), m.how.as_str()))
            .collect()
    }

    fn codes(text: &str) -> Vec<String> {
        find(text, 20250505).into_iter().map(|(_, c, _)| c).collect()
    }

    #[test]
    fn an_embassy_in_a_capital_is_not_that_states() {
        assert!(posted_abroad("Embassy") && posted_abroad("envoys") && !posted_abroad("diplomats"));
        assert_eq!(codes("The embassy in Beijing closed."), ["---GOV", "CHN"]);
        assert_eq!(codes("The embassy of Russia closed."), ["RUSGOV"]);
    }

    #[test]
    fn a_name_after_anti_is_opposed_not_owned() {
        assert_eq!(codes("Anti-Chinese officials met Russian officials."), ["---GOV", "RUSGOV"]);
        assert_eq!(codes("an anti-Russia rally near the UN"), ["IGOUNO"]);
        assert_eq!(codes("semi-anti-Russia officials"), ["---GOV"]);
        assert_eq!(codes("Santi-Russia officials"), ["RUSGOV"]);
        assert_eq!(codes("pro-Chinese officials met Russian officials."), ["---GOV", "RUSGOV"]);
        assert_eq!(codes("Apro-Russia officials"), ["RUSGOV"]);
    }

    #[test]
    fn a_word_naming_the_kind_of_institution_joins_state_and_role() {
        let r = Recognizer::new(Dictionary::builtin());
        let found = |t: &str| {
            r.find(t, Span::new(0, t.len()), None).into_iter().map(|m| m.code.to_string()).collect::<Vec<_>>()
        };
        assert_eq!(found("A Pakistani anti-corruption court ruled."), ["PAKJUD"]);
        assert_eq!(found("A U.S. federal appeals court ruled."), ["USAJUD"]);
        // Not across other words: a verb between keeps two actors.
        assert_eq!(found("Israeli troops killed Palestinian protesters."), ["ISRMIL", "PSEOPP"]);
    }

    #[test]
    fn a_list_takes_its_first_members_role() {
        assert_eq!(codes("The diplomats of China, Japan and South Korea met."), ["CHNGOV", "JPNGOV", "KORGOV"]);
        // Not across other words, and not from a role written before the state.
        assert_eq!(codes("Russian officials met China and Japan."), ["RUSGOV", "CHN", "JPN"]);
        assert_eq!(codes("The diplomats of China met Japan."), ["CHNGOV", "JPN"]);
        // So after "from"; but a name's own role ("Hezbollah") goes nowhere.
        assert_eq!(codes("Diplomats from China, Japan and Russia left."), ["CHNGOV", "JPNGOV", "RUSGOV"]);
        assert_eq!(codes("The UN and Japan agreed."), ["IGOUNO", "JPN"]);
    }

    #[test]
    fn countries_roles_titles_and_people() {
        assert_eq!(
            find("Chinese President Xi Jinping met Russian officials.", 20250505),
            [
                ("Chinese President Xi Jinping".into(), "CHNGOV".into(), "exact"),
                ("Russian officials".into(), "RUSGOV".into(), "exact")
            ]
        );
        assert_eq!(codes("Russian tanks rolled past the Kremlin."), ["RUSMIL", "RUSGOV"]);
        assert_eq!(codes("the best diplomats in China met"), ["CHNGOV"]);
        assert_eq!(codes("the Beijing-Moscow partnership"), ["CHN", "RUS"]);
        assert_eq!(codes("the Chinese-Russia relationship"), ["CHN", "RUS"]);
        assert_eq!(codes("the Russia-North Korea pact"), ["RUS", "PRK"]);
        assert_eq!(codes("China's envoy and Poutine's aides"), ["CHN", "RUSGOV"]);
    }

    #[test]
    fn people_code_by_date() {
        assert_eq!(find("Trump spoke.", 20190601)[0].1, "USAGOV");
        assert_eq!(find("Trump spoke.", 20220601)[0].1, "USAELI");
        assert_eq!(find("Trump spoke.", 20250601)[0].1, "USAGOV");
    }

    #[test]
    fn case_damage_and_fuzzy_names() {
        assert_eq!(find("XI faces challenges", 20250505), [("XI".into(), "CHNGOV".into(), "alias")]);
        assert_eq!(
            find("with Vladimir Poutina Jarring", 20250505),
            [("Vladimir Poutina".into(), "RUSGOV".into(), "fuzzy")]
        );
        assert_eq!(
            find("Prime Minister Pedro Schez in Beijing", 20250505)[0],
            ("Prime Minister Pedro Schez".into(), "ESPGOV".into(), "fuzzy")
        );
    }

    #[test]
    fn classic_false_positives() {
        assert!(codes("they ate turkey and fine china").is_empty());
        assert_eq!(codes("Turkey and Japan met"), ["TUR", "JPN"]);
        assert!(codes("Michael Jordan scored").is_empty());
        assert_eq!(codes("Jordan and Russia met"), ["JOR", "RUS"]);
        // A role word inside a hyphenated modifier does not stop the join.
        assert_eq!(codes("diplomats from military-ruled Russia"), ["RUSGOV"]);
        // One modifier may stand between a possessive and its role noun.
        assert_eq!(codes("Russia's new diplomats"), ["RUSGOV"]);
        assert_eq!(codes("Russia's diplomats"), ["RUSGOV"]);
        assert_eq!(codes("Russia's war and diplomats"), ["RUS"]);
        // A day or month beside it is no personal name.
        assert_eq!(codes("Jordan Friday closed its border"), ["JOR"]);
        // A name that is also a word, before a proper name, is part of it.
        assert_eq!(codes("fighting in West Papua and West Darfur"), Vec::<String>::new());
        assert_eq!(codes("the West condemned Russia"), ["WST", "RUS"]);
        assert_eq!(codes("West Slams Moscow"), ["WST", "RUS"]);
        // A region before a word of geography describes a place.
        assert_eq!(codes("the Mediterranean island of Cyprus"), ["CYP"]);
        assert_eq!(codes("Mediterranean states and Cyprus"), ["MDT", "CYP"]);
        // A capital naming an accord names no party to it.
        assert!(codes("the Moscow peace accords were signed").is_empty());
        assert_eq!(codes("Moscow signed the accords"), ["RUS"]);
        // A name after "Gulf of", "Bay of", "Strait of" names the water.
        assert!(codes("a tanker seized in the Gulf of Oman").is_empty());
        assert_eq!(codes("Oman and the Gulf condemned it"), ["OMN", "PGS"]);
        assert_eq!(codes("missiles fell into the Sea of Japan"), ["JPN"]);
        // A one-word name of a person before someone else's surname.
        assert!(codes("Xi Mingze studied abroad").is_empty());
        assert_eq!(codes("Putin Slams Kremlin critics"), ["RUSGOV", "RUSGOV"]);
        assert_eq!(codes("Xi Monday met Putin"), ["CHNGOV", "RUSGOV"]);
        assert_eq!(codes("On Monday Jordan closed its border"), ["JOR"]);
        assert!(codes("the un-named official").is_empty());
        assert_eq!(codes("the UN said"), ["IGOUNO"]);
        assert_eq!(codes("Korea and Japan"), ["KOR", "JPN"]);
        assert!(codes("Pedro Gomez arrived").is_empty());
    }
}
