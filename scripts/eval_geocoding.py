#!/usr/bin/env python3
"""Geocoding accuracy: the share of the mentions of data/places/geocoding_test.tsv that
rasid places within 10 km of the place the sentence means (standard library only).

  python3 scripts/eval_geocoding.py [--rasid PATH] [--tsv PATH] [--misses]

Each row of the test list is a real sentence, the surface of one place mention in it and
the id of the place it means (judged by a reader, in data/places/gazetteer.tsv or
curated.tsv; `missing:...` when neither holds it, counted as a miss). The sentences go
through `rasid parse entities` in one run; the mention is the place or facility entity
that overlaps the surface. A mention placed relative to its anchor (جنوب مدينة الحسكة)
counts at the anchor's coordinates, which is what rasid reports and the list expects.
The share is printed per split (`dev` is for looking at misses while improving the
resolver; `test` is held out) and for all rows, over every row and over the rows whose
place the data holds (resolution alone, coverage aside). --misses lists the misses of
`dev` only, so that reading them never shows a held-out row; --misses test (or all)
lists others.
"""
import argparse
import csv
import json
import math
import os
import subprocess
import sys

from rasid_probe import probe_path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PLACES = os.path.join(ROOT, "data", "places")
WITHIN_KM = 10.0

csv.field_size_limit(1 << 24)


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def coordinates():
    """Every place id of the gazetteer and the curated list, with its (lat, lon)."""
    coords = {}
    for name in ("gazetteer.tsv", "curated.tsv"):
        for row in read_tsv(os.path.join(PLACES, name)):
            try:
                coords[row["id"]] = (float(row["lat"]), float(row["lon"]))
            except (KeyError, ValueError):
                continue
    return coords


def distance_km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rasid", help="the probe binary (default target/release/rasid)")
    parser.add_argument("--tsv", default=os.path.join(PLACES, "geocoding_test.tsv"))
    parser.add_argument("--misses", nargs="?", const="dev", metavar="SPLIT",
                        help="list the misses of SPLIT (default dev; `all` for every split)")
    args = parser.parse_args()

    rows = read_tsv(args.tsv)
    coords = coordinates()
    sentences = "".join(r["sentence"].replace("\n", " ") + "\n" for r in rows)
    probe = probe_path(args.rasid)
    run = subprocess.run([probe, "parse", "entities"], input=sentences, capture_output=True,
                         text=True)
    if run.returncode != 0:
        sys.exit(f"{probe} parse entities failed ({run.returncode}): {run.stderr.strip()}")
    out = run.stdout.splitlines()
    if len(out) != len(rows):
        sys.exit(f"the probe printed {len(out)} lines for {len(rows)} sentences")

    totals, good, held, misses = {}, {}, {}, []
    for row, line in zip(rows, out):
        split = row.get("split") or "dev"
        totals[split] = totals.get(split, 0) + 1
        if not row["place_id"].startswith("missing:"):
            held[split] = held.get(split, 0) + 1
        sentence, surface, want = row["sentence"], row["surface"], row["place_id"]
        at = sentence.encode("utf-8").find(surface.encode("utf-8"))
        end = at + len(surface.encode("utf-8"))
        found = [e for e in json.loads(line)["found"]
                 if e.get("kind") in ("place", "facility") and "lat" in e
                 and e["start"] < end and at < e["end"]]
        truth = coords.get(want)
        got = found[0] if found else None
        ok = (truth is not None and at >= 0 and got is not None
              and distance_km((got["lat"], got["lon"]), truth) <= WITHIN_KM)
        if ok:
            good[split] = good.get(split, 0) + 1
        else:
            where = "not found" if got is None else (
                f"{got['id']} at {distance_km((got['lat'], got['lon']), truth):.0f} km"
                if truth else got["id"])
            if args.misses in (split, "all"):
                misses.append(
                    f"{row['id']} [{split}] {surface} -> {where} (want {want}): {sentence}")

    print(f"geocoding within {WITHIN_KM:.0f} km of the meant place"
          "          (of the places the data holds)")
    for split in sorted(totals) + ["all"]:
        n = sum(totals.values()) if split == "all" else totals[split]
        h = sum(held.values()) if split == "all" else held.get(split, 0)
        k = sum(good.values()) if split == "all" else good.get(split, 0)
        print(f"  {split:<5} {k:>4} of {n:>4}  {k / max(n, 1):.3f}"
              f"    {k:>4} of {h:>4}  {k / max(h, 1):.3f}")
    if args.misses:
        for m in misses:
            print("  miss:", m)


if __name__ == "__main__":
    main()
