#!/usr/bin/env bash
# Extraction throughput: repeats the sample corpus's article bodies into one ~4 MB plain-text document,
# runs `factaudit extract` on it and prints MB/s (wall, including rule loading) and peak RSS.
#   bench/extract_throughput.sh [FACTAUDIT_BINARY]     (default: build/factaudit)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="${1:-$here/../build/factaudit}"
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-extract-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
printf -- '---\ntitle: "Uzbekistan and Türkiye"\npublished: 2024-08\n---\n' > "$work/prose.md"
while [[ $(stat -c %s "$work/prose.md") -lt 4000000 ]]; do
  for f in "$here"/../examples/articles/*.md; do sed '1,/^---$/{/^---$/!d};1,/^---$/d' "$f" >> "$work/prose.md"; done
done
bytes=$(stat -c %s "$work/prose.md")
/usr/bin/time -f '%e %M' -o "$work/time" "$binary" extract "$work/prose.md" -o "$work/out" -q
read -r seconds rss_kb < "$work/time"
claims=$(grep -c '"kind":' "$work/out/prose.claims.json" || true)
awk -v b="$bytes" -v s="$seconds" -v r="$rss_kb" -v c="$claims" \
  'BEGIN { printf "bytes %d, seconds %.2f, MB/s %.2f, peak RSS MiB %.0f, claim lines %d\n", b, s, b / 1e6 / s, r / 1024, c }'
