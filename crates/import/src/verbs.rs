//! Verb files: `&SYNSET` word groups (`+WORD` lines, `+&OTHER`
//! references), `--- NAME [CODE] ---` blocks whose verb lines give the
//! heads (`AGREE`, `+IRON_OUT`, irregular forms in `{…}`) and whose
//! `- … * … [CODE]` lines give the patterns. In a pattern `*` is the verb,
//! `+` the target, `$` the source, `&NAME` a synset, `^` a skipped phrase;
//! words joined by `_` are adjacent, words apart by a space may have others
//! between them.

use crate::ImportError;
use crate::comments::lines;
use dyad_events::{FrameItem, Pattern, WordChoice};
use std::collections::HashMap;
use std::sync::Arc;

/// One element of a pattern, and whether `_` glues it to the one before.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Element {
    Verb,
    Word(String),
    Group(String),
    Target,
    Source,
    Skip,
    Compound,
}

struct RawPattern {
    line: usize,
    text: String,
    code: String,
    paired: Option<String>,
    items: Vec<(Element, bool)>,
}

struct Block {
    heads: Vec<(String, Option<String>)>,
    /// Listed forms (`{CORDONED_OFF}`) with the head they inflect.
    forms: Vec<(String, String)>,
    code: Option<String>,
    paired: Option<String>,
    line: usize,
    patterns: Vec<RawPattern>,
}

/// Reads a verb file into patterns, and the verb forms it lists (`form`,
/// `head`).
pub fn parse_verbs(file: &str, text: &str, problems: &mut Vec<ImportError>) -> (Vec<Pattern>, Vec<(String, String)>) {
    let mut synsets: HashMap<String, Vec<String>> = HashMap::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut synset: Option<String> = None;
    for (n, line) in lines(text) {
        let body = line.trim();
        if body.is_empty() {
            synset = None;
            continue;
        }
        if let Some(name) = body.strip_prefix('&') {
            let name = group_name(name);
            synsets.entry(name.clone()).or_default();
            synset = Some(name);
            continue;
        }
        if let (Some(name), Some(member)) = (&synset, body.strip_prefix('+')) {
            synsets.entry(name.clone()).or_default().push(member.trim().to_string());
            continue;
        }
        synset = None;
        if body.starts_with("---") {
            let inner = body.trim_matches('-').trim();
            let code =
                inner.find('[').and_then(|a| inner[a..].find(']').map(|b| inner[a + 1..a + b].trim().to_string()));
            let paired = code.as_deref().and_then(paired_code);
            let code = match code.as_deref().map(first_code) {
                Some(Ok(c)) => c,
                Some(Err(bad)) => {
                    problems.push(ImportError::new(file, n, format!("bad event code {bad:?}")));
                    None
                }
                None => None,
            };
            blocks.push(Block { heads: Vec::new(), forms: Vec::new(), code, paired, line: n, patterns: Vec::new() });
            continue;
        }
        let Some(block) = blocks.last_mut() else {
            problems.push(ImportError::new(file, n, format!("{body:?} before any --- VERB --- block")));
            continue;
        };
        if let Some(pattern) = body.strip_prefix('-') {
            match read_pattern(pattern) {
                Ok(Some(p)) => block.patterns.push(RawPattern { line: n, ..p }),
                Ok(None) => {}
                Err(what) => problems.push(ImportError::new(file, n, what)),
            }
            continue;
        }
        match read_head(body) {
            Ok(head) => {
                for form in forms_of(body) {
                    block.forms.push((form, head.0.clone()));
                }
                block.heads.push(head)
            }
            Err(what) => problems.push(ImportError::new(file, n, what)),
        }
    }
    let groups = resolve_groups(&synsets);
    let mut out = Vec::new();
    let forms: Vec<(String, String)> = blocks.iter().flat_map(|b| b.forms.iter().cloned()).collect();
    for b in blocks {
        if b.heads.is_empty() {
            if !b.patterns.is_empty() || b.code.is_some() {
                problems.push(ImportError::new(file, b.line, "block without verbs"));
            }
            continue;
        }
        for (head, particle) in &b.heads {
            if let Some(code) = &b.code {
                let mut pat = pattern(file, b.line, code, head, particle, Vec::new(), String::new());
                pat.paired = b.paired.clone();
                out.push(pat);
            }
            for p in &b.patterns {
                match frame(&p.items, &groups) {
                    Ok((before, f)) => {
                        let verb = p.items.iter().position(|(e, _)| *e == Element::Verb).unwrap_or(0);
                        let mut pat = pattern(file, p.line, &p.code, head, particle, f, p.text.clone());
                        pat.compound = p.items[..verb].iter().any(|(e, _)| *e == Element::Compound);
                        pat.before = before;
                        pat.paired = p.paired.clone();
                        out.push(pat);
                    }
                    // Reported once, for the block's first verb.
                    Err(what) if (head, particle) == (&b.heads[0].0, &b.heads[0].1) => {
                        problems.push(ImportError::new(file, p.line, what));
                    }
                    Err(_) => {}
                }
            }
        }
    }
    (out, forms)
}

