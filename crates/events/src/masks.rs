//! Which units of a sentence each word choice of the patterns can match,
//! worked out once per sentence from the words the sentence holds: most
//! patterns of a head fail for want of a word the clause does not hold, and
//! a bit test is cheaper than the hash look-ups of matching unit by unit.

use crate::{FrameItem, Pattern, WordChoice, tagger::Pos, tagger::Tagged};
use dyad_lexicon::WordMap;

/// A choice, by address: choices are shared through `Arc`s by the patterns
/// of one dictionary and live as long as it.
fn key(choice: &WordChoice) -> usize {
    choice as *const WordChoice as usize
}

/// How a word stands in a choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// A one-word alternative, matched by surface form or lemma.
    Single,
    /// A one-word alternative of an exact choice: surface form only.
    Exact,
    /// The first word of a multi-word alternative.
    Opens,
}

/// Every choice of a dictionary's patterns, numbered, and every word of
/// them to the choices it stands in.
#[derive(Clone, Debug, Default)]
pub(crate) struct ChoiceIndex {
    words: WordMap<String, Vec<(u32, Role)>>,
    /// Choice address → number.
    ids: WordMap<usize, u32>,
    /// Per head, its patterns in the dictionary's order, as the coder
    /// first looks at them.
    heads: WordMap<String, Vec<PatternKey>>,
    /// The choice numbers of the patterns' frame words, in runs.
    frame_words: Vec<u32>,
}

/// What the coder asks of a pattern before matching its frame.
#[derive(Clone, Debug)]
pub(crate) struct PatternKey {
    /// [`Pattern::weight`].
    pub(crate) weight: usize,
    /// Its frame's word choices: a run of `frame_words`.
    words: (u32, u32),
}

impl ChoiceIndex {
    /// The index of every word choice of the patterns of these heads.
    pub(crate) fn new<'p>(heads: impl IntoIterator<Item = (&'p String, &'p Vec<Pattern>)>) -> ChoiceIndex {
        let mut index = ChoiceIndex::default();
        for (head, patterns) in heads {
            let mut keys = Vec::with_capacity(patterns.len());
            for p in patterns {
                let start = index.frame_words.len() as u32;
                for item in &p.frame {
                    if let FrameItem::Words(choice) = item {
                        let id = index.number(choice);
                        index.frame_words.push(id);
                    }
                }
                for item in &p.before {
                    if let FrameItem::Words(choice) = item {
                        index.number(choice);
                    }
                }
                keys.push(PatternKey { weight: p.weight(), words: (start, index.frame_words.len() as u32) });
            }
            index.heads.insert(head.clone(), keys);
        }
        index
    }

    /// The number of `choice`, given on first sight with its words indexed.
    fn number(&mut self, choice: &WordChoice) -> u32 {
        if let Some(&id) = self.ids.get(&key(choice)) {
            return id;
        }
        let id = self.ids.len() as u32;
        self.ids.insert(key(choice), id);
        let role = if choice.exact { Role::Exact } else { Role::Single };
        for w in &choice.single {
            self.words.entry(w.clone()).or_default().push((id, role));
        }
        for w in choice.multi.keys() {
            self.words.entry(w.clone()).or_default().push((id, Role::Opens));
        }
        id
    }

    /// The keys of the patterns of `head`, in the dictionary's order.
    pub(crate) fn keys(&self, head: &str) -> &[PatternKey] {
        self.heads.get(head).map_or(&[], Vec::as_slice)
    }
}

/// Per choice number: the sentence it was last worked out for, and its
/// masks there. Kept from sentence to sentence (per thread): nothing to
/// clear, an old sentence's masks read as none.
#[derive(Default)]
struct Slots {
    sentence: u32,
    masks: Vec<(u32, u128, u128)>,
}

thread_local! {
    static SLOTS: std::cell::Cell<Slots> = std::cell::Cell::default();
}

/// Masks over the units of one sentence, per choice: the units (no actor)
/// it matches as a single word, and those that may open one of its
/// multi-word alternatives (a surface form or lemma is a first word of one).
pub(crate) struct ChoiceMasks<'u> {
    units: &'u [Tagged],
    index: &'u ChoiceIndex,
    /// `None` for sentences too long for a `u128`, matched unit by unit.
    slots: Option<Slots>,
}

/// The head noun of an actor phrase of several words ("Russian diplomats"
/// → "diplomats"): a frame's word may stand there.
fn actor_head(u: &Tagged) -> Option<&str> {
    (u.pos == Pos::Actor).then(|| u.lower.rsplit_once(' ').map(|(_, head)| head)).flatten()
}

/// What a choice can match in a sentence.
#[derive(Clone, Copy)]
pub(crate) enum Mask<'c> {
    /// The units it matches, as one word and as the opening of several.
    Bits(u128, u128),
    /// Not worked out: asked of each unit.
    Direct(&'c WordChoice),
}

