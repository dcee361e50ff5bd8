//! A shallow tagger: sentence tokens become units with a part of speech,
//! actor phrases become single units.

use dyad_actors::{ActorMention, EntryKind};
use dyad_lexicon::Lexicon;
use dyad_segment::{Token, TokenKind};
use dyad_types::Span;

/// Coarse part of speech of a unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Pos {
    /// A dictionary actor phrase (one unit however many words).
    Actor,
    /// Determiner (`the`, `a`, `this`).
    Det,
    /// Pronoun.
    Pron,
    /// Preposition.
    Prep,
    /// Infinitive or preposition `to`.
    To,
    /// Coordinating conjunction.
    Conj,
    /// Subordinating conjunction (`while`, `because`, `if`).
    Sub,
    /// Wh-word (`who`, `which`, `when`).
    Wh,
    /// Auxiliary (`is`, `has`, `did`).
    Aux,
    /// Modal (`will`, `could`).
    Modal,
    /// Negation (`not`, `never`).
    Neg,
    /// Possessive clitic `'s`.
    Possessive,
    /// Number.
    Num,
    /// Verb.
    Verb,
    /// Noun (or a name dyad does not know).
    Noun,
    /// Adjective.
    Adj,
    /// Adverb.
    Adv,
    /// Punctuation.
    Punct,
}

/// One unit of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tagged {
    /// Where it is in the text.
    pub span: Span,
    /// Lower-case surface form.
    pub lower: String,
    /// Part of speech.
    pub pos: Pos,
    /// Index of the actor in the sentence's actor list, for actor units.
    pub actor: Option<usize>,
    /// Verb lemmas the form may have (`met` → `meet`).
    pub verb_lemmas: Vec<String>,
    /// Noun lemma (`talks` → `talk`; the form itself when listed).
    pub noun_lemma: Option<String>,
    /// An `-ed`/`-en` form that can be a past participle.
    pub participle: bool,
    /// Written with a capital first letter.
    pub capitalised: bool,
    /// An actor unit that is a demonym alone (`Greek` in "the Greek
    /// sides"): the noun after it is its head, not a verb.
    pub bare_adjective: bool,
    /// The lexicon also reads the word as an adjective (`joint`,
    /// `military`), whatever part of speech it was given.
    pub may_be_adjective: bool,
    /// An actor unit that is a city the text places something in ("from
    /// Kherson"): a target only where no other actor is.
    pub city: bool,
    /// An actor unit that names a person ("he" and "she" point to one).
    pub person: bool,
    /// An actor unit that is a place: a city or a capital ("captured
    /// Kabul" takes territory).
    pub place: bool,
}

impl Tagged {
    /// A unit of `lower` with no lexicon readings, for tests of the passes
    /// over units.
    #[cfg(test)]
    pub(crate) fn bare(lower: &str, pos: Pos, span: Span) -> Tagged {
        plain(&mut Vec::new(), span, lower, pos)
    }

    /// True when the unit (surface or a lemma) is one of `words`.
    pub fn matches_any(&self, words: &dyad_lexicon::WordSet<String>) -> bool {
        words.contains(self.lower.as_str())
            || self.noun_lemma.as_deref().is_some_and(|l| words.contains(l))
            || self.verb_lemmas.iter().any(|l| words.contains(l.as_str()))
    }

    /// True when the unit is one of a choice's single words: as written,
    /// or also by lemma unless the choice is exact.
    pub fn matches_choice(&self, choice: &crate::WordChoice) -> bool {
        if choice.exact { choice.single.contains(self.lower.as_str()) } else { self.matches_any(&choice.single) }
    }

    /// True when a frame word matches this unit (surface or lemma).
    pub fn matches(&self, word: &str) -> bool {
        self.lower == word || self.noun_lemma.as_deref() == Some(word) || self.verb_lemmas.iter().any(|l| l == word)
    }

    /// True when one of the unit's verb lemmas is one of `lemmas`.
    pub(crate) fn has_verb_lemma(&self, lemmas: &[&str]) -> bool {
        self.verb_lemmas.iter().any(|l| lemmas.contains(&l.as_str()))
    }
}

/// The forms of `be`.
pub(crate) const BE_FORMS: [&str; 8] = ["is", "are", "was", "were", "be", "been", "being", "am"];

/// Possessive pronouns that open a noun phrase ("its troops").
pub(crate) const POSSESSIVES: [&str; 5] = ["its", "their", "his", "her", "our"];

/// Second halves of compounds that make a group an actor's own
/// (`Saudi-led`, `Iran-backed`).
const AFFILIATION_SUFFIXES: &[&str] = &[
    "led",
    "backed",
    "allied",
    "based",
    "funded",
    "armed",
    "aligned",
    "controlled",
    "held",
    "run",
    "ruled",
    "supported",
    "trained",
    // What flies a state's flag or is owned by it is its property.
    "flagged",
    "owned",
    "registered",
    "operated",
];

/// Tags `text[sentence]`, merging each actor mention into one unit.
#[cfg(test)]
pub fn tag(text: &str, sentence: Span, actors: &[ActorMention], lex: &Lexicon) -> Vec<Tagged> {
    tag_tokens(text, dyad_segment::tokens(text, sentence), actors, lex, &|_| None)
}

