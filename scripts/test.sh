#!/usr/bin/env bash
# THE test command: installs what is missing, then runs every check, failing fast.
#   ./scripts/test.sh
# Format, UI type check + unit tests + build, clippy, Rust build + tests, and end-to-end tests
# of the real app over WebDriver under Xvfb (no display needed).
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

section "Rust: tests"
cargo test --workspace

section "End-to-end tests (real app, tauri-driver + WebKitWebDriver, Xvfb)"
PYTHONDONTWRITEBYTECODE=1 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$E2E_PYTHON" -m pytest -c tests/e2e/pytest.ini tests/e2e
echo "screenshots: ${CARGO_TARGET_DIR:-target}/e2e-screenshots/"

section "Done"
echo "all checks passed in $(elapsed)"
