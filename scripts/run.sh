#!/usr/bin/env bash
# Installs what is missing, builds PortalKeys and starts the GUI. Arguments go to the app,
# e.g. scripts/run.sh --page jwt
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset default >/dev/null
cmake --build --preset default
exec build/default/app/gui/portalkeys "$@"
