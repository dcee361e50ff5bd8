//! Agent files: role nouns with their codes (`FARMER [~AGR]`), plurals
//! given (`{FARMERS}`), none (`{}`) or made by rule, and `!NAME! = A, B`
//! macros that expand (`CONGRESS!PERSON!` → congressman, congresswomen …).

use crate::ImportError;
use crate::comments::{lines, phrase};
use dyad_actors::{AgentEntry, Flags};
use std::collections::BTreeMap as HashMap;

/// Reads an agent file.
pub fn parse_agents(file: &str, text: &str, problems: &mut Vec<ImportError>) -> Vec<AgentEntry> {
    let mut macros: HashMap<String, Vec<String>> = HashMap::new();
    let mut out = Vec::new();
    for (n, line) in lines(text) {
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        if body.starts_with('!')
            && let Some((name, values)) = body.split_once('=')
        {
            let values: Vec<String> = values.split(',').map(phrase).filter(|v| !v.is_empty()).collect();
            macros.insert(name.trim().to_string(), values);
            continue;
        }
        let Some(open) = body.find('[') else {
            problems.push(ImportError::new(file, n, format!("no [~CODE] in {body:?}")));
            continue;
        };
        let Some(close) = body[open..].find(']') else {
            problems.push(ImportError::new(file, n, format!("unclosed code in {body:?}")));
            continue;
        };
        let code = body[open + 1..open + close].trim();
        let role = code.trim_start_matches('~').to_ascii_uppercase();
        if role.is_empty() || !role.bytes().all(|b| b.is_ascii_alphanumeric()) {
            problems.push(ImportError::new(file, n, format!("bad agent code {code:?}")));
            continue;
        }
        let head = &body[..open];
        let (name, plurals) = match (head.find('{'), head.find('}')) {
            (Some(a), Some(b)) if a < b => (&head[..a], Some(&head[a + 1..b])),
            (None, None) => (head, None),
            _ => {
                problems.push(ImportError::new(file, n, format!("unbalanced {{…}} in {body:?}")));
                continue;
            }
        };
        let origin = format!("{file}:{n}");
        for singular in expand(name, &macros) {
            let singular = phrase(&singular);
            if singular.is_empty() {
                problems.push(ImportError::new(file, n, "empty agent name"));
                continue;
            }
            let forms: Vec<String> = match plurals {
                Some(p) => p.split_whitespace().map(phrase).collect(),
                None => vec![plural(&singular)],
            };
            for text in std::iter::once(singular).chain(forms) {
                out.push(AgentEntry {
                    role: role.clone(),
                    text: text.to_lowercase(),
                    // PETRARCH codes a role noun standing alone as `---ROLE`.
                    flags: Flags { head: true, alone: true, ..Flags::default() },
                    origin: origin.clone(),
                });
            }
        }
    }
    out
}

/// Every text a name stands for once its `!MACRO!`s are replaced.
fn expand(name: &str, macros: &HashMap<String, Vec<String>>) -> Vec<String> {
    expand_with(name, macros, &mut Vec::new())
}

/// [`expand`], each macro used at most once along a path: a macro whose
/// text names itself (`!P! = A, X!P!`) would otherwise never end.
fn expand_with<'m>(name: &str, macros: &'m HashMap<String, Vec<String>>, used: &mut Vec<&'m str>) -> Vec<String> {
    for (key, values) in macros {
        if name.contains(key.as_str()) && !used.contains(&key.as_str()) {
            used.push(key);
            let out =
                values.iter().flat_map(|v| expand_with(&name.replacen(key.as_str(), v, 1), macros, used)).collect();
            used.pop();
            return out;
        }
    }
    vec![name.to_string()]
}

/// The regular English plural of a phrase's last word.
fn plural(s: &str) -> String {
    let lower = s.to_ascii_lowercase();
    if lower.ends_with("man") {
        return format!("{}en", &s[..s.len() - 2]);
    }
    if lower.ends_with('y') && !lower.ends_with("ay") && !lower.ends_with("ey") && !lower.ends_with("oy") {
        return format!("{}ies", &s[..s.len() - 1]);
    }
    if ["s", "x", "z", "ch", "sh"].iter().any(|e| lower.ends_with(e)) {
        return format!("{s}es");
    }
    format!("{s}s")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_macro_naming_itself_ends() {
        let mut problems = Vec::new();
        let agents = parse_agents("a.txt", "!P! = A, X!P!\nX!P! [~GOV]\n", &mut problems);
        assert!(agents.len() <= 4, "{agents:?}");
    }

    #[test]
    fn plurals_macros_and_errors() {
        let text = "\
!PERSON! = MAN, WOMAN
PARLIAMENTARY_OPPOSITION {} [~OPP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]
MINISTRY [~GOV]
CONGRESS!PERSON! [~LEG]
BROKEN
";
        let mut problems = Vec::new();
        let a = parse_agents("g.txt", text, &mut problems);
        let got: Vec<(&str, &str)> = a.iter().map(|e| (e.text.as_str(), e.role.as_str())).collect();
        assert_eq!(
            got,
            [
                ("parliamentary opposition", "OPP"),
                ("attorney general", "GOV"),
                ("attorneys general", "GOV"),
                ("ministry", "GOV"),
                ("ministries", "GOV"),
                ("congressman", "LEG"),
                ("congressmen", "LEG"),
                ("congresswoman", "LEG"),
                ("congresswomen", "LEG"),
            ]
        );
        assert_eq!(problems[0].to_string(), "g.txt:6: no [~CODE] in \"BROKEN\"");
    }
}
