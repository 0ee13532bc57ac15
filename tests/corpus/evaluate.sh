#!/bin/sh
# Extraction quality on a set of articles with expected claims (the frozen corpus by default, or the
# folder in CORPUS_DIR): converts the expected claims to claim files (spans found in the articles), then
# runs factaudit-evaluate on them with the given floors.
#   [CORPUS_DIR=tests/devset] tests/corpus/evaluate.sh EVALUATOR MIN_PRECISION MIN_RECALL [--misses]
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-corpus.XXXXXX")"
trap 'rm -rf "$work"' EXIT
python3 "$here/tools/to_claims.py" "$work" ${CORPUS_DIR:-} >/dev/null
"$1" "$work" --min-precision "$2" --min-recall "$3" ${4:-}
