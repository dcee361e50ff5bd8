//! Patterns: a head word and the frame that must follow it.

use dyad_lexicon::WordSet;
use std::sync::Arc;

/// The alternatives of a frame word item: one-word alternatives in a set
/// (groups have hundreds), word sequences in a list. Shared: many patterns
/// use the same group.
#[derive(Clone, Debug, Default)]
pub struct WordChoice {
    /// One-word alternatives.
    pub single: WordSet<String>,
    /// Alternatives of several words (`memorandum of understanding`), by
    /// their first word: only those whose first word is present are tried.
    pub multi: dyad_lexicon::WordMap<String, Vec<Vec<String>>>,
    /// One-word alternatives match the word as written only, not its
    /// lemma (PETRARCH's patterns: `RESOLUTION` is not `resolutions`).
    pub exact: bool,
}

impl WordChoice {
    /// From alternatives, each a sequence of lower-case words.
    pub fn new(alts: impl IntoIterator<Item = Vec<String>>) -> WordChoice {
        let mut c = WordChoice::default();
        for a in alts {
            match a.len() {
                0 => {}
                1 => {
                    c.single.insert(a.into_iter().next().unwrap_or_default());
                }
                _ => c.multi.entry(a[0].clone()).or_default().push(a),
            }
        }
        c
    }
}

impl PartialEq for WordChoice {
    fn eq(&self, other: &WordChoice) -> bool {
        self.single == other.single && self.multi == other.multi && self.exact == other.exact
    }
}

impl Eq for WordChoice {}

/// One item of a frame.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FrameItem {
    /// One of these words (or word sequences), by surface form or lemma.
    Words(Arc<WordChoice>),
    /// Skip up to four tokens.
    Skip,
    /// The target actor phrase.
    Target,
    /// The source actor phrase (standing after the head).
    Source,
}

/// A verb or noun pattern with its CAMEO code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    /// CAMEO event code.
    pub code: String,
    /// Head lemma (`visit`, `call_for` as `call` + particle `for`).
    pub head: String,
    /// Particle of a phrasal head (`for` in `call_for`).
    pub particle: Option<String>,
    /// True for noun heads (`visit/n`).
    pub noun: bool,
    /// Items that must follow.
    pub frame: Vec<FrameItem>,
    /// Words that must come before the head in its clause (imported
    /// PETRARCH patterns: `INDICATED WOULD *`); a final `Skip` lets other
    /// words stand between them and the head. Empty for dyad's own.
    pub before: Vec<FrameItem>,
    /// Imported (PETRARCH), coded as PETRARCH codes: no CAMEO threat or
    /// intent conversion of announced acts; and when it spells out words
    /// before its verb ("did not *", "would *"), its code stands as written
    /// with no negation conversion and no flags.
    pub literal: bool,
    /// The subject must be two or more actors (PETRARCH's `% *`: "X and Y
    /// agree").
    pub compound: bool,
    /// The code of the paired event, from target to source (imported
    /// PETRARCH `[032:033]`: a visit and its hosting).
    pub paired: Option<String>,
    /// The frame as written, for explanations.
    pub frame_text: String,
    /// Where it was defined: `file:line`.
    pub origin: String,
}

impl Pattern {
    /// `origin head[/n] frame`, as events and explanations name the
    /// pattern (put together without the formatting machinery: once per
    /// event).
    pub fn describe(&self) -> String {
        let mut text = String::with_capacity(self.origin.len() + self.head.len() + self.frame_text.len() + 4);
        for part in [self.origin.as_str(), " ", &self.head, if self.noun { "/n " } else { " " }, &self.frame_text] {
            text.push_str(part);
        }
        text
    }

    /// How specific the pattern is: the number of items that must match,
    /// words counting most. Longer frames are tried first.
    pub fn weight(&self) -> usize {
        self.frame
            .iter()
            .chain(&self.before)
            .map(|i| match i {
                FrameItem::Words(_) => 3,
                FrameItem::Target | FrameItem::Source => 2,
                FrameItem::Skip => 0,
            })
            .sum::<usize>()
            + usize::from(self.particle.is_some()) * 3
            + usize::from(self.compound) * 2
    }

    /// True when the frame names the target slot.
    pub fn has_target(&self) -> bool {
        self.frame.contains(&FrameItem::Target)
    }

    /// True when the frame names the source slot.
    pub fn has_source(&self) -> bool {
        self.frame.contains(&FrameItem::Source)
    }
}
