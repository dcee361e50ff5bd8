//! Parser of `people*.tsv`: `name country aliases terms`.

use crate::{
    DayKey, DictError, DictErrorKind, Person, Term,
    code_table::valid_code,
    rows::{bad, parse_rows},
};

/// Parses a people table; good rows go to `out`, problems to `errors`.
pub(crate) fn parse(file: &str, text: &str, out: &mut Vec<Person>, errors: &mut Vec<DictError>) {
    parse_rows(file, text, (2, 4), out, errors, |line, cols| {
        let (name, country) = (cols[0], cols[1]);
        if name.is_empty() {
            return Err(bad("name", ""));
        }
        if !valid_code(country) {
            return Err(bad("country", country));
        }
        let aliases = cols[2].split('|').map(str::trim).filter(|a| !a.is_empty()).map(String::from).collect();
        let terms =
            cols[3].split('|').map(str::trim).filter(|t| !t.is_empty()).map(parse_term).collect::<Result<_, _>>()?;
        Ok(Person {
            name: name.to_string(),
            country: country.to_string(),
            aliases,
            terms,
            origin: format!("{file}:{line}"),
        })
    });
}

/// `ROLE:office:from:to`.
fn parse_term(t: &str) -> Result<Term, DictErrorKind> {
    let parts: Vec<&str> = t.split(':').collect();
    let [role, office, from, to] = parts[..] else {
        return Err(DictErrorKind::BadValue { column: "term", value: t.to_string() });
    };
    if !valid_code(role) {
        return Err(DictErrorKind::BadValue { column: "term role", value: role.to_string() });
    }
    let from_key = DayKey::parse(from, false).ok_or_else(|| DictErrorKind::BadDate(from.to_string()))?;
    let to_key = if to.is_empty() {
        None
    } else {
        Some(DayKey::parse(to, true).ok_or_else(|| DictErrorKind::BadDate(to.to_string()))?)
    };
    if to_key.is_some_and(|k| k < from_key) {
        return Err(DictErrorKind::BadDate(format!("{from}:{to}")));
    }
    Ok(Term { role: role.to_string(), office: office.to_string(), from: from_key, to: to_key })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_people_and_dates_codes() {
        let text = "# name\tcountry\taliases\tterms\nDonald Trump\tUSA\tTrump\tGOV:head-of-state:2017-01-20:2021-01-20|GOV:head-of-state:2025-01-20:\nBad\tUSA\t\tGOV:x:2020:2019\n";
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        parse("people.tsv", text, &mut out, &mut errors);
        assert_eq!(out.len(), 1);
        let trump = &out[0];
        assert_eq!(trump.code_on(DayKey(20190601)), "USAGOV");
        assert_eq!(trump.code_on(DayKey(20220601)), "USAELI");
        assert_eq!(trump.code_on(DayKey(20250601)), "USAGOV");
        assert_eq!(trump.code_on(DayKey(20100601)), "USA");
        assert_eq!(errors.len(), 1);
        assert!(errors[0].to_string().starts_with("people.tsv:3: bad date"));
    }
}
