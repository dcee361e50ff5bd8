//! Parser of `agents.tsv`: `role text flags`.

use crate::{
    AgentEntry, DictError, Flags,
    code_table::valid_code,
    rows::{bad, parse_rows},
};

/// Parses an agents table; good rows go to `out`, problems to `errors`.
pub(crate) fn parse(file: &str, text: &str, out: &mut Vec<AgentEntry>, errors: &mut Vec<DictError>) {
    parse_rows(file, text, (2, 3), out, errors, |line, cols| {
        if !valid_code(cols[0]) || cols[0].len() != 3 {
            return Err(bad("role", cols[0]));
        }
        if cols[1].is_empty() {
            return Err(bad("text", ""));
        }
        let flags = Flags::parse(cols[2]).map_err(|b| bad("flag", &b))?;
        Ok(AgentEntry { role: cols[0].to_string(), text: cols[1].to_string(), flags, origin: format!("{file}:{line}") })
    });
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
