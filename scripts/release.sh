#!/usr/bin/env bash
# One self-contained `imprint` to install: the Swift runtime, Foundation and cmark-gfm linked in
# statically, the default theme built in, stripped; packed with the README, the licences, shell
# completions for bash, zsh and fish and an install script into
#   dist/imprint-<version>-linux-<arch>.tar.gz   and its .sha256
#   scripts/release.sh [--out DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
out=dist
[ "${1:-}" = "--out" ] && out="$2"
scripts/setup.sh   # libcmark-gfm-dev ships libcmark-gfm.a and libcmark-gfm-extensions.a

# SwiftPM links the libraries a pkg-config file names; this one names the static archives.
pc="$(mktemp -d)"
trap 'rm -rf "$pc"' EXIT
libdir="$(pkg-config --variable=libdir libcmark-gfm)"
for archive in libcmark-gfm.a libcmark-gfm-extensions.a; do
  [ -f "$libdir/$archive" ] || { echo "error: $libdir/$archive is missing (libcmark-gfm-dev ships it)" >&2; exit 1; }
done
cat > "$pc/libcmark-gfm.pc" <<PC
Name: libcmark-gfm
Description: cmark-gfm, linked statically into imprint
Version: $(pkg-config --modversion libcmark-gfm)
Libs: -L$libdir -l:libcmark-gfm-extensions.a -l:libcmark-gfm.a
Cflags: -I$(pkg-config --variable=includedir libcmark-gfm)
PC

PKG_CONFIG_PATH="$pc" swift build -c release --product imprint --static-swift-stdlib --scratch-path .build-release
binary=.build-release/release/imprint
version="$("$binary" --version | awk '{print $2}')"
name="imprint-$version-linux-$(uname -m)"
stage="$(mktemp -d)/$name"
mkdir -p "$stage/completions"
cp "$binary" "$stage/imprint"
strip "$stage/imprint"
cp README.md LICENSE "$stage/"
cp scripts/release/install.sh "$stage/install.sh"
"$stage/imprint" --generate-completion-script bash > "$stage/completions/imprint.bash"
"$stage/imprint" --generate-completion-script zsh > "$stage/completions/_imprint"
"$stage/imprint" --generate-completion-script fish > "$stage/completions/imprint.fish"
scripts/release/notices.sh .build-release > "$stage/THIRD-PARTY-NOTICES"

mkdir -p "$out"
tar -C "$(dirname "$stage")" --owner=0 --group=0 --sort=name -czf "$out/$name.tar.gz" "$name"
(cd "$out" && sha256sum "$name.tar.gz" > "$name.tar.gz.sha256")
rm -rf "$(dirname "$stage")"
echo "$out/$name.tar.gz"
