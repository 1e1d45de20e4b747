#!/usr/bin/env bash
# End-to-end test of a release tarball, outside the toolchain: the checksum holds; ldd names no
# Swift runtime and no libcmark-gfm; with /opt/swift hidden (a private mount namespace where
# the machine allows one) and a bare environment, the program says its version, builds the
# sample site exactly as the development build does, and installs with its completions.
#   scripts/release/check.sh dist/imprint-<version>-linux-<arch>.tar.gz
set -euo pipefail
cd "$(dirname "$0")/../.."
tarball="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
fail() { echo "release check: FAILED: $*" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$(dirname "$tarball")" && sha256sum -c --quiet "$(basename "$tarball").sha256") || fail "checksum"
tar -C "$work" -xzf "$tarball"
release="$(echo "$work"/imprint-*)"
for f in imprint README.md LICENSE THIRD-PARTY-NOTICES install.sh completions/imprint.bash completions/_imprint completions/imprint.fish; do
  [ -e "$release/$f" ] || fail "$f is missing from the tarball"
done
grep -q "cmark-gfm" "$release/THIRD-PARTY-NOTICES" || fail "THIRD-PARTY-NOTICES does not name cmark-gfm"

linked="$(ldd "$release/imprint")"
echo "$linked"
if echo "$linked" | grep -Eiq 'swift|Foundation|dispatch|cmark|/opt/'; then fail "linked dynamically to the toolchain or cmark-gfm"; fi
! readelf -S "$release/imprint" | grep -q '\.symtab' || fail "not stripped (it still has a symbol table)"

# The sample site as a user has it: the repository's site files, nothing else.
site="$work/site"
mkdir -p "$site"
cp -r site.yaml content static templates "$site/" 2>/dev/null || cp -r site.yaml content "$site/"
home="$work/home"
mkdir -p "$home"

# Runs the released program with nothing of the toolchain around it.
bare() {
  env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$@"
}
hidden=""
if [ -d /opt/swift ] && unshare --mount true 2>/dev/null; then hidden=yes; fi
run() {
  if [ -n "$hidden" ]; then bare unshare --mount --propagation private sh -c 'mount -t tmpfs none /opt/swift && ls /opt/swift | wc -l | grep -qx 0 && exec "$@"' sh "$@"
  else bare "$@"; fi
}
[ -n "$hidden" ] && echo "release check: /opt/swift hidden in a private mount namespace" \
  || echo "release check: no mount namespace here; running with a bare environment only"

version="$(run "$release/imprint" --version)"
echo "$version"
echo "$version" | grep -Eq '^imprint [0-9]+\.[0-9]+\.[0-9]+ \(cmark-gfm [0-9.]+gfm[.0-9]*\)$' || fail "--version: $version"

run "$release/imprint" build -s "$site" -o "$work/released" -q || fail "the released program could not build the sample site"
[ -f "$work/released/index.html" ] && [ -f "$work/released/css/site.css" ] || fail "the built site lacks its pages or the theme"
[ -d "$home/.cache/imprint" ] || fail "the theme was not unpacked into ~/.cache/imprint"

# Byte for byte what the development build makes (Pagefind names its files by more than the pages).
if [ -x .build/debug/imprint ]; then
  .build/debug/imprint build -s "$site" -o "$work/developed" -q
  diff -r -x pagefind "$work/released" "$work/developed" > "$work/diff" || { head -20 "$work/diff"; fail "the released program builds a different site"; }
fi

# A person without a home folder still gets the theme (unpacked in the temporary folder).
env -i PATH=/usr/bin:/bin "$release/imprint" build -s "$site" -o "$work/homeless" -q || fail "build without HOME"

prefix="$work/prefix"
run "$release/install.sh" --prefix "$prefix" > "$work/install.log" || { cat "$work/install.log"; fail "install.sh"; }
[ -x "$prefix/bin/imprint" ] || fail "install.sh did not install the program"
bash -c "source '$prefix/share/bash-completion/completions/imprint' && complete -p imprint" | grep -q imprint || fail "bash completion"
[ -f "$prefix/share/zsh/site-functions/_imprint" ] && grep -q '#compdef imprint' "$prefix/share/zsh/site-functions/_imprint" || fail "zsh completion"
grep -Eq "complete -c '?imprint'? " "$prefix/share/fish/vendor_completions.d/imprint.fish" || fail "fish completion"
! command -v zsh >/dev/null || zsh -n "$prefix/share/zsh/site-functions/_imprint" || fail "zsh completion does not parse"
! command -v fish >/dev/null || fish -n "$prefix/share/fish/vendor_completions.d/imprint.fish" || fail "fish completion does not parse"
echo "release check: $(basename "$tarball") passed"
