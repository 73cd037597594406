#!/usr/bin/env python3
"""Build data/places/common_word_names.tsv: Arabic place names of the gazetteer that are
also common words or person names in news (بن، تلك، أمام، محمد، الجديدة، حديثة، الخبر ...).

An annotator that matched every gazetteer name would tag them everywhere; these names
should count as places only with a cue before them (مدينة، بلدة، قرية، حي، محافظة، قضاء،
ناحية، منطقة) or another place of the same governorate nearby.

Rule (derived, not hand-picked): a name, as a whole word, occurs at least MIN_COUNT times in
the SaudiNewsNet text (../shared/corpus/saudinewsnet/*.zip, 2015 Arabic news, read in
place), no place bearing it has MIN_POP people or more (a city that size is what the
news means) and no Syrian, Iraqi or Yemeni place bearing it has WAR_PLACE_POP (a town the
war reporting names: بيجي stays a place) unless the word occurs WAR_WORD_COUNT times or
more (العلم، حسن: words first); names of up to four words are counted; unless CUE_SHARE of its occurrences follow a place cue
(مدينة، بلدة، قرية ...: بلدتي الفوعة وكفريا is a frequent name, not a word); plus BIG_BUT_COMMON, names of places that are
above all common words (الخبر، المدينة، حديثة، الميادين، سنة); plus the words that are a
one-letter proclitic and a one-word name (و ف ب ل ك: كامل، فرقة، ورقة، كريمة) and occur
more often than the bare name: a word of their own.
Country and governorate names are never listed. Curated names (data/places/curated.tsv)
are multi-word and not listed.

Names are written folded (see `fold`). Columns: name, count (SaudiNewsNet occurrences as a whole word), places (how many gazetteer
places bear it), max_population, reason.

Usage: python3 scripts/build_common_word_names.py [--corpus DIR]
"""
import argparse
import collections
import csv
import glob
import json
import os
import re
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "data", "places", "gazetteer.tsv")
OUT = os.path.join(ROOT, "data", "places", "common_word_names.tsv")
CORPUS = os.path.normpath(os.path.join(ROOT, "..", "shared", "corpus", "saudinewsnet"))
MIN_COUNT = 30
MIN_POP = 100000
BIG_BUT_COMMON = {
    "المدينة": "the city (also Medina)",
    "مدينة": "city",
    "الخبر": "the news (also al-Khobar)",
    "الجديدة": "the new (f.)",
    "الجديد": "the new",
    "جديدة": "new (f.)",
    "عالية": "high (f.)",
    "صور": "pictures (also Tyre)",
    "الصور": "the pictures",
    "سن": "age",
    "سنة": "year (also an old name of Sanandaj)",
    "عنه": "about him (also Anah)",
    "كامل": "whole (also a town)",
    "الثورة": "the revolution (also al-Thawra)",
    "هاي": "this (colloquial; also a district)",
    "الحجة": "Dhu al-Hijja, the month (also Hajjah)",
    "بن": "son of (in person names)",
    "معسكر": "camp",
    "حديثة": "modern (f.) (also Haditha)",
    "الحديثة": "the modern (also Haditha)",
    "الميادين": "the squares (also al-Mayadin)",
    "بشار": "a given name (Bashar al-Assad; also Bechar, Algeria)",
    "سلطات": "authorities (GeoNames gives it for Settat, Morocco: سطات)",
    "الجزيرة": "the peninsula, Al Jazeera (GeoNames gives it for Algiers: الجزائر)",
    "الأبيض": "the white (البيت الأبيض; also El Obeid, Sudan)",
    "وان": "and that, written without hamza (also Van, Turkey)",
    "الوادي": "the valley (also El Oued, Algeria)",
    "العين": "the eye (also Al Ain, UAE)",
    "الخمس": "the five (also Khoms, Libya)",
    "العلم": "the flag, science (also al-Alam, Iraq)",
    "الحزم": "resolve (عاصفة الحزم, 2015; also al-Hazm, Yemen)",
    "الحي": "the neighbourhood (also Kut al-Hai, Iraq)",
    "بلد": "country (also Balad, Iraq)",
}
WAR_PLACE_POP = 10000
# ... unless the name is this frequent: then it is above all a word (العلم the flag or
# science, عبد a slave, حسن good) and is read as the town only with a cue or context.
WAR_WORD_COUNT = 1500
# Cue words before a place name, folded: a name that follows one in CUE_SHARE of its
# occurrences or more is the news naming a place (بلدتي الفوعة وكفريا), not a word.
CUE_WORDS = {"مدينه", "بلده", "بلدتي", "قريه", "قريتي", "حي", "محافظه", "ناحيه", "قضاء",
             "ريف", "مدينتي", "بلدات", "قري", "مخيم"}
