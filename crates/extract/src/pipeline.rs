//! Building and running the pipeline.

use crate::{Processed, Sentence};
use dyad_actors::{ActorMention, DayKey, Dictionary, Recognizer, settle_shared_names};
use dyad_events::{CodeTable, Coder, VerbDictionary};
use dyad_normalize::{Normalizer, NormalizerBuilder};
use dyad_segment::Segmenter;
use dyad_types::{Article, Span};
use std::sync::Arc;

/// Configures a [`Pipeline`].
#[derive(Clone, Debug, Default)]
pub struct PipelineBuilder {
    dictionary: Option<Arc<Dictionary>>,
    verbs: Option<Arc<VerbDictionary>>,
    keep_junk: bool,
}

impl PipelineBuilder {
    /// Actor dictionaries other than the built-in ones.
    pub fn dictionary(&mut self, dictionary: Arc<Dictionary>) -> &mut PipelineBuilder {
        self.dictionary = Some(dictionary);
        self
    }

    /// Verb patterns other than the built-in ones.
    pub fn verbs(&mut self, verbs: Arc<VerbDictionary>) -> &mut PipelineBuilder {
        self.verbs = Some(verbs);
        self
    }

    /// Keep trailing junk in the repaired text (default: drop it).
    pub fn keep_junk(&mut self, yes: bool) -> &mut PipelineBuilder {
        self.keep_junk = yes;
        self
    }

    /// Builds the pipeline; the builder stays usable.
    pub fn build(&self) -> Pipeline {
        let dictionary = self.dictionary.clone().unwrap_or_else(Dictionary::builtin);
        let normalizer = NormalizerBuilder::default().names(dictionary.names()).keep_junk(self.keep_junk).build();
        let recognizer = Recognizer::new(dictionary.clone());
        let verbs = self.verbs.clone().unwrap_or_else(VerbDictionary::builtin);
        Pipeline {
            normalizer,
            segmenter: Segmenter::new(),
            recognizer,
            coder: Coder::new(verbs, dyad_lexicon::Lexicon::builtin()),
            codes: CodeTable::builtin(),
        }
    }
}

/// Every stage, ready to run. Immutable; share it across threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    normalizer: Normalizer,
    segmenter: Segmenter,
    recognizer: Recognizer,
    coder: Coder,
    codes: Arc<CodeTable>,
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::new()
    }
}

impl Pipeline {
    /// The pipeline with the built-in dictionaries.
    pub fn new() -> Pipeline {
        PipelineBuilder::default().build()
    }

    /// A builder.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The actor dictionaries in use.
    pub fn dictionary(&self) -> &Dictionary {
        self.recognizer.dictionary()
    }

    /// The event coder in use.
    pub fn coder(&self) -> &Coder {
        &self.coder
    }

    /// The CAMEO code table.
    pub fn codes(&self) -> &CodeTable {
        &self.codes
    }

    /// The actor recognizer in use.
    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    /// Runs the stages over one article.
    pub fn process<'a>(&self, article: &'a Article) -> Processed<'a> {
        let normalized = self.normalizer.normalize(&article.text);
        let date = article.date.as_deref().or_else(|| normalized.metadata_date());
        let day = date.and_then(|d| DayKey::parse(d.get(..10).unwrap_or(d), false));
        let text = normalized.text();
        let spans: Vec<Span> = self.segmenter.sentences(text).collect();
        let mut actors: Vec<Vec<ActorMention>> =
            spans.iter().map(|&norm| self.recognizer.find(text, norm, day)).collect();
        // "Korea" is North Korea in an article about Pyongyang: shared names
        // wait for the whole article before the events are coded.
        settle_shared_names(text, &mut actors);
        let sentences = spans
            .into_iter()
            .zip(actors)
            .enumerate()
            .map(|(index, (norm, actors))| {
                let events = self.coder.code(text, norm, &actors);
                Sentence { index, norm, original: normalized.to_original(norm), actors, events }
            })
            .collect();
        Processed { article, normalized, sentences, codes: self.codes.clone() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn thread_safe<T: Send + Sync>() {}

    #[test]
    fn pipeline_is_shareable() {
        thread_safe::<Pipeline>();
    }
}
