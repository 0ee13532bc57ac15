#!/usr/bin/env bash
# Extraction throughput on two kinds of prose, each about 4 MB in one document:
#   dense  — the sample corpus's article bodies repeated (a figure, date or office in most sentences);
#   sparse — Debian's licence texts (/usr/share/common-licenses: long legal prose, few checkable claims).
# Runs `factaudit extract --no-cache` on each (extraction itself, not a cache hit) and prints MB/s (wall,
# including rule loading) and peak RSS.
#   bench/extract_throughput.sh [FACTAUDIT_BINARY]     (default: build/factaudit)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="${1:-$here/../build/factaudit}"
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-extract-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

printf -- '---\ntitle: "Uzbekistan and Türkiye"\npublished: 2024-08\n---\n' > "$work/dense.md"
while [[ $(stat -c %s "$work/dense.md") -lt 4000000 ]]; do
  for f in "$here"/../examples/articles/*.md; do sed '1,/^---$/{/^---$/!d};1,/^---$/d' "$f" >> "$work/dense.md"; done
done
: > "$work/sparse.txt"
while [[ $(stat -c %s "$work/sparse.txt") -lt 4000000 ]]; do
  cat /usr/share/common-licenses/GPL-3 /usr/share/common-licenses/Apache-2.0 >> "$work/sparse.txt"
done

for input in dense.md sparse.txt; do
  mkdir -p "$work/out-$input"
  bytes=$(stat -c %s "$work/$input")
  /usr/bin/time -f '%e %M' -o "$work/time" "$binary" extract "$work/$input" -o "$work/out-$input" -q --no-cache
  read -r seconds rss_kb < "$work/time"
  claims=$(cat "$work/out-$input"/*.claims.json | grep -c '"kind":' || true)
  awk -v n="${input%%.*}" -v b="$bytes" -v s="$seconds" -v r="$rss_kb" -v c="$claims" \
    'BEGIN { printf "%s: bytes %d, seconds %.2f, MB/s %.2f, peak RSS MiB %.0f, claim lines %d\n", n, b, s, b / 1e6 / s, r / 1024, c }'
done
