#!/bin/sh
# The SARIF reports of real runs pass Microsoft's SARIF validator (@microsoft/sarif-multitool from npm).
#   tests/sarif/validate.sh FACTAUDIT TOOLS_DIR INPUTS...
# Runs `FACTAUDIT audit INPUT --format sarif -o FILE` for each input (each must exit 1: contradictions
# found, so the report has results to validate), then `sarif-multitool validate FILE`. The validator is
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
n=0
for input in "$@"; do
  n=$((n + 1))
  report="$work/$n.sarif"
  status=0
  "$binary" audit "$input" --format sarif -o "$report" -q || status=$?
  if [ "$status" -ne 1 ]; then
    echo "FAIL: factaudit audit $input exited $status, expected 1 (contradictions found)"
    failed=1
    continue
  fi
  results="$(grep -c '"ruleId"' "$report" || true)"
  echo "$input: exit $status, $results result(s), $(wc -c <"$report") bytes"
  status=0
  # the SARIF rules and GitHub's ingestion rules (GH...); the validator exits 0 even on errors
  "$multitool" validate --rule-kind "Sarif;Gh" "$report" >"$work/$n.log" 2>&1 || status=$?
  grep -E ': warning ' "$work/$n.log" || true
  if grep -qE ': error ' "$work/$n.log" || [ "$status" -ne 0 ] ||
     ! grep -q 'Analysis completed successfully' "$work/$n.log"; then
    cat "$work/$n.log"
    echo "FAIL: $input: the validator reports errors (exit $status)"
    failed=1
  fi
done
[ "$failed" -eq 0 ] && echo "all SARIF reports valid"
exit "$failed"
