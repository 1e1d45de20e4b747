#!/usr/bin/env bash
# Robustness runs (issues 3, 16, 18 and 20): bounded libFuzzer runs over seven inputs (briefs through
# load-and-render, site.yaml, people files, image headers, .docx zips and Pandoc's JSON for
# `imprint import`, Mustache templates), the test suite under
# AddressSanitizer, and LeakSanitizer on a build of the sample site (the cmark-gfm binding
# frees every parser, node and buffer it creates).
#   scripts/robustness.sh [FUZZ_SECONDS] [--fuzz-only]
# FUZZ_SECONDS (default 60) is the fuzzing time in all: each of the seven targets gets a seventh,
# at least 1 s, and the brief target the remainder. --fuzz-only skips the sanitizer runs.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
case "$seconds" in ''|*[!0-9]*) echo "robustness.sh: FUZZ_SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;; esac
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"

# target, seed corpus (and its libFuzzer dictionary, the same path + .dict, if any), longest input
targets=(
  "brief Tests/Fixtures/fuzz-corpus 8192"
  "site Tests/Fixtures/fuzz-corpus-site 4096"
  "people Tests/Fixtures/fuzz-corpus-people 4096"
  "image Tests/Fixtures/fuzz-corpus-image 4096"
  "docx Tests/Fixtures/fuzz-corpus-docx 8192"
  "pandoc Tests/Fixtures/fuzz-corpus-pandoc 16384"
  "template Tests/Fixtures/fuzz-corpus-template 8192"
)
share=$(( seconds / ${#targets[@]} ))
(( share >= 1 )) || share=1
extra=$(( seconds > share * ${#targets[@]} ? seconds - share * ${#targets[@]} : 0 ))

echo "== fuzz: ${seconds}s of libFuzzer over briefs, site.yaml, people files, image headers, .docx zips and Pandoc's JSON"
swift build --product imprint-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
crashes="$(mktemp -d)"
failed=()
for entry in "${targets[@]}"; do
  read -r target seeds max_len <<<"$entry"
  time=$share
  [ "$target" = brief ] && time=$(( share + extra ))
  echo "-- $target: ${time}s on $seeds"
  work="$(mktemp -d)"
  cp "$seeds"/* "$work/"
  mkdir -p "$crashes/$target"
  dict=()
  [ -f "$seeds.dict" ] && dict=(-dict="$seeds.dict")  # the format's tokens, e.g. viewBox= or Infinity
  # libFuzzer stops at the first crash, leak or timeout and exits non-zero; the input is kept.
  # Swift's own crash backtracer is off: under AddressSanitizer it reports itself, not the trap.
  if ! SWIFT_BACKTRACE=enable=no IMPRINT_FUZZ_TARGET="$target" .build-fuzz/debug/imprint-fuzz "$work" -max_total_time="$time" \
      ${dict[@]+"${dict[@]}"} -max_len="$max_len" -timeout=10 -print_final_stats=1 -artifact_prefix="$crashes/$target/" \
      >"$crashes/$target.log" 2>&1; then
    failed+=("$target")
    grep -E "ERROR|SUMMARY|Fatal error|Precondition failed|/Sources/|Test unit written" "$crashes/$target.log" | head -n 20 || true
    for input in "$crashes/$target"/*; do
      [ -f "$input" ] || continue
      echo "input ($input):"
      od -A x -t x1z -v "$input" | head -n 32
    done
  fi
  tail -n 12 "$crashes/$target.log"
done
if (( ${#failed[@]} > 0 )); then
  echo "Fuzzing found a crash in: ${failed[*]} (logs and inputs in $crashes;" \
       "replay one with IMPRINT_FUZZ_TARGET=<target> swift run imprint-fuzz <input>)" >&2
  exit 1
fi
[ "${2:-}" = --fuzz-only ] && { echo "Fuzzing passed."; exit 0; }

echo "== AddressSanitizer: the whole test suite"
swift build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
# Memory errors only: the XCTest and Swift Testing harnesses themselves leak at exit. Leaks are
# checked below, on Imprint's own process.
ASAN_OPTIONS=detect_leaks=0 swift test --skip-build --scratch-path .build-asan

echo "== LeakSanitizer: building the sample site"
out="$(mktemp -d)/site"
ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/imprint build --site . --output "$out"
echo "Robustness runs passed."
