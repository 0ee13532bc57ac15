#!/bin/sh
# Fuzzes one target for SECONDS in BUILD (a FACTAUDIT_FUZZ build) and records the outcome in
# BUILD/fuzz-runs.tsv. Usage: run_target.sh BUILD SECONDS TARGET (scripts/fuzz runs it per target).
set -eu
build=$1 seconds=$2 target=$3
src=$(cd "$(dirname "$0")/../.." && pwd)
corpus="$build/corpus/$target" artifacts="$build/artifacts/$target"
seeds="$build/seeds/$target" log="$build/logs/$target.log"
rm -rf "$seeds"
mkdir -p "$corpus" "$artifacts" "$build/logs"
sh "$src/tests/fuzz/seed_corpus.sh" "$target" "$seeds" "$build/factaudit" "$src"
set +e
(cd "$build" && XDG_CACHE_HOME="$build/cache" \
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  "./tests/fuzz/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
  -artifact_prefix="$artifacts/" "$corpus" "$seeds" >"$log" 2>&1)
status=$?
set -e
execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
result=clean
[ "$status" -eq 0 ] || result="FAILED (exit $status; see $log)"
printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$target" "$seconds" "${execs:-0}" \
  "$(ls "$corpus" | wc -l)" "$result" | tee -a "$build/fuzz-runs.tsv"
exit "$status"