CUE_SHARE = 0.2
# One-letter proclitics the annotator peels (crates/lexicon/src/annotate.rs)
CLITICS = "وفبلك"
TOKEN = re.compile(r"[\u0621-\u064A]+")
# The folding of rasid's matcher (crates/text): hamza-carrying alefs to bare alef, alef
# maqsura to yaa, taa marbuta to haa, so that سنة in the text and سنه in the gazetteer
# are counted as the one word the annotator sees.
FOLD = str.maketrans({"ﷲ": "الله", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ی": "ي",
                      "ک": "ك"})


def fold(word):
    return word.translate(FOLD)


BIG_BUT_COMMON_FOLDED = {fold(k): v for k, v in BIG_BUT_COMMON.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=CORPUS)
    a = ap.parse_args()
    names = collections.defaultdict(list)
    protected = set()
    war_places = set()
    with open(GAZ, encoding="utf-8", newline="") as f:
        for g in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            for n in [g["name_ar"]] + g["alt_names_ar"].split("|"):
                if not n:
                    continue
                n = fold(n)
                names[n].append(int(g["population"]))
                if (g["country"] in ("SY", "IQ", "YE")
                        and int(g["population"]) >= WAR_PLACE_POP):
                    war_places.add(n)
                if g["placetype"] in ("country", "region"):
                    protected.add(n)
    single = {n for n in names if " " not in n}
    multi = {n for n in names if " " in n}
    longest = max((n.count(" ") + 1 for n in multi), default=1)
    counts = collections.Counter()
    # words that are a proclitic and a one-word name (كامل = ك + أمل, فرقة = ف + رقة)
    clitic_counts = collections.Counter()
    # occurrences right after a place cue word (بلدة الفوعة): a name, however frequent
    after_cue = collections.Counter()
    zips = sorted(glob.glob(os.path.join(a.corpus, "*.zip")))
    if not zips:
        raise SystemExit("no SaudiNewsNet zips in %s" % a.corpus)
    for z in zips:
        with zipfile.ZipFile(z) as zf:
            for member in zf.namelist():
                if not member.endswith(".json"):
                    continue
                for d in json.loads(zf.read(member).decode("utf-8")):
                    toks = [fold(t) for t in TOKEN.findall(d.get("content") or "")]
                    for i, t in enumerate(toks):
                        if t in single:
                            counts[t] += 1
                            if i and toks[i - 1] in CUE_WORDS:
                                after_cue[t] += 1
                        elif len(t) > 3 and t[0] in CLITICS and t[1:] in single:
                            clitic_counts[t] += 1
                        # a proclitic on the first word of a longer name (لكن على is
                        # ل + كن علي, a village)
                        if len(t) > 2 and t[0] in CLITICS:
                            for k in range(2, min(longest, 4) + 1):
                                if i + k > len(toks):
                                    break
                                rest = " ".join(toks[i + 1:i + k])
                                if t[1:] + " " + rest in multi:
                                    clitic_counts[t + " " + rest] += 1
                        # names of two words or more (علي عبد الله, a person)
                        for k in range(2, min(longest, 4) + 1):
                            if i + k > len(toks):
                                break
                            gram = " ".join(toks[i:i + k])
                            if gram in multi:
                                counts[gram] += 1
    rows = []
    for n, c in counts.items():
        if n in protected:
            continue
        mx = max(names[n])
        if n in BIG_BUT_COMMON_FOLDED and c >= MIN_COUNT:
            rows.append((n, c, len(names[n]), mx, BIG_BUT_COMMON_FOLDED[n]))
        elif (c >= MIN_COUNT and mx < MIN_POP and after_cue[n] < CUE_SHARE * c
              and (n not in war_places or c >= WAR_WORD_COUNT)):
            rows.append((n, c, len(names[n]), mx, "frequent word, no place of %d+" % MIN_POP))
    listed = {r[0] for r in rows}
    for w, c in clitic_counts.items():
        n = w[1:]
        if n not in names:
            continue
        # The word is more frequent than the bare name: it is a word of its own (فرقة a
        # division, ورقة a paper), not "and/so/like" + the place; the place is still read
        # with a cue or another place of its governorate.
        # و + a name with its article (والكوت) is always "and"; a word that is itself a
        # gazetteer name (باردو) stays a name.
        # A governorate's name is no exception: بحجة is mostly "on the pretext", not "in
        # Hajjah", which a cue (بمحافظة حجة) still finds.
        if (c >= MIN_COUNT and c > counts[n] and w not in listed
                and not n.startswith("ال") and w not in names):
            rows.append((w, c, len(names[n]), max(names[n]),
                         "a word: proclitic %s + %s (%d alone)" % (w[0], n, counts[n])))
    rows.sort()
    with open(OUT, "w", encoding="utf-8", newline="") as f:
        f.write("name\tcount\tplaces\tmax_population\treason\n")
        for r in rows:
            f.write("%s\t%d\t%d\t%d\t%s\n" % r)
    print("%s: %d names" % (OUT, len(rows)))


if __name__ == "__main__":
    main()
