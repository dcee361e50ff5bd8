//! Actor files: `NAME_ [CODE]`, `+SYNONYM` lines, and codes on their own
//! indented lines, possibly dated: `[HRV >920115]` (from), `[YUGHRV
//! <910625]` (until), `[HRVUNR 911008-920115]` (between).

use crate::ImportError;
use crate::comments::{lines, phrase};
use dyad_actors::{DayKey, Entry, EntryKind, Flags, Person, Term};

/// One code of an entry, with the days it holds.
#[derive(Clone, Debug, PartialEq, Eq)]
struct DatedCode {
    code: String,
    from: Option<DayKey>,
    to: Option<DayKey>,
}

/// An entry being read: its names, codes and first line.
#[derive(Default)]
struct Pending {
    names: Vec<String>,
    codes: Vec<DatedCode>,
    /// The entry's line wrote no code at all (so it takes the previous
    /// entry's, unless indented code lines follow).
    bare: bool,
    line: usize,
}

/// Reads an actor file: undated names become entries, names with dated
/// codes become people whose terms carry the codes.
pub fn parse_actors(file: &str, text: &str, problems: &mut Vec<ImportError>) -> (Vec<Entry>, Vec<Person>) {
    let mut entries = Vec::new();
    let mut people = Vec::new();
    let mut pending = Pending::default();
    let mut last_codes: Vec<DatedCode> = Vec::new();
    for (n, line) in lines(text) {
        if line.trim().is_empty() {
            continue;
        }
        let indented = line.starts_with([' ', '\t']);
        let body = line.trim();
        if let Some(synonym) = body.strip_prefix('+') {
            if pending.names.is_empty() {
                problems.push(ImportError::new(file, n, "synonym before any entry"));
                continue;
            }
            let name = phrase(synonym);
            if !name.is_empty() {
                pending.names.push(name);
            }
            continue;
        }
        if indented && body.starts_with('[') {
            if pending.names.is_empty() {
                problems.push(ImportError::new(file, n, "code line before any entry"));
                continue;
            }
            pending.bare = false;
            read_codes(file, n, body, &mut pending.codes, problems);
            continue;
        }
        finish(file, std::mem::take(&mut pending), &mut last_codes, &mut entries, &mut people);
        let (name, codes) = match body.find('[') {
            Some(k) => (&body[..k], &body[k..]),
            None => (body, ""),
        };
        let name = phrase(name);
        if name.is_empty() {
            problems.push(ImportError::new(file, n, format!("no name in {body:?}")));
            continue;
        }
        pending = Pending { names: vec![name], codes: Vec::new(), bare: codes.is_empty(), line: n };
        read_codes(file, n, codes, &mut pending.codes, problems);
    }
    finish(file, pending, &mut last_codes, &mut entries, &mut people);
    (entries, people)
}

/// Reads `[CODE]`, `[CODE >YYMMDD]`, `[CODE <YYMMDD]` or
/// `[CODE YYMMDD-YYMMDD]` items.
fn read_codes(file: &str, n: usize, text: &str, out: &mut Vec<DatedCode>, problems: &mut Vec<ImportError>) {
    let mut rest = text.trim();
    while let Some(start) = rest.find('[') {
        let Some(len) = rest[start..].find(']') else {
            problems.push(ImportError::new(file, n, format!("unclosed code in {text:?}")));
            return;
        };
        let inside = rest[start + 1..start + len].trim();
        rest = &rest[start + len + 1..];
        let mut parts = inside.split_whitespace();
        let first = parts.next().unwrap_or("").to_ascii_uppercase();
        // `[ELR/GAL]`: one name standing for several actors at once.
        let codes: Vec<String> = first.split('/').map(str::to_string).collect();
        if codes.iter().any(|c| c.is_empty() || !c.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')) {
            problems.push(ImportError::new(file, n, format!("bad actor code {inside:?}")));
            continue;
        }
        // "[HOB < 950601]" and "[X 19950601 - 19990815]" occur: spaces inside
        // a date mean nothing.
        let date: String = parts.collect();
        let (from, to) = match (!date.is_empty()).then_some(date.as_str()) {
            None => (None, None),
            Some(d) => match dates(d) {
                Some(range) => range,
                None => {
                    problems.push(ImportError::new(file, n, format!("bad date {d:?} in [{inside}]")));
                    continue;
                }
            },
        };
        out.extend(codes.into_iter().map(|code| DatedCode { code, from, to }));
    }
}

