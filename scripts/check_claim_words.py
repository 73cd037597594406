#!/usr/bin/env python3
"""Validates the word lists the claims extractor reads (issue 4): data/claims/*.tsv.

    python3 scripts/check_claim_words.py             # check, exit 1 on any error
    python3 scripts/check_claim_words.py --stats     # also print rows per value
    python3 scripts/check_claim_words.py --selftest  # bad rows in memory must be caught
    python3 scripts/check_claim_words.py --count measures.tsv   # SaudiNewsNet counts

Files (plain UTF-8 TSV, a header row, sorted by the first column, one row a line):
    data/claims/measures.tsv     form, measure, unit, kind, note: words that state a figure
    data/claims/modifiers.tsv    form, role, note: approx, bounds, vague counts
    data/claims/attribution.tsv  form, role, note: who states a figure, how sure
    data/claims/nouns.tsv        form, count, note: nouns that carry their number (a dual
                                 is 2: جنديين؛ one person: مقتل ضابط؛ some: the plural of
                                 سقوط قتلى وجرحى, with no size)
    data/claims/contexts.tsv     form, context, note: deaths and injuries that are no violence
                                 (an accident, an illness, a disaster) when no event word
                                 of violence stands in the sentence
    data/claims/boilerplate.tsv  pattern, kind, note: lines that are never article body;
                                 the note starts with where the pattern holds (whole line,
                                 line start, anywhere), matched folded and case-insensitive

Forms are written as news writes them and matched on the folded form of crates/text
(hamza forms of alef -> ا, ى -> ي, ة -> ه, harakat and tatweel dropped, lower case),
so two forms that fold alike are one duplicate. Forms carry no proclitic: the engine
peels و ف, then ب ل ك, then the article from the first word; a one-word Arabic form must
not start with ال (it would then miss the bare word). `--count` counts each Arabic form
as a whole word (first word peeled the same way) over the zips of SaudiNewsNet.

Python 3 standard library only.
"""
import argparse
import glob
import json
import os
import re
import sys
import unicodedata
import zipfile

import check_actors_events

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data", "claims")
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "saudinewsnet"))

MEASURES = {"killed", "wounded", "captured", "executed", "arrested", "escaped",
            "attempted_escape", "surrendered", "detained", "capacity", "attackers",
            "participants", "duration"}
UNITS = {"people", "days", "hours", "attempts"}
# event: the word says what befell the counted (قتل، فرار، يستوعب); status: a noun naming
# people by their state (سجين، أسرى، جرحى), whose measure gives way to the clause's event
# word; holding: a verb of holding (يضم) that needs a facility or a prisoner noun beside it.
# Measure `none` marks words (a release, an exchange) whose counts are no figure.
# place: a word naming a place of detention (سجن، مخيم): no figure of its own.
# thing: a noun of things, units, time or money (عملية، كيلومتر، عاما): a count of them
# counts no people, except a duration of time.
# time: a unit of days or hours (أيام، ساعات): a count of it is a duration only beside a
# duration word and an event of violence. seizing: a verb whose object may be goods (ضبط):
# a figure only when people are counted.
KINDS = {"event", "status", "holding", "place", "thing", "time", "seizing"}

FILES = {
    "measures.tsv": (["form", "measure", "unit", "kind", "note"],
                     {"measure": MEASURES | {"none"}, "unit": UNITS, "kind": KINDS}),
    "modifiers.tsv": (["form", "role", "note"],
                      {"role": {"approx", "more_than", "at_least", "at_most", "less_than",
                                "vague_unspecified"}}),
    "attribution.tsv": (["form", "role", "note"],
                        {"role": {"said", "according_to", "statement", "unnamed_source",
                                  "believed", "disputed", "rumour"}}),
    "nouns.tsv": (["form", "count", "note"], {"count": {"1", "2", "some"}}),
    "contexts.tsv": (["form", "context", "note"],
                     {"context": {"accident", "disease", "disaster"}}),
    "boilerplate.tsv": (["pattern", "kind", "note"],
                        {"kind": {"credit", "navigation", "disclaimer", "share"}}),
}

# Where a boilerplate pattern holds, the first words of its note: the whole line is the
# pattern, the line starts with it, or it may stand anywhere (in a short line).
BOILERPLATE_SCOPES = ("whole line", "line start", "anywhere")

# One-word forms whose ال is part of the stem, not the article.
ARTICLE_LIKE = {"التحق", "التحاق"}


