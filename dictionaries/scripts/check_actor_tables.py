#!/usr/bin/env python3
"""Check dictionaries/actors/{countries,agents,organizations,people*}.tsv.

Stdlib only. Exits 1 when a problem is found, 0 otherwise.

Checks:
- encoding (UTF-8), `\\n` line ends, header line starting with `#`, no
  trailing whitespace, no blank lines, column counts;
- allowed kinds and flags per file; agents: exactly one role code, and each
  row is `head` or `weak` unless it is a title-only abbreviation;
- codes: 3-letter blocks, upper case; when the shared reference tables are
  present (../shared/reference or $DYAD_REFERENCE), the first block must be a
  CAMEO country/region/special code and every further block a CAMEO
  actor-type, known-group, country/region or religion code, or one of the few
  Phoenix-only blocks listed below; agents' roles must be actor-type codes;
- no duplicate rows; no (kind, text) given two codes across the code tables
  (case-insensitive, as the loader compares) unless the later row is flagged
  `ambiguous`; every `ambiguous` row has a comment above it, in the rows of
  its code, that names the text; agents: no text with two roles;
- coverage: every UN member state has a name, an adjective and a capital;
  every state/territory/historical row of cameo_countries.tsv has a name
  (GDELT's legacy duplicate codes ROM, TMP, MTN, IMY are covered by ROU,
  TLS, MNE, IMN);
- people*.tsv: four columns (aliases may be empty), a valid country code,
  terms `ROLE:office:from:to` with a CAMEO role (or a whole code), a known
  office (or `other-...`), dates `YYYY[-MM[-DD]]` with `to` not before
  `from`, no name given twice in one file, no alias repeated in a row.

Usage: python3 dictionaries/scripts/check_actor_tables.py [--dir DIR] [--reference DIR]
"""

import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

CODE_FLAGS = {"cased", "person", "usstate", "ambiguous", "prefix", "common"}
AGENT_FLAGS = {"title", "head", "weak", "cased"}
COUNTRY_KINDS = {"name", "adj", "capital", "seat", "region"}
ORG_KINDS = {"name", "abbr"}

# Blocks used by the Phoenix dictionaries (and so by the gold sets) that are
# not in the CAMEO lookup tables: Islamic State, African Union, Gaza, East
# African Community, and Phoenix's Muslim code (CAMEO's religion table: MOS).
PHOENIX_EXTRA = {"ISI", "AFU", "GZA", "EAC", "MUS"}

# GDELT lookup codes that duplicate an ISO/Phoenix code used in the tables.
LEGACY_ALIASES = {"ROM": "ROU", "TMP": "TLS", "MTN": "MNE", "IMY": "IMN"}

# The 193 UN member states (ISO 3166-1 alpha-3).
UN_MEMBERS = set("""
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN
BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD
CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN
FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND IDN IRN IRQ
IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE
LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT
QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM
ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV
UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE
""".split())
assert len(UN_MEMBERS) == 193, len(UN_MEMBERS)

# UN members whose only demonym is shared with another state and listed under
# that state's code (the `ambiguous` default): Dominica ('Dominican', DOM)
# and the Republic of the Congo ('Congolese', COD).
ADJ_EXEMPT = {"DMA": "DOM", "COG": "COD"}


class Report:
    def __init__(self):
        self.problems = []

    def __call__(self, where, msg):
        self.problems.append(f"{where}: {msg}")


def read_tsv(path, ncols, report):
    """Rows as (line number, cols, comments); checks the format.

    `comments` is the nearest comment block above the row, provided every
    row between it and this one has the same first column (code or role).
    """
    rows = []
    try:
        raw = open(path, "rb").read()
    except OSError as e:
        report(path, f"cannot read: {e}")
        return rows
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        report(path, f"not UTF-8: {e}")
        return rows
    if "\r" in text:
        report(path, "has \\r line ends")
    if not text.endswith("\n"):
        report(path, "does not end with a newline")
    lines = text.split("\n")[:-1] if text.endswith("\n") else text.split("\n")
    if not lines or not lines[0].startswith("#"):
        report(path, "first line must be a header starting with '#'")
    comments = []  # the comment block just read
    recent = []  # the last comment block, kept while rows of one code follow it
    recent_code = None
    for i, line in enumerate(lines, 1):
        where = f"{os.path.basename(path)}:{i}"
        if line != line.rstrip():
            report(where, "trailing whitespace")
        if not line.strip():
            report(where, "blank line")
            continue
        if line.startswith("#"):
            comments.append(line)
            continue
        cols = line.split("\t")
        if len(cols) not in (ncols - 1, ncols):
            report(where, f"expected {ncols} tab-separated columns (flags may be left out), found {len(cols)}")
            comments = []
            continue
        if len(cols) == ncols - 1:
            cols.append("")
        if any(c != c.strip() for c in cols):
            report(where, "space around a column")
        if any(not c for c in cols[:-1]):
            report(where, "empty column")
        if comments:
            recent, recent_code = comments, cols[0]
        elif cols[0] != recent_code:
            recent, recent_code = [], None
        rows.append((i, cols, list(recent)))
        comments = []
    return rows