fn pattern(
    file: &str,
    line: usize,
    code: &str,
    head: &str,
    particle: &Option<String>,
    frame: Vec<FrameItem>,
    frame_text: String,
) -> Pattern {
    Pattern {
        code: code.to_string(),
        head: head.to_string(),
        particle: particle.clone(),
        noun: false,
        frame,
        before: Vec::new(),
        literal: true,
        compound: false,
        paired: None,
        frame_text,
        origin: format!("{file}:{line}"),
    }
}

fn group_name(raw: &str) -> String {
    raw.trim().trim_end_matches('_').to_ascii_uppercase()
}

/// The paired code of `032:033` (the second), if any and valid.
fn paired_code(raw: &str) -> Option<String> {
    let second = raw.split_once(':')?.1.trim();
    first_code(second).ok().flatten()
}

/// `112`, `030:030` (the first), `---` (no event).
fn first_code(raw: &str) -> Result<Option<String>, String> {
    let c = raw.split(':').next().unwrap_or("").trim();
    if c == "---" || c.is_empty() {
        return Ok(None);
    }
    if (2..=4).contains(&c.len()) && c.bytes().all(|b| b.is_ascii_alphanumeric()) {
        Ok(Some(c.to_string()))
    } else {
        Err(raw.to_string())
    }
}

/// The forms listed in braces: `{+CORDONED_OFF KNEW}` → `cordoned`, `knew`.
fn forms_of(body: &str) -> Vec<String> {
    let Some(inside) = body.split_once('{').and_then(|(_, r)| r.split_once('}')).map(|(i, _)| i) else {
        return Vec::new();
    };
    inside
        .split_whitespace()
        .filter_map(|f| f.trim_start_matches('+').split('_').find(|p| !p.is_empty()))
        .filter(|w| w.chars().all(char::is_alphabetic))
        .map(str::to_lowercase)
        .collect()
}

/// A verb line: `AGREE`, `BAN {BANS BANNED}`, `+IRON_OUT {…}`.
fn read_head(body: &str) -> Result<(String, Option<String>), String> {
    let name = body.split('{').next().unwrap_or("").trim().trim_start_matches('+');
    let name = name.split('[').next().unwrap_or("").trim();
    let parts: Vec<&str> = name.split('_').filter(|p| !p.is_empty()).collect();
    let Some((first, rest)) = parts.split_first() else { return Err(format!("no verb in {body:?}")) };
    if rest.iter().any(|p| p.starts_with('+')) {
        return Err(format!("verb {name:?} has words before the verb: dyad heads start at the verb; left out"));
    }
    let head = first.to_lowercase();
    if !head.chars().all(|c| c.is_alphabetic() || c == '-' || c == '\'') {
        return Err(format!("bad verb {name:?}"));
    }
    let particle = (!rest.is_empty()).then(|| rest.iter().map(|p| p.to_lowercase()).collect::<Vec<_>>().join(" "));
    Ok((head, particle))
}

