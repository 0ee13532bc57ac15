#!/usr/bin/env bash
# Builds the benchmark tools (Release) when needed, then for each size generates a synthetic world into
# a temporary folder, runs factaudit-bench on it and prints one Markdown table row per size.
#
#   bench/run.sh [--full] [--seed S] [--claims-per-file K] [--sizes "N1 N2 ..."] [BUILD_DIR]
#
#   BUILD_DIR          default /tmp/bench-build
#   --full             also 1000000 claims
#   --sizes            replaces the default sizes 1000 10000 100000
#   --seed, --claims-per-file, --contradictions   passed to factaudit-generate
#
# Per-run details (the bench's full output) go to stderr; the table goes to stdout. Exits 1 when any
# bench run fails its self-check.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source_dir="$(dirname "$here")"
build_dir=/tmp/bench-build
full=0
seed=1
per_file=50
fraction=0.1
sizes="1000 10000 100000"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --full) full=1 ;;
    --seed) seed="$2"; shift ;;
    --claims-per-file) per_file="$2"; shift ;;
    --contradictions) fraction="$2"; shift ;;
    --sizes) sizes="$2"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) build_dir="$1" ;;
  esac
  shift
done
[[ $full == 1 ]] && sizes="$sizes 1000000"

# build (Release) if needed; the incremental build is a no-op when everything is up to date
if [[ ! -f "$build_dir/CMakeCache.txt" ]]; then
  cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >&2
elif ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build_dir/CMakeCache.txt"; then
  echo "run.sh: $build_dir is not a Release build" >&2
  exit 2
fi
cmake --build "$build_dir" -j2 --target factaudit-generate factaudit-bench >&2

generate="$build_dir/bench/factaudit-generate"
bench="$build_dir/bench/factaudit-bench"

work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "| claims | components | load s | check s, 1 job | check s, 2 jobs | total s, 2 jobs | claims/s, 2 jobs | floor s | 1 job ÷ floor | peak RSS MiB, 1 / 2 jobs |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
status=0
for n in $sizes; do
  dir="$work/n$n"
  "$generate" --claims "$n" --out "$dir" --seed "$seed" --claims-per-file "$per_file" --contradictions "$fraction" >&2
  declare -A line=()
  for jobs in 1 2; do
    extra=""
    [[ $jobs == 1 ]] && extra="--floor"
    set +e
    output="$("$bench" "$dir" --jobs "$jobs" $extra)"
    rc=$?
    set -e
    echo "$output" >&2
    [[ $rc -ne 0 ]] && { echo "run.sh: factaudit-bench failed for N=$n --jobs $jobs (exit $rc)" >&2; status=1; }
    line[$jobs]="$(grep '^BENCH ' <<<"$output" || true)"
  done
  if [[ -z "${line[1]}" || -z "${line[2]}" ]]; then
    echo "| $n | - | - | - | - | - | - | - | - | - |"
  else
    field() { sed -E "s/.* $2=([^ ]+).*/\1/" <<<"${line[$1]}"; }
    load="$(field 1 load_s)"; c1="$(field 1 check_s)"; c2="$(field 2 check_s)"; fl="$(field 1 floor_check_s)"
    total2="$(awk -v a="$(field 2 load_s)" -v b="$c2" 'BEGIN{printf "%.2f", a+b}')"
    rate2="$(awk -v n="$n" -v t="$total2" 'BEGIN{printf "%.0f", n/t}')"
    floor="$(awk -v a="$load" -v b="$fl" 'BEGIN{printf "%.2f", a+b}')"
    ratio="$(awk -v a="$load" -v b="$c1" -v f="$floor" 'BEGIN{printf "%.1f", (a+b)/f}')"
    printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s / %s |\n' "$(field 1 claims)" "$(field 1 components)" "$load" "$c1" "$c2" \
      "$total2" "$rate2" "$floor" "$ratio" "$(field 1 peak_rss_mib)" "$(field 2 peak_rss_mib)"
    printf 'N=%s: contradictions %s (planted %s), verify %s / %s\n' "$n" "$(field 1 contradictions)" "$(field 1 planted)" \
      "$(field 1 verify)" "$(field 2 verify)" >&2
  fi
  rm -rf "$dir"
done
exit $status
