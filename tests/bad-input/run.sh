#!/bin/sh
# Runs the bad-input corpus: every row of cases.tsv is one factaudit run on a hostile or broken input
# (committed under inputs/, or made here: FIFOs, folders named like files, symlink loops, a 100 MB line,
# 10^5 claims in one component). Each run must end with the expected exit code and print the expected
# fragments (path:line:col and what was expected), never die of a signal or a sanitizer report, leave no
# report file behind when it fails (OUT) and leave the archive as it was when it fails (STORE).
#   run.sh FACTAUDIT SOURCE_DIR [CASE...]
set -u
factaudit="$1"; source_dir="$2"; shift 2
only="$*"  # case names to run (default: all)
here="$source_dir/tests/bad-input"
work="$(mktemp -d "${TMPDIR:-/tmp}/factaudit-bad-input.XXXXXX")"
trap 'rm -rf "$work"' EXIT INT TERM
SRC="$source_dir"  # for the arguments in cases.tsv
cp -R "$here/inputs" "$work/in"
cd "$work" || exit 1

# ---- inputs made at test time -------------------------------------------------------------------
mkdir -p in/gen/walk in/gen/walk-fifo in/gen/loop/inner in/gen/huge in/gen/many in/gen/store
mkfifo in/gen/fifo.claims.json in/gen/fifo.md in/gen/walk-fifo/fifo.md
mkdir in/gen/folder.md in/gen/walk-fifo/folder.claims.json
ln -s .. in/gen/loop/inner/up
ln -s ../inner in/gen/loop/inner/again
ln -s self in/gen/loop/self.md
cp in/claims/truncated.claims.json in/gen/walk/
printf -- '---\npublished: 2024-02\n---\nIn 2023 trade between Chile and Peru reached $4.1 billion.\n' >in/gen/walk/good.md
cp in/gen/walk/good.md in/gen/loop/good.md
cp in/gen/walk/good.md in/gen/walk-fifo/good.md
# 100 MB of one line (and a newline)
head -c 104857600 /dev/zero | tr '\0' 'a' >in/gen/huge/line.txt && echo >>in/gen/huge/line.txt
# 10^5 claims on one slot, all compatible (one component): checked within its budget or unknown, never a crash
python3 - <<'EOF'
import json
claims = [{"id": f"m.{i}", "kind": "quantity",
           "slot": {"subject": "AF-KZ", "measure": "trade.turnover", "period": "2023", "unit": "USD"},
           "value": {"literal": str(600 + i % 50), "scale": "million", "unit": "USD", "hedge": "more-than"},
           "span": {"start": 0, "end": 4, "line": 1, "column": 1, "text": "$600"}} for i in range(100000)]
doc = {"path": "absent.txt", "size": 10, "sha256": "0" * 64}
json.dump({"factaudit": "claims", "version": 1, "document": doc, "claims": claims}, open("in/gen/many/many.claims.json", "w"))
# JSON nested 100 000 deep
open("in/gen/deep.claims.json", "w").write("[" * 100000 + "]" * 100000)
# a claim whose slot holds a value nested 100 000 deep, on line 2
deep_slot = '{"subject": "AF-KZ", "x": ' + "[" * 100000 + "]" * 100000 + "}"
open("in/gen/deep-slot.claims.json", "w").write(
    '{"factaudit": "claims", "version": 1, "document": ' + json.dumps(doc) + ', "claims": [\n{"id": "a", "kind": "quantity", '
    '"slot": ' + deep_slot + ', "value": {"literal": "1", "unit": "USD"}, '
    '"span": {"start": 0, "end": 1, "line": 1, "column": 1, "text": "x"}}]}')
EOF
# an archive holding one document, copied fresh for each STORE case
"$factaudit" ingest in/gen/walk/good.md --store in/gen/store/seed.sqlite -q || { echo "FAIL: cannot seed the archive" >&2; exit 1; }
printf 'not an archive, not SQLite either\n' >in/gen/store/garbage.sqlite
head -c 3000 in/gen/store/seed.sqlite >in/gen/store/truncated.sqlite
cp in/gen/store/garbage.sqlite in/gen/store/truncated.sqlite "$work/"

# ---- the cases -----------------------------------------------------------------------------------
failures=0; count=0
fail() { echo "FAIL [$name]: $*" >&2; failures=$((failures + 1)); }
tab="$(printf '\t')"
while IFS="$tab" read -r name expected fragments arguments; do
  case "$name" in '' | '#'*) continue ;; esac
  case " $only " in "  " | *" $name "*) ;; *) continue ;; esac
  count=$((count + 1))
  out="$work/out/$name.report"; store="$work/out/$name.sqlite"
  mkdir -p "$work/out"
  rm -f "$out"
  case "$arguments" in *STORE*)
    cp in/gen/store/seed.sqlite "$store"
    "$factaudit" store export --store "$store" -o "$work/out/$name.before.json" -q ;;
  esac
  arguments=$(printf '%s' "$arguments" | sed -e "s|OUT|$out|g" -e "s|STORE|$store|g")
  eval "set -- $arguments"
  timeout 300 "$factaudit" "$@" >"$work/out/$name.stdout" 2>"$work/out/$name.stderr" </dev/null
  code=$?
  both="$work/out/$name.both"
  cat "$work/out/$name.stdout" "$work/out/$name.stderr" >"$both"
  [ -f "$out" ] && cat "$out" >>"$both"
  [ "$code" -eq 124 ] && fail "did not finish within 300 s"
  [ "$code" -ge 128 ] && fail "killed by signal $((code - 128))"
  grep -q -e 'Sanitizer' -e 'runtime error:' "$work/out/$name.stderr" && fail "sanitizer report: $(grep -m1 -e Sanitizer -e 'runtime error:' "$work/out/$name.stderr")"
  [ "$code" -eq "$expected" ] || fail "exit $code, expected $expected: $(head -c 400 "$both")"
  rest="$fragments"
  while [ -n "$rest" ]; do
    fragment="${rest%%;;*}"
    case "$rest" in *';;'*) rest="${rest#*;;}" ;; *) rest="" ;; esac
    fragment=$(printf '%s' "$fragment" | sed -e 's/^ *//' -e 's/ *$//')
    [ -z "$fragment" ] || [ "$fragment" = "-" ] && continue
    grep -qF -- "$fragment" "$both" || fail "no '$fragment' in: $(head -c 600 "$both")"
  done
  case "$arguments" in *"$out"*)
    if [ "$code" -eq 2 ]; then [ ! -e "$out" ] || fail "a failed run left $out behind"
    else [ -s "$out" ] || fail "no report written to $out"; fi ;;
  esac
  if [ "$code" -eq 2 ] && [ -e "$work/out/$name.before.json" ]; then
    "$factaudit" store export --store "$store" -o "$work/out/$name.after.json" -q 2>/dev/null
    cmp -s "$work/out/$name.before.json" "$work/out/$name.after.json" || fail "a failed run changed the archive"
  fi
done <"$here/cases.tsv"
for damaged in garbage.sqlite truncated.sqlite; do
  cmp -s "$work/$damaged" "in/gen/store/$damaged" || { name=$damaged; fail "a failed run changed a damaged archive"; }
done
[ "$count" -gt 0 ] || { echo "FAIL: no case ran" >&2; exit 1; }
[ "$failures" -eq 0 ] || { echo "$failures failure(s) in $count case(s)" >&2; exit 1; }
echo "ok: $count bad-input cases"
