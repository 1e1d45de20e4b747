#!/usr/bin/env bash
# Builds the bundled sample site into public/, installing the system library first if needed.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
swift build -c release --product imprint
.build/release/imprint build --site . "$@"
