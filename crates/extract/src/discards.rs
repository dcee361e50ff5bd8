//! Discard phrases, found fast: a sentence is read word by word and only a
//! word that opens some phrase leads to a closer look. (Searching every
//! phrase through every sentence cost a quarter of the whole pipeline.)

use dyad_import::Discard;
use dyad_lexicon::WordMap;

/// The phrases of a run, indexed by their first word.
#[derive(Clone, Debug)]
pub(crate) struct Discards {
    /// Each phrase's words (lower case) and whether it voids the story.
    phrases: Vec<(Vec<String>, bool)>,
    /// First word → the phrases it opens.
    by_first: WordMap<String, Vec<usize>>,
    /// How many phrases void a story, and how many a sentence.
    story_phrases: usize,
    sentence_phrases: usize,
    /// Per length of a first word (63 for longer), the bits `b % 64` of
    /// the (lower-case) bytes first words of that length open with: most
    /// words are passed over on this one test.
    first_shapes: [u64; 64],
}

impl Discards {
    pub(crate) fn new(discards: &[Discard]) -> Discards {
        let mut out = Discards {
            phrases: Vec::new(),
            by_first: WordMap::default(),
            story_phrases: 0,
            sentence_phrases: 0,
            first_shapes: [0; 64],
        };
        for d in discards {
            let words: Vec<String> = d.phrase.split_whitespace().map(str::to_lowercase).collect();
            let Some(first) = words.first() else { continue };
            out.by_first.entry(first.clone()).or_default().push(out.phrases.len());
            out.first_shapes[first.len().min(63)] |= 1 << (first.as_bytes()[0] % 64);
            if d.story {
                out.story_phrases += 1;
            } else {
                out.sentence_phrases += 1;
            }
            out.phrases.push((words, d.story));
        }
        out
    }

    /// A phrase of this kind (story or sentence) stands in `text` as whole
    /// words (punctuation around a word does not count; inside it, as in
    /// "semi-final", it does).
    pub(crate) fn found_in(&self, text: &str, story: bool) -> bool {
        if (if story { self.story_phrases } else { self.sentence_phrases }) == 0 {
            return false;
        }
        let mut lower = String::new();
        let mut words = Words { text, at: 0 };
        while let Some(w) = words.next() {
            let first = w.as_bytes()[0].to_ascii_lowercase();
            if self.first_shapes[w.len().min(63)] & (1 << (first % 64)) == 0 {
                continue;
            }
            lowercase_into(w, &mut lower);
            let Some(candidates) = self.by_first.get(lower.as_str()) else { continue };
            for &p in candidates {
                let (phrase, kind) = &self.phrases[p];
                if *kind == story
                    && phrase.len() > 1
                    && phrase[1..]
                        .iter()
                        .zip(words.clone())
                        .filter(|(want, got)| want.as_str() == got.to_lowercase())
                        .count()
                        == phrase.len() - 1
                    || *kind == story && phrase.len() == 1
                {
                    return true;
                }
            }
        }
        false
    }
}

/// `w` in lower case into `out` (ASCII without the Unicode tables).
fn lowercase_into(w: &str, out: &mut String) {
    out.clear();
    if w.is_ascii() {
        out.push_str(w);
        out.make_ascii_lowercase();
    } else {
        out.extend(w.chars().flat_map(char::to_lowercase));
    }
}

/// The words of a text, split at ASCII white space, without the ASCII
/// punctuation around them; read byte by byte (the text is mostly ASCII
/// and no split falls inside a character).
#[derive(Clone)]
struct Words<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    fn next(&mut self) -> Option<&'t str> {
        let b = self.text.as_bytes();
        loop {
            while self.at < b.len() && !b[self.at].is_ascii_alphanumeric() && b[self.at] < 0x80 {
                self.at += 1;
            }
            if self.at >= b.len() {
                return None;
            }
            let start = self.at;
            while self.at < b.len() && !b[self.at].is_ascii_whitespace() {
                self.at += 1;
            }
            let mut end = self.at;
            while end > start && !b[end - 1].is_ascii_alphanumeric() && b[end - 1] < 0x80 {
                end -= 1;
            }
            if end > start {
                // Both ends are ASCII bytes or inside a run of non-ASCII
                // bytes that started and ended whole: char boundaries.
                return self.text.get(start..end);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn discards(phrases: &[(&str, bool)]) -> Discards {
        let list: Vec<Discard> =
            phrases.iter().map(|&(p, story)| Discard { phrase: p.to_string(), story, origin: "t:1".into() }).collect();
        Discards::new(&list)
    }

    #[test]
    fn whole_words_of_the_right_kind() {
        let d = discards(&[("world cup qualifier", false), ("semi-final", false), ("manchester united", true)]);
        assert!(d.found_in("Brazil beat Argentina in a World Cup qualifier.", false));
        assert!(d.found_in("They reached the (semi-final) today", false));
        assert!(!d.found_in("The semi-finalists met.", false));
        assert!(!d.found_in("A world cup of tea.", false));
        assert!(!d.found_in("Manchester United won.", false));
        assert!(d.found_in("Manchester United won.", true));
        assert!(!discards(&[]).found_in("anything", false));
    }
}
