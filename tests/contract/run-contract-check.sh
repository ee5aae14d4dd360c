#!/usr/bin/env bash
# CTest entry of the OpenAPI contract test (see check-openapi.js and the README, "Tests").
#   run-contract-check.sh SPEC_FILE RECORDINGS_DIR [check-openapi.js options...]
# Skips (exit 77) when the vendor's description is not beside the clone. Without node or the pinned
# validator (scripts/install-deps.sh --with-tests installs both) it skips too, except in CI, where that fails.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
spec=$1
recordings=$2
shift 2

if [[ ! -f "$spec" ]]; then
  echo "SKIP: the vendor's OpenAPI description $spec is not there (it lives in shared/spec beside the clone)."
  exit 77
fi
missing=""
if ! command -v node >/dev/null 2>&1; then
  missing="node is not installed"
elif [[ ! -d "$here/node_modules/@stoplight/prism-http" ]]; then
  missing="the validator is not installed in tests/contract/node_modules"
fi
if [[ -n "$missing" ]]; then
  echo "openapi_contract: $missing; run scripts/install-deps.sh --with-tests (npm ci in tests/contract)."
  [[ "${CI:-}" == "true" ]] && exit 1
  exit 77
fi
exec node "$here/check-openapi.js" --spec "$spec" --exceptions "$here/openapi-exceptions.json" \
  --recordings "$recordings" "$@"
