#!/usr/bin/env bash
# Pack the packaged app into dist/nnviz-<version>.dmg, a disk image with nnviz.app and a link to
# /Applications (drag one onto the other to install). macOS only: it needs hdiutil.
#
#   python packaging/build.py --installer     (builds the bundle, then runs this script)
#   bash packaging/macos/make_dmg.sh          (packs what is in dist/ now)
#
# It takes dist/nnviz.app as PyInstaller made it (packaging/nnviz.spec). If there is only the
# one-folder bundle dist/nnviz/, it lays out nnviz.app around it first: the folder goes to
# Contents/MacOS, the icon to Contents/Resources, and Info.plist (with the .nnviz document type)
# comes from packaging/macos/info_plist.py. Not run on the Linux machine nnviz is developed on:
# tests/packaging check its syntax and layout with a stand-in hdiutil.
#
# Environment: DIST (default <repo>/dist), VERSION (default pyproject.toml's), PYTHON (python3).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
DIST=${DIST:-$ROOT/dist}
PYTHON=${PYTHON:-python3}
PLIST_SCRIPT=$ROOT/packaging/macos/info_plist.py
VERSION=${VERSION:-$("$PYTHON" "$PLIST_SCRIPT" --print-version)}
APP=$DIST/nnviz.app
DMG=$DIST/nnviz-$VERSION.dmg

fail() { echo "make_dmg: $*" >&2; exit 1; }

if ! command -v hdiutil >/dev/null 2>&1; then
    fail "hdiutil is missing: a .dmg can only be made on macOS (on Linux use build.py --deb)"
fi

if [ ! -d "$APP" ]; then
    [ -x "$DIST/nnviz/nnviz" ] || fail "neither $APP nor $DIST/nnviz/nnviz exists: build the app first (python packaging/build.py)"
    echo "make_dmg: laying out $APP around $DIST/nnviz"
    mkdir -p "$APP/Contents/MacOS" "$APP/Contents/Resources"
    cp -R "$DIST/nnviz/." "$APP/Contents/MacOS/"
    cp "$ROOT/resources/icons/nnviz.icns" "$APP/Contents/Resources/nnviz.icns"
    "$PYTHON" "$PLIST_SCRIPT" --version "$VERSION" --out "$APP/Contents/Info.plist"
    printf 'APPL????' > "$APP/Contents/PkgInfo"
fi

# The image shows what this folder holds: the app and a link to /Applications to drag it onto.
STAGE=$(mktemp -d "${TMPDIR:-/tmp}/nnviz-dmg.XXXXXX")
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/nnviz.app"
ln -s /Applications "$STAGE/Applications"

hdiutil create -volname nnviz -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "make_dmg: $DMG"
