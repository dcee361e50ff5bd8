//! Parser of `agents.tsv`: `role text flags`.

use crate::{AgentEntry, DictError, DictErrorKind, Flags, code_table::valid_code, rows::rows};

/// Parses an agents table; good rows go to `out`, problems to `errors`.
pub(crate) fn parse(file: &str, text: &str, out: &mut Vec<AgentEntry>, errors: &mut Vec<DictError>) {
    for row in rows(file, text, 2, 3) {
        let (line, cols) = match row {
            Ok(r) => r,
            Err(e) => {
                errors.push(e);
                continue;
            }
        };
        let err = |kind| DictError { file: file.to_string(), line, kind };
        if !valid_code(cols[0]) || cols[0].len() != 3 {
            errors.push(err(DictErrorKind::BadValue { column: "role", value: cols[0].to_string() }));
            continue;
        }
        if cols[1].is_empty() {
            errors.push(err(DictErrorKind::BadValue { column: "text", value: String::new() }));
            continue;
        }
        match Flags::parse(cols[2]) {
            Ok(flags) => out.push(AgentEntry {
                role: cols[0].to_string(),
                text: cols[1].to_string(),
                flags,
                origin: format!("{file}:{line}"),
            }),
            Err(bad) => errors.push(err(DictErrorKind::BadValue { column: "flag", value: bad })),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_agents() {
        let (mut out, mut errors) = (Vec::new(), Vec::new());
        parse("agents.tsv", "# role\ttext\tflags\nGOV\tofficials\nMIL\ttroops\thead\nGOVX\tx\n", &mut out, &mut errors);
        assert_eq!(out.len(), 2);
        assert!(out[1].flags.head);
        assert_eq!(errors[0].to_string(), "agents.tsv:4: bad role \"GOVX\"");
    }
}
