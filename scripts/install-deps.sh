#!/usr/bin/env bash
# Installs the Debian 12 / Ubuntu packages PortalKeys needs to build, run and test.
# Only packages that are missing are installed; sudo is used when not root.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  # Qt 6 (Core, Network, Widgets, Svg), translations tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-svg-dev qt6-translations-l10n libgl-dev
  # crypto and secrets
  libssl-dev qtkeychain-qt6-dev
  # QtKeychain loads libsecret at run time without depending on it
  libsecret-1-0
  # fonts so the GUI renders text everywhere
  fonts-dejavu-core
  # packaging/: man pages and completions written from the programs' --help, hicolor icons rendered from the SVG
  python3 librsvg2-bin
)
test_packages=(
  # a real Secret Service for keychain tests
  dbus dbus-bin gnome-keyring
  # GUI tests and screenshots
  xvfb xauth
  # real peers to cross-check tokens, and the portal simulator
  python3-jwt python3-cryptography openssl
  # the Go jwt CLI, an anchor of bench/bench_jwt_batch and bench/bench_cli_start
  jwt
  clang-format
  # the fuzz preset: clang with libFuzzer and the sanitizer runtimes
  clang libclang-rt-dev
  # packaging checks (tests/packaging): validators, the shells of the completions, man page rendering, and
  # cpack's DEB and RPM generators with a clean Debian root to install into
  appstream desktop-file-utils groff-base zsh fish dpkg-dev file rpm debootstrap
)

want=("${packages[@]}")
if [[ "${1:-}" == "--with-tests" ]]; then
  want+=("${test_packages[@]}")
  # node and npm for the OpenAPI contract test (tests/contract); a node installed otherwise (e.g. NodeSource's,
  # which bundles npm and conflicts with Debian's npm package) is used as it is.
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    want+=(nodejs npm)
  fi
fi

missing=()
for p in "${want[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then
    sudo_cmd=(sudo)
  fi
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [[ "${1:-}" == "--with-tests" ]]; then
  "$(dirname "$0")/../tests/contract/install-validator.sh"
fi
