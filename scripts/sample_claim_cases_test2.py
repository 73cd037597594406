#!/usr/bin/env python3
"""Sample candidate sentences for a blind claim list (data/claims/cases_test2.tsv).

Reads the SaudiNewsNet zips, splits article bodies into sentences, keeps sentences of at
most 300 characters that are not in cases.tsv or cases_test.tsv (nor a near-copy: character
5-gram overlap of 0.5 or more after normalisation), groups them by the patterns the existing
lists are thin on, and prints a seeded random sample, at most one sentence an article per
group. The annotator then writes the rows by hand, without running rasid.

Usage: python3 scripts/sample_claim_cases_test2.py [SEED] [PER_GROUP]
"""
import csv
import glob
import json
import random
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "saudinewsnet"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/corpus/saudinewsnet")
LISTS = [ROOT / "data" / "claims" / "cases.tsv", ROOT / "data" / "claims" / "cases_test.tsv"]

GROUPS = {
    "dual": r"(قتيلين|قتيلان|جريحين|جريحان|جنديين|جنديان|شخصين|شخصان|مدنيين اثنين|طفلين)",
    "vague": r"(عدد من (القتلى|الجرحى|المصابين|الإصابات|الاصابات|المسلحين|الأشخاص)|سقوط (قتلى|جرحى|إصابات|اصابات)|إصابات|اصابات)",
    "magnitude": r"(عشرات|مئات|آلاف|الآلاف|العشرات|المئات)",
    "parts": r"(بينهم|بينهن|من بينهم|منهم)",
    "arrested": r"(اعتقال|القبض على|اعتقلت|توقيف|أوقفت)",
    "captured": r"(اختطاف|خطف|أسر |أسرى|رهائن|رهينة)",
    "executed": r"(إعدام|اعدام|أعدم|اعدم)",
    "escaped": r"(فرار|هروب|فر |هرب)",
    "surrendered": r"(سلم نفسه|سلموا أنفسهم|تسليم أنفسهم|استسلام|استسلم)",
    "detained": r"(يضم السجن|محتجز|معتقل|سجين|نزلاء)",
    "attackers": r"(هاجم \d+|مسلحا هاجموا|عنصرا هاجموا|مسلحين هاجموا|انتحاريين)",
    "bounds": r"(أكثر من|اكثر من|ما لا يقل عن|لا يقل عن|على الأقل|على الاقل|لا يتجاوز|ما يزيد على|يزيد عن)",
    "approx": r"(نحو|حوالي|حوالى|قرابة|زهاء|ما يقارب)",
    "hedge": r"(يعتقد|يرجح|يُرجح|أنباء عن|انباء عن|ترجيحات|لم يتسن)",
    "attribution": r"(المرصد السوري|مصادر محلية|وفقا ل|وفقاً ل|بحسب|نقلا عن)",
}
# Groups sampled after the others (so the earlier picks stay the same): escapes from custody
# and the size of attacking forces, both rare in the corpus.
LATE_GROUPS = {
    "escape_custody": r"((فرار|هروب|فر|هرب|فروا|هربوا|تهريب)[^.،]{0,40}(سجن|السجن|سجناء|السجناء|معتقلين|المعتقلين|نزلاء))|((سجن|السجن|سجناء)[^.،]{0,40}(فرار|هروب|فروا|هربوا))",
    "attack_force": r"(\d+|عشرات|مئات)\s*(من\s*)?(مسلحا|مسلحًا|مسلحين|عنصرا|عنصرًا|مقاتلا|مقاتلًا)[^.،]{0,30}(هاجم|هجوم|اقتحم|شنوا)|(هاجم|اقتحم)\w*\s+(نحو\s+|حوالي\s+)?(\d+|عشرات|مئات)",
}
VIOLENCE = r"(قتل|مقتل|قتيل|قتلى|جرح|جرحى|إصاب|اصاب|مصرع|اعتقال|القبض|خطف|اختطاف|أسر|إعدام|اعدام|فرار|هروب|سجن|محتجز|مسلح|استسلام)"
NEGATIVE = r"(ريال|دولار|مليون|مليار|عاما|عامًا|سنة|كيلومتر|كم|بالمئة|بالمائة|%|هدف|مباراة|درجة|متر)"
PLACES = r"(سوري|العراق|عراقي|اليمن|يمني|الحوثي|مصر|سيناء|ليبي|أفغان|افغان|نيجيري|بوكو|الصومال|جازان|نجران|الحد الجنوبي|تركي|لبنان|باكستان|داعش)"


def normalise(text):
    """Letters and digits only, with the common Arabic spelling variants folded."""
    text = re.sub(r"[\u064B-\u0652\u0640]", "", text)
    text = text.translate(str.maketrans("أإآىةؤئ", "ااايهوي"))
    return re.sub(r"[^\w]", "", text)


def grams(text):
    """Character 5-grams of a normalised sentence."""
    return {text[i:i + 5] for i in range(max(len(text) - 4, 1))}


def main():
    """Print the seeded sample as TSV: group, url, sentence."""
    seed = int(sys.argv[1]) if len(sys.argv) > 1 else 20261122
    per_group = int(sys.argv[2]) if len(sys.argv) > 2 else 12
    known = []
    for path in LISTS:
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
                known.append(grams(normalise(row["sentence"])))
    known_urls = set()
    sentences = []
    for path in sorted(glob.glob(str(CORPUS / "*.zip"))):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                for article in json.loads(archive.read(name)):
                    body = (article.get("content") or "").replace("\t", " ")
                    for sentence in re.split(r"(?<=[.!؟?])\s+|\n+", body):
                        sentence = sentence.strip()
                        if 40 <= len(sentence) <= 300 and re.search(r"\d|[٠-٩]|اثن|ثلاث|أربع|خمس|عشر|مئ|آلاف|قتيل|جريح|إصابات", sentence):
                            sentences.append((article["url"], sentence))
    rng = random.Random(seed)
    rng.shuffle(sentences)
    seen_sentences, used_articles = set(), set()
    for group, pattern in list(GROUPS.items()) + [("negative", NEGATIVE)] + list(LATE_GROUPS.items()):
        taken = 0
        for url, sentence in sentences:
            if taken >= per_group:
                break
            if url in used_articles or sentence in seen_sentences:
                continue
            if not re.search(pattern, sentence):
                continue
            violent = re.search(VIOLENCE, sentence)
            if group == "negative" and (violent or not re.search(r"\d", sentence)):
                continue
            if group != "negative" and not (violent and re.search(PLACES, sentence) or group in ("arrested", "executed", "detained", "escaped", "escape_custody", "attack_force")):
                continue
            mine = grams(normalise(sentence))
            if any(len(mine & other) >= 0.5 * min(len(mine), len(other)) for other in known):
                continue
            seen_sentences.add(sentence)
            used_articles.add(url)
            taken += 1
            print(f"{group}\t{url}\t{sentence}")


if __name__ == "__main__":
    main()
