//! Gold records: one JSON object per line.

use serde_json::Value;

/// A gold actor of a PLOVER record: its text and code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldParty {
    /// The actor as written.
    pub text: String,
    /// Its code (country for PLOVER records).
    pub code: String,
}

/// One expected event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GoldEvent {
    /// A PETRARCH-style triple.
    Triple {
        /// Source code.
        source: String,
        /// Target code.
        target: String,
        /// CAMEO event code.
        code: String,
    },
    /// A PLOVER-coded event.
    Plover {
        /// Source actors.
        source: Vec<GoldParty>,
        /// Target actors.
        target: Vec<GoldParty>,
        /// Both sides are in `source` ("A and B agreed").
        reciprocal: bool,
        /// PLOVER type, current naming.
        plover: String,
    },
}

/// One gold record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldRecord {
    /// Record id.
    pub id: String,
    /// Story date.
    pub date: Option<String>,
    /// The sentence.
    pub text: String,
    /// Expected events (empty: none expected).
    pub expected: Vec<GoldEvent>,
    /// False where the file marks the record as not evaluated.
    pub evaluate: bool,
    /// Flags from `notes.flags`.
    pub flags: Vec<String>,
    /// Ids of records with the same text (PLOVER).
    pub same_text_as: Vec<String>,
    /// Coder options the suite sets for this record (`notes.config`:
    /// `require_dyad`, `new_actor_length`, …), as written.
    pub config: Vec<(String, String)>,
}

/// A line that is not a gold record.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct GoldError {
    /// File name.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub message: String,
}

/// Reads gold records; bad lines are returned as errors beside the good
/// records.
pub fn read_gold(file: &str, text: &str) -> (Vec<GoldRecord>, Vec<GoldError>) {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match parse_record(line) {
            Ok(r) => records.push(r),
            Err(message) => errors.push(GoldError { file: file.to_string(), line: i + 1, message }),
        }
    }
    (records, errors)
}

fn parse_record(line: &str) -> Result<GoldRecord, String> {
    let v: Value = serde_json::from_str(line).map_err(|e| format!("invalid JSON: {e}"))?;
    let s = |k: &str| v.get(k).and_then(Value::as_str).map(str::to_string);
    let id = s("id").ok_or("missing \"id\"")?;
    let text = s("text").ok_or("missing \"text\"")?;
    let notes = v.get("notes");
    let evaluate = notes.and_then(|n| n.get("evaluate")).and_then(Value::as_bool).unwrap_or(true);
    let strings = |k: &str| -> Vec<String> {
        notes
            .and_then(|n| n.get(k))
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect())
            .unwrap_or_default()
    };
    let mut expected = Vec::new();
    for e in v.get("expected").and_then(Value::as_array).ok_or("missing \"expected\" list")? {
        expected.push(parse_event(e)?);
    }
    Ok(GoldRecord {
        id,
        date: s("date"),
        text,
        expected,
        evaluate,
        flags: strings("flags"),
        same_text_as: strings("same_text_as"),
        config: notes
            .and_then(|n| n.get("config"))
            .and_then(Value::as_object)
            .map(|o| o.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_string()))).collect())
            .unwrap_or_default(),
    })
}

fn parse_event(e: &Value) -> Result<GoldEvent, String> {
    let field = |k: &str| e.get(k).and_then(Value::as_str).map(str::to_string);
    if let Some(code) = field("code") {
        return Ok(GoldEvent::Triple {
            source: field("source").ok_or("event without source")?,
            target: field("target").ok_or("event without target")?,
            code,
        });
    }
    let parties = |k: &str| -> Vec<GoldParty> {
        e.get(k)
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .filter_map(|p| {
                        Some(GoldParty {
                            text: p.get("text")?.as_str()?.to_string(),
                            code: p.get("code")?.as_str()?.to_string(),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default()
    };
    let plover =
        field("plover_current").or_else(|| field("plover")).ok_or("event with neither code nor plover type")?;
    Ok(GoldEvent::Plover {
        source: parties("source"),
        target: parties("target"),
        reciprocal: e.get("reciprocal").and_then(Value::as_bool).unwrap_or(false),
        plover,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_formats_and_reports_bad_lines() {
        let text = r#"{"id": "A", "date": "2008-08-04", "text": "x", "expected": [{"source": "USA", "target": "CHN", "code": "042"}], "notes": {"evaluate": true, "flags": []}}
not json
{"id": "P", "date": "2000-01-01", "text": "y", "expected": [{"source": [{"text": "Jordan", "code": "JOR", "sector": null}], "target": [], "reciprocal": true, "plover": "AGREE", "plover_current": "AGREE"}], "notes": {"same_text_as": ["Q"]}}
{"id": "B"}"#;
        let (records, errors) = read_gold("gold.jsonl", text);
        assert_eq!(records.len(), 2);
        assert!(matches!(&records[0].expected[0], GoldEvent::Triple { code, .. } if code == "042"));
        assert!(matches!(&records[1].expected[0], GoldEvent::Plover { reciprocal: true, .. }));
        assert_eq!(records[1].same_text_as, ["Q"]);
        assert_eq!(errors.len(), 2);
        assert!(errors[0].to_string().starts_with("gold.jsonl:2: invalid JSON"));
        assert_eq!(errors[1].to_string(), "gold.jsonl:4: missing \"text\"");
    }
}
