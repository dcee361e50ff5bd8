//! JSON Lines: one JSON object per line.

use crate::detect::{date_of, date_prefix};
use crate::error::{SourceError, Warning};
use crate::options::FieldNames;
use crate::reader::{Input, Item, Source};
use crate::record::{LineReader, NextLine};
use dyad_types::{Article, ArticleId};
use serde_json::{Map, Value};
use std::collections::VecDeque;

/// Reads one article per non-blank line.
pub(crate) struct JsonlSource {
    lines: LineReader,
    fields: FieldNames,
}

impl JsonlSource {
    pub(crate) fn new(input: Input, fields: FieldNames, cap: usize) -> JsonlSource {
        JsonlSource { lines: LineReader::new(input, cap), fields }
    }
}

impl Source for JsonlSource {
    fn fill(&mut self, out: &mut VecDeque<Item>) -> bool {
        match self.lines.next_line(out) {
            NextLine::Line(line, origin) => {
                parse_record(&line, origin, &self.fields, out);
                true
            }
            NextLine::Skipped => true,
            NextLine::Done => false,
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// A non-empty string field; a value of another type is reported.
fn string_field(map: &mut Map<String, Value>, name: &str, origin: &str, out: &mut VecDeque<Item>) -> Option<String> {
    match map.remove(name)? {
        Value::Null => None,
        Value::String(s) if s.trim().is_empty() => None,
        Value::String(s) => Some(s),
        other => {
            let msg = format!("field \"{name}\" is {}, not a string; ignored", kind(&other));
            out.push_back(Item::Warning(Warning::new(origin, msg)));
            None
        }
    }
}

/// Turns one JSON line into an article (or a skip), plus warnings.
fn parse_record(line: &str, origin: String, fields: &FieldNames, out: &mut VecDeque<Item>) {
    let mut map = match serde_json::from_str::<Value>(line) {
        Ok(Value::Object(map)) => map,
        Ok(other) => {
            let message = format!("expected an object, found {}", kind(&other));
            out.push_back(Item::Skipped(SourceError::InvalidJson { origin, message }));
            return;
        }
        Err(e) => {
            let message = e.to_string();
            out.push_back(Item::Skipped(SourceError::InvalidJson { origin, message }));
            return;
        }
    };
    let text = match map.remove(&fields.text) {
        None | Some(Value::Null) => {
            let field = fields.text.clone();
            out.push_back(Item::Skipped(SourceError::MissingField { origin, field }));
            return;
        }
        Some(Value::String(s)) if s.trim().is_empty() => {
            let (field, problem) = (fields.text.clone(), "is empty".to_string());
            out.push_back(Item::Skipped(SourceError::BadField { origin, field, problem }));
            return;
        }
        Some(Value::String(s)) => s,
        Some(other) => {
            let field = fields.text.clone();
            let problem = format!("is {}, not a string", kind(&other));
            out.push_back(Item::Skipped(SourceError::BadField { origin, field, problem }));
            return;
        }
    };
    let id = match map.remove(&fields.id) {
        Some(Value::String(s)) if !s.trim().is_empty() => ArticleId(s),
        Some(Value::Number(n)) => ArticleId(n.to_string()),
        None | Some(Value::Null) | Some(Value::String(_)) => ArticleId::from_content(&text),
        Some(other) => {
            let msg =
                format!("field \"{}\" is {}, not a string or number; using a content hash", fields.id, kind(&other));
            out.push_back(Item::Warning(Warning::new(&origin, msg)));
            ArticleId::from_content(&text)
        }
    };
    let date = match map.remove(&fields.date) {
        None | Some(Value::Null) => date_prefix(&text).map(str::to_string),
        Some(Value::String(s)) if s.trim().is_empty() => date_prefix(&text).map(str::to_string),
        Some(Value::String(s)) => {
            let d = date_of(&s);
            if d.is_none() {
                let msg = format!("unrecognised date {s:?}; expected YYYY-MM-DD");
                out.push_back(Item::Warning(Warning::new(&origin, msg)));
            }
            d
        }
        Some(other) => {
            let msg = format!("unrecognised date {other}; expected YYYY-MM-DD");
            out.push_back(Item::Warning(Warning::new(&origin, msg)));
            None
        }
    };
    let title = string_field(&mut map, &fields.title, &origin, out);
    let url = string_field(&mut map, &fields.url, &origin, out);
    let source = string_field(&mut map, &fields.source, &origin, out);
    out.push_back(Item::Article(Article { id, date, title, text, url, source, origin }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Vec<Item> {
        let mut out = VecDeque::new();
        parse_record(line, "f.jsonl:7".into(), &FieldNames::default(), &mut out);
        out.into()
    }

    fn article(items: &[Item]) -> &Article {
        items.iter().find_map(|i| if let Item::Article(a) = i { Some(a) } else { None }).expect("an article")
    }

    #[test]
    fn full_record() {
        let items = parse(
            r#"{"id":"a1","date":"2025-05-05T10:00:00Z","title":"T","text":"Xi met Putin.","url":"https://x.org/a","source":"X","extra":1}"#,
        );
        assert_eq!(items.len(), 1);
        let a = article(&items);
        assert_eq!(a.id.as_str(), "a1");
        assert_eq!(a.date.as_deref(), Some("2025-05-05"));
        assert_eq!(a.title.as_deref(), Some("T"));
        assert_eq!(a.url.as_deref(), Some("https://x.org/a"));
        assert_eq!(a.source.as_deref(), Some("X"));
        assert_eq!(a.origin, "f.jsonl:7");
    }

    #[test]
    fn numeric_id_hash_id_and_prefix_date() {
        let a = parse(r#"{"id":42,"text":"x"}"#);
        assert_eq!(article(&a).id.as_str(), "42");
        let a = parse(r#"{"text":"date 2025-01-02 Xi met Putin."}"#);
        let a = article(&a);
        assert_eq!(a.id, ArticleId::from_content("date 2025-01-02 Xi met Putin."));
        assert_eq!(a.date.as_deref(), Some("2025-01-02"));
        assert_eq!(a.text, "date 2025-01-02 Xi met Putin.");
    }

    #[test]
    fn bad_date_warns() {
        let items = parse(r#"{"text":"x","date":"May 5"}"#);
        assert_eq!(items.len(), 2);
        let Item::Warning(w) = &items[0] else { panic!("{items:?}") };
        assert_eq!(w.to_string(), "f.jsonl:7: unrecognised date \"May 5\"; expected YYYY-MM-DD");
        assert_eq!(article(&items).date, None);
        let items = parse(r#"{"text":"x","date":20250505}"#);
        assert!(matches!(items[0], Item::Warning(_)));
    }

    #[test]
    fn skips() {
        let msg = |items: Vec<Item>| match &items[..] {
            [Item::Skipped(e)] => e.to_string(),
            other => panic!("{other:?}"),
        };
        assert_eq!(msg(parse(r#"{"title":"x"}"#)), "f.jsonl:7: missing field \"text\"");
        assert_eq!(msg(parse(r#"{"text":null}"#)), "f.jsonl:7: missing field \"text\"");
        assert_eq!(msg(parse(r#"{"text":" "}"#)), "f.jsonl:7: field \"text\" is empty");
        assert_eq!(msg(parse(r#"{"text":3}"#)), "f.jsonl:7: field \"text\" is a number, not a string");
        assert!(msg(parse(r#"{"text":"x""#)).starts_with("f.jsonl:7: invalid JSON: EOF"));
        assert_eq!(msg(parse("[1]")), "f.jsonl:7: invalid JSON: expected an object, found an array");
    }

    #[test]
    fn custom_fields() {
        let fields = FieldNames { text: "body".into(), date: "published".into(), ..Default::default() };
        let mut out = VecDeque::new();
        parse_record(r#"{"body":"b","published":"2024-02-29"}"#, "o".into(), &fields, &mut out);
        let items: Vec<Item> = out.into();
        assert_eq!(article(&items).date.as_deref(), Some("2024-02-29"));
        assert_eq!(article(&items).text, "b");
    }
}