/// [`tag`] over a sentence's tokens, when the caller has them already.
pub fn tag_tokens(
    text: &str,
    toks: impl IntoIterator<Item = Token>,
    actors: &[ActorMention],
    lex: &Lexicon,
    forms: &dyn Fn(&str) -> Option<String>,
) -> Vec<Tagged> {
    let toks = toks.into_iter();
    // A unit per token at most: room for all at once (a unit is large), in
    // the last sentence's list when the coder handed it back.
    let (mut out, mut used) = SPARE.take();
    out.clear();
    out.reserve(toks.size_hint().0);
    let mut next_actor = 0;
    for tok in toks {
        while next_actor < actors.len() && actors[next_actor].span.end <= tok.span.start {
            next_actor += 1;
        }
        // "the Saudi-led coalition", "Iran-backed militias": a group led or
        // backed by an actor stands for that actor ("a Russian-brokered
        // deal" does not: the deal is not Russia's).
        let led_by = |a: &&ActorMention| {
            a.span.start == tok.span.start
                && a.span.end < tok.span.end
                && text[a.span.end..tok.span.end]
                    .strip_prefix('-')
                    .is_some_and(|rest| AFFILIATION_SUFFIXES.contains(&rest))
        };
        // "US-China talks", "the Beijing-Moscow partnership": two actors
        // that one hyphenated word names are a pair, as "US and China".
        if let [a, b, ..] = actors.get(next_actor..).unwrap_or_default()
            && a.span.start == tok.span.start
            && b.span.end == tok.span.end
            && b.span.start == a.span.end + 1
            && text.as_bytes().get(a.span.end) == Some(&b'-')
        {
            for (n, actor) in [(next_actor, a), (next_actor + 1, b)] {
                if n > next_actor {
                    out.push(plain(&mut used, Span::new(a.span.end, b.span.start), "and", Pos::Conj));
                }
                let mut unit = actor_unit(&mut used, text, actor, n);
                // The pair describes what follows it: "US-China trade talks".
                unit.bare_adjective = true;
                out.push(unit);
            }
            continue;
        }
        if let Some(a) = actors
            .get(next_actor)
            .filter(|a| (a.span.start <= tok.span.start && tok.span.end <= a.span.end) || led_by(a))
        {
            if out.last().is_none_or(|u| u.actor != Some(next_actor)) {
                let mut unit = actor_unit(&mut used, text, a, next_actor);
                unit.bare_adjective = a.kind == Some(EntryKind::Adjective) && a.span == a.entry;
                out.push(unit);
            }
            continue;
        }
        let surface = &text[tok.span];
        let unit = match tok.kind {
            TokenKind::Punct => plain(&mut used, tok.span, surface, Pos::Punct),
            TokenKind::Number => plain(&mut used, tok.span, surface, Pos::Num),
            TokenKind::Possessive => plain(&mut used, tok.span, surface, Pos::Possessive),
            TokenKind::Word => {
                let mut unit = word(&mut used, tok.span, surface, lex);
                // "receivedhis", "signedan": two words a link seam glued.
                if unit.verb_lemmas.is_empty()
                    && unit.noun_lemma.is_none()
                    && !unit.may_be_adjective
                    && let Some(cut) = glue_cut(surface, lex)
                {
                    out.push(word(&mut used, Span::new(tok.span.start, tok.span.start + cut), &surface[..cut], lex));
                    unit = word(&mut used, Span::new(tok.span.start + cut, tok.span.end), &surface[cut..], lex);
                }
                // A form the verb dictionaries list ("cordoned") is a verb
                // form even where the lexicon knows only the noun.
                if let Some(head) = forms(&unit.lower).filter(|h| !unit.verb_lemmas.contains(h)) {
                    unit.verb_lemmas.push(head);
                    if unit.lower.ends_with("ed") {
                        unit.pos = Pos::Verb;
                        unit.participle = true;
                    }
                }
                unit
            }
        };
        out.push(unit);
    }
    disambiguate(&mut out);
    clause_openers(&mut out);
    attributive_names(&mut out);
    SPARE.set((Vec::new(), used));
    out
}

thread_local! {
    /// Lists done with: an empty one to tag the next sentence into, and
    /// units of earlier sentences, whose strings the next units reuse.
    static SPARE: std::cell::Cell<(Vec<Tagged>, Vec<Tagged>)> =
        const { std::cell::Cell::new((Vec::new(), Vec::new())) };
}

/// Hands back a sentence's units once coded: the next sentence is tagged
/// into the same memory.
pub(crate) fn recycle(mut units: Vec<Tagged>) {
    let (_, mut used) = SPARE.take();
    units.append(&mut used);
    SPARE.set((used, units));
}

/// Function words that a link seam glues to a neighbour ("receivedhis",
/// "signedan", "onsemiconductors").
const SEAM_WORDS: [&str; 22] = [
    "the", "a", "an", "his", "her", "its", "their", "our", "on", "of", "to", "in", "at", "by", "and", "or", "with",
    "for", "from", "as", "that", "this",
];

/// Where an unknown lower-case word splits into a word and a function word
/// glued at a link seam ("received|his", "on|semiconductors"). One side
/// must be a function word, so that an unknown compound ("cyberattack")
/// stays whole.
fn glue_cut(w: &str, lex: &Lexicon) -> Option<usize> {
    if !(5..=40).contains(&w.len()) || !w.bytes().all(|b| b.is_ascii_lowercase()) || lex.is_word(w) {
        return None;
    }
    (1..w.len()).find(|&cut| {
        let (head, tail) = w.split_at(cut);
        SEAM_WORDS.contains(&head) && tail.len() >= 3 && lex.is_word(tail)
            || SEAM_WORDS.contains(&tail) && head.len() >= if tail.len() < 3 { 5 } else { 3 } && lex.is_word(head)
    })
}

