#!/usr/bin/env bash
# What dates and places cost end to end: `dyad code` on the first ARTICLES
# articles of the bench corpus, with and without `--skip-time-place`, in
# ROUNDS interleaved rounds (the same binary; interleaving spreads the
# machine's noise over both). Reports the fastest and the median CPU time
# (user + system) of each and their ratios. Name the machine when you
# report the figures.
#
# usage: scripts/bench-time-place.sh [ARTICLES] [ROUNDS]   (default 20000 9)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-20000}
rounds=${2:-9}
corpus=benches/corpus/corpus.jsonl
[ -f "$corpus" ] || python3 scripts/gen_bench_corpus.py benches/corpus
cargo build -q --release -p dyad-cli
bin=${CARGO_TARGET_DIR:-target}/release/dyad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$articles" "$corpus" >"$work/articles.jsonl"

run() {
    /usr/bin/time -f '%U %S' -o "$work/time" "$bin" code "$@" "$work/articles.jsonl" >/dev/null 2>&1
    awk '{ printf "%.0f\n", ($1 + $2) * 1000 }' "$work/time"
}
for _ in $(seq "$rounds"); do
    run >>"$work/with"
    run --skip-time-place >>"$work/without"
done
python3 - "$work/with" "$work/without" "$articles" "$rounds" <<'PY'
import statistics, sys
with_, without = ([int(x) for x in open(p)] for p in sys.argv[1:3])
print(f"dyad code, {sys.argv[3]} articles, {sys.argv[4]} interleaved rounds (CPU ms, user + system)")
for name, xs in (("with dates and places", with_), ("--skip-time-place", without)):
    print(f"  {name:22} fastest {min(xs):6}  median {statistics.median(xs):8.0f}")
print(f"  dates and places add   {min(with_) / min(without) - 1:+.1%} (fastest)"
      f"  {statistics.median(with_) / statistics.median(without) - 1:+.1%} (median)")
PY
