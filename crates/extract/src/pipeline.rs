//! Building and running the pipeline.

use crate::{Processed, Sentence};
use dyad_actors::{DayKey, Dictionary, Recognizer};
use dyad_normalize::{Normalizer, NormalizerBuilder};
use dyad_segment::Segmenter;
use dyad_types::Article;
use std::sync::Arc;

/// Configures a [`Pipeline`].
#[derive(Clone, Debug, Default)]
pub struct PipelineBuilder {
    dictionary: Option<Arc<Dictionary>>,
    keep_junk: bool,
}

impl PipelineBuilder {
    /// Actor dictionaries other than the built-in ones.
    pub fn dictionary(&mut self, dictionary: Arc<Dictionary>) -> &mut PipelineBuilder {
        self.dictionary = Some(dictionary);
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
        let normalizer = NormalizerBuilder::default()
            .names(dictionary.names())
            .keep_junk(self.keep_junk)
            .build();
        let recognizer = Recognizer::new(dictionary.clone());
        Pipeline {
            normalizer,
            segmenter: Segmenter::new(),
            recognizer,
        }
    }
}

/// Every stage, ready to run. Immutable; share it across threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    normalizer: Normalizer,
    segmenter: Segmenter,
    recognizer: Recognizer,
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

    /// The actor recognizer in use.
    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    /// Runs the stages over one article.
    pub fn process<'a>(&self, article: &'a Article) -> Processed<'a> {
        let normalized = self.normalizer.normalize(&article.text);
        let date = article
            .date
            .as_deref()
            .or_else(|| normalized.metadata_date());
        let day = date.and_then(|d| DayKey::parse(d.get(..10).unwrap_or(d), false));
        let text = normalized.text();
        let sentences = self
            .segmenter
            .sentences(text)
            .enumerate()
            .map(|(index, norm)| Sentence {
                index,
                norm,
                original: normalized.to_original(norm),
                actors: self.recognizer.find(text, norm, day),
            })
            .collect();
        Processed {
            article,
            normalized,
            sentences,
        }
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