/// The unit of actor mention `a`, the `n`th of the sentence's actors.
fn actor_unit(used: &mut Vec<Tagged>, text: &str, a: &ActorMention, n: usize) -> Tagged {
    let mut unit = plain(used, a.span, &text[a.span], Pos::Actor);
    unit.actor = Some(n);
    unit.capitalised = true;
    unit.city = a.kind == Some(EntryKind::City);
    unit.person = a.canonical.is_some() || a.kind == Some(EntryKind::Person);
    unit.place = matches!(a.kind, Some(EntryKind::City | EntryKind::Capital)) && a.span == a.entry;
    unit
}

/// A unit of `pos` for `surface`, in the memory of a used one when there
/// is one: its lower-case form written, no lemmas, no flags.
fn plain(used: &mut Vec<Tagged>, span: Span, surface: &str, pos: Pos) -> Tagged {
    let mut unit = blank(used, span, surface, pos);
    unit.verb_lemmas.clear();
    unit.noun_lemma = None;
    unit
}

/// [`plain`], the lemmas left for the caller to set.
fn blank(used: &mut Vec<Tagged>, span: Span, surface: &str, pos: Pos) -> Tagged {
    let mut unit = used.pop().unwrap_or_else(|| Tagged {
        span,
        lower: String::new(),
        pos,
        actor: None,
        verb_lemmas: Vec::new(),
        noun_lemma: None,
        participle: false,
        capitalised: false,
        bare_adjective: false,
        may_be_adjective: false,
        city: false,
        person: false,
        place: false,
    });
    unit.span = span;
    unit.pos = pos;
    unit.actor = None;
    unit.participle = false;
    unit.capitalised = false;
    unit.bare_adjective = false;
    unit.may_be_adjective = false;
    unit.city = false;
    unit.person = false;
    unit.place = false;
    unit.lower.clear();
    if surface.is_ascii() {
        // What `to_lowercase` gives ASCII text.
        unit.lower.push_str(surface);
        unit.lower.make_ascii_lowercase();
    } else {
        unit.lower.push_str(&surface.to_lowercase());
    }
    unit
}

/// Nouns before which a state's name only says what they are about ("its
/// Gulf war with Iraq", "the Kosovo crisis"): no actor there.
const ATTRIBUTIVE_HEADS: &[&str] =
    &["war", "wars", "crisis", "conflict", "issue", "question", "policy", "problem", "dispute", "file", "situation"];

fn attributive_names(units: &mut [Tagged]) {
    for i in 1..units.len().saturating_sub(1) {
        if units[i].pos == Pos::Actor
            && !units[i].bare_adjective
            && matches!(units[i - 1].pos, Pos::Det | Pos::Possessive | Pos::Pron)
            && units[i - 1].lower != "that"
            && units[i + 1].pos == Pos::Noun
            && ATTRIBUTIVE_HEADS.contains(&units[i + 1].lower.as_str())
            // "the U.N. war crimes court": the compound goes on to its head.
            && units.get(i + 2).is_none_or(|n| n.pos != Pos::Noun)
        {
            units[i].pos = Pos::Noun;
            units[i].actor = None;
        }
    }
}

fn word(used: &mut Vec<Tagged>, span: Span, surface: &str, lex: &Lexicon) -> Tagged {
    let mut unit = blank(used, span, surface, Pos::Noun);
    let (function, adj, adv) = crate::readings::with_reading(lex, &unit.lower, |r| {
        unit.verb_lemmas.clone_from(&r.verb_lemmas);
        unit.noun_lemma.clone_from(&r.noun_lemma);
        (r.function, r.adj, r.adv)
    });
    if let Some(pos) = function {
        unit.pos = pos;
        unit.verb_lemmas.clear();
        unit.noun_lemma = None;
        return unit;
    }
    let (lower, verb_lemmas, noun_lemma) = (&unit.lower, &unit.verb_lemmas, &unit.noun_lemma);
    let participle = !verb_lemmas.is_empty()
        && (lower.ends_with("ed")
            || lower.ends_with("en")
            || !verb_lemmas.contains(lower) && !lower.ends_with('s') && !lower.ends_with("ing"));
    let capitalised = surface.chars().next().is_some_and(char::is_uppercase);
    unit.may_be_adjective = adj;
    let pos = if !verb_lemmas.is_empty() && noun_lemma.is_none() && !adj {
        Pos::Verb
    } else if !verb_lemmas.is_empty() {
        // Decided by context below; start from the verb reading for
        // inflected forms that nouns do not take.
        if lower.ends_with("ed") { Pos::Verb } else { Pos::Noun }
    } else if adv && noun_lemma.is_none() {
        Pos::Adv
    } else if adj && noun_lemma.is_none() {
        Pos::Adj
    } else if noun_lemma.is_some() || capitalised {
        Pos::Noun
    } else if adj {
        Pos::Adj
    } else {
        Pos::Noun
    };
    unit.pos = pos;
    unit.participle = participle;
    unit.capitalised = capitalised;
    unit
}

/// Adverbs that are also verbs (`to even`, `to still`), taken as adverbs
/// right before a verb.
const ADVERBS_BEFORE_VERBS: [&str; 5] = ["even", "still", "just", "further", "yet"];

/// Subject pronouns: a verb follows them.
pub(crate) fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she" | "it" | "they" | "we" | "i" | "you" | "who")
}

