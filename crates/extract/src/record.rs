//! Owned output records.

use dyad_types::{Repair, Span};
use serde::{Deserialize, Serialize};

/// One sentence as `dyad code` writes it (until events land, a record per
/// sentence).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SentenceRecord {
    /// Article id.
    pub article_id: String,
    /// 0-based sentence index in the article.
    pub sentence: usize,
    /// Article date (`YYYY-MM-DD`), when known.
    pub date: Option<String>,
    /// Span of the sentence in the original article text.
    pub span: Span,
    /// The repaired sentence text.
    pub text: String,
    /// The original bytes of the sentence.
    pub original: String,
    /// Repairs made inside the sentence.
    pub repairs: Vec<Repair>,
    /// Actors found in the sentence.
    pub actors: Vec<ActorRecord>,
    /// Time expressions, resolved.
    pub times: Vec<TimeRecord>,
    /// Places named.
    pub places: Vec<LocationRecord>,
}

/// One actor mention as written in output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRecord {
    /// CAMEO actor code on the article date.
    pub code: String,
    /// The mention as repaired.
    pub text: String,
    /// Span in the original article text.
    pub span: Span,
    /// The dictionary text that matched.
    pub entry: String,
    /// Canonical name, for people.
    pub canonical: Option<String>,
    /// `exact`, `alias` or `fuzzy`.
    pub matched: String,
}

/// One side of an event as written in output.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct PartyRecord {
    /// CAMEO actor code (`CHNGOV`).
    pub code: String,
    /// Country part (`CHN`), when the code starts with one.
    pub country: Option<String>,
    /// Role part (`GOV`), when the code has one.
    pub role: Option<String>,
    /// The mention as written (repaired).
    pub name: String,
    /// Canonical name, for people.
    pub canonical: Option<String>,
    /// Span in the original article text.
    pub span: Span,
}

/// A place as written in output.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LocationRecord {
    /// The gazetteer's name (`Zürich`).
    pub name: String,
    /// The name as written in the text (repaired).
    pub text: String,
    /// Country code as actor codes write it (`CHE`).
    pub country: String,
    /// First-level division (US: state abbreviation), when known.
    pub admin1: Option<String>,
    /// `country`, `state`, `capital` or `city`.
    pub kind: String,
    /// GeoNames id.
    pub geonameid: u32,
    /// Latitude, degrees.
    pub lat: f32,
    /// Longitude, degrees.
    pub lon: f32,
    /// Span of the name in the original text.
    pub span: Span,
    /// For an event's location: `sentence` (named in the event's own
    /// sentence), `context` (named with a locative word in one of the
    /// three sentences before) or `dateline`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
}

/// A time expression as written in output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRecord {
    /// The expression (repaired).
    pub text: String,
    /// First day of the period (`YYYY-MM-DD`).
    pub date: String,
    /// `day`, `week`, `month` or `year`.
    pub precision: String,
    /// After the article date.
    pub future: bool,
    /// Span in the original text.
    pub span: Span,
}

/// One coded event: the record of DESIGN.md.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventRecord {
    /// Stable id: a hash of article, sentence, code, actors and trigger.
    pub event_id: String,
    /// Article id.
    pub article_id: String,
    /// 0-based sentence index.
    pub sentence: usize,
    /// Span of the sentence in the original text.
    pub sentence_span: Span,
    /// Event date (`YYYY-MM-DD`, the first day of the period named): from
    /// the time expression nearest the event in its clause, else the article
    /// date.
    pub date: Option<String>,
    /// `day`, `week`, `month`, `year`, or `article` when the sentence names
    /// no time.
    pub date_precision: String,
    /// The time expression that dated the event, in the original text.
    pub date_span: Option<Span>,
    /// The date is after the article date (announced, planned).
    pub future: bool,
    /// Where it happened, when the sentence says.
    pub location: Option<LocationRecord>,
    /// Article date.
    pub article_date: Option<String>,
    /// Who acted.
    pub source: PartyRecord,
    /// To whom.
    pub target: Option<PartyRecord>,
    /// CAMEO event code.
    pub code: String,
    /// CAMEO root (first two digits).
    pub root: String,
    /// Quad class 1–4.
    pub quad_class: u8,
    /// Goldstein value.
    pub goldstein: f32,
    /// PLOVER event type, when the code has one.
    pub plover: Option<String>,
    /// The verb group is negated.
    pub negated: bool,
    /// The event is only possible or conditional.
    pub hypothetical: bool,
    /// Coded from the passive voice.
    pub passive: bool,
    /// Span of the head word in the original text.
    pub trigger: Span,
    /// The head word (repaired).
    pub trigger_text: String,
    /// The dictionary pattern that fired.
    pub pattern: String,
    /// Why the code differs from the pattern's, if it does.
    pub note: Option<String>,
    /// The repaired sentence.
    pub sentence_text: String,
    /// Repairs made in the sentence.
    pub repairs: Vec<Repair>,
}

/// Stable event id: FNV-1a (fixed by definition) over the identifying parts,
/// joined by U+001F, numbers in decimal; hashed piece by piece, with no key
/// string built.
pub(crate) fn event_id(
    article: &str,
    sentence: usize,
    code: &str,
    source: &str,
    target: &str,
    trigger: usize,
) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    let mut digits = [0u8; 20];
    feed(article.as_bytes());
    feed(&[0x1f]);
    feed(decimal(sentence as u64, &mut digits));
    for part in [code, source, target] {
        feed(&[0x1f]);
        feed(part.as_bytes());
    }
    feed(&[0x1f]);
    feed(decimal(trigger as u64, &mut digits));
    let mut id = String::with_capacity(17);
    id.push('e');
    for shift in (0..16).rev() {
        id.push(char::from(b"0123456789abcdef"[((h >> (shift * 4)) & 0xf) as usize]));
    }
    id
}

/// `n` in decimal, written at the end of `buf` (record ids and the CLI's
/// JSON writer, without the formatting machinery).
pub fn decimal(mut n: u64, buf: &mut [u8; 20]) -> &[u8] {
    let mut at = buf.len();
    loop {
        at -= 1;
        buf[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    &buf[at..]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The id as first defined: FNV-1a over the formatted key.
    fn reference(article: &str, sentence: usize, code: &str, source: &str, target: &str, trigger: usize) -> String {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let key = format!("{article}\u{1f}{sentence}\u{1f}{code}\u{1f}{source}\u{1f}{target}\u{1f}{trigger}");
        for b in key.bytes() {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        format!("e{h:016x}")
    }

    #[test]
    fn event_ids_are_as_defined() {
        for (a, s, c, src, t, tr) in [
            ("bench-7-0000001", 0, "106", "PRKGOV", "EGYGOV", 23),
            ("", 0, "", "", "", 0),
            ("Zürich", usize::MAX, "0874", "CHN", "", 1_234_567),
        ] {
            assert_eq!(event_id(a, s, c, src, t, tr), reference(a, s, c, src, t, tr));
        }
    }

    proptest::proptest! {
        #[test]
        fn any_parts_give_the_defined_id(a in "\\PC*", s: usize, c in "[0-9]{0,4}", src in "\\PC*", t in "[A-Z]{0,9}", tr: usize) {
            proptest::prop_assert_eq!(event_id(&a, s, &c, &src, &t, tr), reference(&a, s, &c, &src, &t, tr));
        }
    }
}
