#!/usr/bin/env bash
# The licences of what a release build links in: cmark-gfm (Debian's copyright file) and every
# Swift package the build checked out. Prints them to standard output.
#   scripts/release/notices.sh SCRATCH-PATH
set -euo pipefail
echo "imprint links in the following software. Their licences follow."
echo
echo "== cmark-gfm $(pkg-config --modversion libcmark-gfm) =="
cat /usr/share/doc/libcmark-gfm-dev/copyright
echo
echo "== The Swift standard library, Foundation and Dispatch =="
echo "Apache License 2.0 with the Runtime Library Exception: https://swift.org/LICENSE.txt"
for package in "$1"/checkouts/*/; do
  licence="$(ls "$package" | grep -iE '^(license|licence|copying)' | head -1 || true)"
  [ -n "$licence" ] || continue
  echo
  echo "== $(basename "$package") =="
  cat "$package/$licence"
done
