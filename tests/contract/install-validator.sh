#!/usr/bin/env bash
# Installs the OpenAPI contract test's validator into tests/contract/node_modules exactly as
# package-lock.json pins it (npm ci), and again only when the lock file changed.
# No package needs an install script, so none is run.
set -euo pipefail
cd "$(dirname "$0")"
stamp=node_modules/.portalkeys-lock.sha256
lock_hash=$(sha256sum package-lock.json | cut -d' ' -f1)
if [[ -f "$stamp" && "$(cat "$stamp")" == "$lock_hash" ]]; then
  exit 0
fi
echo "Installing the OpenAPI validator for the contract test (npm ci in tests/contract)"
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
echo "$lock_hash" >"$stamp"
