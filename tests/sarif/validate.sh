#!/bin/sh
# The SARIF reports of real runs pass Microsoft's SARIF validator (@microsoft/sarif-multitool from npm).
#   tests/sarif/validate.sh FACTAUDIT TOOLS_DIR INPUTS...
# Runs `FACTAUDIT audit INPUT --format sarif -o FILE` for each input (each must exit 1: contradictions
# found, so the report has results to validate), then `sarif-multitool validate FILE`; then the sample
# corpus with its baseline (run from the repository root), whose results must carry suppressions. The validator is
# installed into TOOLS_DIR once and reused. Fails when it cannot be installed or reports any error
# (SARIF rules and GitHub's); its warnings are printed.
set -eu
binary="$1"; tools="$2"; shift 2
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-sarif.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# the native validator inside the npm package (its npx wrapper runs through a shell, which splits ';')
locate() { (cd "$tools" 2>/dev/null && node -p "require('@microsoft/sarif-multitool')" 2>/dev/null) || true; }
multitool="$(locate)"
if [ -z "$multitool" ] || ! "$multitool" --version >/dev/null 2>&1; then
  command -v npm >/dev/null || { echo "FAIL: npm not found (scripts/install-deps installs nodejs and npm)"; exit 1; }
  mkdir -p "$tools"
  echo "installing @microsoft/sarif-multitool into $tools"
  if ! npm install --prefix "$tools" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool >"$work/npm.log" 2>&1; then
    cat "$work/npm.log"
    echo "FAIL: could not install @microsoft/sarif-multitool"
    exit 1
  fi
  multitool="$(locate)"
  if [ -z "$multitool" ] || ! "$multitool" --version >/dev/null 2>&1; then
    echo "FAIL: sarif-multitool does not run"
    exit 1
  fi
fi
echo "validator: $("$multitool" --version 2>&1 | grep -m1 .)"

failed=0
# validate NAME FILE: the SARIF rules and GitHub's ingestion rules (GH...); the validator exits 0 even on errors
validate() {
  status=0
  "$multitool" validate --rule-kind "Sarif;Gh" "$2" >"$2.log" 2>&1 || status=$?
  grep -E ': warning ' "$2.log" || true
  if grep -qE ': error ' "$2.log" || [ "$status" -ne 0 ] || ! grep -q 'Analysis completed successfully' "$2.log"; then
    cat "$2.log"
    echo "FAIL: $1: the validator reports errors (exit $status)"
    failed=1
  fi
}

n=0
for input in "$@"; do
  n=$((n + 1))
  report="$work/$n.sarif"
  status=0
  "$binary" audit "$input" --no-config --format sarif -o "$report" -q || status=$?
  if [ "$status" -ne 1 ]; then
    echo "FAIL: factaudit audit $input exited $status, expected 1 (contradictions found)"
    failed=1
    continue
  fi
  results="$(grep -c '"ruleId"' "$report" || true)"
  echo "$input: exit $status, $results result(s), $(wc -c <"$report") bytes"
  validate "$input" "$report"
done

# a run whose contradictions the sample corpus's baseline accepts: they stay, marked as suppressed
report="$work/baselined.sarif"
status=0
"$binary" audit examples/articles --baseline examples/accepted-contradictions.json --no-config --format sarif \
  -o "$report" -q || status=$?
suppressed="$(grep -c '"suppressions"' "$report" || true)"
echo "examples/articles with its baseline: exit $status, $suppressed suppressed result(s)"
if [ "$status" -ne 0 ] || [ "$suppressed" -lt 1 ]; then
  echo "FAIL: the baselined run should exit 0 and report its accepted contradictions as suppressed"
  failed=1
fi
validate "baselined run" "$report"

[ "$failed" -eq 0 ] && echo "all SARIF reports valid"
exit "$failed"