def _drop(c):
    o = ord(c)
    return (o == 0x0640 or 0x064B <= o <= 0x065F or o == 0x0670 or 0x0610 <= o <= 0x061A
            or 0x06D6 <= o <= 0x06ED or 0x200B <= o <= 0x200F or o in (0xFEFF, 0xAD))


FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "«": '"', "»": '"',
        "“": '"', "”": '"', "‘": "'", "’": "'", "،": ",", "؛": ";", "؟": "?"}


def fold(s):
    """The matching form of crates/text (see the module doc)."""
    out = [FOLD.get(c, c) for c in s if not _drop(c)]
    return re.sub(r"\s+", " ", "".join(out)).strip().lower()


def script_of(c):
    """'arabic', 'latin' or None for a letter; None too for anything that is not one."""
    if not c.isalpha():
        return None
    o = ord(c)
    if 0x0600 <= o <= 0x06FF or 0x0750 <= o <= 0x077F or 0xFB50 <= o <= 0xFEFF:
        return "arabic"
    if o < 0x0250:
        return "latin"
    return "other"


def check_rows(name, lines):
    """Errors of one file given as its lines (header first); [] when it is clean."""
    header, allowed = FILES[name]
    errors = []
    if not lines or lines[0].split("\t") != header:
        return [f"{name}: header must be {' '.join(header)!r}"]
    seen, keys = {}, []
    for n, line in enumerate(lines[1:], start=2):
        where = f"{name}:{n}"
        cells = line.split("\t")
        if len(cells) != len(header):
            errors.append(f"{where}: {len(cells)} fields, want {len(header)}")
            continue
        row = dict(zip(header, cells))
        for col, v in row.items():
            if v != v.strip():
                errors.append(f"{where}: leading or trailing space in {col}")
            if "  " in v:
                errors.append(f"{where}: double space in {col}")
        for col, values in allowed.items():
            if row[col] not in values:
                errors.append(f"{where}: {col} {row[col]!r} not one of {sorted(values)}")
        form = cells[0]
        if not form.strip():
            errors.append(f"{where}: empty {header[0]}")
            continue
        scripts = {script_of(c) for c in form} - {None}
        if not scripts or "other" in scripts or len(scripts) > 1:
            errors.append(f"{where}: {form!r} must be written in Arabic or in Latin script")
        if name == "boilerplate.tsv" and not row["note"].startswith(BOILERPLATE_SCOPES):
            errors.append(f"{where}: note must start with a scope: {', '.join(BOILERPLATE_SCOPES)}")
        if name != "boilerplate.tsv":
            if re.search(r"[^\w\s'\-]", form):
                errors.append(f"{where}: {form!r} has punctuation")
            if scripts == {"arabic"} and " " not in form and form.startswith("ال") \
                    and form not in ARTICLE_LIKE:
                errors.append(f"{where}: {form!r} keeps the article (the engine peels it)")
            if scripts == {"latin"} and form != form.lower():
                errors.append(f"{where}: {form!r} must be lower case")
        key = fold(form)
        if key in seen:
            errors.append(f"{where}: {form!r} folds like line {seen[key]} (duplicate)")
        seen.setdefault(key, n)
        keys.append(form)
    for a, b in zip(keys, keys[1:]):
        if b < a:
            errors.append(f"{name}: not sorted: {b!r} after {a!r}")
            break
    return errors


def read_lines(name):
    path = os.path.join(DATA, name)
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if not text.endswith("\n"):
        return text.split("\n"), [f"{name}: no newline at the end"]
    return text[:-1].split("\n"), []


def check_all(stats=False):
    errors = []
    for name in FILES:
        if not os.path.exists(os.path.join(DATA, name)):
            errors.append(f"{name}: missing")
            continue
        lines, errs = read_lines(name)
        errors += errs + check_rows(name, lines)
        if stats:
            col = list(FILES[name][1])[0]
            idx = FILES[name][0].index(col)
            counts = {}
            for line in lines[1:]:
                cells = line.split("\t")
                if len(cells) > idx:
                    counts[cells[idx]] = counts.get(cells[idx], 0) + 1
            detail = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
            print(f"{name}: {len(lines) - 1} rows ({detail})")
    return errors


# ---------------------------------------------------------------- corpus counts

TOKEN_SPLIT = re.compile(r"[^\w]+")


def tokens(text):
    return [t for t in TOKEN_SPLIT.split(fold(text).replace("_", " ")) if t]


def first_token_readings(tok):
    """The token with its proclitics (و ف, then ب ل ك, then the article) peeled off, as
    scripts/check_actors_events.py (and the engine) peel them."""
    return check_actors_events.first_token_readings(tok)