/// Words that take a noun after them, not a verb.
fn takes_noun(pos: Pos) -> bool {
    matches!(pos, Pos::Det | Pos::Adj | Pos::Possessive | Pos::Num | Pos::Prep)
}

/// Verbs of deliberation: what they weigh is not done ("is considering
/// imposing sanctions"). Their object may be a gerund.
pub(crate) const DELIBERATION_VERBS: &[&str] = &[
    "consider",
    "weigh",
    "mull",
    "contemplate",
    "discuss",
    "debate",
    "propose",
    "suggest",
    "explore",
    "study",
    "examine",
    "recommend",
    "envisage",
    "advocate",
];

/// Other verbs whose object may be an act, as a gerund ("denied
/// supplying", "resumed shelling").
const GERUND_VERBS: &[&str] =
    &["deny", "admit", "avoid", "stop", "resume", "begin", "start", "continue", "keep", "risk", "halt", "quit"];

/// Forms of the verbs that link a subject to what describes it ("remains
/// limited", "seems determined").
const LINKING_VERBS: [&str; 15] = [
    "remain", "remains", "remained", "seem", "seems", "seemed", "appear", "appears", "appeared", "become", "becomes",
    "became", "look", "looks", "looked",
];

/// An -s word that a verb or an auxiliary follows ends the subject's noun
/// phrase: "Security forces killed", "Arms exports were halted", "Israeli
/// air strikes hit Hezbollah positions"; not a linking verb ("the West
/// remains limited").
fn ends_subject(u: &Tagged, next: Option<&Tagged>) -> bool {
    u.lower.ends_with('s')
        && u.noun_lemma.is_some()
        && !LINKING_VERBS.contains(&u.lower.as_str())
        && next.is_some_and(|n| {
            matches!(n.pos, Pos::Aux | Pos::Modal)
                || n.pos == Pos::Verb && (n.lower.ends_with("ed") || n.participle)
                || SAME_FORM_PARTICIPLES.contains(&n.lower.as_str())
                // "U.S. and EU allies expel diplomats": a headline's present.
                || n.pos == Pos::Verb && n.noun_lemma.is_none() && n.verb_lemmas.contains(&n.lower)
        })
}

/// "the government expressed", "Congress is asking": after a noun, an
/// inflected verb form is a verb ("Trilateral talks between" is none).
fn true_after_noun(u: &Tagged, next: Option<&Tagged>) -> bool {
    let w = &u.lower;
    if ends_subject(u, next) || w.ends_with('s') && next.is_some_and(|n| n.lower == "between") {
        return false;
    }
    // "A drone strike hit a refinery": a base form that is also the past
    // tense, before its object, is the verb.
    if SAME_FORM_PARTICIPLES.contains(&w.as_str())
        && next.is_some_and(|n| matches!(n.pos, Pos::Det | Pos::Actor | Pos::Pron | Pos::Num) || n.capitalised)
    {
        return true;
    }
    w.ends_with("ed") || (w.ends_with('s') && !w.ends_with("ss")) || !u.verb_lemmas.contains(w)
}

/// Verbs whose past tense and participle are their base form: "was hit by"
/// is passive and "a drone strike hit a refinery" past, although "hit"
/// looks like the base form.
pub(crate) const SAME_FORM_PARTICIPLES: &[&str] = &[
    "hit",
    "cut",
    "put",
    "set",
    "shut",
    "hurt",
    "let",
    "spread",
    "cast",
    "burst",
    "split",
    "upset",
    "shed",
    "bid",
    "rid",
    "broadcast",
    "forecast",
    "thrust",
    "quit",
    "cost",
];

/// A bare verb after `to` or a modal stands earlier in the sentence.
/// The nearest bare verb after `to` or a modal before unit `i`.
pub(crate) fn infinitive_before(units: &[Tagged], i: usize) -> Option<usize> {
    (1..i).rev().find(|&k| {
        matches!(units[k - 1].pos, Pos::To | Pos::Modal)
            && units[k].pos == Pos::Verb
            && units[k].verb_lemmas.contains(&units[k].lower)
    })
}

/// A straight quote written right after a word closes a quotation.
fn closes_word(units: &[Tagged], k: usize) -> bool {
    k > 0 && units[k - 1].span.end == units[k].span.start && units[k - 1].pos != Pos::Punct
}

/// Prepositions that also open clauses.
const CLAUSE_PREPOSITIONS: [&str; 5] = ["as", "after", "before", "since", "until"];

/// "as Kigali said it hoped", "after the army shelled": a preposition
/// followed by a noun phrase and a finite verb opens a clause; the noun
/// phrase is that verb's subject, no prepositional object.
fn clause_openers(units: &mut [Tagged]) {
    for i in 0..units.len() {
        if units[i].pos != Pos::Prep || !CLAUSE_PREPOSITIONS.contains(&units[i].lower.as_str()) {
            continue;
        }
        let mut k = i + 1;
        let mut named = false;
        while let Some(u) = units.get(k) {
            match u.pos {
                Pos::Actor | Pos::Noun => named = true,
                Pos::Pron if is_subject_pronoun(&u.lower) => named = true,
                Pos::Det | Pos::Adj | Pos::Possessive | Pos::Num => {}
                _ => break,
            }
            k += 1;
        }
        // A finite verb: an auxiliary or modal, or a past or present
        // form ("said", "shells"), not an -ing form ("as part of").
        let finite = units.get(k).is_some_and(|v| {
            matches!(v.pos, Pos::Aux | Pos::Modal)
                || v.pos == Pos::Verb && !v.lower.ends_with("ing") && v.lower != v.verb_lemmas.first().map_or("", |l| l)
                // "after a Houthi drone hit Tel Aviv": a past like its base.
                || v.pos == Pos::Verb && SAME_FORM_PARTICIPLES.contains(&v.lower.as_str())
        });
        if named && finite {
            units[i].pos = Pos::Sub;
        }
    }
}

