#!/usr/bin/env bash
# What dates and places cost end to end: `dyad code` on the first ARTICLES
# articles of the bench corpus, with and without `--skip-time-place`, in
# ROUNDS rounds of the same binary. Reports the fastest and the median CPU
# time (user + system) of each and their ratios. Name the machine when you
# report the figures.
#
# Two ways to spread a noisy machine's noise over both modes:
#   interleaved   (default) one after the other, alternating;
#   side-by-side  both at once, one on each of two cores (swapped every
#                 round), so that both meet the same load; also reports the
#                 ratio of each round.
#
# usage: scripts/bench-time-place.sh [ARTICLES] [ROUNDS] [interleaved|side-by-side]
#        (default 20000 9 interleaved)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-20000}
rounds=${2:-9}
mode=${3:-interleaved}
corpus=benches/corpus/corpus.jsonl
[ -f "$corpus" ] || python3 scripts/gen_bench_corpus.py benches/corpus
cargo build -q --release -p dyad-cli
bin=${CARGO_TARGET_DIR:-target}/release/dyad
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
head -n "$articles" "$corpus" >"$work/articles.jsonl"

# run CORE|- OUT [ARGS...]: CPU ms of one run appended to OUT.
run() {
    local core=$1 out=$2
    shift 2
    local pin=()
    [ "$core" = - ] || pin=(taskset -c "$core")
    /usr/bin/time -f '%U %S' -o "$out.time" "${pin[@]}" "$bin" code "$@" "$work/articles.jsonl" >/dev/null 2>&1
    awk '{ printf "%.0f\n", ($1 + $2) * 1000 }' "$out.time" >>"$out"
}
for r in $(seq "$rounds"); do
    case $mode in
        interleaved)
            run - "$work/with"
            run - "$work/without" --skip-time-place
            ;;
        side-by-side)
            a=$((r % 2)) b=$(((r + 1) % 2))
            run "$a" "$work/with" &
            run "$b" "$work/without" --skip-time-place
            wait
            ;;
        *)
            echo "unknown mode $mode (interleaved or side-by-side)" >&2
            exit 2
            ;;
    esac
done
python3 - "$work/with" "$work/without" "$articles" "$rounds" "$mode" <<'PY'
import statistics, sys
with_, without = ([int(x) for x in open(p)] for p in sys.argv[1:3])
print(f"dyad code, {sys.argv[3]} articles, {sys.argv[4]} {sys.argv[5]} rounds (CPU ms, user + system)")
for name, xs in (("with dates and places", with_), ("--skip-time-place", without)):
    print(f"  {name:22} fastest {min(xs):6}  median {statistics.median(xs):8.0f}")
print(f"  dates and places add   {min(with_) / min(without) - 1:+.1%} (fastest)"
      f"  {statistics.median(with_) / statistics.median(without) - 1:+.1%} (median)")
if sys.argv[5] == "side-by-side":
    per_round = [w / o - 1 for w, o in zip(with_, without)]
    print(f"  per round: median {statistics.median(per_round):+.1%}, from {min(per_round):+.1%} to {max(per_round):+.1%}")
PY