/// A pattern line after its `-`: elements and code.
fn read_pattern(text: &str) -> Result<Option<RawPattern>, String> {
    let Some(open) = text.rfind('[') else { return Err(format!("no [CODE] in pattern {text:?}")) };
    let close = text[open..].find(']').ok_or_else(|| format!("unclosed code in pattern {text:?}"))?;
    let raw_code = &text[open + 1..open + close];
    // `---`: the words are no event; kept, they block lighter patterns.
    let code = if raw_code.split(':').next().unwrap_or("").trim() == dyad_events::NO_EVENT {
        dyad_events::NO_EVENT.to_string()
    } else {
        let Some(code) = first_code(raw_code).map_err(|bad| format!("bad event code {bad:?}"))? else {
            return Ok(None);
        };
        code
    };
    let paired = paired_code(raw_code);
    let words = text[..open].replace(['{', '}', '(', ')'], " ");
    let mut items = Vec::new();
    for chunk in words.split_whitespace() {
        for (k, part) in chunk.split('_').filter(|p| !p.is_empty()).enumerate() {
            let element = match part {
                "*" => Element::Verb,
                "+" => Element::Target,
                "$" => Element::Source,
                "%" => Element::Compound,
                "^" => Element::Skip,
                g if g.starts_with('&') => Element::Group(group_name(&g[1..])),
                w => Element::Word(w.to_lowercase()),
            };
            items.push((element, k > 0));
        }
    }
    if !items.iter().any(|(e, _)| *e == Element::Verb) {
        return Err(format!("no * (the verb) in pattern {text:?}"));
    }
    Ok(Some(RawPattern { line: 0, text: words.split_whitespace().collect::<Vec<_>>().join(" "), code, paired, items }))
}

/// Synsets with their `+&OTHER` references expanded, as word choices.
fn resolve_groups(synsets: &HashMap<String, Vec<String>>) -> HashMap<String, Arc<WordChoice>> {
    fn members(name: &str, synsets: &HashMap<String, Vec<String>>, seen: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
        if seen.iter().any(|s| s == name) {
            return;
        }
        seen.push(name.to_string());
        for m in synsets.get(name).into_iter().flatten() {
            match m.strip_prefix('&') {
                Some(other) => members(&group_name(other), synsets, seen, out),
                None => {
                    let words: Vec<String> =
                        m.split(['_', ' ']).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
                    // Treebank spellings ("WO N'T") also as written in text ("won't").
                    if let Some(joined) = contracted(&words) {
                        out.push(joined);
                    }
                    out.push(words);
                }
            }
        }
    }
    synsets
        .keys()
        .map(|name| {
            let mut out = Vec::new();
            members(name, synsets, &mut Vec::new(), &mut out);
            (name.clone(), Arc::new(WordChoice::new(out)))
        })
        .collect()
}

/// PETRARCH matches pattern words as written.
fn exact(mut choice: WordChoice) -> WordChoice {
    choice.exact = true;
    choice
}

/// `did n't` → `didn't`, `wo n't` → `won't`, `ca n't` → `can't`.
fn contracted(words: &[String]) -> Option<Vec<String>> {
    let at = words.iter().position(|w| w == "n't")?;
    let before = words.get(at.checked_sub(1)?)?;
    let joined = match before.as_str() {
        "wo" => "won't".to_string(),
        "ca" => "can't".to_string(),
        other => format!("{other}n't"),
    };
    let mut out = words[..at - 1].to_vec();
    out.push(joined);
    out.extend_from_slice(&words[at + 1..]);
    Some(out)
}

