#!/bin/sh
# The claim files `factaudit extract` writes validate against the published JSON Schema.
#   tests/schema/validate_extracted.sh FACTAUDIT SCHEMA DOCUMENTS...
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
binary="$1"; schema="$2"; shift 2
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-extracted.XXXXXX")"
trap 'rm -rf "$work"' EXIT
n=0
for documents in "$@"; do  # one output folder per argument: two folders may hold files of one name
  n=$((n + 1))
  "$binary" extract "$documents" -o "$work/$n" -q
  python3 "$here/validate_claims.py" "$schema" "$work/$n"
done
