#!/usr/bin/env python3
"""Check dyad's CAMEO verb dictionary (dictionaries/events/verbs.tsv + groups.tsv).

Standard library only.  Exits 1 when it finds a problem, 0 otherwise.

Checks
  groups.tsv  two columns (name, words); UPPER_SNAKE names, defined once;
              words lower case, '|'-separated, no empty entries.
  verbs.tsv   four tab-separated columns (code, head, frame, note; note may be
              empty); code is a 3- or 4-digit CAMEO event code present in
              ../shared/reference/cameo_event_codes.tsv, or else in the repo's
              dictionaries/cameo/event-codes.tsv (skipped with a note when
              neither is found); head is a lemma, `lemma/n` or `verb_particle`; frame items
              are well formed (`*`, `+`, `$`, `&NAME`, `word` or `a|b|c`), with
              at most one `+` and one `$`, no `* *`; every &NAME is defined in
              groups.tsv; no (head, frame) pair occurs twice; every root 01-20
              has at least one row.
  Report      rows per root, heads, groups, codes used.
  --ties      also lists pairs of rows for the same head whose frames have the
              same shape and could match the same words with different codes
              (the coder then breaks the tie; see README.md).  Warnings only.

Usage: check_verbs.py [--dir DICT_DIR] [--codes CAMEO_EVENT_CODES_TSV] [--ties]
"""
import argparse
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DIR = os.path.normpath(os.path.join(HERE, '..', 'events'))
CODE_CANDIDATES = [
    os.path.normpath(os.path.join(HERE, '..', '..', '..', 'shared', 'reference', 'cameo_event_codes.tsv')),
    '/work/shared/reference/cameo_event_codes.tsv',
    os.path.normpath(os.path.join(HERE, '..', 'cameo', 'event-codes.tsv')),   # repo copy of the same codes
]

GROUP_NAME = re.compile(r'^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$')
WORD = re.compile(r"^[^\W_A-Z][\w'.\-]*$", re.UNICODE)          # one lower-case word
PHRASE = re.compile(r"^[^\W_A-Z][\w'.\-]*( [^\W_A-Z][\w'.\-]*)*$", re.UNICODE)
HEAD = re.compile(r"^[a-z][a-z'\-]*(_[a-z][a-z'\-]*)*(/n)?$")
CODE = re.compile(r'^\d{3,4}$')
ROOTS = ['%02d' % i for i in range(1, 21)]


def data_lines(path):
    """Yield (line_number, fields) for non-blank, non-comment lines."""
    with open(path, encoding='utf-8') as fh:
        for no, line in enumerate(fh, 1):
            line = line.rstrip('\n').rstrip('\r')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            yield no, line.split('\t')


def load_codes(explicit):
    """Return (path, {code: name}) from the first code table found, else (None, None).

    Reads the shared reference table (header row, code and name first) or the
    repo's dictionaries/cameo/event-codes.tsv (commented header, same first columns).
    """
    paths = [explicit] if explicit else CODE_CANDIDATES
    for p in paths:
        if p and os.path.exists(p):
            codes = {}
            with open(p, encoding='utf-8') as fh:
                for line in fh:
                    if not line.strip() or line.startswith('#'):
                        continue
                    f = line.rstrip('\n').split('\t')
                    if len(f) >= 2 and f[0] != 'code':
                        codes[f[0]] = f[1]
            return p, codes
    return None, None


def parse_frame(frame):
    """Return (items, errors).  Item = (kind, value): kind in * + $ & lit."""
    errs = []
    items = []
    if frame == '':
        return items, errs
    if frame != frame.strip() or '  ' in frame:
        errs.append('frame has stray spaces')
    toks = frame.split()
    # A leading % (subject of two or more actors) is no item of the frame.
    if toks and toks[0] == '%':
        toks = toks[1:]
    for tok in toks:
        if tok in ('*', '+', '$'):
            items.append((tok, tok))
        elif tok.startswith('&'):
            name = tok[1:]
            if not GROUP_NAME.match(name):
                errs.append('bad group reference %r (alternatives of groups are not allowed)' % tok)
            items.append(('&', name))
        else:
            alts = tok.split('|')
            for a in alts:
                if not a:
                    errs.append('empty alternative in %r' % tok)
                elif a.startswith('&'):
                    errs.append('group %r inside alternatives %r' % (a, tok))
                elif not WORD.match(a):
                    errs.append('bad literal %r in %r (lower case single words only)' % (a, tok))
            if len(set(alts)) != len(alts):
                errs.append('repeated alternative in %r' % tok)
            items.append(('lit', frozenset(alts)))
    kinds = [k for k, _ in items]
    if kinds.count('+') > 1:
        errs.append('more than one + (target)')
    if kinds.count('$') > 1:
        errs.append('more than one $ (source)')
    for a, b in zip(kinds, kinds[1:]):
        if a == '*' and b == '*':
            errs.append('"* *" (use one skip)')
            break
    if kinds and all(k == '*' for k in kinds):
        errs.append('frame is only a skip')
    return items, errs


