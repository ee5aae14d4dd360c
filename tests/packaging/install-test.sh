#!/usr/bin/env bash
# install-test.sh BUILD_DIR [--gui]
# Builds the DEBs with cpack and installs them with apt into a clean Debian root made by debootstrap (kept as
# BUILD_DIR/packaging-test/base.tar for the next run), so the packages' own dependencies must bring in every
# library. Then, inside the root: portalkeys-cli --version, portalkeys --version, portalkeys --page jwt on the
# offscreen platform (it must still be running after 10 s: the window is up), and the debug package holds the debug
# info of the installed executables by their build ID. Needs root (chroot) and debootstrap; exit 77 without them.
# PORTALKEYS_DEBIAN_MIRROR and PORTALKEYS_DEBIAN_SUITE choose the mirror and release (default: this system's);
# PORTALKEYS_BUILD_LOCK names a lock file (flock) to hold while building and packaging, for a shared build tree.
set -euo pipefail
build=$(cd "$1" && pwd)
gui=${2:-}
skip() { echo "SKIP: $*"; exit 77; }
[[ $(id -u) -eq 0 ]] || skip "a chroot needs root"
command -v debootstrap >/dev/null || skip "debootstrap is not installed (scripts/install-deps.sh --with-tests)"
command -v dpkg-shlibdeps >/dev/null || skip "dpkg-shlibdeps is not installed (dpkg-dev)"

