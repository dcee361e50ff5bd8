//! What the dictionaries hold.

use crate::DayKey;
use dyad_types::ActorCode;

/// How a text names its actor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntryKind {
    /// A name of a state or organisation (`China`, `United Nations`).
    Name,
    /// An adjective or demonym (`Chinese`, `Russians`).
    Adjective,
    /// A capital or seat-of-government city standing for its state.
    Capital,
    /// A building or place standing for a government (`Kremlin`).
    Seat,
    /// A region or bloc (`Europe`, `the West`).
    Region,
    /// An abbreviation (`UN`, `NATO`), matched in its own case only.
    Abbreviation,
    /// A person's name or alias.
    Person,
    /// A city the gazetteer names where the text places something ("withdrew
    /// from Kherson"), standing for its state; added by the place stage.
    City,
}

impl EntryKind {
    /// Parses the `kind` column of `countries.tsv` / `organizations.tsv`.
    pub(crate) fn parse(s: &str) -> Option<EntryKind> {
        Some(match s {
            "name" => EntryKind::Name,
            "adj" => EntryKind::Adjective,
            "capital" => EntryKind::Capital,
            "seat" => EntryKind::Seat,
            "region" => EntryKind::Region,
            "abbr" => EntryKind::Abbreviation,
            _ => return None,
        })
    }

    /// Lower-case name as written in the files and in `dyad explain`.
    pub fn as_str(&self) -> &'static str {
        match self {
            EntryKind::Name => "name",
            EntryKind::Adjective => "adj",
            EntryKind::Capital => "capital",
            EntryKind::Seat => "seat",
            EntryKind::Region => "region",
            EntryKind::Abbreviation => "abbr",
            EntryKind::Person => "person",
            EntryKind::City => "city",
        }
    }
}

/// Flags of an entry (the `flags` column).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Flags {
    /// Match only when capitalised as written (`Turkey`, not `turkey`).
    pub cased: bool,
    /// Also a common personal name (`Jordan`, `Chad`).
    pub person: bool,
    /// Also a US state or place (`Georgia`, `Washington`).
    pub us_state: bool,
    /// Shared by two states (`Congo`, `Korea`); the code is the default.
    pub ambiguous: bool,
    /// The other state an ambiguous name can mean (`ambiguous=PRK`), chosen
    /// when the article's context names it and not the default.
    pub alternative: Option<ActorCode>,
    /// A combining prefix (`Sino-`, `Franco-`).
    pub prefix: bool,
    /// Also a common English word.
    pub common: bool,
    /// A title written before a name (`President`).
    pub title: bool,
    /// Can head a noun phrase alone (`the government`).
    pub head: bool,
    /// Makes an actor only with a country attached.
    pub weak: bool,
    /// Names equipment (`tanks`, `drones`): "from" a country after it names
    /// where it came from, not whose it is ("bought drones from Iran").
    pub equipment: bool,
    /// Makes an actor (`---ROLE`) standing alone, even without `the`
    /// (PETRARCH's convention for its agents: "arrested students").
    pub alone: bool,
}

impl Flags {
    /// Parses a comma-separated flag list; returns the first unknown flag
    /// as the error.
    pub(crate) fn parse(s: &str) -> Result<Flags, String> {
        let mut f = Flags::default();
        for flag in s.split(',').map(str::trim).filter(|x| !x.is_empty()) {
            match flag {
                "cased" => f.cased = true,
                "person" => f.person = true,
                "usstate" => f.us_state = true,
                "ambiguous" => f.ambiguous = true,
                other if other.starts_with("ambiguous=") => {
                    let code = &other["ambiguous=".len()..];
                    if code.len() != 3 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                        return Err(other.to_string());
                    }
                    f.ambiguous = true;
                    f.alternative = Some(ActorCode::new(code));
                }
                "prefix" => f.prefix = true,
                "common" => f.common = true,
                "title" => f.title = true,
                "head" => f.head = true,
                "weak" => f.weak = true,
                "equipment" => f.equipment = true,
                "alone" => f.alone = true,
                other => return Err(other.to_string()),
            }
        }
        Ok(f)
    }
}

/// One text that names an actor: `China` → `CHN`, `Kremlin` → `RUSGOV`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// CAMEO actor code (`CHN`, `RUSGOV`, `IGOUNO`).
    pub code: String,
    /// Further codes the same name stands for at once (a PETRARCH entry
    /// with several codes: "the Shire" is each of its hobbits).
    pub also: Vec<String>,
    /// How it names the actor.
    pub kind: EntryKind,
    /// The text as written in the dictionary.
    pub text: String,
    /// Flags.
    pub flags: Flags,
    /// Where it was defined: `file:line`.
    pub origin: String,
}

/// A role noun: `officials` → `GOV`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgentEntry {
    /// CAMEO role code (`GOV`, `MIL`).
    pub role: String,
    /// The noun or title as written.
    pub text: String,
    /// Flags (`title`, `head`, `weak`).
    pub flags: Flags,
    /// Where it was defined: `file:line`.
    pub origin: String,
}

/// One office held for a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Term {
    /// Role code (`GOV`) or a full code (`IGOUNO`).
    pub role: String,
    /// Office slug (`head-of-state`).
    pub office: String,
    /// First day in office.
    pub from: DayKey,
    /// Last day in office; `None` while still in office.
    pub to: Option<DayKey>,
}

impl Term {
    /// True when the term covers `day`.
    pub fn covers(&self, day: DayKey) -> bool {
        self.from <= day && self.to.is_none_or(|t| day <= t)
    }
}

/// A person with the offices they held.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Person {
    /// Canonical name.
    pub name: String,
    /// CAMEO country code.
    pub country: String,
    /// Other spellings.
    pub aliases: Vec<String>,
    /// Offices held.
    pub terms: Vec<Term>,
    /// Where it was defined: `file:line`.
    pub origin: String,
}

impl Person {
    /// The actor code of this person on `day`: country + role of an office
    /// held that day (a full code such as `IGOUNO`, or one equal to the
    /// country code, as it stands), else
    /// country + `ELI` for a former office holder, else the country alone
    /// before their first office.
    pub fn code_on(&self, day: DayKey) -> ActorCode {
        let mut code = ActorCode::new(&self.country);
        if let Some(t) = self.terms.iter().find(|t| t.covers(day)) {
            // A whole code (`IGOUNO`, or an imported `HOB` for country HOB).
            if t.role.len() > 3 || t.role == self.country {
                return ActorCode::new(&t.role);
            }
            code.push_str(&t.role);
        } else if self.terms.iter().any(|t| t.from <= day) {
            code.push_str("ELI");
        }
        code
    }
}
