#!/bin/sh
# Determinism: the same audit run again, with --jobs 1, 2 and 3, and sharded then merged, gives the same
# bytes in every format (text, json, sarif, md, html): on the sample corpus with the seed articles (documents, copies, unresolved statements) and on a
# generated world of claim files large enough to spread over several buckets.
#   shard_merge.sh FACTAUDIT GENERATOR SOURCE_DIR
set -eu
factaudit="$1"; generate="$2"; source_dir="$3"
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-shard.XXXXXX")"
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

"$generate" --claims 3000 --out "$work/world" --seed 7 --claims-per-file 40 >/dev/null 2>&1
mkdir -p "$work/docs"
cp "$source_dir"/examples/articles/*.md "$work/docs/"
cp "$source_dir"/../shared/seeds/*.txt "$source_dir"/../shared/seeds/sources.yaml "$work/docs/"

# runs from $work so that report paths are relative and equal; exit 1 (contradictions) is expected
run() { (cd "$work" && "$factaudit" "$@" --no-config --quiet) || [ $? -eq 1 ]; }

check_inputs() {  # name, shard count, inputs...
  name="$1"; count="$2"; shift 2
  # the same run twice with --jobs 1, then with --jobs 2 and 3: the same bytes in every format
  for format in text json sarif md html; do
    run audit "$@" --jobs 1 --format "$format" -o "$name.single.$format"
    for jobs in 1 2 3; do
      run audit "$@" --jobs "$jobs" --format "$format" -o "$name.jobs$jobs.$format"
      cmp -s "$work/$name.single.$format" "$work/$name.jobs$jobs.$format" || {
        diff "$work/$name.single.$format" "$work/$name.jobs$jobs.$format" | head -20 >&2
        fail "$name: --jobs $jobs differs from the first --jobs 1 run ($format)"
      }
    done
  done
  i=1; parts=""
  while [ "$i" -le "$count" ]; do
    run audit "$@" --jobs 2 --shard "$i/$count" -o "$name.shard$i.json"
    parts="$parts $name.shard$i.json"
    i=$((i + 1))
  done
  covered=0
  for p in $parts; do
    n=$(grep -c '"document":' "$work/$p" || true)
    [ "$n" -gt 0 ] && covered=$((covered + 1))
  done
  [ "$covered" -ge 2 ] || [ "$name" = corpus ] || fail "$name: the components were not spread over several shards"
  for format in text json sarif md html; do
    # shellcheck disable=SC2086
    run merge $parts --format "$format" -o "$name.merged.$format"
    cmp -s "$work/$name.single.$format" "$work/$name.merged.$format" || {
      diff "$work/$name.single.$format" "$work/$name.merged.$format" | head -20 >&2
      fail "$name: merged shards differ from the single run ($format)"
    }
  done
  echo "ok: $name ($count shards, $covered with claims): merged = single = again = --jobs 2 = --jobs 3 in every format"
}

check_inputs world 3 world
check_inputs corpus 2 docs

# bad shard specs and incomplete merges are usage errors (exit 2) that write nothing
for spec in 3/2 0/2 x/2 2; do
  set +e
  (cd "$work" && "$factaudit" audit docs --no-config --shard "$spec" -o bad.json 2>err.txt)
  code=$?
  set -e
  [ "$code" -eq 2 ] || fail "--shard $spec: exit $code, expected 2"
  grep -q -- "--shard" "$work/err.txt" || fail "--shard $spec: the message does not name --shard"
  [ ! -e "$work/bad.json" ] || fail "--shard $spec wrote a report"
done
set +e
(cd "$work" && "$factaudit" merge world.shard1.json world.shard3.json --no-config -o bad.json 2>err.txt)
code=$?
set -e
[ "$code" -eq 2 ] || fail "merge without shard 2: exit $code, expected 2"
grep -q "shard(s) 2 of 3 missing" "$work/err.txt" || fail "merge without shard 2: $(cat "$work/err.txt")"
[ ! -e "$work/bad.json" ] || fail "an incomplete merge wrote a report"
set +e
(cd "$work" && "$factaudit" merge world.shard1.json corpus.shard2.json world.shard3.json --no-config -o bad.json 2>err.txt)
code=$?
set -e
[ "$code" -eq 2 ] || fail "merge of two runs: exit $code, expected 2"
echo "ok: bad shard specs and incomplete or mixed merges are exit 2 with no report"
