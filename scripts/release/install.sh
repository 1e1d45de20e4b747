#!/bin/sh
# Installs imprint and its shell completions.
#   ./install.sh                 into /usr/local as root, ~/.local otherwise
#   ./install.sh --prefix DIR    into DIR/bin and DIR/share
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
if [ "${1:-}" = "--prefix" ] && [ -n "${2:-}" ]; then
  prefix="$2"
elif [ "$(id -u)" = 0 ]; then
  prefix=/usr/local
else
  prefix="$HOME/.local"
fi
install -d "$prefix/bin" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$here/imprint" "$prefix/bin/imprint"
install -m 644 "$here/completions/imprint.bash" "$prefix/share/bash-completion/completions/imprint"
install -m 644 "$here/completions/_imprint" "$prefix/share/zsh/site-functions/_imprint"
install -m 644 "$here/completions/imprint.fish" "$prefix/share/fish/vendor_completions.d/imprint.fish"
echo "Installed $prefix/bin/imprint ($("$prefix/bin/imprint" --version)) and its completions for bash, zsh and fish."
case ":$PATH:" in *":$prefix/bin:"*) ;; *) echo "Add $prefix/bin to PATH to run it as imprint." ;; esac