/// The items before the verb and after it, in dyad's items: words apart
/// by a space get a skip between them.
fn frame(
    items: &[(Element, bool)],
    groups: &HashMap<String, Arc<WordChoice>>,
) -> Result<(Vec<FrameItem>, Vec<FrameItem>), String> {
    let verb = items.iter().position(|(e, _)| *e == Element::Verb).unwrap_or(0);
    // A leading `$` only says the source is the subject, as it is anyway;
    // a leading `%` that it is two or more actors.
    let pre: Vec<(Element, bool)> =
        items[..verb].iter().skip_while(|(e, _)| matches!(e, Element::Source | Element::Compound)).cloned().collect();
    if pre.iter().any(|(e, _)| matches!(e, Element::Target | Element::Source | Element::Compound)) {
        return Err("pattern has actors before the verb: not supported; left out".into());
    }
    let mut before = after(&pre, groups)?;
    while before.first() == Some(&FrameItem::Skip) {
        before.remove(0);
    }
    // Apart from the verb by a space: other words may stand between.
    if !before.is_empty() && !items[verb].1 {
        before.push(FrameItem::Skip);
    }
    Ok((before, after(&items[verb + 1..], groups)?))
}

/// Elements as frame items.
fn after(items: &[(Element, bool)], groups: &HashMap<String, Arc<WordChoice>>) -> Result<Vec<FrameItem>, String> {
    let mut out: Vec<FrameItem> = Vec::new();
    for (e, glued) in items {
        if !glued && out.last() != Some(&FrameItem::Skip) {
            out.push(FrameItem::Skip);
        }
        let item = match e {
            Element::Word(w) => FrameItem::Words(Arc::new(exact(WordChoice::new([vec![w.clone()]])))),
            Element::Group(g) => {
                FrameItem::Words(groups.get(g).cloned().ok_or_else(|| format!("undefined synset &{g}"))?)
            }
            Element::Target => FrameItem::Target,
            Element::Source => FrameItem::Source,
            Element::Skip => FrameItem::Skip,
            // After the verb, a compound actor is a target list.
            Element::Compound => FrameItem::Target,
            Element::Verb => return Err("two * in one pattern".into()),
        };
        if item != FrameItem::Skip || out.last() != Some(&FrameItem::Skip) {
            out.push(item);
        }
    }
    while out.last() == Some(&FrameItem::Skip) {
        out.pop();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\
&TIETYPES
+MILITARY
+ECONOMIC

&ACCORDSYN  # embedded synsets
+&TIETYPES
+CLOSER

--- ABANDON  [345]  ---
ABANDON    # pas
- * &TIETYPES TIES [902]
- INCHING &ACCORDSYN *  [083]
- * TO_+ [903:904]
- * NOTHING [---]

--- IRON_OUT   [---]  ---
+IRON_OUT
+STRAIGHTEN_OUT
- * &DISPUTE  [030]

--- ACCORD [abc] ---
ACCORD
- * %  [111]
- WITHOUT A CODE
";

    #[test]
    fn blocks_synsets_and_patterns() {
        let mut problems = Vec::new();
        let (pats, _) = parse_verbs("v.txt", TEXT, &mut problems);
        let got: Vec<(&str, Option<&str>, &str, usize)> =
            pats.iter().map(|p| (p.head.as_str(), p.particle.as_deref(), p.code.as_str(), p.frame.len())).collect();
        assert_eq!(
            got,
            [
                ("abandon", None, "345", 0),
                ("abandon", None, "902", 4),
                ("abandon", None, "083", 0),
                ("abandon", None, "903", 3),
                // "- * NOTHING [---]": no event, kept to block lighter patterns.
                ("abandon", None, "---", 2),
                ("accord", None, "abc", 0),
                ("accord", None, "111", 2)
            ]
        );
        // "* &TIETYPES TIES": skip, group, skip, word.
        assert!(matches!(&pats[1].frame[1], FrameItem::Words(w) if w.single.contains("military")));
        // "INCHING &ACCORDSYN *": inching, skip, the group, then a skip to the verb.
        assert_eq!(pats[2].before.len(), 4);
        assert_eq!(pats[2].before[3], FrameItem::Skip);
        // "* TO_+": skip, to, target (glued).
        assert_eq!(pats[3].frame[2], FrameItem::Target);
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(
            lines,
            ["v.txt:24: no [CODE] in pattern \" WITHOUT A CODE\"", "v.txt:19: undefined synset &DISPUTE",]
        );
    }
}