impl<'u> ChoiceMasks<'u> {
    pub(crate) fn new(units: &'u [Tagged], index: &'u ChoiceIndex) -> ChoiceMasks<'u> {
        if units.len() > 128 {
            return ChoiceMasks { units, index, slots: None };
        }
        let mut slots = SLOTS.take();
        slots.sentence = slots.sentence.wrapping_add(1);
        if slots.sentence == 0 {
            slots.masks.iter_mut().for_each(|m| *m = (0, 0, 0));
            slots.sentence = 1;
        }
        if slots.masks.len() < index.ids.len() {
            slots.masks.resize(index.ids.len(), (0, 0, 0));
        }
        let sentence = slots.sentence;
        for (k, u) in units.iter().enumerate() {
            let bit = 1u128 << k;
            // `whole`: the form is a whole unit's word (an actor phrase's head
            // noun is not), so it may also open a multi-word alternative.
            let mut add = |form: &str, written: bool, whole: bool| {
                for &(id, role) in index.words.get(form).into_iter().flatten() {
                    let Some(m) = slots.masks.get_mut(id as usize) else { continue };
                    if m.0 != sentence {
                        *m = (sentence, 0, 0);
                    }
                    match role {
                        Role::Single => m.1 |= bit,
                        Role::Exact if written => m.1 |= bit,
                        Role::Exact => {}
                        Role::Opens if whole => m.2 |= bit,
                        Role::Opens => {}
                    }
                }
            };
            if u.pos == Pos::Actor {
                // Only its head noun, as one word ("expelled Russian
                // diplomats": the diplomats are the frame's word too).
                if let Some(head) = actor_head(u) {
                    add(head, true, false);
                }
                continue;
            }
            add(&u.lower, true, true);
            for l in u.noun_lemma.iter().chain(&u.verb_lemmas).filter(|l| **l != u.lower) {
                add(l, false, true);
            }
        }
        ChoiceMasks { units, index, slots: Some(slots) }
    }

    /// The index the masks are of.
    pub(crate) fn index(&self) -> &'u ChoiceIndex {
        self.index
    }

    /// The sentence's units.
    pub(crate) fn units(&self) -> &'u [Tagged] {
        self.units
    }

    /// Every frame word of the pattern may match some unit in `from..to`
    /// (always, when not worked out).
    pub(crate) fn words_present(&self, key: &PatternKey, from: usize, to: usize) -> bool {
        let Some(slots) = &self.slots else { return true };
        let ids = self.index.frame_words.get(key.words.0 as usize..key.words.1 as usize).unwrap_or_default();
        ids.iter().all(|&id| match slots.masks.get(id as usize) {
            Some(&(sentence, single, multi)) if sentence == slots.sentence => {
                Mask::Bits(single, multi).any_in(from, to)
            }
            Some(_) => false,
            None => true,
        })
    }

    /// What `choice` can match here.
    pub(crate) fn get<'c>(&self, choice: &'c WordChoice) -> Mask<'c> {
        let Some(slots) = &self.slots else { return Mask::Direct(choice) };
        match self.index.ids.get(&key(choice)).and_then(|&id| slots.masks.get(id as usize)) {
            Some(&(sentence, single, multi)) if sentence == slots.sentence => Mask::Bits(single, multi),
            Some(_) => Mask::Bits(0, 0),
            // A choice of other patterns than the index's.
            None => Mask::Direct(choice),
        }
    }
}

impl Drop for ChoiceMasks<'_> {
    fn drop(&mut self) {
        if let Some(slots) = self.slots.take() {
            SLOTS.set(slots);
        }
    }
}

impl Mask<'_> {
    /// Unit `k` is one of the choice's single words: a word, or an actor
    /// phrase whose head noun it is.
    pub(crate) fn single(self, units: &[Tagged], k: usize) -> bool {
        match self {
            Mask::Bits(single, _) => k < 128 && single & (1 << k) != 0,
            Mask::Direct(c) => match actor_head(&units[k]) {
                Some(head) => c.single.contains(head),
                None => units[k].pos != Pos::Actor && units[k].matches_choice(c),
            },
        }
    }

    /// Unit `k` is no actor and may open one of the choice's multi-word
    /// alternatives.
    pub(crate) fn opens(self, units: &[Tagged], k: usize) -> bool {
        match self {
            Mask::Bits(_, multi) => k < 128 && multi & (1 << k) != 0,
            Mask::Direct(c) => {
                let u = &units[k];
                u.pos != Pos::Actor
                    && std::iter::once(u.lower.as_str())
                        .chain(u.noun_lemma.as_deref())
                        .chain(u.verb_lemmas.iter().map(String::as_str))
                        .any(|f| c.multi.contains_key(f))
            }
        }
    }

    /// Some unit in `from..to` may match the choice (always, when not
    /// worked out).
    pub(crate) fn any_in(self, from: usize, to: usize) -> bool {
        match self {
            Mask::Bits(single, multi) => {
                if from >= to.min(128) {
                    return false;
                }
                let below_to = if to >= 128 { u128::MAX } else { (1u128 << to) - 1 };
                (single | multi) & below_to & (u128::MAX << from) != 0
            }
            Mask::Direct(_) => true,
        }
    }
}
