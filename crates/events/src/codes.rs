//! The CAMEO event code table: names, Goldstein values, quad classes and
//! PLOVER types.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

const EVENT_CODES: &str = include_str!("../../../dictionaries/cameo/event-codes.tsv");
const PLOVER: &str = include_str!("../../../dictionaries/cameo/plover.tsv");

/// What CAMEO says about one event code.
#[derive(Clone, Debug, PartialEq)]
pub struct CodeInfo {
    /// The code (`042`).
    pub code: String,
    /// Its name.
    pub name: String,
    /// Goldstein conflict–cooperation value, -10 to +10.
    pub goldstein: f32,
    /// GDELT quad class: 1 verbal cooperation, 2 material cooperation,
    /// 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    /// PLOVER event type, when the code has one (roots 01 and 02 do not).
    pub plover: Option<String>,
}

/// Every CAMEO event code. Immutable; shared.
#[derive(Clone, Debug, Default)]
pub struct CodeTable {
    codes: HashMap<String, CodeInfo>,
}

impl CodeTable {
    /// The built-in table (from `dictionaries/cameo/`).
    pub fn builtin() -> Arc<CodeTable> {
        static T: OnceLock<Arc<CodeTable>> = OnceLock::new();
        T.get_or_init(|| Arc::new(CodeTable::parse(EVENT_CODES, PLOVER))).clone()
    }

    fn parse(codes: &str, plover: &str) -> CodeTable {
        let mut map = HashMap::new();
        for line in codes.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let cols: Vec<&str> = line.split('\t').collect();
            if let [code, name, goldstein, quad, ..] = cols[..] {
                map.insert(
                    code.to_string(),
                    CodeInfo {
                        code: code.to_string(),
                        name: name.to_string(),
                        goldstein: goldstein.parse().unwrap_or(0.0),
                        quad_class: quad.parse().unwrap_or(0),
                        plover: None,
                    },
                );
            }
        }
        for line in plover.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            if let Some((code, event)) = line.split_once('\t')
                && let Some(info) = map.get_mut(code)
            {
                info.plover = Some(event.trim().to_string());
            }
        }
        CodeTable { codes: map }
    }

    /// Information on `code`; for a code the table lacks (a user's or a
    /// 4-digit variant), that of its nearest listed parent.
    pub fn get(&self, code: &str) -> Option<&CodeInfo> {
        let mut c = code;
        while !c.is_empty() {
            if let Some(i) = self.codes.get(c) {
                return Some(i);
            }
            c = &c[..c.len() - 1];
        }
        None
    }

    /// True when `code` is listed exactly.
    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// PLOVER type of `code`, falling back to its parents (`0311` → `031`
    /// → `03`).
    pub fn plover(&self, code: &str) -> Option<&str> {
        let mut c = code;
        while !c.is_empty() {
            if let Some(p) = self.codes.get(c).and_then(|i| i.plover.as_deref()) {
                return Some(p);
            }
            c = &c[..c.len() - 1];
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_has_all_roots_and_values() {
        let t = CodeTable::builtin();
        for r in 1..=20 {
            assert!(t.contains(&format!("{r:02}")), "root {r:02}");
        }
        let visit = t.get("042").unwrap();
        assert_eq!(visit.quad_class, 1);
        assert!((visit.goldstein - 1.9).abs() < 1e-6);
        assert_eq!(t.plover("042"), Some("CONSULT"));
        assert_eq!(t.plover("010"), None);
        assert_eq!(t.get("1953").map(|i| i.code.as_str()), Some("195"));
        assert_eq!(t.get("190").unwrap().quad_class, 4);
    }
}
