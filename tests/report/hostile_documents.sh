# Writes documents that try to inject markup into reports: script and event handlers, Markdown links and
# images, backticks, table pipes and HTML comments in the text, the title, the source and the file name,
# around two statements that contradict each other. Sourced by the report checks:
#   write_hostile_documents FOLDER
write_hostile_documents() {
  mkdir -p "$1"
  cat >"$1/first-half.md" <<'DOC'
---
title: "<script>document.title='pwned'</script> Exports <img src=x onerror=\"document.title='pwned'\"> [click](javascript:alert(1)) ![x](https://example.invalid/x.png)"
source: "<!-- hidden --> `code` | cell | <a href='javascript:alert(1)'>source</a>"
published: 2024
---

Trade grew fast. <script>document.title='pwned'</script> In the first half of 2022, Uzbek exports to
Türkiye had already reached $1.21 billion <img src=x onerror="document.title='pwned'">, driven by
cotton yarn, fabrics and copper products.
DOC
  cat >"$1/whole-year [link](javascript:alert(1)) <b onmouseover=alert(1)>x<!--.md" <<'DOC'
---
title: "Whole year' onmouseover='document.title=1 | pipe | `tick`"
published: 2024-08-27
---

The longer view is more encouraging. In 2022, bilateral trade stood at $2.612 billion and
Uzbekistan's exports to Türkiye at $1,102.5 million. <svg onload="document.title='pwned'"></svg>
[x](javascript:alert(1)) <!-- a comment that must not hide the rest --> | a | b | `x`
DOC
}
