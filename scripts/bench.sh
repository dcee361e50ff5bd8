#!/usr/bin/env bash
# Whole-process benchmark: `dyad code` over the generated bench corpus, one
# thread, reporting articles/s, sentences/s, MB/s and peak memory, plus the
# peak memory of a process that only loads the built-in dictionaries.
# Figures depend on the machine: name it when you report them.
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=benches/corpus/corpus.jsonl
[ -f "$corpus" ] || python3 scripts/gen_bench_corpus.py benches/corpus
cargo build -q --release -p dyad-cli
bin=${CARGO_TARGET_DIR:-target}/release/dyad
bytes=$(python3 -c "import json,sys; print(sum(len(json.loads(l)['text'].encode()) for l in open(sys.argv[1])))" "$corpus")
/usr/bin/time -f '%e %M' -o /tmp/dyad-bench.time "$bin" code "$corpus" >/dev/null 2>/tmp/dyad-bench.err
read -r secs rss_kb </tmp/dyad-bench.time
summary=$(tail -1 /tmp/dyad-bench.err)
sentences=$(sed -E 's/.* ([0-9]+) sentences.*/\1/' <<<"$summary")
articles=$(sed -E 's/.*read ([0-9]+) articles.*/\1/' <<<"$summary")
python3 - "$secs" "$rss_kb" "$bytes" "$sentences" "$articles" <<'PY'
import sys
secs, rss, size, sents, arts = float(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
print(f"dyad code: {arts} articles, {sents} sentences, {size/1e6:.1f} MB of text in {secs:.2f} s")
print(f"  {arts/secs:,.0f} articles/s, {sents/secs:,.0f} sentences/s, {size/1e6/secs:.1f} MB/s, peak RSS {rss/1024:.0f} MiB")
PY
echo "  $summary"
/usr/bin/time -f '%e %M' -o /tmp/dyad-bench.time "$bin" actors lookup "Xi Jinping" >/dev/null
read -r secs rss_kb </tmp/dyad-bench.time
echo "dictionaries only (dyad actors lookup): ${secs}s, peak RSS $((rss_kb / 1024)) MiB"
