#!/usr/bin/env python3
"""Turn the corpus's expected claims into factaudit claim files (format v1).

usage: to_claims.py OUTPUT_DIR [CORPUS_DIR]

For every NN-slug.expected.json in CORPUS_DIR (default: the folder above this script) it reads the
article NN-slug.md, finds each claim's `text` (its `occurrence`-th match, 1-based, default 1) as
bytes, computes the span (0-based byte start/end, 1-based line, 1-based column in Unicode code
points) and writes OUTPUT_DIR/NN-slug.claims.json with the document recorded by path (relative to
OUTPUT_DIR), size, SHA-256 and the front matter's published/title/source. Claim ids are
"NN-slug:ref".

It fails loudly (exit 1, naming the file and the ref) when a text is not found, when a text occurs
more than once and no occurrence is given, when a ref is duplicated, or when a contradiction or
look-alike names a claim that does not exist. Standard library only.
"""
import hashlib
import json
import os
import re
import sys

ARTICLE_NAME = re.compile(r"^[0-9]{2}-[a-z0-9-]+$")
REF = re.compile(r"^[A-Za-z0-9._-]+$")


class CorpusError(Exception):
    pass


def front_matter(text, path):
    """The flat key: value pairs of the leading --- block (strings, quotes removed)."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        raise CorpusError(f"{path}: no front matter (the file must start with ---)")
    out = {}
    for n, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return out
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = re.match(r"^([A-Za-z_]+):\s*(.*?)\s*(#.*)?$", line)
        if not m:
            raise CorpusError(f"{path}:{n}: cannot read front matter line: {line!r}")
        key, value = m.group(1), m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
            if m.group(2)[0] == '"':
                value = value.replace('\\"', '"').replace("\\\\", "\\")
        out[key] = value
    raise CorpusError(f"{path}: front matter is not closed by ---")


def find_all(haystack, needle):
    out, start = [], 0
    while True:
        i = haystack.find(needle, start)
        if i < 0:
            return out
        out.append(i)
        start = i + 1


def span_of(data, text, occurrence, where):
    needle = text.encode("utf-8")
    hits = find_all(data, needle)
    if not hits:
        raise CorpusError(f"{where}: text not found in the article: {text!r}")
    if occurrence is None:
        if len(hits) > 1:
            raise CorpusError(f"{where}: text occurs {len(hits)} times; give \"occurrence\": {text!r}")
        occurrence = 1
    if not isinstance(occurrence, int) or occurrence < 1 or occurrence > len(hits):
        raise CorpusError(f"{where}: occurrence {occurrence!r} of {text!r}, which occurs {len(hits)} time(s)")
    start = hits[occurrence - 1]
    end = start + len(needle)
    line_start = data.rfind(b"\n", 0, start) + 1
    line = data.count(b"\n", 0, start) + 1
    column = len(data[line_start:start].decode("utf-8")) + 1
    return {"start": start, "end": end, "line": line, "column": column, "text": text}


def load_corpus(corpus):
    """{stem: (article path, expected dict)} for every expected file, checked for shape."""
    out = {}
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".expected.json"):
            continue
        stem = name[: -len(".expected.json")]
        where = os.path.join(corpus, name)
        if not ARTICLE_NAME.match(stem):
            raise CorpusError(f"{where}: expected a name NN-slug.expected.json")
        article = os.path.join(corpus, stem + ".md")
        if not os.path.isfile(article):
            raise CorpusError(f"{where}: its article {stem}.md is missing")
        try:
            with open(where, encoding="utf-8") as f:
                expected = json.load(f)
        except json.JSONDecodeError as e:
            raise CorpusError(f"{where}:{e.lineno}:{e.colno}: invalid JSON: {e.msg}")
        if not isinstance(expected.get("claims"), list):
            raise CorpusError(f"{where}: expected a \"claims\" list")
        out[stem] = (article, expected)
    if not out:
        raise CorpusError(f"{corpus}: no *.expected.json files")
    return out


def check_references(corpus_files):
    refs = {stem: {c.get("ref") for c in exp["claims"]} for stem, (_, exp) in corpus_files.items()}
    for stem, (_, exp) in corpus_files.items():
        for section in ("contradictions", "not_contradictions"):
            for n, item in enumerate(exp.get(section, [])):
                for ref in item.get("claims", []):
                    where = f"{stem}.expected.json: {section}[{n}]"
                    if "#" in ref:
                        doc, _, r = ref.partition("#")
                        other = doc[:-3] if doc.endswith(".md") else None
                        if other not in refs:
                            raise CorpusError(f"{where}: unknown article in {ref!r}")
                        if r not in refs[other]:
                            raise CorpusError(f"{where}: {ref!r} names no claim of {doc}")
                    elif ref not in refs[stem]:
                        raise CorpusError(f"{where}: {ref!r} names no claim of this article")
                if section == "contradictions" and item.get("severity") not in ("minor", "major"):
                    raise CorpusError(f"{where}: severity must be minor or major")


def convert(stem, article, expected, outdir):
    with open(article, "rb") as f:
        data = f.read()
    meta = front_matter(data.decode("utf-8"), article)
    document = {
        "path": os.path.relpath(os.path.abspath(article), os.path.abspath(outdir)).replace(os.sep, "/"),
        "size": len(data),
        "sha256": hashlib.sha256(data).hexdigest(),
    }
    for key in ("published", "title", "source"):
        if meta.get(key):
            document[key] = meta[key]
    claims, seen = [], set()
    for n, c in enumerate(expected["claims"]):
        ref = c.get("ref")
        where = f"{stem}.expected.json: claim {n} (ref {ref!r})"
        if not isinstance(ref, str) or not REF.match(ref):
            raise CorpusError(f"{where}: a ref of letters, digits and . _ - is required")
        if ref in seen:
            raise CorpusError(f"{where}: duplicate ref")
        seen.add(ref)
        for key in ("kind", "slot", "value", "text"):
            if key not in c:
                raise CorpusError(f"{where}: missing {key!r}")
        unknown = set(c) - {"ref", "kind", "slot", "value", "text", "occurrence", "note"}
        if unknown:
            raise CorpusError(f"{where}: unexpected key(s) {sorted(unknown)}")
        claims.append({
            "id": f"{stem}:{ref}",
            "kind": c["kind"],
            "slot": c["slot"],
            "value": c["value"],
            "span": span_of(data, c["text"], c.get("occurrence"), where),
        })
    out = {"factaudit": "claims", "version": 1, "document": document, "claims": claims}
    target = os.path.join(outdir, stem + ".claims.json")
    with open(target, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return len(claims)


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    outdir = argv[1]
    corpus = argv[2] if len(argv) == 3 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    try:
        files = load_corpus(corpus)
        check_references(files)
        os.makedirs(outdir, exist_ok=True)
        total = 0
        for stem, (article, expected) in files.items():
            total += convert(stem, article, expected, outdir)
    except CorpusError as e:
        sys.stderr.write(f"to_claims: error: {e}\n")
        return 1
    sys.stderr.write(f"to_claims: {total} claims from {len(files)} articles written to {outdir}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
