//! Scraped junk at the end of a text: share bars, copyright lines, page
//! counters glued to the last word, garbled tails.

use crate::NameSet;
use dyad_lexicon::Lexicon;

const SOCIAL: &[&str] = &[
    "share",
    "facebook",
    "twitter",
    "whatsapp",
    "email",
    "e-mail",
    "mail",
    "linkedin",
    "telegram",
    "print",
    "reddit",
    "pinterest",
    "tweet",
    "copy",
    "link",
    "follow",
    "us",
    "on",
    "x",
    "this",
    "article",
    "story",
    "vk",
    "weibo",
    "wechat",
];

/// Where the junk at the end of `text` starts, if there is any.
/// `floor` is the first byte that may be junk (after a metadata prefix).
pub(crate) fn trailing_junk(text: &str, floor: usize, lex: &Lexicon, names: &NameSet) -> Option<usize> {
    let mut end = text.trim_end().len();
    let mut cut = None;
    // Whole boilerplate lines at the end.
    // Boilerplate lines are short: look for line breaks in the tail only.
    let window = end.saturating_sub(2_000);
    let window = (window..end).find(|&k| text.is_char_boundary(k)).unwrap_or(end);
    while let Some(nl) = memchr::memrchr(b'\n', &text.as_bytes()[window..end]).map(|k| window + k) {
        let line = text[nl + 1..end].trim();
        if nl < floor || !is_boilerplate(line) {
            break;
        }
        end = text[..nl].trim_end().len();
        cut = Some(end);
    }
    // A share bar or similar run glued to the end of the last sentence.
    if let Some(start) = social_tail(&text[..end])
        && start > floor
    {
        end = text[..start].trim_end().len();
        cut = Some(end);
    }
    // A counter glued after the final stop: "the Recrek.5926".
    let digits = text[..end].bytes().rev().take_while(u8::is_ascii_digit).count();
    if digits > 0 && text[..end - digits].ends_with('.') {
        let before = &text[..end - digits - 1];
        if before.chars().next_back().is_some_and(char::is_alphabetic) {
            end -= digits;
            cut = Some(end);
        }
    }
    if let Some(start) = garbled_tail(&text[..end], lex, names)
        && start > floor
    {
        cut = Some(start);
    }
    cut.filter(|&c| c > floor && c < text.len())
}

fn is_boilerplate(line: &str) -> bool {
    if line.is_empty() || line.len() > 160 {
        return false;
    }
    // Lower-cased on the stack when ASCII (the usual case).
    let mut buf = [0u8; 160];
    let lower: std::borrow::Cow<'_, str> = if line.is_ascii() {
        let b = &mut buf[..line.len()];
        b.copy_from_slice(line.as_bytes());
        b.make_ascii_lowercase();
        // ASCII stays ASCII when lower-cased.
        std::str::from_utf8(b).unwrap_or_default().into()
    } else {
        line.to_lowercase().into()
    };
    let lower = &*lower;
    lower.contains("all rights reserved")
        || lower.starts_with('©')
        || lower.starts_with("copyright")
        || lower.starts_with("read more")
        || lower.starts_with("click here")
        || lower.starts_with("sign up for")
        || lower.starts_with("subscribe")
        || lower == "advertisement"
        || only_social(lower)
}

fn only_social(lower: &str) -> bool {
    let mut n = 0;
    for w in lower.split(|c: char| !c.is_alphanumeric() && c != '-') {
        if w.is_empty() {
            continue;
        }
        if !SOCIAL.contains(&w) {
            return false;
        }
        n += 1;
    }
    (2..=12).contains(&n)
}

/// "... said on Monday. Share this article Facebook Twitter": the start of
/// a run of share-bar words after the last sentence stop.
fn social_tail(text: &str) -> Option<usize> {
    let stop = text.rfind(['.', '!', '?', '"'])?;
    let tail = &text[stop + 1..];
    (crate::names::with_lower(tail, only_social) && tail.split_whitespace().count() >= 2).then_some(stop + 1)
}

/// "... Global Chinas Handits the Recrek.": at least two unknown words, with
/// only function words between them, ending the text after a known word of
/// the same sentence. Returns where the junk starts (the space before it).
fn garbled_tail(text: &str, lex: &Lexicon, names: &NameSet) -> Option<usize> {
    let body = text.trim_end_matches(['.', '!', '?', ' ']);
    let mut unknown = 0;
    let mut function = 0;
    let mut run_start = None;
    let mut pos = body.len();
    for (i, word) in body.rsplit(' ').take(10).enumerate() {
        pos -= word.len();
        let at = pos;
        pos = pos.saturating_sub(1);
        if word.is_empty() || word.ends_with(['.', '!', '?', ':', ';', ',']) || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        // (function word, unknown word), looked up in that order.
        let (function_word, unknown_word) = crate::names::with_lower(word, |lower| {
            if lex.function_class(lower).is_some() && i > 0 { (true, false) } else { (false, !lex.is_word(lower)) }
        });
        if function_word {
            function += 1;
        } else if unknown_word && !names.contains_any(word) {
            unknown += 1;
            run_start = Some(at);
        } else {
            // A known content word: the run ends here; junk needs a sentence
            // before it and more unknown words than glue between them.
            let start = run_start?;
            return (unknown >= 2 && unknown > function).then(|| text[..start].trim_end().len());
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn junk(text: &str) -> Option<&str> {
        let lex = Lexicon::builtin();
        let names: NameSet = ["China"].into_iter().collect();
        trailing_junk(text, 0, &lex, &names).map(|c| &text[c..])
    }

    #[test]
    fn finds_junk() {
        assert_eq!(junk("It does not strengthen Global Chinas Handits the Recrek."), Some(" Handits the Recrek."));
        assert_eq!(
            junk("Talks ended on Monday. Share this article Facebook Twitter"),
            Some(" Share this article Facebook Twitter")
        );
        assert_eq!(
            junk("Talks ended.\n\n© 2024 Example News. All rights reserved."),
            Some("\n\n© 2024 Example News. All rights reserved.")
        );
        assert_eq!(junk("the talks collapsed.5926"), Some("5926"));
    }

    #[test]
    fn keeps_real_endings() {
        assert_eq!(junk("Talks ended on Monday."), None);
        assert_eq!(junk("He met Zelenskyy."), None);
        assert_eq!(junk("The version was 3.5926"), None);
        assert_eq!(junk("Share"), None);
    }
}
