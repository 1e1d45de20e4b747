#!/usr/bin/env bash
# Imprint against Hugo on the same synthetic corpus (issue 8). Not a test; not run in CI.
#   Benchmarks/run.sh [N ...]          default: 1000 10000
#   RUNS=5 Benchmarks/run.sh 1000      runs per tool (alternating), median reported
# Prints median wall time, CPU time, peak memory, pages per second and the ratio to Hugo
# (when Debian's `hugo` is installed), and the time of a no-change rebuild.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs="${RUNS:-3}"
work="${BENCH_DIR:-/tmp/imprint-bench}"
swift build -c release --product imprint >/dev/null
imprint="$PWD/.build/release/imprint"

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# measure CMD... → "wall cpu maxrss_kb" via GNU time
measure() { /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1; awk '{print $1, $2+$3, $4}' "$work/time.txt"; }

printf "%-8s %-7s %9s %9s %10s %8s %11s\n" briefs tool wall_s cpu_s peak_MB pages pages/s
for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  [ -f "$corpus/.done" ] || { python3 Benchmarks/generate.py "$n" "$corpus" >/dev/null; touch "$corpus/.done"; }
  : > "$work/imprint.txt"; : > "$work/hugo.txt"
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$work/out-imprint" "$corpus/imprint/.imprint-cache"
    measure "$imprint" build --site "$corpus/imprint" --output "$work/out-imprint" >> "$work/imprint.txt"
    if command -v hugo >/dev/null; then
      rm -rf "$work/out-hugo" "$corpus/hugo/resources"
      measure hugo --source "$corpus/hugo" -d "$work/out-hugo" --quiet >> "$work/hugo.txt"
    fi
  done
  ipages=$(find "$work/out-imprint" -name '*.html' | wc -l)
  iwall=$(cut -d' ' -f1 "$work/imprint.txt" | median)
  printf "%-8s %-7s %9.2f %9.2f %10.0f %8d %11.0f\n" "$n" imprint "$iwall" \
    "$(cut -d' ' -f2 "$work/imprint.txt" | median)" "$(echo "$(cut -d' ' -f3 "$work/imprint.txt" | median) / 1024" | bc -l)" \
    "$ipages" "$(echo "$ipages / $iwall" | bc -l)"
  if [ -s "$work/hugo.txt" ]; then
    hpages=$(find "$work/out-hugo" -name '*.html' | wc -l)
    hwall=$(cut -d' ' -f1 "$work/hugo.txt" | median)
    printf "%-8s %-7s %9.2f %9.2f %10.0f %8d %11.0f\n" "$n" hugo "$hwall" \
      "$(cut -d' ' -f2 "$work/hugo.txt" | median)" "$(echo "$(cut -d' ' -f3 "$work/hugo.txt" | median) / 1024" | bc -l)" \
      "$hpages" "$(echo "$hpages / $hwall" | bc -l)"
    printf "%-8s speed-up over Hugo: %.1fx (wall time)\n" "$n" "$(echo "$hwall / $iwall" | bc -l)"
  fi
  nochange=$(measure "$imprint" build --site "$corpus/imprint" --output "$work/out-imprint" | cut -d' ' -f1)
  printf "%-8s no-change rebuild: %.2f s\n" "$n" "$nochange"
done