/// `>YYMMDD`, `<YYMMDD` or `YYMMDD-YYMMDD`.
fn dates(s: &str) -> Option<(Option<DayKey>, Option<DayKey>)> {
    if let Some(d) = s.strip_prefix('>') {
        return Some((Some(day(d)?), None));
    }
    if let Some(d) = s.strip_prefix('<') {
        return Some((None, Some(day(d)?)));
    }
    let (a, b) = s.split_once('-')?;
    Some((Some(day(a)?), Some(day(b)?)))
}

/// A TABARI day, `YYMMDD` (years before 50 are 20xx) or `YYYYMMDD`.
fn day(s: &str) -> Option<DayKey> {
    if !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (y, rest) = match s.len() {
        6 => {
            let yy: u32 = s[..2].parse().ok()?;
            (if yy < 50 { 2000 + yy } else { 1900 + yy }, &s[2..])
        }
        8 => (s[..4].parse().ok()?, &s[4..]),
        _ => return None,
    };
    let m: u32 = rest[..2].parse().ok()?;
    let d: u32 = rest[2..].parse().ok()?;
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some(DayKey(y * 10_000 + m * 100 + d))
}

/// Turns a finished entry into entries or a person. An entry without codes
/// takes the codes of the one before it (TABARI lists spellings so).
fn finish(file: &str, p: Pending, last: &mut Vec<DatedCode>, entries: &mut Vec<Entry>, people: &mut Vec<Person>) {
    if p.names.is_empty() {
        return;
    }
    let codes = if p.codes.is_empty() && p.bare { last.clone() } else { p.codes };
    if codes.is_empty() {
        return;
    }
    *last = codes.clone();
    let origin = format!("{file}:{}", p.line);
    let dated = codes.iter().any(|c| c.from.is_some() || c.to.is_some());
    if !dated {
        // Several undated codes: the name stands for each of them.
        for name in p.names {
            entries.push(Entry {
                code: codes[0].code.clone(),
                also: codes[1..].iter().map(|c| c.code.clone()).collect(),
                kind: EntryKind::Name,
                text: name,
                flags: Flags::default(),
                origin: origin.clone(),
            });
        }
        return;
    }
    let earliest = DayKey(10_101);
    // Dated codes first: the first term covering a day gives its code; the
    // undated code, if any, covers every other day.
    let mut terms: Vec<Term> = codes
        .iter()
        .filter(|c| c.from.is_some() || c.to.is_some())
        .map(|c| Term { role: c.code.clone(), office: "imported".into(), from: c.from.unwrap_or(earliest), to: c.to })
        .collect();
    terms.extend(codes.iter().filter(|c| c.from.is_none() && c.to.is_none()).map(|c| Term {
        role: c.code.clone(),
        office: "imported".into(),
        from: earliest,
        to: None,
    }));
    let mut names = p.names.into_iter();
    let name = names.next().unwrap_or_default();
    people.push(Person {
        country: codes[0].code.get(..3).unwrap_or("").to_string(),
        name,
        aliases: names.collect(),
        terms,
        origin,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_synonyms_and_dated_codes() {
        let text = "\
# comment
ISRAEL [ISR]
+ISRAELI
UN_ [IGOUNO]
U.N._
HAMID_KARZAI_ [AFGELI]
\t[AFGGOV >011222]
\t[AFGREB 960101-011221]
BAD [X Y]
LORIEN  [ELR/GAL]
+
[ORPHAN]
";
        let mut problems = Vec::new();
        let (entries, people) = parse_actors("a.txt", text, &mut problems);
        let names: Vec<(&str, &str)> = entries.iter().map(|e| (e.text.as_str(), e.code.as_str())).collect();
        assert_eq!(
            names,
            [("ISRAEL", "ISR"), ("ISRAELI", "ISR"), ("UN", "IGOUNO"), ("U.N.", "IGOUNO"), ("LORIEN", "ELR")]
        );
        assert_eq!(entries[4].also, ["GAL"]);
        assert_eq!(people.len(), 1);
        let k = &people[0];
        assert_eq!(k.name, "HAMID KARZAI");
        assert_eq!(k.code_on(DayKey(20_050_101)).as_str(), "AFGGOV");
        assert_eq!(k.code_on(DayKey(19_990_101)).as_str(), "AFGREB");
        assert_eq!(k.code_on(DayKey(19_900_101)).as_str(), "AFGELI");
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(lines, ["a.txt:9: bad date \"Y\" in [X Y]", "a.txt:12: no name in \"[ORPHAN]\""]);
    }
}
