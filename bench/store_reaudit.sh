#!/usr/bin/env bash
# A re-audit against the claim archive (bench/generate_articles.py writes the archive's articles): wall
# time and peak RSS of ingesting every article into a fresh archive, then, after one article is edited
# (one figure changed), of ingesting the folder again (unchanged articles are skipped by content hash,
# the edited one is extracted again and replaces its claims) and of auditing the edited article as a
# draft against the archive (only the claims related to it are read). Checks that the edit is found:
# the edited figure breaks its article's turnover = exports + imports, so the draft's audit must report
# a contradiction it did not report before the edit.
#   bench/store_reaudit.sh [--documents N] [FACTAUDIT_BINARY]   (defaults: 10000 documents, build/factaudit)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$here/../build/factaudit"
documents=10000
while [[ $# -gt 0 ]]; do
  case "$1" in
    --documents) documents="$2"; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    -*) echo "store_reaudit.sh: unknown option $1" >&2; exit 2 ;;
    *) binary="$1" ;;
  esac
  shift
done
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-store-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate_articles.py" --documents "$documents" --out "$work/docs"
cd "$work"

run() {  # run NAME COMMAND...: times one command, keeps its stdout as NAME.out and its exit code as NAME.exit
  local name="$1"; shift
  local start end code=0
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$name.rss" "$@" >"$name.out" 2>"$name.err" || code=$?
  end=$(date +%s.%N)
  echo "$code" >"$name.exit"
  [[ $code -le 1 ]] || { cat "$name.err" >&2; exit 1; }
  printf "%-22s %8.3f s  %7.1f MiB  exit %s\n" "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" \
    "$(awk 'END {print $1/1024}' "$name.rss")" "$code"
}

edited="$(find docs -name '*.md' | sort | sed -n "$((documents / 2))p")"
run ingest-all "$binary" ingest docs --store archive.sqlite
run audit-before "$binary" audit "$edited" --store archive.sqlite --no-config --no-cache --format json
sed -i '0,/\$\([0-9]\)/s//$9\1/' "$edited"  # one figure: $166.8 becomes $9166.8
run ingest-again "$binary" ingest docs --store archive.sqlite
run audit-after "$binary" audit "$edited" --store archive.sqlite --no-config --no-cache --format json
grep -q '1 added, 0 replaced\|0 added, 1 replaced, ' ingest-again.err || { echo "the edit was not re-ingested:" >&2; cat ingest-again.err >&2; exit 1; }
before=$(grep -o '"contradictions": [0-9]*' audit-before.out | tail -1 | grep -o '[0-9]*$')
after=$(grep -o '"contradictions": [0-9]*' audit-after.out | tail -1 | grep -o '[0-9]*$')
[[ $after -gt $before ]] || { echo "the edit was not found: $before contradiction(s) before, $after after" >&2; exit 1; }
echo "edited: $edited; contradictions about it: $before before the edit, $after after"
echo "archive: $(du -h archive.sqlite | cut -f1); $(grep -o '[0-9]* added.*' ingest-all.err)"
