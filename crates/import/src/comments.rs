//! Lines without their comments: `# …` to the end of a line and
//! `<!-- … -->` blocks, which may span lines.

/// The file's lines, 1-based, with comments removed and ends trimmed.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut in_block = false;
    text.lines().enumerate().filter_map(move |(i, raw)| {
        let mut line = raw.trim_end_matches('\r');
        if in_block {
            match line.find("-->") {
                Some(end) => {
                    in_block = false;
                    line = &line[end + 3..];
                }
                None => return None,
            }
        }
        if let Some(start) = line.find("<!--") {
            match line[start..].find("-->") {
                Some(_) => line = &line[..start],
                None => {
                    in_block = true;
                    line = &line[..start];
                }
            }
        }
        let line = match line.find('#') {
            Some(k) => &line[..k],
            None => line,
        };
        // A line that was only a comment is no line at all: it does not end
        // a synset the way a blank line does.
        if line.trim().is_empty() && !raw.trim().is_empty() {
            return None;
        }
        Some((i + 1, line.trim_end()))
    })
}

/// A dictionary phrase as text: `_` joins words; a trailing `_` (exact
/// match in TABARI) is dropped.
pub(crate) fn phrase(raw: &str) -> String {
    raw.trim().trim_end_matches('_').replace('_', " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_both_comment_styles() {
        let text = "A [X] # note\nB <!-- one -->\n<!--\nhidden\n-->C\n";
        let got: Vec<(usize, &str)> = lines(text).collect();
        assert_eq!(got, [(1, "A [X]"), (2, "B"), (5, "C")]);
        let got: Vec<(usize, &str)> = lines("&SET\n# note\n+A\n\n").collect();
        assert_eq!(got, [(1, "&SET"), (3, "+A"), (4, "")]);
        assert_eq!(phrase("THE_UNITED_NATIONS_"), "THE UNITED NATIONS");
    }
}
