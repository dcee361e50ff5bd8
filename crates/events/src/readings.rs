//! What the lexicon says of a lower-case word form, remembered per thread:
//! news repeats its words, and undoing inflections takes a dozen look-ups
//! per word.

use crate::tagger::Pos;
use dyad_lexicon::{Lexicon, Tags, WordMap};
use std::cell::RefCell;

/// The lexicon's readings of one lower-case form.
#[derive(Clone, Debug)]
pub(crate) struct Reading {
    /// The closed class of a function word (and `to`).
    pub(crate) function: Option<Pos>,
    /// Verb lemmas the form may have.
    pub(crate) verb_lemmas: Vec<String>,
    /// Its noun lemma.
    pub(crate) noun_lemma: Option<String>,
    /// Listed as an adjective.
    pub(crate) adj: bool,
    /// Listed as an adverb, or an unknown `-ly` word.
    pub(crate) adv: bool,
}

/// More forms than this and the memory starts afresh.
const MAX_FORMS: usize = 50_000;

thread_local! {
    /// The lexicon the readings are of (by address), and the readings.
    static READINGS: RefCell<(usize, WordMap<String, Reading>)> = RefCell::default();
}

/// Calls `f` with the reading of `lower`, looked up once per thread.
pub(crate) fn with_reading<T>(lex: &Lexicon, lower: &str, f: impl FnOnce(&Reading) -> T) -> T {
    READINGS.with(|cell| {
        let Ok(mut memory) = cell.try_borrow_mut() else { return f(&read(lex, lower)) };
        let (of, readings) = &mut *memory;
        let lexicon = lex as *const Lexicon as usize;
        if *of != lexicon || readings.len() >= MAX_FORMS {
            readings.clear();
            *of = lexicon;
        }
        if let Some(r) = readings.get(lower) {
            return f(r);
        }
        let r = read(lex, lower);
        let out = f(&r);
        readings.insert(lower.to_string(), r);
        out
    })
}

/// The reading of `lower`, from the lexicon.
fn read(lex: &Lexicon, lower: &str) -> Reading {
    let mut r = Reading { function: None, verb_lemmas: Vec::new(), noun_lemma: None, adj: false, adv: false };
    if lower == "to" {
        r.function = Some(Pos::To);
        return r;
    }
    if let Some(class) = lex.function_class(lower) {
        r.function = Some(match class {
            "det" => Pos::Det,
            "pron" => Pos::Pron,
            "prep" => Pos::Prep,
            "conj" => Pos::Conj,
            "sub" => Pos::Sub,
            "wh" => Pos::Wh,
            "aux" => Pos::Aux,
            "modal" => Pos::Modal,
            "neg" => Pos::Neg,
            "num" => Pos::Num,
            _ => Pos::Possessive,
        });
        return r;
    }
    let (verb_lemmas, noun_lemma) = (&mut r.verb_lemmas, &mut r.noun_lemma);
    lex.for_each_lemma(lower, |l, tags| {
        if tags.contains(Tags::VERB) && !verb_lemmas.iter().any(|v| v == l) {
            verb_lemmas.push(l.to_string());
        }
        // "ever" is no comparative of the noun "eve": nouns do not inflect
        // in -er.
        let comparative = l != lower && lower.ends_with("er");
        if tags.contains(Tags::NOUN) && noun_lemma.is_none() && !comparative {
            *noun_lemma = Some(l.to_string());
        }
    });
    r.adj = lex.tags(lower).contains(Tags::ADJ);
    r.adv =
        lex.tags(lower).contains(Tags::ADV) || (lower.ends_with("ly") && lower.len() > 4 && r.verb_lemmas.is_empty());
    r
}
