#!/usr/bin/env python3
"""Check a hand-annotated claim list (standard library only): data/claims/cases.tsv, the
development list (ids cc-NNNN), data/claims/cases_test.tsv (ct-NNNN), or
data/claims/cases_test2.tsv, the next held-out list (cu-NNNN).

Each row is one figure a real SaudiNewsNet sentence states about people affected by
violence or security action (the measures of ../shared/SPEC.md), or a negative row
(measure `none`) whose sentence carries numbers that are not such figures. The script
checks columns, allowed values, SPEC's bounds for vague magnitudes, that evidence,
actor_text and source_text occur in the sentence, and that ids are unique, sorted and share
one prefix; it prints counts. Exits 1 on any error.

Usage: python3 scripts/check_claim_cases.py [PATH]
"""
import csv
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "data" / "claims" / "cases.tsv"
ACTORS = ROOT / "data" / "actors" / "actors.tsv"

COLUMNS = [
    "id", "source_url", "sentence", "measure", "low", "high", "approx", "vague",
    "actor", "actor_text", "source_kind", "source_text", "hedge", "evidence", "note",
]
MEASURES = {
    "killed", "wounded", "captured", "executed", "arrested", "escaped",
    "attempted_escape", "surrendered", "detained", "capacity", "attackers",
    "participants", "duration",
}
VAGUE_BOUNDS = {"dozens": (20, 99), "hundreds": (200, 999), "thousands": (2000, 9999)}
SOURCE_KINDS = {"author", "named", "unnamed"}
HEDGES = {"asserted", "attributed", "believed", "disputed"}
MAX_ROWS_PER_ARTICLE = 4
MAX_SENTENCE_CHARS = 300
ID_PATTERN = re.compile(r"^(cc|ct|cu)-\d{4}$")


def actor_ids():
    """Canonical actor ids of data/actors/actors.tsv (the SPEC ids the gold may use)."""
    with ACTORS.open(encoding="utf-8", newline="") as handle:
        return {row["id"] for row in csv.DictReader(handle, delimiter="\t")}


def parse_bound(text):
    """An inclusive bound: a whole number, or None for an open (empty) bound."""
    if text == "":
        return None
    if not re.fullmatch(r"\d+", text):
        raise ValueError(f"bound {text!r} is not a whole number")
    return int(text)


def check_positive(row, known_actors):
    """Errors of one figure row."""
    errors = []
    if row["measure"] not in MEASURES:
        errors.append(f"measure {row['measure']!r} unknown")
    try:
        low, high = parse_bound(row["low"]), parse_bound(row["high"])
    except ValueError as err:
        return errors + [str(err)]
    vague = row["vague"]
    if vague not in ("", "unspecified", *VAGUE_BOUNDS):
        errors.append(f"vague {vague!r} unknown")
    if vague in VAGUE_BOUNDS and (low, high) != VAGUE_BOUNDS[vague]:
        errors.append(f"vague {vague} needs low/high {VAGUE_BOUNDS[vague]}")
    if vague == "unspecified" and (low is not None or high is not None):
        errors.append("vague unspecified has no bounds")
    if vague == "" and low is None and high is None:
        errors.append("a figure needs a bound or a vague magnitude")
    if low is not None and high is not None and low > high:
        errors.append(f"low {low} > high {high}")
    if row["approx"] not in ("true", "false"):
        errors.append(f"approx {row['approx']!r} is not true/false")
    actors = row["actor"].split("|")
    unknown = [a for a in actors if a not in known_actors]
    if unknown:
        errors.append(f"actor ids not in actors.tsv: {unknown}")
    if row["source_kind"] not in SOURCE_KINDS:
        errors.append(f"source_kind {row['source_kind']!r} unknown")
    if row["source_kind"] == "author" and row["source_text"]:
        errors.append("an author statement names no source")
    if row["source_kind"] == "unnamed" and not row["source_text"]:
        errors.append("an unnamed source still has words (مصادر ...)")
    if row["hedge"] not in HEDGES:
        errors.append(f"hedge {row['hedge']!r} unknown")
    if row["source_kind"] == "author" and row["hedge"] == "attributed":
        errors.append("an author statement is not attributed")
    if not row["evidence"]:
        errors.append("evidence is empty")
    for column in ("evidence", "actor_text", "source_text"):
        if row[column] and row[column] not in row["sentence"]:
            errors.append(f"{column} not in sentence: {row[column]!r}")
    return errors


def check_negative(row):
    """Errors of one negative row: every figure column empty."""
    filled = [c for c in COLUMNS[4:14] if row[c]]
    return [f"negative row has {filled} filled"] if filled else []


def main():
    """Check the file named on the command line (default data/claims/cases.tsv)."""
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    known_actors = actor_ids()
    errors = []
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        header = next(reader, None)
        if header != COLUMNS:
            print(f"{path}: header must be {COLUMNS}, is {header}")
            return 1
        rows = []
        for line_no, fields in enumerate(reader, start=2):
            if len(fields) != len(COLUMNS):
                errors.append(f"line {line_no}: {len(fields)} columns, want {len(COLUMNS)}")
                continue
            rows.append((line_no, dict(zip(COLUMNS, fields))))
    ids = [row["id"] for _, row in rows]
    if len(set(ids)) != len(ids):
        errors.append("ids are not unique")
    if ids != sorted(ids):
        errors.append("ids are not sorted")
    prefixes = {row_id.split("-")[0] for row_id in ids}
    if len(prefixes) > 1:
        errors.append(f"ids mix prefixes {sorted(prefixes)}: one list, one prefix")
    per_article = Counter(row["source_url"] for _, row in rows)
    for url, count in per_article.items():
        if count > MAX_ROWS_PER_ARTICLE:
            errors.append(f"{count} rows from one article (max {MAX_ROWS_PER_ARTICLE}): {url}")
    for line_no, row in rows:
        problems = []
        if not ID_PATTERN.match(row["id"]):
            problems.append(f"id {row['id']!r} is not cc-NNNN, ct-NNNN or cu-NNNN")
        if not row["source_url"].startswith("http"):
            problems.append("source_url is not a URL")
        if not row["sentence"] or len(row["sentence"]) > MAX_SENTENCE_CHARS:
            problems.append(f"sentence must be 1..{MAX_SENTENCE_CHARS} characters")
        if row["measure"] == "none":
            problems += check_negative(row)
        else:
            problems += check_positive(row, known_actors)
        errors += [f"line {line_no} ({row['id']}): {p}" for p in problems]
    for error in errors:
        print(error)
    positives = [row for _, row in rows if row["measure"] != "none"]
    print(f"{len(rows)} rows: {len(positives)} figures, {len(rows) - len(positives)} negative, "
          f"{len(per_article)} articles, {len(set(r['sentence'] for _, r in rows))} sentences")
    for column in ("measure", "source_kind", "hedge", "vague", "approx"):
        counts = Counter(row[column] or "-" for row in positives)
        print(f"  {column}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
    actors = Counter(a for row in positives for a in row["actor"].split("|"))
    print("  actor: " + ", ".join(f"{k} {v}" for k, v in actors.most_common()))
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
