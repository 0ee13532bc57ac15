#!/usr/bin/env python3
"""Checks what a reader of the HTML report sees, from Chromium's DOM dump and screenshot.

    inspect_page.py report  DOM.html REPORT.json SHOT.png   the sample corpus's page
    inspect_page.py hostile DOM.html                        a page built from hostile documents
Prints each failed check and exits 1 when any failed.
"""
import json
import re
import struct
import sys
import zlib
from html.parser import HTMLParser

failures = []


def check(ok, what):
    print(("ok    " if ok else "FAIL  ") + what)
    if not ok:
        failures.append(what)


def words(text):
    return re.sub(r"\s+", " ", text).strip()


class Page(HTMLParser):
    """The elements a check needs: sections, marks (with their section and card), timeline items."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, attrs)
        self.sections = []  # ids of contradiction sections
        self.marks = []  # (section id, primary card?, text)
        self.clash_titles = []  # tooltip text of clash items in the timeline
        self.scripts = 0
        self.handlers = []  # on* attributes
        self.svg = 0
        self.title = ""
        self._text = None  # (kind, buffer) being collected

    def _inside(self, tag, cls=None):
        for t, a in reversed(self.stack):
            if t == tag and (cls is None or cls in a.get("class", "").split()):
                return t, a
        return None

    def handle_starttag(self, tag, attrs):
        attrs = {k: (v or "") for k, v in attrs}
        self.handlers += [k for k in attrs if k.lower().startswith("on")]
        if tag == "script":
            self.scripts += 1
        if tag == "svg":
            self.svg += 1
        if tag == "section" and "contradiction" in attrs.get("class", "").split():
            self.sections.append(attrs.get("id", ""))
        self.stack.append((tag, attrs))
        if tag == "mark":
            self._text = ("mark", [])
        elif tag == "title" and self._inside("g", "clash"):
            self._text = ("clash", [])
        elif tag == "title" and not self._inside("svg"):
            self._text = ("page", [])

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_endtag(self, tag):
        if self._text and tag in ("mark", "title"):
            kind, buffer = self._text
            text = words("".join(buffer))
            if kind == "mark":
                section = self._inside("section", "contradiction")
                primary = self._inside("article", "primary") is not None
                self.marks.append((section[1].get("id", "") if section else "", primary, text))
            elif kind == "clash":
                self.clash_titles.append(text)
            else:
                self.title = text
            self._text = None
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if self._text:
            self._text[1].append(data)


def parse(path):
    page = Page()
    page.feed(open(path, encoding="utf-8").read())
    page.close()
    return page


def decode_png(path):
    """Width, height and rows of RGB(A) bytes of an 8-bit, non-interlaced PNG."""
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG")
    at, idat, header = 8, [], None
    while at < len(data):
        length, kind = struct.unpack(">I4s", data[at:at + 8])
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", data[at + 8:at + 8 + length])
        elif kind == b"IDAT":
            idat.append(data[at + 8:at + 8 + length])
        at += 12 + length
    width, height, depth, colour, _, _, interlace = header
    if depth != 8 or colour not in (2, 6) or interlace:
        raise ValueError("unexpected PNG layout %r" % (header,))
    bpp = 3 if colour == 2 else 4
    raw, stride, prev, rows = zlib.decompress(b"".join(idat)), width * bpp, bytearray(width * bpp), []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 1:
            for i in range(bpp, stride):
                line[i] = (line[i] + line[i - bpp]) & 255
        elif kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind == 3:
            for i in range(stride):
                line[i] = (line[i] + ((line[i - bpp] if i >= bpp else 0) + prev[i]) // 2) & 255
        elif kind == 4:
            for i in range(stride):
                a, b = (line[i - bpp] if i >= bpp else 0), prev[i]
                c = prev[i - bpp] if i >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def count_colours(rows, bpp, colours):
    """Pixels of each exact RGB colour."""
    wanted = {bytes(c): 0 for c in colours}
    for line in rows:
        for at in range(0, len(line), bpp):
            key = bytes(line[at:at + 3])
            if key in wanted:
                wanted[key] += 1
    return [wanted[bytes(c)] for c in colours]


def inspect_report(dom_path, report_path, shot_path):
    page = parse(dom_path)
    report = json.load(open(report_path, encoding="utf-8"))
    claims = {c["id"]: c for c in report["claims"]}
    contradictions = report["contradictions"]
    check(len(contradictions) > 0, "the sample corpus has contradictions")
    check(page.scripts == 0 and not page.handlers, "no script element and no event handler attribute")
    check(page.title.startswith("factaudit:"), "the page title is the report's: %r" % page.title)
    check(sorted(page.sections) == sorted(c["id"] for c in contradictions),
          "one section per contradiction of the JSON report (%d)" % len(page.sections))
    for c in contradictions:
        marked = {text for section, _, text in page.marks if section == c["id"]}
        for member in c["claims"]:
            text = words(claims[member]["text"])
            check(text in marked, "%s: its member %r is marked" % (c["id"], text))
        primary = [text for section, p, text in page.marks if section == c["id"] and p]
        check(primary == [words(claims[c["primary"]]["text"])], "%s: the likely wrong claim is flagged" % c["id"])
    for together in (["USD 1,612.3 million", "$742.6 million"], ["19 September", "26 September 2023"]):
        sections = [{s for s, _, t in page.marks if t == text} for text in together]
        check(bool(set.intersection(*sections)), "%s are marked side by side in one contradiction" % " and ".join(together))
    check(page.svg >= 1, "the timeline is an inline SVG")
    for text in ("19 September", "26 September 2023"):
        check(any("“%s”" % text in t for t in page.clash_titles), "the timeline marks %r as a clash" % text)

    width, height, bpp, rows = decode_png(shot_path)
    check(width > 0 and height > 0, "the screenshot is a %dx%d picture" % (width, height))
    mark, primary_mark, clash = count_colours(rows, bpp, [(0xFF, 0xE0, 0x66), (0xFF, 0xB4, 0xA9), (0xE5, 0x53, 0x3D)])
    check(mark > 200, "marked passages are visible (%d highlighted pixels)" % mark)
    check(primary_mark > 200, "the likely wrong passages are visible (%d highlighted pixels)" % primary_mark)
    check(clash > 50, "clash items of the timeline are visible (%d red pixels)" % clash)


def inspect_hostile(dom_path):
    page = parse(dom_path)
    text = open(dom_path, encoding="utf-8").read()
    check(len(page.sections) >= 1, "the hostile documents give a contradiction section")
    check(page.scripts == 0, "no script element in the DOM")
    check(not page.handlers, "no event handler attribute in the DOM (%s)" % ", ".join(page.handlers))
    check(re.search(r"<img\b", text) is None, "no img element in the DOM")
    check("pwned" not in page.title, "the page title is untouched: %r" % page.title)
    check("&lt;script&gt;document.title=" in text and "&lt;img src=x onerror=" in text,
          "the hostile markup is shown as text")


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else ""
    if mode == "report" and len(sys.argv) == 5:
        inspect_report(*sys.argv[2:])
    elif mode == "hostile" and len(sys.argv) == 3:
        inspect_hostile(sys.argv[2])
    else:
        sys.exit(__doc__)
    if failures:
        print("%d check(s) failed" % len(failures))
        sys.exit(1)
