#!/bin/sh
# Fills OUT with the seed inputs of one fuzz target, taken from the repository's own files (claim files,
# rules, sample articles, the bad-input corpus) and tests/fuzz/seeds/TARGET; shard reports are made by
# FACTAUDIT from the sample articles. Usage: seed_corpus.sh TARGET OUT FACTAUDIT SOURCE_DIR
set -eu
target=$1 out=$2 factaudit=$3 src=$4
mkdir -p "$out"
bad="$src/tests/bad-input/inputs"
copy() {  # copy FILE... into OUT, named by a running number and the file's own name
  for f in "$@"; do
    [ -f "$f" ] || continue
    n=$(ls "$out" | wc -l)
    cp "$f" "$out/$n-$(basename "$f")"
  done
}
case "$target" in
  claim_file) copy "$src"/claims/*.claims.json "$bad"/claims/* ;;
  rule_file) copy "$src"/rules/*.yaml "$bad"/rules/*/*.yaml ;;
  document|extractor) copy "$src"/examples/articles/*.md "$src"/tests/corpus/0[0-9]*.md "$bad"/docs/* ;;
  sources_yaml) copy "$src"/examples/articles/sources.yaml "$bad"/sources/*/sources.yaml ;;
  normalizers) ;;
  baseline) copy "$src"/examples/accepted-contradictions.json "$src"/claims/accepted-contradictions.json "$bad"/baselines/* ;;
  project_config) copy "$src"/examples/.factaudit.yaml "$src"/claims/.factaudit.yaml "$bad"/config/*/.factaudit.yaml ;;
  shard_report)
    for i in 1 2 3; do
      XDG_CACHE_HOME="$out/.cache" "$factaudit" audit "$src/examples/articles" --shard "$i/3" --format json \
        --fail-on never --no-cache >"$out/shard-$i-of-3.json"
    done
    rm -rf "$out/.cache" ;;
  *) echo "seed_corpus.sh: unknown target $target" >&2; exit 2 ;;
esac
[ -d "$src/tests/fuzz/seeds/$target" ] && copy "$src/tests/fuzz/seeds/$target"/*
count=$(ls "$out" | wc -l)
[ "$count" -gt 0 ] || { echo "seed_corpus.sh: no seeds for $target" >&2; exit 1; }
