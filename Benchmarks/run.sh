#!/usr/bin/env bash
# Imprint against Hugo on the same synthetic corpus (issue 8). Not a test; not run in CI.
#   Benchmarks/run.sh [N ...]          default: 1000 10000
#   RUNS=5 Benchmarks/run.sh 1000      full builds per tool (alternating), median reported
#   SERVE=0 Benchmarks/run.sh          skip the `imprint serve` latency
#   HUGO_MAX=10000                     largest corpus Hugo is run on (it needs about 0.6 GB per
#                                      1,000 briefs; 50,000 would not fit in 24 GiB)
# For each size it prints median wall time, CPU time, peak memory (GNU time), pages and pages
# per second for both, the ratio, the time of a no-change rebuild, and the median time from
# saving one brief to the reload event of `imprint serve` (Benchmarks/serve_latency.py).
# The corpus and outputs live on tmpfs (/dev/shm) when there is one, so that the generators,
# not ext4's inode allocator after `rm -rf`, are what is measured; BENCH_DIR overrides.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs="${RUNS:-3}"
default_dir=/tmp/imprint-bench
[ -d /dev/shm ] && [ -w /dev/shm ] && default_dir=/dev/shm/imprint-bench
work="${BENCH_DIR:-$default_dir}"
mkdir -p "$work"
swift build -c release --product imprint >/dev/null
imprint="$PWD/.build/release/imprint"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# measure CMD... → "wall cpu maxrss_kb" via GNU time
measure() { /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1; awk '{print $1, $2+$3, $4}' "$work/time.txt"; }
row() { # tool results-file pages
  local wall; wall=$(cut -d' ' -f1 "$2" | median)
  printf "%-8s %-7s %9.2f %9.2f %10.0f %8d %11.0f\n" "$n" "$1" "$wall" "$(cut -d' ' -f2 "$2" | median)" \
    "$(echo "$(cut -d' ' -f3 "$2" | median) / 1024" | bc -l)" "$3" "$(echo "$3 / $wall" | bc -l)"
}

echo "machine: $(nproc) cores, $(uname -r); imprint $(git rev-parse --short HEAD); $(command -v hugo >/dev/null && hugo version | cut -d' ' -f1-2 || echo 'no hugo')"
echo "work folder: $work ($(df -T "$work" | awk 'NR==2 {print $2}'))"
printf "%-8s %-7s %9s %9s %10s %8s %11s\n" briefs tool wall_s cpu_s peak_MB pages pages/s
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -f "$corpus/.done" ] || { python3 Benchmarks/generate.py "$n" "$corpus" >/dev/null; touch "$corpus/.done"; }
  : > "$work/imprint.txt"; : > "$work/hugo.txt"
  use_hugo=false
  command -v hugo >/dev/null && [ "$n" -le "${HUGO_MAX:-10000}" ] && use_hugo=true
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$work/out-imprint" "$corpus/imprint/.imprint-cache"
    measure "$imprint" build --site "$corpus/imprint" --output "$work/out-imprint" >> "$work/imprint.txt"
    if $use_hugo; then
      rm -rf "$work/out-hugo" "$corpus/hugo/resources"
      measure hugo --source "$corpus/hugo" -d "$work/out-hugo" --quiet >> "$work/hugo.txt"
    fi
  done
  row imprint "$work/imprint.txt" "$(find "$work/out-imprint" -name '*.html' | wc -l)"
  if $use_hugo; then
    row hugo "$work/hugo.txt" "$(find "$work/out-hugo" -name '*.html' | wc -l)"
    printf "%-8s speed-up over Hugo: %.1fx (wall time), memory %.2f of Hugo's\n" "$n" \
      "$(echo "$(cut -d' ' -f1 "$work/hugo.txt" | median) / $(cut -d' ' -f1 "$work/imprint.txt" | median)" | bc -l)" \
      "$(echo "$(cut -d' ' -f3 "$work/imprint.txt" | median) / $(cut -d' ' -f3 "$work/hugo.txt" | median)" | bc -l)"
  elif command -v hugo >/dev/null; then
    echo "$n       hugo    (not run above HUGO_MAX=${HUGO_MAX:-10000})"
  fi
  : > "$work/nochange.txt"
  for ((r = 1; r <= 3; r++)); do measure "$imprint" build --site "$corpus/imprint" --output "$work/out-imprint" >> "$work/nochange.txt"; done
  printf "%-8s no-change rebuild: %.2f s, %.0f MB (median of 3)\n" "$n" \
    "$(cut -d' ' -f1 "$work/nochange.txt" | median)" "$(echo "$(cut -d' ' -f3 "$work/nochange.txt" | median) / 1024" | bc -l)"
  if [ "${SERVE:-1}" != 0 ]; then
    rm -rf "$work/serve-$n"
    cp -r "$corpus/imprint" "$work/serve-$n"
    python3 Benchmarks/serve_latency.py "$imprint" "$work/serve-$n" "${EDITS:-21}" 2>/dev/null | sed "s/^/$n       serve: /"
    rm -rf "$work/serve-$n"
  fi
done
