//! Discard files: phrases that void a sentence, or with `+` a story.

use crate::ImportError;
use crate::comments::{lines, phrase};

/// A discard phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Discard {
    /// The phrase, words separated by single spaces.
    pub phrase: String,
    /// Voids the whole story (`+` in the file), not only the sentence.
    pub story: bool,
    /// `file:line`.
    pub origin: String,
}

/// dyad's built-in discard phrases (`dictionaries/events/discards.txt`).
pub fn builtin_discards() -> Vec<Discard> {
    let mut problems = Vec::new();
    parse_discards(
        "dictionaries/events/discards.txt",
        include_str!("../../../dictionaries/events/discards.txt"),
        &mut problems,
    )
}

/// Reads a discard file.
pub fn parse_discards(file: &str, text: &str, problems: &mut Vec<ImportError>) -> Vec<Discard> {
    let mut out = Vec::new();
    for (n, line) in lines(text) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let (story, rest) = match line.strip_prefix('+') {
            Some(r) => (true, r),
            None => (false, line),
        };
        let p = phrase(rest);
        if p.is_empty() {
            problems.push(ImportError::new(file, n, "empty discard phrase"));
            continue;
        }
        out.push(Discard { phrase: p, story, origin: format!("{file}:{n}") });
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn builtin_list_reads_cleanly() {
        let mut problems = Vec::new();
        let d = super::parse_discards("d", include_str!("../../../dictionaries/events/discards.txt"), &mut problems);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(d.iter().any(|x| x.phrase == "world cup qualifier" && !x.story));
        assert_eq!(d.len(), super::builtin_discards().len());
    }

    use super::*;

    #[test]
    fn story_and_sentence_discards() {
        let mut problems = Vec::new();
        let d = parse_discards("d.txt", "# c\nMONTHS LATER\n+Manchester United   # x\n+\n", &mut problems);
        assert_eq!(d.len(), 2);
        assert_eq!((d[0].phrase.as_str(), d[0].story), ("MONTHS LATER", false));
        assert_eq!((d[1].phrase.as_str(), d[1].story), ("Manchester United", true));
        assert_eq!(problems[0].to_string(), "d.txt:4: empty discard phrase");
    }
}
