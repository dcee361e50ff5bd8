#!/usr/bin/env python3
"""Derive dyad's compact English lexicon from WordNet 3.0.

Reads the WordNet database (Debian package `wordnet-base`, files under
/usr/share/wordnet) and writes dictionaries/lexicon/wordnet.tsv:

    word<TAB>tags

with one row per single-word lemma (lower case, letters plus internal
hyphen or apostrophe) and `tags` a string of part-of-speech letters
(n noun, v verb, a adjective, r adverb) followed by `P` when WordNet only
ever writes the word capitalised (a proper name such as Korea), or `C` when it
writes it both ways (china / China). Also writes dictionaries/lexicon/
wordnet-exceptions.tsv: `form<TAB>lemma<TAB>pos` from the *.exc files
(irregular inflections: went → go, mice → mouse).

Usage: python3 dictionaries/scripts/build_lexicon.py [WORDNET_DIR]
The output is committed; builds never need WordNet installed.
"""
import os
import re
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(__file__), "..", "lexicon")
WORD = re.compile(r"^[a-z](?:[a-z'-]*[a-z])?$")
POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}


def main():
    tags = {}
    for name, p in POS.items():
        with open(os.path.join(WN, "index." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                lemma = line.split(" ", 1)[0]
                if WORD.match(lemma):
                    tags.setdefault(lemma, set()).add(p)
    # Casing as written in the synsets: data.* lines hold `word lex_id` pairs.
    lower_seen, upper_seen = set(), set()
    for name in POS:
        with open(os.path.join(WN, "data." + name), encoding="utf-8") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                parts = line.split(" ")
                count = int(parts[3], 16)
                for i in range(count):
                    w = re.sub(r"\(.*\)$", "", parts[4 + 2 * i])
                    lw = w.lower()
                    if lw not in tags:
                        continue
                    (upper_seen if w[:1].isupper() else lower_seen).add(lw)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "wordnet.tsv"), "w", encoding="utf-8") as out:
        out.write("# word\ttags  (derived from WordNet 3.0 by dictionaries/scripts/build_lexicon.py)\n")
        for w in sorted(tags):
            t = "".join(p for p in "nvar" if p in tags[w])
            if w in upper_seen:
                t += "C" if w in lower_seen else "P"
            out.write(f"{w}\t{t}\n")
    with open(os.path.join(OUT, "wordnet-exceptions.tsv"), "w", encoding="utf-8") as out:
        out.write("# form\tlemma\tpos  (WordNet 3.0 *.exc files)\n")
        rows = set()
        for name, p in POS.items():
            path = os.path.join(WN, name + ".exc")
            with open(path, encoding="utf-8") as f:
                for line in f:
                    parts = line.split()
                    if len(parts) >= 2 and WORD.match(parts[0]) and WORD.match(parts[1]):
                        rows.add((parts[0], parts[1], p))
        for r in sorted(rows):
            out.write("\t".join(r) + "\n")
    print(len(tags), "lemmas,", len(rows), "exceptions")


if __name__ == "__main__":
    main()
