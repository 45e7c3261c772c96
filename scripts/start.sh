#!/usr/bin/env bash
# Starts the Madoguchi desktop app: installs what is missing, builds the UI, then
#   cargo run -p madoguchi-app
# Needs a display (X11 or Wayland). Extra arguments go to the app.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/install.sh
source scripts/install.sh

section "Install: toolchains"
ensure_toolchains
section "Install: Debian packages"
ensure_apt_packages
section "Install: UI packages"
ensure_ui_packages

section "UI: build (vite)"
build_ui

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  die "no display (DISPLAY/WAYLAND_DISPLAY unset): start it from a desktop session, or try: xvfb-run -a ./scripts/start.sh"
fi

section "Run: cargo run -p madoguchi-app"
exec cargo run -p madoguchi-app -- "$@"