def load_reference(ref_dir):
    def col0(name):
        path = os.path.join(ref_dir, name)
        out = {}
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                cols = line.rstrip("\n").split("\t")
                out[cols[0]] = dict(zip(header, cols))
        return out

    return {
        "countries": col0("cameo_countries.tsv"),
        "types": col0("cameo_actor_types.tsv"),
        "groups": col0("cameo_known_groups.tsv"),
        "religions": col0("cameo_religions.tsv"),
    }


def blocks(code):
    return [code[i:i + 3] for i in range(0, len(code), 3)]


def check_code(code, ref, where, report):
    if not code or len(code) % 3 or len(code) > 15 or not all(ch.isupper() or ch.isdigit() for ch in code):
        report(where, f"bad code {code!r}")
        return
    if ref is None:
        return
    b = blocks(code)
    if b[0] not in ref["countries"] and b[0] not in PHOENIX_EXTRA:
        report(where, f"code {code}: {b[0]} is not a CAMEO country/region/special code")
    for x in b[1:]:
        if not (x in ref["types"] or x in ref["groups"] or x in ref["countries"] or x in ref["religions"] or x in PHOENIX_EXTRA):
            report(where, f"code {code}: block {x} is in no reference table")


def flags_of(s):
    return [f for f in s.split(",") if f] if s else []


def mentions(comments, text):
    t = text.lower()
    return any(t in c.lower() for c in comments)


def check(dir_, ref, report):
    countries = os.path.join(dir_, "countries.tsv")
    orgs = os.path.join(dir_, "organizations.tsv")
    agents = os.path.join(dir_, "agents.tsv")

    # ---- code tables
    seen = {}  # (kind, text.lower()) -> (code, where)
    exact = set()
    per_code = {}
    for path, kinds in ((countries, COUNTRY_KINDS), (orgs, ORG_KINDS)):
        base = os.path.basename(path)
        for line, (code, kind, text, fl), comments in read_tsv(path, 4, report):
            where = f"{base}:{line}"
            check_code(code, ref, where, report)
            if kind not in kinds:
                report(where, f"kind {kind!r} not allowed in {base}")
            flags = flags_of(fl)
            for f in flags:
                if f.startswith("ambiguous="):
                    check_code(f.split("=", 1)[1], ref, where, report)
                elif f not in CODE_FLAGS:
                    report(where, f"flag {f!r} not allowed")
            if len(set(flags)) != len(flags):
                report(where, "repeated flag")
            if kind == "abbr" and "cased" not in flags:
                report(where, "abbreviation without the cased flag")
            if "prefix" in flags and kind != "adj":
                report(where, "prefix flag on a non-adjective")
            if text.lower().startswith("the ") and kind in ("seat", "region") and text not in ("The Hague",):
                report(where, "write seats/regions without a leading 'the'")
            key_exact = (base, code, kind, text if "cased" in flags else text.lower())
            if key_exact in exact:
                report(where, f"duplicate row {code} {kind} {text!r}")
            exact.add(key_exact)
            key = (kind, text.lower())
            if key in seen and seen[key][0] != code:
                if not any(f == "ambiguous" or f.startswith("ambiguous=") for f in flags):
                    report(where, f"{kind} {text!r} coded {code} here but {seen[key][0]} at {seen[key][1]} (flag the later row ambiguous and explain it in a comment above)")
            elif key not in seen:
                seen[key] = (code, where)
            if any(f == "ambiguous" or f.startswith("ambiguous=") for f in flags) and not mentions(comments, text) and not mentions(comments, text.rstrip("s")):
                report(where, f"ambiguous row {text!r} needs a comment above it (in its code's block) that names the text")
            per_code.setdefault(code, set()).add(kind)

    # ---- coverage
    for code in sorted(UN_MEMBERS):
        kinds = per_code.get(code, set())
        for k in ("name", "adj", "capital"):
            if k == "adj" and code in ADJ_EXEMPT:
                continue
            if k not in kinds:
                report("countries.tsv", f"UN member {code} has no {k} row")
    if ref is not None:
        for code, row in ref["countries"].items():
            if row.get("kind") not in ("country", "territory", "historical"):
                continue
            c = LEGACY_ALIASES.get(code, code)
            if "name" not in per_code.get(c, set()):
                report("countries.tsv", f"{code} ({row.get('name')}) has no name row")

    # ---- agents
    seen_agent = {}
    exact_agent = set()
    for line, (role, text, fl), comments in read_tsv(agents, 3, report):
        where = f"agents.tsv:{line}"
        if len(role) != 3 or not role.isupper():
            report(where, f"role must be one 3-letter code, got {role!r}")
        elif ref is not None and role not in ref["types"]:
            report(where, f"role {role} is not a CAMEO actor type")
        flags = flags_of(fl)
        for f in flags:
            if f not in AGENT_FLAGS:
                report(where, f"flag {f!r} not allowed in agents.tsv")
        if "head" in flags and "weak" in flags:
            report(where, "head and weak together")
        if "head" not in flags and "weak" not in flags and "title" not in flags:
            report(where, "needs head, weak or title")
        if "title" in flags and "head" not in flags and "weak" not in flags and not text.endswith(".") and "cased" not in flags:
            report(where, "a title-only row should be an abbreviation (cased)")
        fold = text if "cased" in flags else text.lower()
        if (role, fold) in exact_agent:
            report(where, f"duplicate row {role} {text!r}")
        exact_agent.add((role, fold))
        k = text.lower()
        if k in seen_agent and seen_agent[k][0] != role:
            report(where, f"{text!r} is {role} here but {seen_agent[k][0]} at {seen_agent[k][1]}")
        seen_agent.setdefault(k, (role, where))

    # ---- people
    for name in sorted(os.listdir(dir_)):
        if name.startswith("people") and name.endswith(".tsv"):
            check_people(os.path.join(dir_, name), ref, report)


