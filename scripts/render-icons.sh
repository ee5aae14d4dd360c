#!/usr/bin/env bash
# Renders resources/icons/portalkeys.svg into resources/portalkeys.ico (Windows: the .rc and the installer) and
# resources/portalkeys.icns (macOS bundle). They are committed because Windows and macOS builds have no
# rsvg-convert; run this after changing the SVG (needs librsvg2-bin and python3). Linux builds render the hicolor
# PNGs themselves (packaging/CMakeLists.txt).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pngs=()
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" -o "$tmp/$size.png" "$root/resources/icons/portalkeys.svg"
  pngs+=("$tmp/$size.png")
done
python3 "$root/packaging/icon-pack.py" --ico "$root/resources/portalkeys.ico" --icns "$root/resources/portalkeys.icns" "${pngs[@]}"
echo "wrote resources/portalkeys.ico and resources/portalkeys.icns"
