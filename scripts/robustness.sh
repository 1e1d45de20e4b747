#!/usr/bin/env bash
# Robustness runs (issue 3): a bounded libFuzzer run over load-and-render, the test suite under
# AddressSanitizer, and LeakSanitizer on a build of the sample site (the cmark-gfm binding
# frees every parser, node and buffer it creates).
#   scripts/robustness.sh [FUZZ_SECONDS]     default 60
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"

echo "== fuzz: ${seconds}s of libFuzzer on load-and-render"
swift build --product imprint-fuzz --scratch-path .build-fuzz \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING
work="$(mktemp -d)"
cp Tests/Fixtures/fuzz-corpus/* "$work/"
.build-fuzz/debug/imprint-fuzz "$work" -max_total_time="$seconds" -max_len=8192 -timeout=10 \
  -print_final_stats=1 2>&1 | tail -n 12

echo "== AddressSanitizer: the whole test suite"
swift build --build-tests --scratch-path .build-asan -Xswiftc -sanitize=address
# Memory errors only: the XCTest and Swift Testing harnesses themselves leak at exit. Leaks are
# checked below, on Imprint's own process.
ASAN_OPTIONS=detect_leaks=0 swift test --skip-build --scratch-path .build-asan

echo "== LeakSanitizer: building the sample site"
out="$(mktemp -d)/site"
ASAN_OPTIONS=detect_leaks=1 .build-asan/debug/imprint build --site . --output "$out"
echo "Robustness runs passed."
