#!/usr/bin/env python3
"""Build dictionaries/actors/{countries,agents,organizations}.tsv.

Stdlib only. The data lives in the actor_data_*.py modules next to this
script; this script expands it into the TSV files (the committed artefacts)
and, when the shared reference tables are present, warns about codes they do
not know (dictionaries/scripts/check_actor_tables.py is the real check).

Usage: python3 dictionaries/scripts/build_actor_tables.py [--out DIR]
"""

import argparse
import os
import re
import sys

sys.dont_write_bytecode = True  # keep the source tree free of __pycache__
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import actor_data_agents as AG  # noqa: E402
import actor_data_countries as CD  # noqa: E402
import actor_data_orgs as OG  # noqa: E402

REPO = os.path.dirname(os.path.dirname(HERE))
DEFAULT_OUT = os.path.join(REPO, "dictionaries", "actors")

ITEM_RE = re.compile(r"^(?P<text>.*?)(?:\{(?P<flags>[a-z,]*)\})?$")
FLAG_ORDER = ["cased", "person", "usstate", "ambiguous", "prefix", "common", "title", "head", "weak"]


def split_items(field):
    """'A; B{cased}' -> [('A', set()), ('B', {'cased'})]."""
    out = []
    for raw in field.split(";"):
        raw = raw.strip()
        if not raw:
            continue
        m = ITEM_RE.match(raw)
        text = m.group("text").strip()
        flags = set(f for f in (m.group("flags") or "").split(",") if f)
        out.append((text, flags))
    return out


def fmt_flags(flags):
    return ",".join(f for f in FLAG_ORDER if f in flags)


def data_lines(block):
    for line in block.strip("\n").split("\n"):
        if line.strip():
            yield line


class Table:
    """Rows plus comment lines, deduplicated on (key columns, text)."""

    def __init__(self, header):
        self.lines = [header]
        self.seen = set()
        self.rows = 0

    def comment(self, text):
        for part in text.split("\n"):
            self.lines.append(("# " + part).rstrip())

    def row(self, cols, text_index, flags):
        text = cols[text_index]
        fold = text if "cased" in flags else text.lower()
        key = tuple(c if i != text_index else fold for i, c in enumerate(cols))
        if key in self.seen:
            return False
        self.seen.add(key)
        self.lines.append("\t".join(list(cols) + [fmt_flags(flags)]).rstrip("\t").rstrip())
        self.rows += 1
        return True

    def write(self, path):
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write("\n".join(self.lines) + "\n")


# ---------------------------------------------------------------- countries

def build_countries():
    t = Table("# code\tkind\ttext\tflags")
    t.comment(
        "dyad actor dictionary: states, territories, historical states, regions and seats of government.\n"
        "Columns: code (CAMEO country code, optionally + CAMEO role code), kind (name|adj|capital|seat|region),\n"
        "text (matched case-insensitively unless flagged cased), flags (cased,person,usstate,ambiguous,prefix,common).\n"
        "Facts: CAMEO codes from the CAMEO codebook / GDELT lookups (shared reference cameo_countries.tsv);\n"
        "names from ISO 3166-1 and common usage; capitals from public sources (GeoNames countryInfo).\n"
        "Built by dictionaries/scripts/build_actor_tables.py; see dictionaries/actors/README.md."
    )

    def emit(code, kind, items):
        for text, flags in items:
            note = CD.NOTES.get((code, kind, text))
            if note:
                t.comment(note)
            t.row((code, kind, text), 2, flags)

    t.comment("---- states and territories")
    for line in data_lines(CD.STATES):
        parts = [p.strip() for p in line.split("|")]
        while len(parts) < 4:
            parts.append("")
        code, names, adjs, caps = parts[:4]
        if code in CD.BLOCK_NOTES:
            t.comment(CD.BLOCK_NOTES[code])
        emit(code, "name", split_items(names))
        emit(code, "adj", split_items(adjs))
        emit(code, "capital", split_items(caps))
    for line in data_lines(CD.EXTRA_NAMES):
        code, names, adjs, caps = [p.strip() for p in line.split("|")]
        emit(code, "name", split_items(names))
        emit(code, "adj", split_items(adjs))
        emit(code, "capital", split_items(caps))

    t.comment("---- seats of government and named national institutions (text written without a leading 'the')")
    for line in data_lines(CD.SEATS):
        code, item = [p.strip() for p in line.split("|")]
        emit(code, "seat", split_items(item))

    t.comment("---- regions and blocs (CAMEO region codes); region adjectives have kind adj")
    for line in data_lines(CD.REGIONS):
        code, names, adjs = [p.strip() for p in line.split("|")]
        emit(code, "region", split_items(names))
        emit(code, "adj", split_items(adjs))
    return t


