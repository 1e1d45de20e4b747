#!/usr/bin/env bash
# The cost of images (issue 22): a corpus whose every brief has its own 2400x1600 PNG hero,
# built once with libvips (the first build's image work, from IMPRINT_TIMINGS), then rebuilt
# after one edited brief, alternately with libvips and with it hidden from PATH (each into its
# own output folder, each after a warm-up build), on the ordinary disk. Not a test; not in CI.
#   Benchmarks/images.sh [N]       default 1000 briefs
#   RUNS=5                          rebuild pairs, medians reported
#   IMPRINT=path                    a built imprint (default: swift build -c release)
#   BENCH_DIR=dir                   default /var/tmp/imprint-images-bench
#   KEEP=1                          reuse the corpus and its image cache from a previous run
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-1000}"
runs="${RUNS:-5}"
dir="${BENCH_DIR:-/var/tmp/imprint-images-bench}"
if [ -n "${IMPRINT:-}" ]; then
  imprint="$(cd "$(dirname "$IMPRINT")" && pwd)/$(basename "$IMPRINT")"
else
  swift build -c release --product imprint >/dev/null
  imprint="$PWD/.build/release/imprint"
fi
command -v vips >/dev/null || { echo "images.sh: libvips-tools is not installed" >&2; exit 1; }
site="$dir/corpus/imprint"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# PATH without libvips: every program of /usr/bin and /usr/local/bin but vips*.
novips="$work/novips"
mkdir -p "$novips"
for f in /usr/local/bin/* /usr/bin/*; do
  name="$(basename "$f")"
  case "$name" in vips*) continue ;; esac
  [ -e "$novips/$name" ] || ln -s "$f" "$novips/$name"
done

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() { # file PATH args... → appends "wall user sys"
  local file="$1" path="$2"; shift 2
  sync
  PATH="$path" /usr/bin/time -f "%e %U %S" -o "$work/t" "$imprint" "$@" >/dev/null 2>"$work/err" || { cat "$work/err" >&2; exit 1; }
  cat "$work/t" >> "$file"
}

if [ "${KEEP:-0}" = 1 ] && [ -d "$site" ]; then
  echo "reusing $site and its cache"
else
  rm -rf "$dir"
  mkdir -p "$dir"
  python3 Benchmarks/generate.py "$n" "$dir/corpus" >/dev/null
  python3 Benchmarks/heroes.py "$site"
  echo "first build with libvips (every copy and card made):"
  start=$(date +%s.%N)
  IMPRINT_TIMINGS=1 "$imprint" build --site "$site" --output "$dir/with" 2>&1 | grep -E "images|share cards|copies" || true
  echo "  whole build $(echo "$(date +%s.%N) - $start" | bc) s"
fi
# Warm-up: each output folder exists, as it does for a team that builds again.
"$imprint" build --site "$site" --output "$dir/with" >/dev/null 2>&1
PATH="$novips" "$imprint" build --site "$site" --output "$dir/without" >/dev/null 2>&1

bundles=("$site"/content/briefs/*/)
brief="${bundles[0]}index.md"
for i in $(seq "$runs"); do
  echo "Edited in run $i." >> "$brief"
  if (( i % 2 )); then
    measure "$work/with" "$PATH" build --site "$site" --output "$dir/with"
    measure "$work/without" "$novips" build --site "$site" --output "$dir/without"
  else
    measure "$work/without" "$novips" build --site "$site" --output "$dir/without"
    measure "$work/with" "$PATH" build --site "$site" --output "$dir/with"
  fi
done
printf "%-16s %8s %8s %8s\n" "rebuild ($n)" wall user sys
for kind in with without; do
  printf "%-16s %8.2f %8.2f %8.2f\n" "$kind libvips" "$(cut -d' ' -f1 "$work/$kind" | median)" \
    "$(cut -d' ' -f2 "$work/$kind" | median)" "$(cut -d' ' -f3 "$work/$kind" | median)"
done
w=$(cut -d' ' -f1 "$work/with" | median); wo=$(cut -d' ' -f1 "$work/without" | median)
echo "with libvips / without: $(echo "scale=3; $w / $wo" | bc)"
