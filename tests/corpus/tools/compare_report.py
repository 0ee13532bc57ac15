#!/usr/bin/env python3
"""Compare a factaudit JSON report with the corpus's expected contradictions.

usage: compare_report.py REPORT.json [CORPUS_DIR]

Prints the expected contradictions the checker found (with both severities), those it missed, and
those it reported that are not expected (false alarms, or sets listed as look-alikes). Claim ids
are matched as "NN-slug:ref". Exit 0 when both lists agree exactly (ignoring severity), else 1.
Standard library only.
"""
import json
import os
import sys


def expected_sets(corpus):
    out, lookalikes = {}, {}
    for name in sorted(os.listdir(corpus)):
        if not name.endswith(".expected.json"):
            continue
        stem = name[: -len(".expected.json")]
        with open(os.path.join(corpus, name), encoding="utf-8") as f:
            data = json.load(f)

        def ids(refs):
            res = []
            for r in refs:
                if "#" in r:
                    doc, _, ref = r.partition("#")
                    res.append(doc[:-3] + ":" + ref)
                else:
                    res.append(stem + ":" + r)
            return frozenset(res)

        for c in data.get("contradictions", []):
            key = ids(c["claims"])
            if key in out:
                print(f"warning: {name}: contradiction listed twice: {sorted(key)}")
            out[key] = (name, c.get("severity"), c.get("why", ""))
        for c in data.get("not_contradictions", []):
            lookalikes[ids(c["claims"])] = (name, c.get("why", ""))
    return out, lookalikes


def main(argv):
    if len(argv) not in (2, 3):
        sys.stderr.write(__doc__)
        return 2
    corpus = argv[2] if len(argv) == 3 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    with open(argv[1], encoding="utf-8") as f:
        report = json.load(f)
    expected, lookalikes = expected_sets(corpus)
    reported = {frozenset(c["claims"]): c for c in report["contradictions"]}
    found = [k for k in expected if k in reported]
    missed = [k for k in expected if k not in reported]
    extra = [k for k in reported if k not in expected]
    print(f"expected {len(expected)}, reported {len(reported)}: {len(found)} found, {len(missed)} missed, {len(extra)} not expected")
    print("\n== found (expected severity / reported severity)")
    for k in found:
        e = expected[k][1]
        r = reported[k]["severity"]
        flag = "" if e == r else "   <-- severity differs"
        print(f"  {e}/{r}: {sorted(k)}{flag}")
    print("\n== missed")
    for k in missed:
        print(f"  {expected[k][1]}: {sorted(k)}\n      {expected[k][2]}")
    print("\n== reported but not expected")
    for k in extra:
        c = reported[k]
        tag = " (listed as a look-alike)" if k in lookalikes else ""
        print(f"  {c['severity']}: {sorted(k)}{tag}\n      {c['message']}")
    return 0 if not missed and not extra else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