OFFICES = {
    "head-of-state", "head-of-government", "foreign-minister", "defense-minister",
    "finance-minister", "central-bank", "vice-president", "party-leader",
    "commission-president", "council-president", "high-representative",
    "secretary-general", "director-general", "managing-director", "president", "leader",
}
DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def date_key(d, end):
    p = [int(x) for x in d.split("-")]
    return (p[0], p[1] if len(p) > 1 else (12 if end else 1), p[2] if len(p) > 2 else (31 if end else 1))


def check_people(path, ref, report):
    base = os.path.basename(path)
    try:
        text = open(path, encoding="utf-8").read()
    except (OSError, UnicodeDecodeError) as e:
        report(base, f"cannot read as UTF-8: {e}")
        return
    if not text.endswith("\n") or "\r" in text:
        report(base, "must use \\n line ends and end with a newline")
    lines = text.split("\n")[:-1]
    if not lines or not lines[0].startswith("#"):
        report(base, "first line must be a header starting with '#'")
    names = {}
    for i, line in enumerate(lines, 1):
        where = f"{base}:{i}"
        if line.startswith("#"):
            continue
        if not line.strip() or line != line.rstrip():
            report(where, "blank line or trailing whitespace")
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            report(where, f"expected 4 tab-separated columns, found {len(cols)}")
            continue
        name, country, aliases, terms = cols
        if not name or any(c != c.strip() for c in cols):
            report(where, "empty name or space around a column")
        if len(country) != 3:
            report(where, f"country must be one 3-letter code, got {country!r}")
        else:
            check_code(country, ref, where, report)
        key = (name.lower(), country)
        if key in names:
            report(where, f"{name} ({country}) already at line {names[key]}")
        names.setdefault(key, i)
        al = [a for a in aliases.split("|") if a] if aliases else []
        if len(set(al)) != len(al) or name in al:
            report(where, "an alias repeated, or equal to the name")
        if not terms:
            report(where, "no terms")
        for t in terms.split("|") if terms else []:
            parts = t.split(":")
            if len(parts) != 4:
                report(where, f"term {t!r} is not ROLE:office:from:to")
                continue
            role, office, fr, to = parts
            if len(role) == 3 and ref is not None and role not in ref["types"] and role != country:
                report(where, f"role {role} is not a CAMEO actor type")
            elif len(role) != 3:
                check_code(role, ref, where, report)
            if office not in OFFICES and not re.fullmatch(r"other-[a-z0-9-]+", office):
                report(where, f"office {office!r} unknown")
            if not DATE.match(fr) or (to and not DATE.match(to)):
                report(where, f"bad date in {t!r}")
            elif to and date_key(to, True) < date_key(fr, False):
                report(where, f"term {t!r} ends before it starts")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=os.path.join(REPO, "dictionaries", "actors"))
    ap.add_argument("--reference", default=os.environ.get("DYAD_REFERENCE", os.path.join(os.path.dirname(REPO), "shared", "reference")))
    args = ap.parse_args()
    ref = None
    if os.path.isdir(args.reference):
        ref = load_reference(args.reference)
    else:
        print(f"note: reference tables not found at {args.reference}; skipping the code-existence and coverage-by-reference checks")
    report = Report()
    check(args.dir, ref, report)
    for p in report.problems:
        print(p)
    if report.problems:
        print(f"{len(report.problems)} problem(s)")
        return 1
    print("actor tables OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
