#!/usr/bin/env python3
"""Derive dyad's CAMEO reference tables from the shared reference set.

Writes dictionaries/cameo/event-codes.tsv (code, name, goldstein, quad_class)
and dictionaries/cameo/plover.tsv (cameo_code, plover_event) from
../shared/reference/cameo_event_codes.tsv and cameo_to_plover.tsv.

Usage: python3 dictionaries/scripts/build_cameo_tables.py [REFERENCE_DIR]
"""
import csv
import os
import sys

REF = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "reference")
OUT = os.path.join(os.path.dirname(__file__), "..", "cameo")


def rows(name):
    with open(os.path.join(REF, name), encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "event-codes.tsv"), "w", encoding="utf-8") as out:
        out.write("# code\tname\tgoldstein\tquad_class  (CAMEO 1.1b3 via the GDELT lookup tables; see README.md)\n")
        for r in rows("cameo_event_codes.tsv"):
            out.write(f"{r['code']}\t{r['name']}\t{r['goldstein']}\t{r['quad_class']}\n")
    with open(os.path.join(OUT, "plover.tsv"), "w", encoding="utf-8") as out:
        out.write("# cameo_code\tplover_event  (PLOVER CAMEO2PLOVER-2021, CC BY-SA 4.0; see README.md)\n")
        for r in rows("cameo_to_plover.tsv"):
            if r["plover_event"]:
                out.write(f"{r['cameo_code']}\t{r['plover_event']}\n")


if __name__ == "__main__":
    main()
