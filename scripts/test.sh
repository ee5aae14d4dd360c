#!/usr/bin/env bash
# Installs what is missing (test tools too), builds PortalKeys and runs the whole test suite.
#   scripts/test.sh [--preset default|core-only|asan|fuzz] [extra ctest arguments...]
# The fuzz preset runs each libFuzzer harness for PORTALKEYS_FUZZ_SECONDS (default 60).
# In CI (CI=true) warnings are errors and a missing test keyring is a failure, not a skip.
set -euo pipefail
cd "$(dirname "$0")/.."

preset=default
if [[ "${1:-}" == "--preset" ]]; then
  preset=$2
  shift 2
fi

scripts/install-deps.sh --with-tests

# Share the compiler cache between clones (CI builds a fresh clone every time).
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$PWD}" CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"

configure_args=()
if [[ "${CI:-}" == "true" ]]; then
  configure_args+=(-DPORTALKEYS_WERROR=ON)
  export PORTALKEYS_REQUIRE_KEYRING=1
fi
if [[ "$preset" == "asan" || "$preset" == "fuzz" ]]; then
  # Leaks inside system libraries (GLib, libsecret, fontconfig) are not ours to fix.
  export LSAN_OPTIONS="suppressions=$PWD/tests/support/lsan.supp:print_suppressions=0"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
fi

cmake --preset "$preset" "${configure_args[@]}" >/dev/null
cmake --build --preset "$preset"
# Tests run in parallel, one per core: each has its own HOME, keyring and simulator port; the two stress tests
# are marked RUN_SERIAL. Later arguments (e.g. -j1) win.
ctest --preset "$preset" --no-tests=error -j "$(nproc)" "$@"