work=$build/packaging-test
mkdir -p "$work"
suite=${PORTALKEYS_DEBIAN_SUITE:-$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")}
mirror=${PORTALKEYS_DEBIAN_MIRROR:-http://deb.debian.org/debian}

echo "== packages"
# cpack packages what is built: bring the executables, man pages, completions and icons up to date first.
targets=(portalkeys-cli portalkeys_docs)
[[ $gui == --gui ]] && targets+=(portalkeys portalkeys_icons)
# PORTALKEYS_BUILD_LOCK: a lock file other builds of this tree hold too; building and packaging wait for it.
locked=()
[[ -n ${PORTALKEYS_BUILD_LOCK:-} ]] && locked=(flock "$PORTALKEYS_BUILD_LOCK")
"${locked[@]}" cmake --build "$build" --target "${targets[@]}"
rm -rf "$work/debs"
"${locked[@]}" cpack -G DEB -B "$work/debs" --config "$build/CPackConfig.cmake"
ls -l "$work"/debs/*.deb

if command -v rpmbuild >/dev/null; then
  echo "== RPM packages (contents and automatic requirements; no RPM system to install them into here)"
  rm -rf "$work/rpms"
  "${locked[@]}" cpack -G RPM -B "$work/rpms" --config "$build/CPackConfig.cmake"
  cli_rpm=$(ls "$work"/rpms/portalkeys-cli-[0-9]*.rpm)
  # Captured first: grep -q would close the pipe early and pipefail would take rpm's SIGPIPE for a failure.
  requires=$(rpm -qp --requires "$cli_rpm")
  files=$(rpm -qpl "$cli_rpm")
  debug_files=$(rpm -qpl "$work"/rpms/portalkeys-debuginfo-*.rpm)
  grep -q 'libQt6Core.so.6' <<<"$requires" || { echo "$cli_rpm: no automatic Qt requirement"; exit 1; }
  grep -qx /usr/bin/portalkeys-cli <<<"$files"
  grep -q '^/usr/lib.*/portalkeys/libportalkeys-cli-full\.so$' <<<"$files"
  grep -q '^/usr/lib.*/portalkeys/libportalkeys-icon\.so$' <<<"$files"
  grep -qx /usr/share/man/man1/portalkeys-cli.1.gz <<<"$files"
  grep -q '^/usr/lib/debug/.build-id/.*\.debug$' <<<"$debug_files"
fi

if [[ ! -f $work/base-$suite.tar ]]; then
  echo "== clean $suite root (debootstrap, once)"
  rm -rf "$work/base"
  debootstrap --variant=minbase "$suite" "$work/base" "$mirror"
  tar -C "$work/base" -cf "$work/base-$suite.tar" .
  rm -rf "$work/base"
fi

root=$(mktemp -d "$work/root.XXXXXX")
cleanup() {
  umount "$root/proc" 2>/dev/null || true
  rm -rf "$root"
}
trap cleanup EXIT
tar -C "$root" -xf "$work/base-$suite.tar"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mkdir -p "$root/tmp/debs"
cp "$work"/debs/*.deb "$root/tmp/debs/"
in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/tmp/home LANG=C.UTF-8 "$@"; }

apt_install() {
  in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $*"
}
# The command line first and alone, as a CLI-only build packages it: its own dependencies must suffice.
echo "== apt install portalkeys-cli portalkeys-dbg"
in_root apt-get update -qq
apt_install '/tmp/debs/portalkeys-cli_*.deb' '/tmp/debs/portalkeys-dbg_*.deb'

echo "== portalkeys-cli --version"
in_root portalkeys-cli --version | tee "$work/cli-version.txt"
grep -q '^portalkeys-cli [0-9]' "$work/cli-version.txt"
in_root portalkeys-cli jwt decode --help >/dev/null
# The offline commands start without Qt Gui and Qt Network; the others come from libportalkeys-cli-full.so,
# oauth-app icon from libportalkeys-icon.so, both found from /usr/bin.
libraries=$(in_root ldd /usr/bin/portalkeys-cli)
if grep -E 'libQt6(Gui|Network)' <<<"$libraries"; then
  echo "portalkeys-cli links Qt Gui or Qt Network"
  exit 1
fi
help=$(in_root portalkeys-cli --help) # captured first, as above
grep -q '^  portal ' <<<"$help" || { echo "portalkeys-cli --help lists no portal command"; exit 1; }
cp "$(dirname "$0")/../../packaging/screenshots/jwt.png" "$root/tmp/picture.png"
icon=$(in_root portalkeys-cli oauth-app icon /tmp/picture.png --scale)
grep -q '^data:image/png;base64,' <<<"$icon" || { echo "oauth-app icon printed no PNG data URI"; exit 1; }

check_debug() {
  local id
  id=$(readelf -n "$root$1" | sed -n 's/.*Build ID: //p')
  [[ -f $root/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug ]] || { echo "no debug info for $1 ($id)"; exit 1; }
  if grep -q '\.debug_info' <<<"$(readelf -S "$root$1")"; then
    echo "$1 is not stripped"
    exit 1
  fi
  echo "$1: stripped, debug info in /usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
}
check_debug /usr/bin/portalkeys-cli
modules=("$root"/usr/lib/*/portalkeys/*.so "$root"/usr/lib/portalkeys/*.so)
for module in "${modules[@]}"; do
  if [[ -e $module ]]; then
    check_debug "${module#"$root"}"
  fi
done

if [[ $gui == --gui ]]; then
  echo "== apt install portalkeys"
  apt_install '/tmp/debs/portalkeys_*.deb'
  echo "== portalkeys --version and --page jwt (offscreen)"
  in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/run portalkeys --version
  mkdir -p "$root/tmp/run" && chmod 700 "$root/tmp/run"
  status=0
  in_root env QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=/tmp/run timeout 10 portalkeys --page jwt \
    >"$work/gui.log" 2>&1 || status=$?
  cat "$work/gui.log"
  # 124: still running when timeout stopped it, i.e. it started and showed its window without failing.
  [[ $status -eq 124 ]] || { echo "portalkeys --page jwt ended with $status"; exit 1; }
  check_debug /usr/bin/portalkeys
  test -f "$root/usr/share/applications/org.portalkeys.PortalKeys.desktop"
  test -f "$root/usr/share/icons/hicolor/48x48/apps/org.portalkeys.PortalKeys.png"
fi
test -f "$root/usr/share/man/man1/portalkeys-cli.1.gz"
test -f "$root/usr/share/doc/portalkeys-cli/copyright"
echo "OK: the packages install into a clean $suite root and run"
