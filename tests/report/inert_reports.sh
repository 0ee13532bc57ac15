#!/bin/sh
# Report safety: documents that try to inject markup (hostile_documents.sh) give inert reports in every
# format, and reports name documents by the paths as given, never resolved.
#   - Markdown: rendered by cmark-gfm (GitHub's renderer) with raw HTML allowed, the page has no script,
#     image, SVG, link, HTML comment or event handler, and every table row keeps its header's cells;
#   - HTML: no script, image, SVG, link to javascript:, comment or event handler outside the page's own;
#   - text, JSON, SARIF: the hostile file name appears as given, and the JSON report parses;
#   - `audit ./x/../folder` names documents `./x/../folder/...`, and a link inside an input folder that
#     points outside it is named by its path inside the folder.
# Run from the repository root: inert_reports.sh FACTAUDIT. Fails (never skips) when cmark-gfm is missing.
set -u
binary=${1:?usage: inert_reports.sh FACTAUDIT}
case "$binary" in /*) ;; *) binary="$PWD/$binary" ;; esac
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/factaudit-inert.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
command -v cmark-gfm >/dev/null || { echo "FAIL: cmark-gfm is not installed (apt-get install cmark-gfm)" >&2; exit 1; }

. "$here/hostile_documents.sh"
write_hostile_documents "$work/hostile"

# audit FORMAT: the hostile folder's report in FORMAT; exit 1 (contradictions) is expected
for format in text json sarif md html; do
  "$binary" audit "$work/hostile" --no-config --format "$format" -o "$work/report.$format" 2>"$work/err.$format"
  status=$?
  [ "$status" -eq 1 ] || fail "audit --format $format exited $status: $(cat "$work/err.$format")"
done

cmark-gfm --unsafe -e table -e autolink -e strikethrough <"$work/report.md" >"$work/report.md.html"
python3 - "$work" <<'EOF' || failures=$((failures + 1))
import json, re, sys
from html.parser import HTMLParser
work = sys.argv[1]
failed = []
def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok: failed.append(what)

class Elements(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.handlers, self.hrefs, self.comments, self.tables = [], [], [], 0, []
    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.handlers += [k for k, _ in attrs if k.lower().startswith("on")]
        self.hrefs += [v or "" for k, v in attrs if k in ("href", "src", "xlink:href")]
        if tag == "table": self.tables.append([])
        if tag == "tr" and self.tables: self.tables[-1].append(0)
        if tag in ("td", "th") and self.tables and self.tables[-1]: self.tables[-1][-1] += 1
    def handle_comment(self, data):
        self.comments += 1

def parse(path):
    page = Elements()
    page.feed(open(path, encoding="utf-8").read())
    page.close()
    return page

md_source = open(f"{work}/report.md", encoding="utf-8").read()
md = parse(f"{work}/report.md.html")
check("contradiction" in md_source.lower(), "the Markdown report has the contradiction")
for tag in ("script", "img", "svg", "a", "b", "iframe"):
    check(tag not in md.tags, f"Markdown: no <{tag}> after rendering")
check(not md.handlers, f"Markdown: no event handler attribute ({md.handlers})")
check(md.comments == 0, "Markdown: no HTML comment after rendering")
check(len(md.tables) >= 2 and all(len(set(rows)) == 1 for rows in md.tables),
      f"Markdown: every row of a table has as many cells as its header ({md.tables})")
check("whole-year" in open(f"{work}/report.md.html", encoding="utf-8").read(), "Markdown: the hostile file is named")

page = parse(f"{work}/report.html")
text = open(f"{work}/report.html", encoding="utf-8").read()
for tag in ("script", "img", "iframe", "b"):
    check(tag not in page.tags, f"HTML: no <{tag}>")
check(not page.handlers, f"HTML: no event handler attribute ({page.handlers})")
check(not [h for h in page.hrefs if "javascript" in h.lower()], "HTML: no link to javascript:")
check(page.comments == 0, "HTML: no comment")
check("&lt;script&gt;" in text and "&lt;!--" in text, "HTML: the hostile markup is shown as text")

report = json.load(open(f"{work}/report.json", encoding="utf-8"))
paths = [d["path"] for d in report["documents"]]
check(any("<b onmouseover=alert(1)>x<!--.md" in p for p in paths), f"JSON: the hostile file name as given ({paths})")
sarif = json.load(open(f"{work}/report.sarif", encoding="utf-8"))
uris = [l["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"] for l in r["locations"]]
check(uris and not [u for u in uris if re.search(r"[\s<>\"'`{}|\\^]", u)],
      f"SARIF: URIs are percent-encoded ({uris})")
sys.exit(1 if failed else 0)
EOF

# paths as given: a detour through .. stays in the report, a link out of an input folder is named inside it
mkdir -p "$work/repo/x" "$work/repo/folder" "$work/outside"
cp "$work/hostile/first-half.md" "$work/repo/folder/"
cp "$work/hostile/whole-year"*.md "$work/outside/whole-year.md"
ln -s ../../outside/whole-year.md "$work/repo/folder/linked.md"
(cd "$work/repo" && "$binary" audit ./x/../folder --no-config --format json -o paths.json)
[ $? -eq 1 ] || fail "audit ./x/../folder: expected exit 1 (a contradiction)"
python3 - "$work/repo/paths.json" <<'EOF' || failures=$((failures + 1))
import json, sys
report = json.load(open(sys.argv[1], encoding="utf-8"))
paths = sorted(d["path"] for d in report["documents"])
ok = paths == ["./x/../folder/first-half.md", "./x/../folder/linked.md"]
print(("ok    " if ok else "FAIL  ") + "documents named as given, the link by its place in the folder: %s" % paths)
claims = {c["document"] for c in report["claims"]}
ok2 = claims <= set(paths) and not any("outside" in c for c in claims)
print(("ok    " if ok2 else "FAIL  ") + "claims name the same paths: %s" % sorted(claims))
sys.exit(0 if ok and ok2 else 1)
EOF
for format in text md sarif; do
  (cd "$work/repo" && "$binary" audit ./x/../folder --no-config --format "$format" -o "paths.$format")
  grep -q "outside" "$work/repo/paths.$format" && fail "the $format report names the link's target outside the inputs"
  grep -qF "./x/../folder/" "$work/repo/paths.$format" || fail "the $format report does not name ./x/../folder/..."
done

[ "$failures" -eq 0 ] || { echo "$failures failure(s)" >&2; exit 1; }
echo "ok: hostile documents give inert reports in every format; paths are as given"