def may_tie(a, b, groups):
    """Both frames have the same shape and each aligned position shares a word or phrase.

    Such a pair matches the same text with the same number of items and the same
    tokens, so only row order separates them (README: tie rules 1-3)."""
    if len(a) != len(b):
        return False
    for (ka, va), (kb, vb) in zip(a, b):
        if ka in ('*', '+', '$') or kb in ('*', '+', '$'):
            if ka != kb:
                return False
            continue
        sa = set(va) if ka == 'lit' else set(groups.get(va, ()))
        sb = set(vb) if kb == 'lit' else set(groups.get(vb, ()))
        if not sa & sb:
            return False
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dir', default=DEFAULT_DIR, help='folder holding verbs.tsv and groups.tsv')
    ap.add_argument('--codes', default=None, help='cameo_event_codes.tsv (default: shared/reference)')
    ap.add_argument('--ties', action='store_true', help='list possible same-shape ties (warnings)')
    ap.add_argument('--quiet', action='store_true', help='print only problems and the summary line')
    args = ap.parse_args()

    problems = []

    def bad(path, no, msg):
        problems.append('%s:%s: %s' % (os.path.basename(path), no, msg))

    gpath = os.path.join(args.dir, 'groups.tsv')
    vpath = os.path.join(args.dir, 'verbs.tsv')
    for p in (gpath, vpath):
        if not os.path.exists(p):
            print('missing %s' % p)
            return 1

    # ---- groups ---------------------------------------------------------
    groups = {}
    for no, f in data_lines(gpath):
        if len(f) != 2:
            bad(gpath, no, 'expected 2 tab-separated columns (name, words), got %d' % len(f))
            continue
        name, words = f
        if not GROUP_NAME.match(name):
            bad(gpath, no, 'group name %r is not UPPER_SNAKE' % name)
        if name in groups:
            bad(gpath, no, 'group %s defined twice' % name)
        ws = words.split('|')
        for w in ws:
            if not w:
                bad(gpath, no, 'empty word in group %s' % name)
            elif not PHRASE.match(w):
                bad(gpath, no, 'bad word %r in group %s (lower case, single spaces)' % (w, name))
        dup = [w for w, c in collections.Counter(ws).items() if c > 1]
        if dup:
            bad(gpath, no, 'repeated words in group %s: %s' % (name, ', '.join(dup)))
        groups[name] = ws

    # ---- verbs ----------------------------------------------------------
    code_file, codes = load_codes(args.codes)
    seen = {}
    per_root = collections.Counter()
    per_code = collections.Counter()
    heads = set()
    used_groups = set()
    parsed = collections.defaultdict(list)   # head -> [(code, items, line)]
    nrows = 0
    for no, f in data_lines(vpath):
        if len(f) != 4:
            bad(vpath, no, 'expected 4 tab-separated columns (code, head, frame, note), got %d' % len(f))
            continue
        code, head, frame, note = f
        nrows += 1
        if code == '---':
            pass  # no event: the words block the lighter patterns of the head
        elif not CODE.match(code):
            bad(vpath, no, 'code %r is not a 3- or 4-digit CAMEO event code' % code)
        elif codes is not None and code not in codes:
            bad(vpath, no, 'code %s is not in %s' % (code, os.path.basename(code_file)))
        if not HEAD.match(head):
            bad(vpath, no, 'head %r is not a lower-case lemma, lemma/n or verb_particle' % head)
        items, errs = parse_frame(frame)
        for e in errs:
            bad(vpath, no, e)
        for k, v in items:
            if k == '&':
                used_groups.add(v)
                if v not in groups:
                    bad(vpath, no, 'group &%s is not defined in groups.tsv' % v)
        key = (head, frame)
        if key in seen:
            bad(vpath, no, 'duplicate (head, frame) %r; first at line %d' % (key, seen[key]))
        else:
            seen[key] = no
        if '\t' in note:
            bad(vpath, no, 'tab inside note')
        heads.add(head)
        per_root[code[:2]] += 1
        if code != '---':
            per_code[code] += 1
        parsed[head].append((code, items, no))

    for r in ROOTS:
        if per_root[r] == 0:
            problems.append('verbs.tsv: no row for root %s' % r)

    # ---- report ---------------------------------------------------------
    if not args.quiet:
        if codes is None:
            print('note: cameo_event_codes.tsv not found; code existence not checked')
        else:
            print('codes checked against %s' % code_file)
        print('rows per root:')
        for r in ROOTS:
            name = codes.get(r, '') if codes else ''
            print('  %s %-38s %5d' % (r, name[:38], per_root[r]))
        if codes:
            leaf = [c for c in codes if len(c) >= 3]
            missing = sorted(c for c in leaf if c not in per_code)
            print('codes used: %d of %d 3/4-digit codes' % (len(per_code), len(leaf)))
            if missing:
                print('codes without a row: %s' % ' '.join(missing))
        unused = sorted(set(groups) - used_groups)
        if unused:
            print('groups not referenced: %s' % ' '.join(unused))
    nominal = sum(1 for h in heads if h.endswith('/n'))
    phrasal = sum(1 for h in heads if '_' in h)
    print('verbs.tsv: %d rows, %d heads (%d nominal, %d phrasal); groups.tsv: %d groups; problems: %d'
          % (nrows, len(heads), nominal, phrasal, len(groups), len(problems)))

    if args.ties:
        ties = []
        for head, rows in parsed.items():
            for i in range(len(rows)):
                for j in range(i + 1, len(rows)):
                    (c1, a, l1), (c2, b, l2) = rows[i], rows[j]
                    if c1 != c2 and a and may_tie(a, b, groups):
                        ties.append((head, l1, c1, l2, c2))
        print('possible ties (same head, same frame shape, different code): %d' % len(ties))
        for t in ties:
            print('  tie %s: line %d (%s) ~ line %d (%s)' % t)

    for p in problems[:200]:
        print('PROBLEM ' + p)
    if len(problems) > 200:
        print('... %d more problems' % (len(problems) - 200))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
