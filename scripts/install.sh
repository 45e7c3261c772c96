#!/usr/bin/env bash
# shellcheck shell=bash
# Installs what Madoguchi's build and tests need, when it is missing. Sourced by scripts/test.sh
# and scripts/start.sh; run on its own, it installs everything. Quick when nothing is missing.
#
# Works on Debian 12 / Ubuntu as root or with sudo. Needs Rust (cargo) and Node.js >= 20.19
# with npm already on the machine. Caches tools outside the work tree, in $MADOGUCHI_CACHE
# (default ~/.cache/madoguchi): tauri-driver and the Python venv of the end-to-end tests.

MADOGUCHI_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MADOGUCHI_CACHE="${MADOGUCHI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/madoguchi}"

# Debian packages: the Tauri/WebKitGTK build; for the end-to-end tests a virtual display, WebKit's
# WebDriver, xdotool (it answers the native save and print dialogs) and pdftotext (it reads the
# printed slip back), dbus (a desktop session for the single-instance test); fonts for the scripts
# we ship (fonts-noto-core carries Noto Naskh Arabic for Arabic and Dari, Noto Sans Sinhala, Thai,
# Myanmar, Khmer and Devanagari; fonts-noto-cjk the CJK faces).
MADOGUCHI_APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential libssl-dev libayatana-appindicator3-dev librsvg2-dev
  libxdo-dev pkg-config file
  xvfb xauth webkit2gtk-driver xdotool poppler-utils dbus
  fonts-noto-cjk fonts-noto-core
)

if [ -t 1 ]; then
  _mg_bold=$'\033[1m' _mg_red=$'\033[31m' _mg_reset=$'\033[0m'
else
  _mg_bold="" _mg_red="" _mg_reset=""
fi
_mg_started=$SECONDS
_mg_section_started=$SECONDS
_mg_section_name=""

# Prints a section header, and how long the previous section took.
section() {
  if [ -n "$_mg_section_name" ]; then
    printf '%s    (%s: %ss)%s\n' "$_mg_bold" "$_mg_section_name" "$((SECONDS - _mg_section_started))" "$_mg_reset"
  fi
  _mg_section_name="$*"
  _mg_section_started=$SECONDS
  printf '\n%s==> %s%s\n' "$_mg_bold" "$*" "$_mg_reset"
}

die() {
  printf '%serror: %s%s\n' "$_mg_red" "$*" "$_mg_reset" >&2
  exit 1
}

elapsed() {
  local s=$((SECONDS - _mg_started))
  printf '%dm%02ds' $((s / 60)) $((s % 60))
}

_mg_as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root or sudo to run: $*"
  fi
}

# Installs the Debian packages that are missing (apt-get update only when something is).
ensure_apt_packages() {
  local extra=("$@") missing=() p
  if ! command -v dpkg-query >/dev/null; then
    echo "not a Debian-based system: make sure these are installed: ${MADOGUCHI_APT_PACKAGES[*]} ${extra[*]}"
    return 0
  fi
  for p in "${MADOGUCHI_APT_PACKAGES[@]}" "${extra[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$p")
    fi
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    echo "all Debian packages present"
    return 0
  fi
  echo "installing: ${missing[*]}"
  _mg_as_root apt-get update -qq
  _mg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Checks the toolchains that cannot come from apt: Rust and a recent enough Node.js.
ensure_toolchains() {
  command -v cargo >/dev/null || die "cargo not found: install Rust (https://rustup.rs) first"
  command -v node >/dev/null || die "node not found: install Node.js >= 20.19 with npm first"
  command -v npm >/dev/null || die "npm not found: install Node.js >= 20.19 with npm first"
  node -e '
    const [a, b] = process.versions.node.split(".").map(Number);
    if (!(a > 22 || (a === 22 && b >= 12) || (a === 20 && b >= 19))) process.exit(1);
  ' || die "Node.js $(node --version) is too old for Vite 7: need ^20.19 or >= 22.12"
  echo "cargo $(cargo --version | cut -d' ' -f2), node $(node --version), npm $(npm --version)"
}

# `npm ci` in ui/, unless node_modules was installed from this very package-lock.json.
ensure_ui_packages() {
  local ui="$MADOGUCHI_ROOT/ui" stamp want
  stamp="$ui/node_modules/.madoguchi-lock.sha256"
  want="$(sha256sum "$ui/package-lock.json" | cut -d' ' -f1)"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x "$ui/node_modules/.bin/vite" ]; then
    echo "ui/node_modules matches package-lock.json"
    return 0
  fi
  (cd "$ui" && npm ci --no-audit --no-fund)
  echo "$want" >"$stamp"
}

# tauri-driver (WebDriver intermediary for Tauri apps), into $MADOGUCHI_CACHE/tools.
ensure_tauri_driver() {
  local bin="$MADOGUCHI_CACHE/tools/bin/tauri-driver"
  if [ -n "${TAURI_DRIVER:-}" ] && [ -x "$TAURI_DRIVER" ]; then
    :
  elif [ -x "$bin" ]; then
    TAURI_DRIVER="$bin"
  else
    cargo install tauri-driver --version '^2' --locked --root "$MADOGUCHI_CACHE/tools"
    TAURI_DRIVER="$bin"
  fi
  export TAURI_DRIVER
  echo "tauri-driver: $TAURI_DRIVER"
}

# A Python venv with the pinned end-to-end test tools; its name follows the requirements file.
ensure_e2e_venv() {
  local req="$MADOGUCHI_ROOT/tests/e2e/requirements.txt" hash venv
  hash="$(sha256sum "$req" | cut -c1-12)"
  venv="$MADOGUCHI_CACHE/e2e-venv-$hash"
  if [ ! -x "$venv/bin/python" ]; then
    command -v python3 >/dev/null || ensure_apt_packages python3
    python3 -c 'import venv, ensurepip' 2>/dev/null || ensure_apt_packages python3-venv
    rm -rf "$venv.tmp"
    python3 -m venv "$venv.tmp"
    "$venv.tmp/bin/pip" install --quiet --disable-pip-version-check -r "$req"
    mv "$venv.tmp" "$venv"
  fi
  E2E_PYTHON="$venv/bin/python"
  export E2E_PYTHON
  echo "end-to-end venv: $venv"
}

# Builds the UI into ui/dist, which `cargo build` of src-tauri embeds.
build_ui() {
  (cd "$MADOGUCHI_ROOT/ui" && ./node_modules/.bin/vite build)
}

# Run on its own (./scripts/install.sh), it installs everything the two commands need.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  section "Install: toolchains"
  ensure_toolchains
  section "Install: Debian packages"
  ensure_apt_packages
  section "Install: UI packages"
  ensure_ui_packages
  section "Install: end-to-end test tools"
  ensure_tauri_driver
  ensure_e2e_venv
fi
