#!/usr/bin/env bash
# Runs a command against a private, unlocked Secret Service so tests never touch the user's keyring:
# a temporary HOME and XDG folders, a private D-Bus session, and gnome-keyring-daemon (secrets only).
#
#   with-test-keyring.sh COMMAND [ARGS...]
#
# Exit 77 (a CTest "skipped") when gnome-keyring-daemon or dbus-run-session is missing, unless
# PORTALKEYS_REQUIRE_KEYRING=1 (as in CI), where that is a failure.
set -euo pipefail

missing=()
command -v dbus-run-session >/dev/null 2>&1 || missing+=(dbus-run-session)
command -v gnome-keyring-daemon >/dev/null 2>&1 || missing+=(gnome-keyring-daemon)
if ((${#missing[@]})); then
  echo "with-test-keyring: ${missing[*]} not found; install dbus and gnome-keyring (scripts/install-deps.sh --with-tests)." >&2
  [[ "${PORTALKEYS_REQUIRE_KEYRING:-0}" == 1 ]] && exit 1
  exit 77
fi

scratch=$(mktemp -d "${TMPDIR:-/tmp}/portalkeys-keyring.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch"/{home,config,data,cache,runtime}
chmod 700 "$scratch/runtime"
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data"
export XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/runtime"
# A desktop name would make QtKeychain prefer KWallet; the test keyring is a Secret Service.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION GNOME_KEYRING_CONTROL

inner=$(cat <<'INNER'
set -euo pipefail
# --unlock reads the password from stdin and creates the login keyring (the default collection).
printf '%s' 'portalkeys-test-unlock' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.05
done
status=0
"$@" || status=$?
exit $status
INNER
)
exec dbus-run-session -- bash -c "$inner" with-test-keyring "$@"