# ------------------------------------------------------------------- agents

def portfolio_rows(role, adj_forms, of_forms):
    """Generated minister/ministry forms of one portfolio."""
    rows = []
    for a in adj_forms:
        rows += [
            (f"{a} Minister", {"title", "head"}),
            (f"{a} Ministers", {"head"}),
            (f"{a} Ministry", {"head"}),
            (f"Deputy {a} Minister", {"title", "head"}),
            (f"Vice {a} Minister", {"title", "head"}),
        ]
    for o in of_forms:
        rows += [
            (f"Minister of {o}", {"title", "head"}),
            (f"Minister for {o}", {"title", "head"}),
            (f"Ministry of {o}", {"head"}),
        ]
    return [(role, text, flags) for text, flags in rows]


def build_agents():
    t = Table("# role\ttext\tflags")
    t.comment(
        "dyad actor dictionary: role nouns (agents) that turn a country or organisation into a sector code\n"
        "('Chinese officials' -> CHN + GOV). Columns: role (one CAMEO actor-type code), text, flags\n"
        "(title = written before a person's name; head = heads an actor phrase alone, 'the army';\n"
        "weak = an actor only with a country/organisation attached; cased = match in this case only).\n"
        "Codes from the CAMEO codebook type list (shared reference cameo_actor_types.tsv); choices follow\n"
        "CAMEO definitions and the Phoenix agents dictionary (openeventdata, MIT) where they settle a case.\n"
        "Built by dictionaries/scripts/build_actor_tables.py; see dictionaries/actors/README.md."
    )

    def emit(role, text, flags):
        note = AG.NOTES.get((role, text))
        if note:
            t.comment(note)
        t.row((role, text), 1, flags)

    for line in data_lines(AG.AGENTS):
        if line.startswith("#"):
            t.comment(line.lstrip("# ").rstrip())
            continue
        role, default, items = [p.strip() for p in line.split("|")]
        base = set(f for f in default.split(",") if f)
        for text, extra in split_items(items):
            emit(role, text, base | extra)

    t.comment("---- ministries and ministers by portfolio")
    for line in data_lines(AG.PORTFOLIOS):
        role, adjs, ofs = [p.strip() for p in line.split("|")]
        for r, text, flags in portfolio_rows(role, [a for a, _ in split_items(adjs)], [o for o, _ in split_items(ofs)]):
            emit(r, text, flags)
    t.comment("---- other offices")
    for line in data_lines(AG.OFFICES):
        role, default, items = [p.strip() for p in line.split("|")]
        base = set(f for f in default.split(",") if f)
        for text, extra in split_items(items):
            emit(role, text, base | extra)
    return t


# ------------------------------------------------------------ organisations

def build_orgs():
    t = Table("# code\tkind\ttext\tflags")
    t.comment(
        "dyad actor dictionary: international organisations, NGOs, armed groups and movements.\n"
        "Columns: code (CAMEO actor code), kind (name|abbr), text, flags (abbreviations are always cased).\n"
        "Codes: CAMEO codebook layout with known-group codes (shared reference cameo_known_groups.tsv);\n"
        "where the Phoenix dictionaries (openeventdata, MIT) code an organisation, their code is used.\n"
        "Built by dictionaries/scripts/build_actor_tables.py; see dictionaries/actors/README.md."
    )
    for line in data_lines(OG.ORGS):
        if line.startswith("#"):
            t.comment(line.lstrip("# ").rstrip())
            continue
        code, names, abbrs = [p.strip() for p in line.split("|")]
        for kind, items in (("name", split_items(names)), ("abbr", split_items(abbrs))):
            for text, flags in items:
                if kind == "abbr":
                    flags = flags | {"cased"}
                note = OG.NOTES.get((code, text))
                if note:
                    t.comment(note)
                t.row((code, kind, text), 2, flags)
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=DEFAULT_OUT)
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    for name, table in (("countries.tsv", build_countries()), ("agents.tsv", build_agents()), ("organizations.tsv", build_orgs())):
        path = os.path.join(args.out, name)
        table.write(path)
        print(f"{path}: {table.rows} rows")
    # Cross-check against the shared reference tables when they are present.
    import check_actor_tables as chk  # noqa: E402

    ref_dir = os.environ.get("DYAD_REFERENCE", os.path.join(os.path.dirname(REPO), "shared", "reference"))
    ref = chk.load_reference(ref_dir) if os.path.isdir(ref_dir) else None
    if ref is None:
        print(f"note: no reference tables at {ref_dir}; codes not cross-checked")
    report = chk.Report()
    chk.check(args.out, ref, report)
    for p in report.problems:
        print(f"warning: {p}")


if __name__ == "__main__":
    main()
