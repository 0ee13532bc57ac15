#!/bin/sh
# The HTML report in a real browser: audits the sample corpus (and a folder of hostile documents) to
# HTML with the real binary, renders each page in headless Chromium and checks the DOM and a screenshot.
# Run from the repository root: render.sh FACTAUDIT_BINARY. Fails (never skips) when Chromium is missing.
set -u
binary=${1:?usage: render.sh FACTAUDIT_BINARY}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/factaudit-html.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

browser=$(command -v chromium || command -v chromium-browser) || fail "chromium is not installed (apt-get install chromium)"

# audit exits 1 when it finds contradictions (expected here); 2 or anything else is an error
audit() {
  "$binary" audit "$@"
  status=$?
  [ "$status" -le 1 ] || fail "factaudit audit $* exited $status"
}

# render PAGE NAME: NAME.dom (the DOM after load) and NAME.png (a tall screenshot)
render() {
  for mode in "--dump-dom" "--screenshot=$work/$2.png"; do
    timeout 120 "$browser" --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
      --disable-dev-shm-usage --user-data-dir="$work/profile" --hide-scrollbars --force-color-profile=srgb \
      --window-size=1100,4000 "$mode" "file://$1" >"$work/$2.out" 2>"$work/$2.err" ||
      { cat "$work/$2.err" >&2; fail "chromium $mode $1"; }
    [ "$mode" = "--dump-dom" ] && mv "$work/$2.out" "$work/$2.dom"
  done
  [ -s "$work/$2.dom" ] || fail "chromium wrote no DOM for $1"
  [ -s "$work/$2.png" ] || fail "chromium wrote no screenshot for $1"
}

# the sample corpus: passages side by side, marks, the timeline
audit examples/articles --format html -o "$work/articles.html"
audit examples/articles --format json -o "$work/articles.json"
render "$work/articles.html" articles
python3 "$here/inspect_page.py" report "$work/articles.dom" "$work/articles.json" "$work/articles.png" ||
  fail "the sample corpus's page"

# hostile documents: markup and script next to the claims, in the text, the metadata and the file name
. "$here/../report/hostile_documents.sh"
write_hostile_documents "$work/hostile"
audit "$work/hostile" --format html -o "$work/hostile.html"
render "$work/hostile.html" hostile
python3 "$here/inspect_page.py" hostile "$work/hostile.dom" || fail "the hostile documents' page"
echo "ok: the HTML report renders in $($browser --version 2>/dev/null)"
