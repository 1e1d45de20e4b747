#!/usr/bin/env bash
# Imprint against Hugo on the same synthetic corpus (issues 8 and 18). Not a test; not run in CI.
#   Benchmarks/run.sh [N ...]          default: 1000 10000
#   RUNS=5 Benchmarks/run.sh 1000      full builds per tool, median reported
#   TMPFS=0                            the ordinary disk only (default: also tmpfs, as a second figure)
#   SERVE=0                            skip the `imprint serve` latency
#   HUGO_MAX=10000                     largest corpus Hugo is run on (about 0.6 GB per 1,000 briefs)
#   IMPRINT=path                       a built imprint instead of `swift build -c release`
#   BENCH_DIR=dir                      the folder on the ordinary disk (default /var/tmp/imprint-bench)
# Measured where users build: on the ordinary disk first (ext4 here), then on tmpfs (/dev/shm).
# Each run starts from the same state for both tools (Imprint keeps only its image cache, made in
# a first untimed build: the share cards Hugo does not make): the previous output is deleted inside the
# timing (as a user's `rm -rf public && build` or Hugo's own cleaning would), the disk is synced
# and, when allowed (root), the page cache dropped before it, so no run pays for the previous
# one's writeback; the tools alternate which goes first. For each size and disk it prints median
# wall, user and system time, peak memory, pages and pages per second, the ratio to Hugo, a
# no-change rebuild, and the time from saving one brief to `imprint serve`'s reload event.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -eq 0 ] && sizes=(1000 10000)
runs="${RUNS:-3}"
disk_dir="${BENCH_DIR:-/var/tmp/imprint-bench}"
dirs=("$disk_dir")
[ "${TMPFS:-1}" != 0 ] && [ -d /dev/shm ] && [ -w /dev/shm ] && dirs+=(/dev/shm/imprint-bench)
if [ -n "${IMPRINT:-}" ]; then
  imprint="$(cd "$(dirname "$IMPRINT")" && pwd)/$(basename "$IMPRINT")"
else
  swift build -c release --product imprint >/dev/null
  imprint="$PWD/.build/release/imprint"
fi

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
settle() { sync; [ -w /proc/sys/vm/drop_caches ] && echo 3 > /proc/sys/vm/drop_caches || true; }
# measure CMD... → "wall user sys maxrss_kb" via GNU time
measure() { /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >/dev/null 2>&1; cat "$work/time.txt"; }
row() { # tool results-file pages
  local wall; wall=$(cut -d' ' -f1 "$2" | median)
  printf "%-8s %-6s %-7s %8.2f %8.2f %8.2f %9.0f %8d %10.0f\n" "$n" "$fs" "$1" "$wall" \
    "$(cut -d' ' -f2 "$2" | median)" "$(cut -d' ' -f3 "$2" | median)" \
    "$(echo "$(cut -d' ' -f4 "$2" | median) / 1024" | bc -l)" "$3" "$(echo "$3 / $wall" | bc -l)"
}
build_imprint() { measure sh -c 'rm -rf "$1" && exec "$2" build --site "$3" --output "$1" --quiet' sh "$work/out-imprint" "$imprint" "$corpus/imprint"; }
build_hugo() { measure sh -c 'rm -rf "$1" "$2/resources" && exec hugo --source "$2" -d "$1" --quiet' sh "$work/out-hugo" "$corpus/hugo"; }

echo "machine: $(nproc) cores, $(uname -r); imprint $(git rev-parse --short HEAD); $(command -v hugo >/dev/null && hugo version | cut -d' ' -f1-2 || echo 'no hugo')"
[ -w /proc/sys/vm/drop_caches ] || echo "(the page cache cannot be dropped here: runs start after a sync only)"
printf "%-8s %-6s %-7s %8s %8s %8s %9s %8s %10s\n" briefs disk tool wall_s user_s sys_s peak_MB pages pages/s
for n in "${sizes[@]}"; do
  for work in "${dirs[@]}"; do
    mkdir -p "$work"
    fs="$(df -T "$work" | awk 'NR==2 {print $2}')"
    corpus="$work/corpus-$n"
    [ -f "$corpus/.done" ] || { python3 Benchmarks/generate.py "$n" "$corpus" >/dev/null; touch "$corpus/.done"; }
    : > "$work/imprint.txt"; : > "$work/hugo.txt"
    use_hugo=false
    command -v hugo >/dev/null && [ "$n" -le "${HUGO_MAX:-10000}" ] && use_hugo=true
    # Share cards (libvips) are made once, as a team keeps `.imprint-cache/images` between
    # builds like Hugo's resources/_gen; every other cache is deleted before each timed build.
    if command -v vips >/dev/null && [ ! -d "$corpus/imprint/.imprint-cache/images" ]; then
      "$imprint" build --site "$corpus/imprint" --output "$work/out-imprint" >/dev/null 2>&1 || true
    fi
    for ((r = 1; r <= runs; r++)); do
      find "$corpus/imprint/.imprint-cache" -mindepth 1 -maxdepth 1 ! -name images -exec rm -rf {} + 2>/dev/null || true
      if $use_hugo && (( r % 2 == 0 )); then
        settle; build_hugo >> "$work/hugo.txt"
        settle; build_imprint >> "$work/imprint.txt"
      else
        settle; build_imprint >> "$work/imprint.txt"
        if $use_hugo; then settle; build_hugo >> "$work/hugo.txt"; fi
      fi
    done
    row imprint "$work/imprint.txt" "$(find "$work/out-imprint" -name '*.html' | wc -l)"
    if $use_hugo; then
      row hugo "$work/hugo.txt" "$(find "$work/out-hugo" -name '*.html' | wc -l)"
      printf "%-8s %-6s Imprint's speed against Hugo's: %.2fx (wall time), system time %.2f of Hugo's, memory %.2f of Hugo's\n" "$n" "$fs" \
        "$(echo "$(cut -d' ' -f1 "$work/hugo.txt" | median) / $(cut -d' ' -f1 "$work/imprint.txt" | median)" | bc -l)" \
        "$(echo "$(cut -d' ' -f3 "$work/imprint.txt" | median) / $(cut -d' ' -f3 "$work/hugo.txt" | median)" | bc -l)" \
        "$(echo "$(cut -d' ' -f4 "$work/imprint.txt" | median) / $(cut -d' ' -f4 "$work/hugo.txt" | median)" | bc -l)"
    elif command -v hugo >/dev/null; then
      echo "$n       hugo    (not run above HUGO_MAX=${HUGO_MAX:-10000})"
    fi
    : > "$work/nochange.txt"
    for ((r = 1; r <= 3; r++)); do
      measure "$imprint" build --site "$corpus/imprint" --output "$work/out-imprint" --quiet >> "$work/nochange.txt"
    done
    printf "%-8s %-6s no-change rebuild: %.2f s, %.0f MB (median of 3)\n" "$n" "$fs" \
      "$(cut -d' ' -f1 "$work/nochange.txt" | median)" "$(echo "$(cut -d' ' -f4 "$work/nochange.txt" | median) / 1024" | bc -l)"
    if [ "${SERVE:-1}" != 0 ]; then
      rm -rf "$work/serve-$n"
      cp -r "$corpus/imprint" "$work/serve-$n"
      python3 Benchmarks/serve_latency.py "$imprint" "$work/serve-$n" "${EDITS:-21}" 2>/dev/null | sed "s/^/$n       $fs serve: /"
      rm -rf "$work/serve-$n"
    fi
  done
done