def corpus_texts(corpus):
    for path in sorted(glob.glob(os.path.join(corpus, "*.zip"))):
        with zipfile.ZipFile(path) as z:
            for member in z.namelist():
                if member.endswith(".json"):
                    for art in json.loads(z.read(member)):
                        yield art.get("content") or ""


def count_forms(forms, corpus):
    """Whole-word occurrences of each form (first word peeled) over the corpus."""
    wanted = {}
    for f in forms:
        t = tuple(tokens(f))
        if t:
            wanted.setdefault(t, []).append(f)
    longest = max((len(t) for t in wanted), default=1)
    firsts = {t[0] for t in wanted}
    counts = {f: 0 for f in forms}
    for text in corpus_texts(corpus):
        toks = tokens(text)
        for i, tok in enumerate(toks):
            for first in first_token_readings(tok) & firsts:
                for n in range(1, longest + 1):
                    key = (first,) + tuple(toks[i + 1:i + n])
                    if len(key) == n:
                        for f in wanted.get(key, ()):
                            counts[f] += 1
    return counts


# ---------------------------------------------------------------- selftest

BAD_ROWS = [
    ("bad header", "measures.tsv", ["form\tmeasure\tunit"]),
    ("unknown measure", "measures.tsv", ["form\tmeasure\tunit\tkind\tnote", "قتل\tdead\tpeople\tevent\t"]),
    ("unknown unit", "measures.tsv", ["form\tmeasure\tunit\tkind\tnote", "قتل\tkilled\tbodies\tevent\t"]),
    ("unsorted", "modifiers.tsv", ["form\trole\tnote", "نحو\tapprox\t", "حوالي\tapprox\t"]),
    ("duplicate once folded", "modifiers.tsv",
     ["form\trole\tnote", "أكثر من\tmore_than\t", "اكثر من\tmore_than\t"]),
    ("trailing space", "attribution.tsv", ["form\trole\tnote", "قال \tsaid\t"]),
    ("mixed script", "attribution.tsv", ["form\trole\tnote", "قال said\tsaid\t"]),
    ("other script", "attribution.tsv", ["form\trole\tnote", "сказал\tsaid\t"]),
    ("article kept", "measures.tsv", ["form\tmeasure\tunit\tkind\tnote", "القتلى\tkilled\tpeople\tevent\t"]),
    ("field count", "boilerplate.tsv", ["pattern\tkind\tnote", "AFP\tcredit"]),
    ("unknown kind", "boilerplate.tsv", ["pattern\tkind\tnote", "AFP\tphoto\twhole line"]),
    ("boilerplate scope", "boilerplate.tsv", ["pattern\tkind\tnote", "AFP\tcredit\tcredit"]),
    ("unknown word kind", "measures.tsv",
     ["form\tmeasure\tunit\tkind\tnote", "قتل\tkilled\tpeople\tverb\t"]),
    ("upper-case English form", "measures.tsv",
     ["form\tmeasure\tunit\tkind\tnote", "Killed\tkilled\tpeople\tevent\t"]),
]
GOOD_ROWS = [
    ("clean measures", "measures.tsv",
     ["form\tmeasure\tunit\tkind\tnote", "killed\tkilled\tpeople\tevent\t", "قتل\tkilled\tpeople\tevent\t"]),
]


def selftest():
    failed = 0
    for label, name, lines in BAD_ROWS:
        errs = check_rows(name, lines)
        failed += not errs
        print(f"selftest {label}: " + (f"caught ({errs[0]})" if errs else "MISSED"))
    for label, name, lines in GOOD_ROWS:
        errs = check_rows(name, lines)
        failed += bool(errs)
        print(f"selftest {label}: " + ("passes" if not errs else f"WRONGLY FAILS {errs}"))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print rows per value")
    ap.add_argument("--selftest", action="store_true", help="bad rows must be caught")
    ap.add_argument("--count", metavar="FILE", help="count FILE's Arabic forms in SaudiNewsNet")
    ap.add_argument("--corpus", default=CORPUS, help="folder of SaudiNewsNet zips")
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    if args.count:
        lines, _ = read_lines(os.path.basename(args.count))
        forms = [ln.split("\t")[0] for ln in lines[1:]]
        forms = [f for f in forms if any(script_of(c) == "arabic" for c in f)]
        for f, c in count_forms(forms, args.corpus).items():
            print(f"{f}\t{c}")
        return 0
    errors = check_all(args.stats)
    for m in errors:
        print("error:", m, file=sys.stderr)
    if errors:
        print(f"{len(errors)} errors", file=sys.stderr)
        return 1
    print("ok: " + ", ".join(FILES) + " pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
