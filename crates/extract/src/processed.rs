//! What the pipeline made of one article, borrowing it.

use crate::{ActorRecord, SentenceRecord};
use dyad_actors::ActorMention;
use dyad_normalize::Normalized;
use dyad_types::{Article, Repair, Span};

/// One sentence: its place in the repaired text and in the original, and
/// the actors found in it (spans in the repaired text).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// 0-based index in the article.
    pub index: usize,
    /// Span in the repaired text.
    pub norm: Span,
    /// Span in the original article text.
    pub original: Span,
    /// Actors found, with spans in the repaired text.
    pub actors: Vec<ActorMention>,
}

/// The stages' results for one article.
#[derive(Clone, Debug)]
pub struct Processed<'a> {
    pub(crate) article: &'a Article,
    pub(crate) normalized: Normalized<'a>,
    pub(crate) sentences: Vec<Sentence>,
}

impl<'a> Processed<'a> {
    /// The article.
    pub fn article(&self) -> &'a Article {
        self.article
    }

    /// The repaired text with its repairs and offset map.
    pub fn normalized(&self) -> &Normalized<'a> {
        &self.normalized
    }

    /// The sentences in order.
    pub fn sentences(&self) -> &[Sentence] {
        &self.sentences
    }

    /// Repaired text of sentence `i`.
    ///
    /// # Panics
    ///
    /// When `i` is out of range.
    pub fn sentence_text(&self, i: usize) -> &str {
        &self.normalized.text()[self.sentences[i].norm]
    }

    /// The article date: the one given with the article, else the one of a
    /// `date YYYY-MM-DD` prefix in its text.
    pub fn date(&self) -> Option<&str> {
        self.article
            .date
            .as_deref()
            .or_else(|| self.normalized.metadata_date())
    }

    /// Repairs made inside sentence `s` (by original span).
    pub fn repairs_in(&self, s: &Sentence) -> Vec<&Repair> {
        self.normalized.repairs_within(s.original).collect()
    }

    /// Owned records, one per sentence, for output.
    pub fn records(&self) -> Vec<SentenceRecord> {
        self.sentences
            .iter()
            .map(|s| SentenceRecord {
                article_id: self.article.id.to_string(),
                sentence: s.index,
                date: self.date().map(str::to_string),
                span: s.original,
                text: self.normalized.text()[s.norm].to_string(),
                original: self.article.text.as_str()[s.original].to_string(),
                repairs: self.repairs_in(s).into_iter().cloned().collect(),
                actors: s
                    .actors
                    .iter()
                    .map(|a| ActorRecord {
                        code: a.code.clone(),
                        text: self.normalized.text()[a.span].to_string(),
                        span: self.normalized.to_original(a.span),
                        entry: a.entry.clone(),
                        canonical: a.canonical.clone(),
                        matched: a.how.as_str().to_string(),
                    })
                    .collect(),
            })
            .collect()
    }
}