/// Second pass: words that can be nouns or verbs take the reading their
/// neighbours ask for.
fn disambiguate(units: &mut [Tagged]) {
    // "has once again rejected": "once" opens no clause there.
    for i in 0..units.len().saturating_sub(1) {
        if units[i].lower == "once" && matches!(units[i + 1].lower.as_str(), "again" | "more") {
            units[i].pos = Pos::Adv;
        }
    }
    // "Following talks with Iran, ...", "days following the attack": a
    // preposition, except after an article or auxiliary ("the following
    // day", "is following the talks").
    for i in 0..units.len() {
        if units[i].lower == "following"
            && units.get(i + 1).is_some_and(|n| !matches!(n.pos, Pos::Punct | Pos::Prep | Pos::To))
            && (i == 0 || !matches!(units[i - 1].pos, Pos::Det | Pos::Aux | Pos::Modal))
        {
            units[i].pos = Pos::Prep;
            units[i].verb_lemmas.clear();
        }
    }
    // "the NATO air strikes", "its air defences": "air" before a noun of
    // warfare is the noun of a compound, not the verb.
    for i in 0..units.len().saturating_sub(1) {
        if units[i].lower == "air"
            && matches!(
                units[i + 1].lower.as_str(),
                "strike"
                    | "strikes"
                    | "raid"
                    | "raids"
                    | "attack"
                    | "attacks"
                    | "force"
                    | "forces"
                    | "defence"
                    | "defences"
                    | "defense"
                    | "defenses"
                    | "base"
                    | "bases"
                    | "space"
                    | "power"
                    | "campaign"
                    | "war"
            )
        {
            units[i].pos = Pos::Noun;
            units[i].verb_lemmas.clear();
            units[i + 1].verb_lemmas.clear();
            units[i + 1].pos = Pos::Noun;
        }
    }
    // "the Indus Waters Treaty": a capitalised word between two
    // capitalised nouns inside a sentence is part of a name.
    for i in 2..units.len().saturating_sub(1) {
        if units[i].capitalised
            && matches!(units[i].pos, Pos::Verb | Pos::Noun)
            && !units[i].verb_lemmas.is_empty()
            && units[i - 1].capitalised
            && units[i - 1].pos == Pos::Noun
            && units[i + 1].capitalised
            && units[i + 1].pos == Pos::Noun
        {
            units[i].pos = Pos::Noun;
            units[i].verb_lemmas.clear();
        }
    }
    // "rockets at northern Israel", "in central Kyiv": a word that may be
    // an adjective, after a preposition or determiner and before an actor,
    // describes the actor.
    // So a participle there ("from frozen Russian assets").
    for i in 1..units.len().saturating_sub(1) {
        if units[i].pos == Pos::Noun
            && (units[i].may_be_adjective && units[i].verb_lemmas.is_empty() || units[i].participle)
            && units[i + 1].pos == Pos::Actor
            && matches!(units[i - 1].pos, Pos::Prep | Pos::Det)
        {
            units[i].pos = Pos::Adj;
            units[i].verb_lemmas.clear();
        }
    }
    // "its remaining sanctions", "the last crossing point": an -ing word
    // between a determiner (or a describing word after one) and a noun
    // describes the noun.
    for i in 1..units.len().saturating_sub(1) {
        let u = &units[i];
        if !u.lower.ends_with("ing") || u.verb_lemmas.is_empty() || !matches!(units[i + 1].pos, Pos::Noun | Pos::Adj) {
            continue;
        }
        let determined =
            |k: usize| matches!(units[k].pos, Pos::Det | Pos::Num) || POSSESSIVES.contains(&units[k].lower.as_str());
        if determined(i - 1) || i > 1 && units[i - 1].may_be_adjective && determined(i - 2) {
            units[i].pos = Pos::Adj;
            units[i].verb_lemmas.clear();
        }
    }
    for i in 0..units.len() {
        if units[i].verb_lemmas.is_empty() || units[i].pos == Pos::Actor {
            continue;
        }
        let prev_at = (0..i).rev().find(|&k| units[k].pos != Pos::Adv);
        // "ordered military exercises": a word that may be an adjective,
        // after a verb, determiner or preposition and before a plural that
        // may be a noun, describes that noun ("ethnic cleansing" and other
        // nominal patterns keep their first word as the head noun).
        let describing_word = prev_at.is_some_and(|k| {
            units[k].pos == Pos::Noun
                && units[k].may_be_adjective
                && k > 0
                && matches!(units[k - 1].pos, Pos::Verb | Pos::Det | Pos::Prep | Pos::Possessive | Pos::Num)
        }) && units[i].noun_lemma.is_some()
            && units[i].lower.ends_with('s');
        if describing_word && let Some(k) = prev_at {
            units[k].pos = Pos::Adj;
        }
        let prev = prev_at.map(|k| (units[k].pos, units[k].lower.as_str()));
        // "is ready to mediate", "are willing to talk": after a form of
        // `be`, a word that may be an adjective, before `to`, is one (an
        // `-ed` form stays a participle: "is prepared to ease").
        let be_before = matches!(prev, Some((Pos::Aux, w)) if BE_FORMS.contains(&w));
        if be_before
            && units[i].may_be_adjective
            && !units[i].lower.ends_with("ed")
            // "is threatening to", "are appealing to": a progressive verb.
            && !units[i].lower.ends_with("ing")
            && units.get(i + 1).is_some_and(|n| n.pos == Pos::To)
        {
            units[i].pos = Pos::Adj;
            continue;
        }
        // "a key U.S. ally", "the Russian attack": an actor after a
        // determiner or adjective modifies the noun that follows it.
        // Only after "a"/"an" or a describing word ("The United States cut"
        // is a verb); only a bare base form ("An Argentine court found").
        let modifier_actor = prev_at.is_some_and(|k| {
            units[k].pos == Pos::Actor
                && k > 0
                && (matches!(units[k - 1].lower.as_str(), "a" | "an" | "another" | "its" | "their" | "his" | "her")
                    // "on the margins of the G20 summit": no verb follows
                    // a preposition's article and actor.
                    || units[k - 1].lower == "the" && k > 1 && units[k - 2].pos == Pos::Prep
                    || matches!(units[k - 1].pos, Pos::Adj | Pos::Noun)
                        && k > 1
                        && matches!(units[k - 2].pos, Pos::Det | Pos::Possessive))
        }) && units[i].noun_lemma.is_some()
            && units[i].verb_lemmas.iter().all(|l| *l == units[i].lower)
            // "a Russian missile hit a shopping centre", "a Houthi drone hit
            // Tel Aviv": a noun is not followed at once by an article, nor
            // a past that looks like its base by a name.
            && units.get(i + 1).is_none_or(|n| {
                let article = matches!(n.lower.as_str(), "a" | "an" | "the");
                let named_object = n.pos == Pos::Actor && SAME_FORM_PARTICIPLES.contains(&units[i].lower.as_str());
                !(article || named_object)
            });
        // "the Turkish and Greek sides": a demonym alone is followed by its
        // noun; so is an actor that a preposition governs ("airstrikes on
        // Houthi targets").
        let modifier_actor = modifier_actor
            || prev_at.is_some_and(|k| {
                units[k].pos == Pos::Actor
                    && (units[k].bare_adjective
                        || k > 0
                            && matches!(
                                units[k - 1].lower.as_str(),
                                "on" | "against" | "at" | "near" | "toward" | "towards" | "into" | "upon"
                            ))
            }) && units[i].noun_lemma.is_some()
                && !units[i].participle
                && !units[i].lower.ends_with("ed");
        // "struck Hamas targets in Gaza": after a verb's actor object, an
        // -s word with no object of its own is the head of that object.
        let object_head = prev_at.is_some_and(|k| units[k].pos == Pos::Actor && k > 0 && units[k - 1].pos == Pos::Verb)
            && units[i].noun_lemma.is_some()
            && units[i].lower.ends_with('s')
            && units.get(i + 1).is_none_or(|n| {
                n.pos == Pos::Punct || n.pos == Pos::Prep && !matches!(n.lower.as_str(), "to" | "that")
            });
        // "cut gas supplies to Poland": an -s word after a noun that is a
        // verb's object goes on with that object.
        // So in a phrase of a preposition and a possessive: "pressure from
        // her coalition partners".
        // And so in a preposition's object at the end of its phrase:
        // "supply Ukraine with artillery shells".
        let phrase_ends = units.get(i + 1).is_none_or(|n| {
            matches!(n.lower.as_str(), "." | "," | ";")
                || n.pos == Pos::Prep && !matches!(n.lower.as_str(), "to" | "that")
        });
        let object_compound = prev_at.is_some_and(|k| {
            units[k].pos == Pos::Noun
                && k > 0
                && (units[k - 1].pos == Pos::Verb && !units[k - 1].lower.ends_with("ing")
                    || k > 1 && units[k - 2].pos == Pos::Prep && POSSESSIVES.contains(&units[k - 1].lower.as_str())
                    || units[k - 1].pos == Pos::Prep && phrase_ends)
        }) && units[i].noun_lemma.is_some()
            && units[i].lower.ends_with('s')
            && !units[i].lower.ends_with("ss");
        // "the largest Russian air attacks of the war": an -s word after a
        // noun that an actor describes, ending its phrase, heads it.
        let described_compound = phrase_ends
            && prev_at.is_some_and(|k| units[k].pos == Pos::Noun && k > 0 && units[k - 1].pos == Pos::Actor)
            && units[i].noun_lemma.is_some()
            && units[i].lower.ends_with('s')
            && !units[i].lower.ends_with("ss");
        // "exports of AI chips to China", "handed over four fighter jets to
        // Ukraine": an -s word after a noun, before "to" and a party, is
        // what goes to it.
        let sent_to_party = prev_at.is_some_and(|k| matches!(units[k].pos, Pos::Noun | Pos::Adj | Pos::Num))
            && units[i].noun_lemma.is_some()
            && units[i].lower.ends_with('s')
            && !units[i].lower.ends_with("ss")
            && units.get(i + 1).is_some_and(|n| n.lower == "to")
            && units.get(i + 2).is_some_and(|n| n.pos == Pos::Actor || n.pos == Pos::Det);
        let modifier_actor = modifier_actor || object_head || object_compound || described_compound || sent_to_party;
        let verbal_context = match prev {
            Some((Pos::Actor, _)) if modifier_actor => false,
            // "NATO allies discussed", "Russian shells hit": an -s word
            // before a past verb or an auxiliary ends the actor's phrase.
            Some((Pos::Actor, _)) if ends_subject(&units[i], units.get(i + 1)) => false,
            Some((Pos::Aux | Pos::Modal | Pos::Neg | Pos::To | Pos::Actor | Pos::Wh, _)) => true,
            Some((Pos::Pron, w)) => is_subject_pronoun(w),
            // "the World Food Program (WFP) said": a closing bracket or
            // quote ends a noun phrase as a noun does.
            Some((Pos::Noun, _) | (Pos::Punct, ")" | "”")) => true_after_noun(&units[i], units.get(i + 1)),
            Some((Pos::Punct, "\"" | "''")) if prev_at.is_some_and(|k| closes_word(units, k)) => {
                true_after_noun(&units[i], units.get(i + 1))
            }
            Some((Pos::Punct, ",")) | Some((Pos::Conj, _)) => {
                units[i].lower.ends_with("ing")
                    || units[i].lower.ends_with("ed")
                    // "Khamenei, who rarely travels abroad, met Putin",
                    // "urged the allies to settle it and said": an irregular
                    // past form after a comma or a conjunction ("met", "said").
                    || !units[i].lower.ends_with('s')
                        && !units[i].verb_lemmas.is_empty()
                        && !units[i].verb_lemmas.contains(&units[i].lower)
                    // "to give a speech and meet with": a second infinitive.
                    || matches!(prev, Some((Pos::Conj, _)))
                        && units[i].verb_lemmas.contains(&units[i].lower)
                        && infinitive_before(units, i).is_some()
                        // "meet with", "visit Moscow"; not "grain and flour to".
                        && units.get(i + 1).is_some_and(|n| {
                            matches!(n.pos, Pos::Actor | Pos::Det | Pos::Pron) || n.pos == Pos::Prep && n.lower != "of"
                        })
            }
            None => false,
            _ => false,
        };
        // "has once again outright rejected": an auxiliary shortly before a
        // participle makes it a verb whatever stands between.
        let perfect = units[i].participle
            && (i.saturating_sub(4)..i).any(|k| units[k].pos == Pos::Aux)
            && !(i.saturating_sub(4)..i).any(|k| matches!(units[k].pos, Pos::Det | Pos::Prep | Pos::Actor));
        let verbal_context = verbal_context || perfect;
        // "did not even clash", "will still meet": an adverb that is also a
        // verb stands before the verb it modifies.
        if verbal_context
            && ADVERBS_BEFORE_VERBS.contains(&units[i].lower.as_str())
            && units.get(i + 1).is_some_and(|n| !n.verb_lemmas.is_empty() || n.pos == Pos::Adv)
        {
            units[i].pos = Pos::Adv;
            continue;
        }
        // "remains limited", "seems determined": after a linking verb a
        // participle describes, it does not act.
        let linked = prev.is_some_and(|(p, w)| p == Pos::Verb && LINKING_VERBS.contains(&w));
        // "free detained members", "release jailed activists": a participle
        // between a verb and its object's noun describes the noun.
        let describes_object = prev.is_some_and(|(p, _)| p == Pos::Verb)
            && units[i].lower.ends_with("ed")
            && units.get(i + 1).is_some_and(|n| matches!(n.pos, Pos::Noun | Pos::Actor));
        if (linked || describes_object) && units[i].participle {
            units[i].pos = Pos::Adj;
            continue;
        }
        // "warned against selling arms", "barred from entering the
        // country": an -ing verb after `against` or `from` and before its
        // object is a gerund (the coder flags its act as not said to have
        // happened). After other prepositions it stays as the lexicon
        // reads it: "talks on limiting missiles" name a topic.
        // So after a verb that takes an act for its object ("denied
        // supplying drones", "is considering imposing sanctions").
        let takes_act = prev_at.is_some_and(|k| {
            units[k].pos == Pos::Verb
                && (units[k].has_verb_lemma(GERUND_VERBS) || units[k].has_verb_lemma(DELIBERATION_VERBS))
        });
        // "responded by expelling 20 diplomats": how the subject acted.
        // Not a passive's agent: "were wounded by shelling".
        let by_means = matches!(prev, Some((Pos::Prep, "by")))
            && prev_at.is_some_and(|k| {
                let mut v = k;
                while v > 0
                    && matches!(units[v - 1].pos, Pos::Adv | Pos::Noun | Pos::Det | Pos::Adj | Pos::Actor | Pos::Num)
                {
                    v -= 1;
                }
                v > 0
                    && units[v - 1].pos == Pos::Verb
                    && !(v > 1 && units[v - 2].pos == Pos::Aux && BE_FORMS.contains(&units[v - 2].lower.as_str()))
            });
        let gerund = (matches!(prev, Some((Pos::Prep, "against" | "from"))) || takes_act || by_means)
            && units[i].lower.ends_with("ing")
            && !units[i].verb_lemmas.is_empty()
            && units.get(i + 1).is_some_and(|n| {
                matches!(n.pos, Pos::Det | Pos::Actor | Pos::Pron | Pos::Num)
                    || n.noun_lemma.is_some() && !matches!(n.pos, Pos::Prep | Pos::Punct | Pos::Conj)
                    // "expelling at least 20 diplomats"
                    || by_means && !matches!(n.pos, Pos::Punct | Pos::Conj)
            });
        if gerund {
            units[i].pos = Pos::Verb;
            continue;
        }
        let nominal_context = !perfect && (modifier_actor || prev.is_some_and(|(p, _)| takes_noun(p)));
        units[i].pos = if nominal_context && !matches!(prev, Some((Pos::Prep, _)) if units[i].lower.ends_with("ing")) {
            if units[i].noun_lemma.is_some() { Pos::Noun } else { Pos::Adj }
        } else if verbal_context || units[i].noun_lemma.is_none() {
            Pos::Verb
        } else {
            units[i].pos
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(text: &str) -> Vec<(String, Pos)> {
        let lex = Lexicon::builtin();
        tag(text, Span::new(0, text.len()), &[], &lex).into_iter().map(|u| (u.lower, u.pos)).collect()
    }

    #[test]
    fn words_inside_a_name_and_describing_words_take_their_reading() {
        let find = |p: &[(String, Pos)], w: &str| p.iter().find(|(x, _)| x == w).map(|x| x.1);
        let p = pos("India suspended the Indus Waters Treaty with Pakistan.");
        assert_eq!(find(&p, "waters"), Some(Pos::Noun), "{p:?}");
        let p = pos("The EU lifted its remaining sanctions on Syria.");
        assert_eq!(find(&p, "remaining"), Some(Pos::Adj), "{p:?}");
        let p = pos("Following talks with Iran, Saudi Arabia reopened its embassy.");
        assert_eq!(find(&p, "following"), Some(Pos::Prep), "{p:?}");
        assert_eq!(find(&p, "talks"), Some(Pos::Noun), "{p:?}");
    }

    #[test]
    fn an_s_word_after_a_verbs_object_noun_goes_on_with_it() {
        let p = pos("Russia cut gas supplies to Poland");
        assert_eq!(p[3].1, Pos::Noun, "{p:?}");
    }

    #[test]
    fn a_gerund_after_a_verb_that_takes_an_act_is_a_verb() {
        for (text, w) in [
            ("Tehran denied supplying drones to Moscow.", "supplying"),
            ("Troops resumed shelling the town.", "shelling"),
        ] {
            let p = pos(text);
            assert_eq!(p.iter().find(|(x, _)| x == w).map(|x| x.1), Some(Pos::Verb), "{p:?}");
        }
    }

    #[test]
    fn lower_case_words_glued_at_a_seam_are_split() {
        let lex = Lexicon::builtin();
        assert_eq!(glue_cut("receivedhis", &lex), Some(8));
        assert_eq!(glue_cut("onsemiconductors", &lex), Some(2));
        assert_eq!(glue_cut("signedan", &lex), Some(6));
        // Words, and unknown words with no function word at a seam, stay.
        for whole in ["cyberattack", "another", "visit", "kyivska"] {
            assert_eq!(glue_cut(whole, &lex), None, "{whole}");
        }
    }

    #[test]
    fn an_s_word_before_a_past_verb_ends_the_subject() {
        let p = pos("Russian shells hit Kharkiv overnight.");
        assert_eq!(p[1].1, Pos::Noun, "{p:?}");
        assert_eq!(p[2].1, Pos::Verb, "{p:?}");
        let p = pos("The economy remains limited.");
        assert_eq!(p.iter().find(|(w, _)| w == "remains").map(|w| w.1), Some(Pos::Verb), "{p:?}");
    }

    #[test]
    fn an_s_word_ending_a_prepositions_object_is_a_noun() {
        let p = pos("Prague will supply Kyiv with artillery shells.");
        assert_eq!(p.iter().find(|(w, _)| w == "shells").map(|w| w.1), Some(Pos::Noun), "{p:?}");
        let p = pos("Tehran threatened Baku with travel bans on Monday.");
        assert_eq!(p.iter().find(|(w, _)| w == "bans").map(|w| w.1), Some(Pos::Noun), "{p:?}");
        // Not where a verb's object follows: "officials in Kyiv said".
        let p = pos("Troops in Kharkiv shelled the town.");
        assert_eq!(p.iter().find(|(w, _)| w == "shelled").map(|w| w.1), Some(Pos::Verb), "{p:?}");
    }

    #[test]
    fn an_adjective_after_be_and_before_to_is_one() {
        let p = pos("Turkey is ready to mediate");
        assert_eq!(p[2].1, Pos::Adj, "{p:?}");
        let p = pos("Iran is prepared to ease");
        assert_eq!(p[2].1, Pos::Verb, "{p:?}");
    }

    #[test]
    fn an_ing_verb_after_against_or_from_is_a_gerund() {
        let p = pos("warned them against selling arms to Taiwan");
        assert_eq!((p[3].1, p[4].1), (Pos::Verb, Pos::Noun), "{p:?}");
        let p = pos("talks on limiting missiles");
        assert_ne!(p[2].1, Pos::Verb, "{p:?}");
    }

    #[test]
    fn verbs_and_nouns_by_context() {
        let p = pos("The talks ended when officials attacked the visit.");
        let get = |w: &str| p.iter().find(|(l, _)| l == w).map(|x| x.1);
        assert_eq!(get("talks"), Some(Pos::Noun));
        assert_eq!(get("ended"), Some(Pos::Verb));
        assert_eq!(get("attacked"), Some(Pos::Verb));
        assert_eq!(get("visit"), Some(Pos::Noun));
        assert_eq!(get("when"), Some(Pos::Wh));
        let p = pos("they will visit and they did not attack");
        assert!(p.iter().filter(|(_, x)| *x == Pos::Verb).count() >= 2);
    }
}
