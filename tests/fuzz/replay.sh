#!/bin/sh
# Replays every fuzz target's seed corpus and its regression inputs (tests/fuzz/regressions/TARGET: inputs
# that once crashed, hung or leaked) through factaudit-fuzz-replay: none may crash or end in an
# exception other than the errors meant for users. Usage: replay.sh REPLAY FACTAUDIT SOURCE_DIR
set -eu
replay=$1 factaudit=$2 src=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
targets=$(ls "$src"/tests/fuzz/targets | sed 's/\.cpp$//')
[ -n "$targets" ] || { echo "no fuzz targets" >&2; exit 1; }
for target in $targets; do
  sh "$src/tests/fuzz/seed_corpus.sh" "$target" "$work/seeds-$target" "$factaudit" "$src"
  set -- "$work/seeds-$target"
  [ -d "$src/tests/fuzz/regressions/$target" ] && set -- "$@" "$src/tests/fuzz/regressions/$target"
  "$replay" "$target" "$@"
done
