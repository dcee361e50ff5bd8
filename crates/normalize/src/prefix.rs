//! Metadata prefixes such as `date 2025-05-05 ` at the head of a text.

/// If `text` starts (after whitespace) with `date YYYY-MM-DD` and a space,
/// returns the end of the prefix (trailing whitespace included) and the
/// span of the date itself.
pub(crate) fn date_prefix(text: &str) -> Option<(usize, (usize, usize))> {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let body = rest.strip_prefix("date ")?;
    let d = body.as_bytes();
    let shape = d.len() >= 11
        && d[..4].iter().all(u8::is_ascii_digit)
        && d[4] == b'-'
        && d[5..7].iter().all(u8::is_ascii_digit)
        && d[7] == b'-'
        && d[8..10].iter().all(u8::is_ascii_digit)
        && d[10].is_ascii_whitespace();
    if !shape {
        return None;
    }
    let date_start = lead + 5;
    let after = &text[date_start + 10..];
    let end = date_start + 10 + (after.len() - after.trim_start().len());
    Some((end, (date_start, date_start + 10)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prefix() {
        let t = " date 2025-05-05 While Russian tanks";
        let (end, (ds, de)) = date_prefix(t).unwrap();
        assert_eq!(&t[ds..de], "2025-05-05");
        assert_eq!(&t[end..], "While Russian tanks");
        assert!(date_prefix("date 2025-5-5 x").is_none());
        assert!(date_prefix("update 2025-05-05 x").is_none());
        assert!(date_prefix("date 2025-05-05").is_none());
    }
}
