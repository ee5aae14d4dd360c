#!/usr/bin/env bash
# Runs one libFuzzer harness for PORTALKEYS_FUZZ_SECONDS (default 60) from its seed corpus.
#   run-harness.sh HARNESS SEED_CORPUS FINDINGS_DIR
# New inputs libFuzzer finds go to FINDINGS_DIR/corpus (the seeds in the tree are never written); a crash,
# leak, timeout or out-of-memory input is saved in FINDINGS_DIR and makes this script fail.
set -euo pipefail
harness=$1 seeds=$2 findings=$3
seconds=${PORTALKEYS_FUZZ_SECONDS:-60}

mkdir -p "$findings/corpus"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
status=0
"$harness" "$findings/corpus" "$seeds" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2560 -max_len=65536 \
  -artifact_prefix="$findings/" -print_final_stats=1 2>"$findings/log.txt" || status=$?
# Keep the log short in CI: the last statistics, or the report of a finding.
if [[ $status -ne 0 ]]; then
  grep -v '^#[0-9]' "$findings/log.txt" | tail -80
  echo "FINDING: $harness failed (exit $status); the input is in $findings/ (crash-*, leak-*, timeout-*, oom-*)."
  echo "Reproduce: $harness <that file>"
  exit 1
fi
grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$findings/log.txt" || tail -3 "$findings/log.txt"
