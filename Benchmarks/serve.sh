#!/usr/bin/env bash
# `imprint serve` on the synthetic corpus (issue 5). Not a test; not run in CI.
#   Benchmarks/serve.sh [N ...]        default: 1000
#   EDITS=21 Benchmarks/serve.sh 1000 10000
# For each size: builds the release binary, makes a fresh copy of the corpus, starts
# `imprint serve` on a free port, saves one brief at a time (temporary file renamed over it,
# as editors do) and prints the median time from the save to the reload event on
# /_imprint/events, the pages re-rendered per edit, and the server's memory (VmRSS/VmHWM).
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000)
default_dir=/tmp/imprint-bench
[ -d /dev/shm ] && [ -w /dev/shm ] && default_dir=/dev/shm/imprint-bench
work="${BENCH_DIR:-$default_dir}"
mkdir -p "$work"
swift build -c release --product imprint >/dev/null
imprint="$PWD/.build/release/imprint"
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -f "$corpus/.done" ] || { python3 Benchmarks/generate.py "$n" "$corpus" >/dev/null; touch "$corpus/.done"; }
  rm -rf "$work/serve-$n"
  cp -r "$corpus/imprint" "$work/serve-$n"
  echo "== $n briefs"
  python3 Benchmarks/serve_latency.py "$imprint" "$work/serve-$n" "${EDITS:-21}" 2>/dev/null
done
