#!/usr/bin/env python3
"""Sampling aid for data/places/geocoding_test.tsv: stream the SaudiNewsNet zips and print
candidate sentences that hold a gazetteer name of a place in Syria, Iraq or Yemen, with
their article URL (standard library only).

  python3 scripts/sample_geocoding_sentences.py [--name NAME] [--country SY|IQ|YE]
      [--cue] [--max-per-article N] [--limit N] [--seed N] [--lookup NAME]

It only proposes sentences: the gold place of each row is chosen by hand, reading the
sentence (and its article when needed), never from rasid's output. Output is one TSV line
per candidate: url, the matched names with the country and ids of the places bearing
them, the sentence (<= 300 characters, the longest a test row may quote).

--name keeps sentences holding that name (folded as the matcher folds it, with proclitics
و ف ب ل ك peeled); --country keeps names borne by a place of that country; --cue keeps
sentences where a cue word (مدينة، محافظة، ريف، بلدة، قرية، حي، مخيم ...) precedes the name;
--lookup prints the gazetteer and curated rows bearing a name and exits. Names of one or
two letters and the common-word list (data/places/common_word_names.tsv) are skipped unless
named with --name. The zips are read in place from ../shared/corpus/saudinewsnet/.
"""
import argparse
import csv
import glob
import json
import os
import random
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(os.path.dirname(ROOT), "shared", "corpus", "saudinewsnet")
GAZ = os.path.join(ROOT, "data", "places", "gazetteer.tsv")
CUR = os.path.join(ROOT, "data", "places", "curated.tsv")
CWN = os.path.join(ROOT, "data", "places", "common_word_names.tsv")
COUNTRIES = {"SY", "IQ", "YE"}
CUES = ("مدينه", "محافظه", "ريف", "بلده", "قريه", "حي", "مخيم", "قضاء", "ناحيه", "منطقه",
        "معبر", "مدينتي", "بلدتي")

# The folding of crates/text: hamza forms, alif maqsura, ta marbuta, harakat, tatweel.
FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": None})
HARAKAT = re.compile("[\u064b-\u0652\u0670]")
WORD = re.compile(r"[\u0621-\u064a\u0660-\u0669\u0671-\u06d3A-Za-z0-9]+")
SENTENCE_END = re.compile(r"(?<=[.!؟?])\s+|\n+")


def fold(s):
    return HARAKAT.sub("", s).translate(FOLD).lower()


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def load_names():
    """Folded name (one or more words) -> list of (country, id, english name)."""
    names = {}
    for r in read_tsv(GAZ):
        if r["country"] not in COUNTRIES:
            continue
        for n in [r["name_ar"]] + [a for a in r["alt_names_ar"].split("|") if a]:
            if n:
                names.setdefault(fold(n), []).append((r["country"], r["id"], r["name_en"]))
    return names


def peel(word):
    """The word and its forms without the proclitics news attaches (و ف, then ب ل ك)."""
    out = [word]
    w = word
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        out.append(w)
    if len(w) > 3 and w[0] in "بلك":
        out.append(w[1:])
        if w[1:].startswith("ال"):
            pass
        elif w.startswith("لل"):
            out.append("ال" + w[2:])
    return out


def sentences(limit_chars=300):
    for z in sorted(glob.glob(os.path.join(CORPUS, "*.zip"))):
        with zipfile.ZipFile(z) as zf:
            for member in zf.namelist():
                for art in json.loads(zf.read(member)):
                    for s in SENTENCE_END.split(art.get("content") or ""):
                        s = s.strip()
                        if 30 <= len(s) <= limit_chars:
                            yield art["url"], s


def matches(sentence, names, skip, maxlen):
    words = WORD.findall(sentence)
    folded = [fold(w) for w in words]
    found = []
    i = 0
    while i < len(words):
        hit = None
        for k in range(min(maxlen, len(words) - i), 0, -1):
            first = peel(folded[i])
            for f in first:
                key = " ".join([f] + folded[i + 1:i + k])
                if key in names and key not in skip and len(key) > 2:
                    hit = (k, key)
                    break
            if hit:
                break
        if hit:
            cue = i > 0 and any(fold(words[i - 1]).endswith(c) for c in CUES)
            found.append((hit[1], cue))
            i += hit[0]
        else:
            i += 1
    return found


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--name")
    ap.add_argument("--country", choices=sorted(COUNTRIES))
    ap.add_argument("--cue", action="store_true")
    ap.add_argument("--max-per-article", type=int, default=2)
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--seed", type=int, default=0, help="sample with this seed (0: in order)")
    ap.add_argument("--lookup")
    a = ap.parse_args()
    names = load_names()
    if a.lookup:
        key = fold(a.lookup)
        for c, i, en in names.get(key, []):
            print("%s\t%s\t%s" % (c, i, en))
        for r in read_tsv(CUR):
            if key in {fold(x) for x in [r["name_ar"]] + r["aliases_ar"].split("|") if x}:
                print("curated\t%s\t%s" % (r["id"], r["name_en"]))
        return
    skip = {r["name"] for r in read_tsv(CWN)}
    want = fold(a.name) if a.name else None
    if want:
        skip.discard(want)
    maxlen = max(len(k.split()) for k in names)
    rng = random.Random(a.seed) if a.seed else None
    per_article, out = {}, []
    for url, s in sentences():
        if per_article.get(url, 0) >= a.max_per_article:
            continue
        found = matches(s, names, skip, maxlen)
        if want:
            found = [f for f in found if f[0] == want]
        if a.country:
            found = [f for f in found if any(c == a.country for c, _, _ in names[f[0]])]
        if a.cue:
            found = [f for f in found if f[1]]
        if not found:
            continue
        per_article[url] = per_article.get(url, 0) + 1
        desc = "; ".join("%s=%s" % (k, ",".join("%s:%s" % (c, i) for c, i in dict.fromkeys((c, i) for c, i, _ in names[k])))
                         for k, _ in found)
        out.append("%s\t%s\t%s" % (url, desc, s))
        if not rng and len(out) >= a.limit:
            break
    if rng:
        out = rng.sample(out, min(a.limit, len(out)))
    sys.stdout.write("".join(line + "\n" for line in out))


if __name__ == "__main__":
    main()
