#!/usr/bin/env bash
# The result cache on a generated archive of short articles (bench/generate_articles.py): wall time and
# peak RSS of `factaudit audit` without the cache, with a cold cache, with a warm cache, and with a warm
# cache after one article is edited (one figure changed), plus the cache's size on disk. Checks that
# every cached run writes the same report as the run without the cache.
#   bench/cache_reaudit.sh [--documents N] [--jobs J] [--format F] [FACTAUDIT_BINARY]
#   (defaults: 10000 documents, 2 jobs, json, build/factaudit)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="$here/../build/factaudit"
documents=10000
jobs=2
format=json
while [[ $# -gt 0 ]]; do
  case "$1" in
    --documents) documents="$2"; shift ;;
    --jobs) jobs="$2"; shift ;;
    --format) format="$2"; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    -*) echo "cache_reaudit.sh: unknown option $1" >&2; exit 2 ;;
    *) binary="$1" ;;
  esac
  shift
done
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-cache-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/generate_articles.py" --documents "$documents" --out "$work/docs"
cd "$work"

run() {  # run NAME [options...]: times one audit, keeps its report as NAME.out
  local name="$1"; shift
  local start end
  start=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$name.rss" "$binary" audit docs --no-config --fail-on never --format "$format" \
    --jobs "$jobs" "$@" >"$name.out" 2>"$name.err" || { cat "$name.err" >&2; exit 1; }
  end=$(date +%s.%N)
  printf "%-28s %7.3f s  %6.1f MiB  %s\n" "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" \
    "$(awk '{print $1/1024}' "$name.rss")" "$(grep -o '[0-9]* entries read, [0-9]* computed' "$name.err" || true)"
}

run no-cache --no-cache
run cold --cache cache -v
run warm --cache cache -v
cmp -s no-cache.out cold.out && cmp -s no-cache.out warm.out || { echo "cached reports differ" >&2; exit 1; }
edited="$(find docs -name '*.md' | sort | sed -n "$((documents / 2))p")"
sed -i '0,/\$\([0-9]\)/s//$9\1/' "$edited"  # one figure: $166.8 becomes $9166.8
run one-edit-warm --cache cache -v
run one-edit-no-cache --no-cache
cmp -s one-edit-no-cache.out one-edit-warm.out || { echo "cached report after the edit differs" >&2; exit 1; }
cmp -s no-cache.out one-edit-no-cache.out && { echo "the edit changed nothing" >&2; exit 1; }
echo "claims: $(grep -o '"claims": [0-9]*' no-cache.out | tail -1)  edited: $edited"
echo "cache: $(du -sh cache | cut -f1) in $(find cache -type f | wc -l) entries ($(find cache/extract -type f | wc -l) extraction, $(find cache/solve -type f | wc -l) solving)"
