//! Event records as JSON, written by hand: the same bytes as
//! `serde_json::to_writer` (a test holds them to it), without its per-field
//! and per-string overhead, which made output a sixth of `dyad code`'s time.

use dyad_extract::{EventRecord, LocationRecord, PartyRecord, Repair, Span};

/// Appends `e` as one JSON object (no newline).
pub fn write_event(out: &mut Vec<u8>, e: &EventRecord) {
    out.extend_from_slice(b"{\"event_id\":");
    string(out, &e.event_id);
    out.extend_from_slice(b",\"article_id\":");
    string(out, &e.article_id);
    out.extend_from_slice(b",\"sentence\":");
    number(out, e.sentence as u64);
    out.extend_from_slice(b",\"sentence_span\":");
    span(out, e.sentence_span);
    out.extend_from_slice(b",\"date\":");
    opt_string(out, e.date.as_deref());
    out.extend_from_slice(b",\"date_precision\":");
    string(out, &e.date_precision);
    out.extend_from_slice(b",\"date_span\":");
    match e.date_span {
        Some(s) => span(out, s),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"future\":");
    boolean(out, e.future);
    out.extend_from_slice(b",\"location\":");
    match &e.location {
        Some(l) => location(out, l),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"article_date\":");
    opt_string(out, e.article_date.as_deref());
    out.extend_from_slice(b",\"source\":");
    party(out, &e.source);
    out.extend_from_slice(b",\"target\":");
    match &e.target {
        Some(t) => party(out, t),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"code\":");
    string(out, &e.code);
    out.extend_from_slice(b",\"root\":");
    string(out, &e.root);
    out.extend_from_slice(b",\"quad_class\":");
    number(out, u64::from(e.quad_class));
    out.extend_from_slice(b",\"goldstein\":");
    float(out, e.goldstein);
    out.extend_from_slice(b",\"plover\":");
    opt_string(out, e.plover.as_deref());
    out.extend_from_slice(b",\"negated\":");
    boolean(out, e.negated);
    out.extend_from_slice(b",\"hypothetical\":");
    boolean(out, e.hypothetical);
    out.extend_from_slice(b",\"passive\":");
    boolean(out, e.passive);
    out.extend_from_slice(b",\"trigger\":");
    span(out, e.trigger);
    out.extend_from_slice(b",\"trigger_text\":");
    string(out, &e.trigger_text);
    out.extend_from_slice(b",\"pattern\":");
    string(out, &e.pattern);
    out.extend_from_slice(b",\"note\":");
    opt_string(out, e.note.as_deref());
    out.extend_from_slice(b",\"sentence_text\":");
    string(out, &e.sentence_text);
    out.extend_from_slice(b",\"repairs\":[");
    for (n, r) in e.repairs.iter().enumerate() {
        if n > 0 {
            out.push(b',');
        }
        repair(out, r);
    }
    out.extend_from_slice(b"]}");
}

fn party(out: &mut Vec<u8>, p: &PartyRecord) {
    out.extend_from_slice(b"{\"code\":");
    string(out, &p.code);
    out.extend_from_slice(b",\"country\":");
    opt_string(out, p.country.as_deref());
    out.extend_from_slice(b",\"role\":");
    opt_string(out, p.role.as_deref());
    out.extend_from_slice(b",\"name\":");
    string(out, &p.name);
    out.extend_from_slice(b",\"canonical\":");
    opt_string(out, p.canonical.as_deref());
    out.extend_from_slice(b",\"span\":");
    span(out, p.span);
    out.push(b'}');
}

fn location(out: &mut Vec<u8>, l: &LocationRecord) {
    out.extend_from_slice(b"{\"name\":");
    string(out, &l.name);
    out.extend_from_slice(b",\"text\":");
    string(out, &l.text);
    out.extend_from_slice(b",\"country\":");
    string(out, &l.country);
    out.extend_from_slice(b",\"admin1\":");
    opt_string(out, l.admin1.as_deref());
    out.extend_from_slice(b",\"kind\":");
    string(out, &l.kind);
    out.extend_from_slice(b",\"geonameid\":");
    number(out, u64::from(l.geonameid));
    out.extend_from_slice(b",\"lat\":");
    float(out, l.lat);
    out.extend_from_slice(b",\"lon\":");
    float(out, l.lon);
    out.extend_from_slice(b",\"span\":");
    span(out, l.span);
    // Left out when empty, as the record's serde attribute says.
    if let Some(from) = &l.from {
        out.extend_from_slice(b",\"from\":");
        string(out, from);
    }
    out.push(b'}');
}

fn repair(out: &mut Vec<u8>, r: &Repair) {
    out.extend_from_slice(b"{\"kind\":");
    string(out, r.kind.as_str());
    out.extend_from_slice(b",\"original\":");
    span(out, r.original);
    out.extend_from_slice(b",\"original_text\":");
    string(out, &r.original_text);
    out.extend_from_slice(b",\"replacement\":");
    string(out, &r.replacement);
    out.push(b'}');
}

fn span(out: &mut Vec<u8>, s: Span) {
    out.extend_from_slice(b"{\"start\":");
    number(out, s.start as u64);
    out.extend_from_slice(b",\"end\":");
    number(out, s.end as u64);
    out.push(b'}');
}

