#!/usr/bin/env python3
"""Claims accuracy on data/claims/cases.tsv: recall and precision of the figures rasid
reads in real SaudiNewsNet sentences, and how often a matched figure's actor, source kind,
approx and hedge are right (standard library only).

  python3 scripts/eval_claims.py [--rasid PATH] [--misses] [--cases PATH]

By default it reads the development list, data/claims/cases.tsv; `--cases
data/claims/cases_test.tsv` reads the held-out list, drawn blind (never read its misses
while changing the rules: measure it once, then it joins the development list).

Every distinct sentence of the list becomes one document of a JSON Lines input to
`rasid analyze`. A gold row (measure other than `none`) is found when a claim of its
sentence has the same measure and the same value (low, high, vague); each claim matches
at most one row. Claims in sentences whose gold says `none`, or that match no row of an
annotated sentence, count against precision: the list annotates every figure of its
sentences (data/README.md). Actor is right when it is one of the row's `|`-separated ids.
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

from rasid_probe import probe_path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "data", "claims", "cases.tsv")

csv.field_size_limit(1 << 24)


def number(s):
    return int(s) if s.strip() else None


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rasid")
    ap.add_argument("--misses", action="store_true", help="list missed and spurious figures")
    ap.add_argument("--cases", default=CASES, help="the annotated list (default: cases.tsv)")
    args = ap.parse_args()
    with open(args.cases, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    sentences = []
    for r in rows:
        if r["sentence"] not in sentences:
            sentences.append(r["sentence"])
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "cases.jsonl")
        with open(src, "w", encoding="utf-8") as f:
            for i, s in enumerate(sentences):
                f.write(json.dumps({"id": "s%04d" % i, "text": s}, ensure_ascii=False) + "\n")
        out = os.path.join(tmp, "out")
        run = subprocess.run([probe_path(args.rasid), "analyze", src, "--out", out],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"rasid analyze failed ({run.returncode}): {run.stderr.strip()}")
        with open(os.path.join(out, "claims.jsonl"), encoding="utf-8") as f:
            claims = [json.loads(l) for l in f]
    by_doc = {}
    for c in claims:
        by_doc.setdefault(c["doc_id"], []).append(c)
    gold = [r for r in rows if r["measure"] != "none"]
    found = 0
    right = {"actor": 0, "source": 0, "approx": 0, "hedge": 0}
    used = set()
    misses = []
    for r in gold:
        doc = "s%04d" % sentences.index(r["sentence"])
        want = (r["measure"], number(r["low"]), number(r["high"]), r["vague"] or None)
        match = None
        for k, c in enumerate(by_doc.get(doc, [])):
            v = c["value"]
            if (doc, k) in used:
                continue
            # As tools/score.py: a vague figure matches on its kind of vagueness alone.
            got = (c["measure"], v["low"], v["high"], v["vague"])
            if got == want or (want[3] and (got[0], got[3]) == (want[0], want[3])):
                match = (k, c)
                break
        if match is None:
            misses.append("miss %s %s: %s" % (r["id"], want, r["evidence"] or r["sentence"]))
            continue
        used.add((doc, match[0]))
        c = match[1]
        found += 1
        right["actor"] += c["actor"] in r["actor"].split("|")
        right["source"] += c["source"]["kind"] == r["source_kind"]
        right["approx"] += c["value"]["approx"] == (r["approx"] == "true")
        right["hedge"] += c["hedge"] == r["hedge"]
        wrong = [k for k, ok in (("actor", c["actor"] in r["actor"].split("|")),
                                 ("source", c["source"]["kind"] == r["source_kind"]),
                                 ("hedge", c["hedge"] == r["hedge"])) if not ok]
        if wrong:
            misses.append("wrong %s %s: got %s/%s/%s want %s/%s/%s: %s" % (
                r["id"], ",".join(wrong), c["actor"], c["source"]["kind"], c["hedge"],
                r["actor"], r["source_kind"], r["hedge"], r["sentence"]))
    spurious = []
    for doc, cs in sorted(by_doc.items()):
        for k, c in enumerate(cs):
            if (doc, k) not in used:
                spurious.append("extra %s %s %s: %s" % (doc, c["measure"], c["value"],
                                                        c["evidence"]["text"]))
    recall = found / max(1, len(gold))
    precision = found / max(1, len(claims))
    print("claims on %d annotated figures in %d sentences" % (len(gold), len(sentences)))
    print("  recall     %4d of %4d  %.3f" % (found, len(gold), recall))
    print("  precision  %4d of %4d  %.3f" % (found, len(claims), precision))
    for k in ("actor", "source", "approx", "hedge"):
        print("  %-9s  %4d of %4d  %.3f" % (k, right[k], found, right[k] / max(1, found)))
    if args.misses:
        for m in misses + spurious:
            print("  " + m)


if __name__ == "__main__":
    main()
