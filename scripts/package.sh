#!/usr/bin/env bash
# Builds the release app and the `madoguchi` command and bundles them as a Debian package:
#   ./scripts/package.sh
# prints the path of <target>/release/bundle/deb/madoguchi_<version>_<arch>.deb as its last line.
#
# Tauri's bundler is @tauri-apps/cli, pinned in ui/package.json (npm ships its prebuilt binary:
# seconds to install, where `cargo install tauri-cli` compiles for 10+ minutes). The package holds
# /usr/bin/madoguchi-app and its desktop entry (English and Japanese names) and icons (16–512 px),
# /usr/bin/madoguchi with its manual page, the licence and the third-party notices; it depends on
# WebKitGTK 4.1 (added by the bundler) and the Noto fonts of every shipped script.
# The data and the locales are embedded in both binaries: nothing is installed beside them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/install.sh
source scripts/install.sh

TARGET="${CARGO_TARGET_DIR:-$MADOGUCHI_ROOT/target}"
TAURI="$MADOGUCHI_ROOT/ui/node_modules/.bin/tauri"

if [ "${MADOGUCHI_PACKAGE_SKIP_INSTALL:-}" != 1 ]; then
  section "Package: install what is missing"
  ensure_toolchains
  ensure_apt_packages
  ensure_ui_packages
fi

section "Package: UI build (vite)"
build_ui

section "Package: release build of the app (tauri build --no-bundle) and of the madoguchi command"
(cd src-tauri && "$TAURI" build --no-bundle --ci)
cargo build --release --locked -p madoguchi-cli

section "Package: manual page and third-party notices"
stage="$TARGET/package"
rm -rf "$stage"
mkdir -p "$stage"
"$TARGET/release/madoguchi" man | gzip -9n >"$stage/madoguchi.1.gz"
python3 scripts/third-party-notices.py "$stage/THIRD-PARTY-NOTICES"
gzip -9n "$stage/THIRD-PARTY-NOTICES"
# Debian's place for it is /usr/share/doc/<package>/ (the bundler's own `changelog` option puts it
# under the product's name, /usr/share/doc/Madoguchi/).
gzip -9nc CHANGELOG.md >"$stage/changelog.gz"
# The shared libraries both binaries link, as Debian package dependencies (dpkg-shlibdeps, as
# Debian's own packages get them), added to the fonts of tauri.conf.json.
mkdir -p "$stage/shlibs/debian"
printf 'Source: madoguchi\n\nPackage: madoguchi\nArchitecture: any\n' >"$stage/shlibs/debian/control"
shlibs="$(cd "$stage/shlibs" && dpkg-shlibdeps -O "$TARGET/release/madoguchi-app" "$TARGET/release/madoguchi" 2>/dev/null |
  sed -n 's/^shlibs:Depends=//p')"
[ -n "$shlibs" ] || die "dpkg-shlibdeps found no library dependencies"
# Files whose place depends on the target folder: given to the bundler as a config overlay
# (merged into src-tauri/tauri.conf.json, whose own files list holds the fixed ones).
python3 - "$stage" "$TARGET" "$shlibs" <<'EOF'
import json, pathlib, sys
stage, target, shlibs = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
conf = json.loads(pathlib.Path("src-tauri/tauri.conf.json").read_text())
files = dict(conf["bundle"]["linux"]["deb"]["files"])
files.update({
    "/usr/bin/madoguchi": str(target / "release" / "madoguchi"),
    "/usr/share/man/man1/madoguchi.1.gz": str(stage / "madoguchi.1.gz"),
    "/usr/share/doc/madoguchi/THIRD-PARTY-NOTICES.gz": str(stage / "THIRD-PARTY-NOTICES.gz"),
    "/usr/share/doc/madoguchi/changelog.gz": str(stage / "changelog.gz"),
})
depends = conf["bundle"]["linux"]["deb"]["depends"] + [d.strip() for d in shlibs.split(",") if d.strip()]
overlay = {"bundle": {"linux": {"deb": {"files": files, "depends": depends}}}}
(stage / "tauri.package.json").write_text(json.dumps(overlay, indent=2))
EOF

section "Package: the .deb (tauri bundle)"
(cd src-tauri && "$TAURI" bundle --bundles deb --ci --config "$stage/tauri.package.json")

version="$(cargo metadata --format-version 1 --no-deps --locked |
  python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "madoguchi-app"))')"
# The bundler names the file after the product (Madoguchi_…); Debian's convention is the package's
# name, as `apt-get install ./madoguchi_*.deb` expects.
built="$(ls "$TARGET"/release/bundle/deb/Madoguchi_"${version}"_*.deb)"
deb="${built%/*}/madoguchi_${built##*/Madoguchi_}"
mv -f "$built" "$deb"

section "Package: check the .deb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
contents="$(dpkg-deb --contents "$deb")"
for f in usr/bin/madoguchi-app usr/bin/madoguchi usr/share/man/man1/madoguchi.1.gz \
  usr/share/applications/Madoguchi.desktop usr/share/doc/madoguchi/copyright \
  usr/share/doc/madoguchi/THIRD-PARTY-NOTICES.gz usr/share/doc/madoguchi/changelog.gz; do
  grep -Eq " (\./)?$f\$" <<<"$contents" || die "$deb lacks /$f"
done
for size in 16x16 24x24 32x32 48x48 64x64 128x128 256x256 512x512; do
  grep -q "usr/share/icons/hicolor/$size/apps/madoguchi-app.png" <<<"$contents" || die "$deb lacks the $size icon"
done
printf 'size: %s bytes (.deb); installed binaries: app %s, command %s bytes\n' "$(stat -c %s "$deb")" \
  "$(stat -c %s "$TARGET/release/madoguchi-app")" "$(stat -c %s "$TARGET/release/madoguchi")"
echo "$deb"