fn boolean(out: &mut Vec<u8>, b: bool) {
    out.extend_from_slice(if b { b"true" } else { b"false" });
}

fn number(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(dyad_extract::decimal(n, &mut [0u8; 20]));
}

/// Floats as serde_json writes them (shortest round trip; `null` when not
/// finite): by serde_json itself, so the bytes cannot differ.
fn float(out: &mut Vec<u8>, f: f32) {
    // Writing to a Vec cannot fail.
    let _ = serde_json::to_writer(&mut *out, &f);
}

fn opt_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// A JSON string, escaped as serde_json escapes: `"` and `\`, the short
/// escapes of JSON for control characters that have one, `\u00XX` (lower
/// case) for the others; everything else as it stands.
fn string(out: &mut Vec<u8>, s: &str) {
    out.reserve(s.len() + 2);
    out.push(b'"');
    let bytes = s.as_bytes();
    let mut run = 0;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes at a time while none needs escaping (most text).
        if let Some(chunk) = bytes.get(i..i + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            if !needs_escape(word) {
                i += 8;
                continue;
            }
        }
        let b = bytes[i];
        i += 1;
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(&bytes[run..i - 1]);
        run = i;
        match b {
            b'"' => out.extend_from_slice(b"\\\""),
            b'\\' => out.extend_from_slice(b"\\\\"),
            0x08 => out.extend_from_slice(b"\\b"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            0x0c => out.extend_from_slice(b"\\f"),
            b'\r' => out.extend_from_slice(b"\\r"),
            _ => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.extend_from_slice(b"\\u00");
                out.push(HEX[usize::from(b >> 4)]);
                out.push(HEX[usize::from(b & 0xf)]);
            }
        }
    }
    out.extend_from_slice(&bytes[run..]);
    out.push(b'"');
}

/// Some byte of `word` is a control character, `"` or `\\` (bit tricks of
/// "Bit Twiddling Hacks": a zero byte, a byte below 0x20).
fn needs_escape(word: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    let below_space = word.wrapping_sub(ONES * 0x20) & !word & HIGH;
    (zero(word ^ (ONES * u64::from(b'"'))) | zero(word ^ (ONES * u64::from(b'\\'))) | below_space) != 0
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_extract::RepairKind;

    fn record(text: &str, full: bool) -> EventRecord {
        let span = Span { start: 3, end: 18_446_744 };
        let party = PartyRecord {
            code: "CHNGOV".into(),
            country: full.then(|| "CHN".into()),
            role: full.then(|| "GOV".into()),
            name: text.into(),
            canonical: full.then(|| format!("{text}\u{1}")),
            span,
        };
        EventRecord {
            event_id: "e0123456789abcdef".into(),
            article_id: format!("id\"{text}"),
            sentence: usize::MAX,
            sentence_span: span,
            date: full.then(|| "2025-05-05".into()),
            date_precision: "day".into(),
            date_span: full.then_some(span),
            future: full,
            location: full.then(|| LocationRecord {
                name: "Zürich".into(),
                text: text.into(),
                country: "CHE".into(),
                admin1: (!text.is_empty()).then(|| "ZH".into()),
                kind: "city".into(),
                geonameid: u32::MAX,
                lat: 47.366_67,
                lon: -8.55,
                span,
                from: text.len().is_multiple_of(2).then(|| "sentence".into()),
            }),
            article_date: full.then(|| text.into()),
            source: party.clone(),
            target: full.then_some(party),
            code: "0874".into(),
            root: "08".into(),
            quad_class: 4,
            goldstein: if full { -10.0 } else { f32::NAN },
            plover: full.then(|| "AID".into()),
            negated: full,
            hypothetical: !full,
            passive: full,
            trigger: Span::default(),
            trigger_text: text.into(),
            pattern: "verbs.tsv:1 meet with +".into(),
            note: full.then(|| "negated 070 -> 121".into()),
            sentence_text: text.into(),
            repairs: if full {
                vec![
                    Repair {
                        kind: RepairKind::CurlyQuote,
                        original: span,
                        original_text: "\u{2019}".into(),
                        replacement: "'".into(),
                    },
                    Repair {
                        kind: RepairKind::Bom,
                        original: span,
                        original_text: text.into(),
                        replacement: String::new(),
                    },
                ]
            } else {
                Vec::new()
            },
        }
    }

    fn same(text: &str) {
        for full in [true, false] {
            let e = record(text, full);
            let mut ours = Vec::new();
            write_event(&mut ours, &e);
            let theirs = serde_json::to_vec(&e).expect("serializes");
            assert_eq!(String::from_utf8_lossy(&ours), String::from_utf8_lossy(&theirs));
        }
    }

    #[test]
    fn writes_what_serde_json_writes() {
        same("");
        same("Xi met Putin in Zürich.");
        same("quotes \" and \\ and / and \u{7f} and \u{2028}");
        let controls: String = (0u8..0x20).map(char::from).collect();
        same(&controls);
        same("\u{1F600} tab\there\r\n");
    }

    proptest::proptest! {
        #[test]
        fn any_text_is_written_as_serde_json_writes_it(text in "\\PC*|[\\x00-\\x7f]*") {
            same(&text);
        }
    }
}
