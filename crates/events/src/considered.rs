//! What the coder considered in a sentence, for `dyad explain`: where its
//! clauses end, and at each word that heads patterns how many there are and
//! which one (if any) matched — so a user can see why an event was or was
//! not coded.

use crate::coder::{Coder, clause_end, pattern_heads};
use crate::masks::ChoiceMasks;
use crate::tagger::{Pos, Tagged};
use dyad_actors::ActorMention;
use dyad_types::Span;

/// A word the coder tried patterns at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    /// The word.
    pub trigger: Span,
    /// Its heads with patterns (`meet`, `talks/n`).
    pub heads: Vec<String>,
    /// How many patterns those heads have.
    pub patterns: usize,
    /// The pattern that matched, as `file:line head frame`; `None` when no
    /// frame matched the words after it.
    pub fired: Option<String>,
}

/// The clauses and candidate words of a sentence.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Considered {
    /// Each clause, as a span of the text.
    pub clauses: Vec<Span>,
    /// Every word with patterns, in order.
    pub candidates: Vec<Candidate>,
}

impl Coder {
    /// What coding `text[sentence]` looks at (for explanations; it codes
    /// nothing).
    pub fn considered(&self, text: &str, sentence: Span, actors: &[ActorMention]) -> Considered {
        let units = self.tag(text, sentence, actors);
        let mut out = Considered::default();
        let mut start = 0;
        while start < units.len() {
            let mut end = clause_end(&units, start);
            // ", while": the comma goes with the clause it opens.
            while end < units.len() && units[start..end].iter().all(|u| u.pos == Pos::Punct) {
                end = clause_end(&units, end);
            }
            out.clauses.push(units[start].span.cover(units[end - 1].span));
            start = end;
        }
        // Patterns are tried on the clauses as the coder reads them: a
        // passive with an object subject turned around.
        let units = crate::passive::activize(units);
        let masks = ChoiceMasks::new(&units, self.verbs().choice_index());
        for (i, u) in units.iter().enumerate() {
            let heads = heads_with_patterns(self, &units, i);
            if heads.is_empty() {
                continue;
            }
            let patterns = heads.iter().map(|(h, noun)| self.patterns_of(h, *noun)).sum();
            let fired = self.best_pattern(&masks, i).map(|(p, _)| p.describe());
            out.candidates.push(Candidate {
                trigger: u.span,
                heads: heads.into_iter().map(|(h, noun)| if noun { format!("{h}/n") } else { h }).collect(),
                patterns,
                fired,
            });
        }
        out
    }

    fn patterns_of(&self, head: &str, noun: bool) -> usize {
        self.verbs().patterns_for(head).iter().filter(|p| p.noun == noun).count()
    }
}

/// The heads of a unit that have patterns, each once.
fn heads_with_patterns(coder: &Coder, units: &[Tagged], i: usize) -> Vec<(String, bool)> {
    let Some((noun, heads)) = pattern_heads(units, i) else { return Vec::new() };
    let mut out: Vec<(String, bool)> = Vec::new();
    for h in heads {
        if coder.patterns_of(h, noun) > 0 && !out.iter().any(|(seen, _)| seen == h) {
            out.push((h.to_string(), noun));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{Coder, VerbDictionary};
    use dyad_lexicon::Lexicon;
    use dyad_types::Span;
    use std::sync::Arc;

    #[test]
    fn shows_clauses_and_what_fired() {
        let mut v = VerbDictionary::new();
        v.add_verbs("v.tsv", "040\tmeet\twith +\n042\tvisit\t+\n");
        let coder = Coder::new(Arc::new(v), Lexicon::builtin());
        let text = "They met in Oslo, while others visited.";
        let c = coder.considered(text, Span::new(0, text.len()), &[]);
        assert_eq!(c.clauses.len(), 2, "{c:?}");
        assert_eq!(c.candidates.len(), 2, "{c:?}");
        assert_eq!(c.candidates[0].heads, ["meet"]);
        assert_eq!(c.candidates[0].fired, None);
    }
}
