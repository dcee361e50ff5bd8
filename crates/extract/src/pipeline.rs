//! Building and running the pipeline.

use crate::{Processed, Sentence};
use dyad_actors::Dictionary;
use dyad_normalize::{Normalizer, NormalizerBuilder};
use dyad_segment::Segmenter;
use dyad_types::{Article, Span};
use std::sync::Arc;

/// Configures a [`Pipeline`].
#[derive(Clone, Debug)]
pub struct PipelineBuilder {
    dictionary: Option<Arc<Dictionary>>,
    keep_junk: bool,
}

impl Default for PipelineBuilder {
    fn default() -> PipelineBuilder {
        PipelineBuilder { dictionary: None, keep_junk: false }
    }
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
        let normalizer = NormalizerBuilder::default().names(dictionary.names()).keep_junk(self.keep_junk).build();
        Pipeline { normalizer, segmenter: Segmenter::new(), dictionary }
    }
}

/// Every stage, ready to run. Immutable; share it across threads.
#[derive(Clone, Debug)]
pub struct Pipeline {
    normalizer: Normalizer,
    segmenter: Segmenter,
    dictionary: Arc<Dictionary>,
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
        &self.dictionary
    }

    /// Runs the stages over one article.
    pub fn process<'a>(&self, article: &'a Article) -> Processed<'a> {
        let normalized = self.normalizer.normalize(&article.text);
        let sentences = self
            .segmenter
            .sentences(normalized.text())
            .enumerate()
            .map(|(index, norm)| Sentence { index, norm, original: normalized.to_original(norm) })
            .collect();
        Processed { article, normalized, sentences }
    }

    /// Runs normalize and segment over a bare text (for `dyad explain`).
    pub fn sentence_spans(&self, text: &str) -> Vec<Span> {
        let normalized = self.normalizer.normalize(text);
        self.segmenter.sentences(normalized.text()).map(|s| normalized.to_original(s)).collect()
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
