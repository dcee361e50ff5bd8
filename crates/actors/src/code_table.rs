//! Parser of `countries.tsv` and `organizations.tsv`: `code kind text flags`.

use crate::{
    DictError, Entry, EntryKind, Flags,
    rows::{bad, parse_rows},
};

/// Parses a code table; good rows go to `out`, problems to `errors`.
pub(crate) fn parse(file: &str, text: &str, out: &mut Vec<Entry>, errors: &mut Vec<DictError>) {
    parse_rows(file, text, (3, 4), out, errors, |line, cols| {
        let code = cols[0];
        if !valid_code(code) {
            return Err(bad("code", code));
        }
        let kind = EntryKind::parse(cols[1]).ok_or_else(|| bad("kind", cols[1]))?;
        if cols[2].is_empty() {
            return Err(bad("text", ""));
        }
        let flags = Flags::parse(cols[3]).map_err(|b| bad("flag", &b))?;
        Ok(Entry {
            code: code.to_string(),
            also: Vec::new(),
            kind,
            text: cols[2].to_string(),
            flags,
            origin: format!("{file}:{line}"),
        })
    });
}

/// CAMEO actor codes are upper-case letters (and digits in a few specials),
/// in blocks of three: `CHN`, `RUSGOV`, `IGOUNOWHO`.
pub(crate) fn valid_code(code: &str) -> bool {
    !code.is_empty()
        && code.len().is_multiple_of(3)
        && code.len() <= 15
        && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_rows_and_reports_errors() {
        let text = "# code\tkind\ttext\tflags\nCHN\tname\tChina\tcased\nRUSGOV\tseat\tKremlin\nxx\tname\tX\nCHN\tnoun\tChina\nTUR\tname\tTurkey\tloud\nCHN\tname\n";
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        parse("countries.tsv", text, &mut out, &mut errors);
        assert_eq!(out.len(), 2);
        assert!(out[0].flags.cased);
        assert_eq!(out[1].kind, EntryKind::Seat);
        let msgs: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            msgs,
            [
                "countries.tsv:4: bad code \"xx\"",
                "countries.tsv:5: bad kind \"noun\"",
                "countries.tsv:6: bad flag \"loud\"",
                "countries.tsv:7: expected 4 tab-separated columns, found 2",
            ]
        );
    }
}
