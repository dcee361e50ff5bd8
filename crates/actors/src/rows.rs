//! Tab-separated rows with line numbers, skipping comments and blanks.

use crate::{DictError, DictErrorKind};

/// The data rows of a TSV file: `(line number, columns)`. Trailing empty
/// columns may be missing: rows are padded to `min` columns when they have
/// at least `required`.
pub(crate) fn rows<'t>(
    file: &'t str,
    text: &'t str,
    required: usize,
    max: usize,
) -> impl Iterator<Item = Result<(usize, Vec<&'t str>), DictError>> + 't {
    text.lines().enumerate().filter_map(move |(i, line)| {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            return None;
        }
        let mut cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        if cols.len() < required || cols.len() > max {
            return Some(Err(DictError {
                file: file.to_string(),
                line: i + 1,
                kind: DictErrorKind::Columns { expected: max, found: cols.len() },
            }));
        }
        cols.resize(max, "");
        Some(Ok((i + 1, cols)))
    })
}

/// Parses every data row of a TSV file with `row`, which gives the value or
/// what is wrong with the row; values go to `out`, problems to `errors`
/// with file and line. One parser per format supplies only `row`.
pub(crate) fn parse_rows<'t, T>(
    file: &'t str,
    text: &'t str,
    (required, max): (usize, usize),
    out: &mut Vec<T>,
    errors: &mut Vec<DictError>,
    mut row: impl FnMut(usize, &[&'t str]) -> Result<T, DictErrorKind>,
) {
    for r in rows(file, text, required, max) {
        match r
            .and_then(|(line, cols)| row(line, &cols).map_err(|kind| DictError { file: file.to_string(), line, kind }))
        {
            Ok(v) => out.push(v),
            Err(e) => errors.push(e),
        }
    }
}

/// A bad value in a column.
pub(crate) fn bad(column: &'static str, value: &str) -> DictErrorKind {
    DictErrorKind::BadValue { column, value: value.to_string() }
}
