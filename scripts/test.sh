#!/usr/bin/env bash
# THE test command: installs what is missing, then runs every check, failing fast.
#   ./scripts/test.sh
# Format, UI type check + unit tests + build, clippy, Rust build + tests; then the Debian package:
# built (scripts/package.sh: release build, Tauri's bundler), installed with apt-get, the installed
# `madoguchi --version` and `madoguchi validate`, the end-to-end tests of the real app over
# WebDriver under Xvfb (no display needed) run against the installed /usr/bin/madoguchi-app, and
# the package removed, checking that the desk's data folder (log, settings, override) is left as
# it was. The end-to-end suite runs once, against the installed app — what a desk runs —, not
# against the debug build as well: ~3.5 min more per run (BENCHMARKS.md, "Test command").
# MADOGUCHI_E2E=build runs it against the debug build instead and skips the package.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/install.sh
source scripts/install.sh
# shellcheck source=scripts/test-pg.sh
source scripts/test-pg.sh
trap stop_test_pg EXIT

section "Install: toolchains"
ensure_toolchains
section "Install: Debian packages"
ensure_apt_packages
section "Install: UI packages"
ensure_ui_packages
section "Install: end-to-end test tools"
ensure_tauri_driver
ensure_e2e_venv

section "Rust: format (cargo fmt --check)"
cargo fmt --all -- --check

section "UI: type check (tsc --noEmit)"
(cd ui && ./node_modules/.bin/tsc --noEmit)

section "UI: lint (eslint)"
(cd ui && ./node_modules/.bin/eslint --max-warnings 0 .)

section "UI: unit tests (vitest)"
(cd ui && ./node_modules/.bin/vitest run)

section "UI: build (vite) — embedded by the app's cargo build"
build_ui

section "Rust: lint (clippy -D warnings)"
cargo clippy --workspace --all-targets -- -D warnings

section "Rust: build (workspace, all targets)"
cargo build --workspace --all-targets

section "Rust: tests (with a throwaway PostgreSQL cluster for the hub)"
start_test_pg
cargo test --workspace
stop_test_pg

if [ "${MADOGUCHI_E2E:-installed}" = build ]; then
  section "End-to-end tests against the debug build (real app, tauri-driver + WebKitWebDriver, Xvfb)"
  PYTHONDONTWRITEBYTECODE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
    "$E2E_PYTHON" -m pytest -c tests/e2e/pytest.ini tests/e2e
  echo "screenshots: ${CARGO_TARGET_DIR:-target}/e2e-screenshots/"
  section "Done"
  echo "all checks passed in $(elapsed) (MADOGUCHI_E2E=build: the package was not built)"
  exit 0
fi

section "Package: build the .deb (scripts/package.sh: release build, Tauri's bundler)"
# Its last line is the .deb's path. (Not `tee /dev/stderr`: with the output redirected to a file,
# tee would open that file again and truncate the log.)
package_log="$(mktemp)"
MADOGUCHI_PACKAGE_SKIP_INSTALL=1 ./scripts/package.sh | tee "$package_log"
deb="$(tail -1 "$package_log")"
rm -f "$package_log"

section "Package: install it (apt-get install ./madoguchi_*.deb)"
_mg_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --reinstall "$deb"

section "Installed: madoguchi --version, validate, manual page"
/usr/bin/madoguchi --version
/usr/bin/madoguchi validate
test -s /usr/share/man/man1/madoguchi.1.gz || die "no manual page installed"

section "End-to-end tests against the installed app (/usr/bin/madoguchi-app; tauri-driver + WebKitWebDriver, Xvfb)"
MADOGUCHI_APP=/usr/bin/madoguchi-app MADOGUCHI_CLI=/usr/bin/madoguchi PYTHONDONTWRITEBYTECODE=1 \
  xvfb-run -a -s "-screen 0 1280x800x24" "$E2E_PYTHON" -m pytest -c tests/e2e/pytest.ini tests/e2e
echo "screenshots: ${CARGO_TARGET_DIR:-target}/e2e-screenshots/"

section "Package: remove it; the desk's data folder is left as it was"
desk="$(mktemp -d)"
PYTHONDONTWRITEBYTECODE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$E2E_PYTHON" tests/package/desk_data.py prepare "$desk"
_mg_as_root env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq madoguchi
PYTHONDONTWRITEBYTECODE=1 "$E2E_PYTHON" tests/package/desk_data.py check "$desk"
rm -rf "$desk"

section "Done"
echo "all checks passed in $(elapsed)"
