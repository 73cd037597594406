#!/usr/bin/env python3
"""Check the place and facility data: data/places/gazetteer.tsv (and the alias overlay
data/places/gazetteer_aliases.tsv), data/places/curated.tsv, data/places/ambiguous.tsv and
data/facilities/facilities.tsv, and the geocoding test list data/places/geocoding_test.tsv
(standard library only; it reports the test list's rows per split).

  python3 scripts/check_places.py [-v] [--sync-facilities]

--sync-facilities first copies each facility's kind, names and parent from curated.tsv
(where they are edited) into facilities.tsv.

Exits 1 and prints every error when a file is wrong; warnings do not fail. Checked:
  * every file: the header, the column count, UTF-8, no empty list item, ids unique and
    sorted (gazetteer `wof:N`/`gn:N`, or `gn:YE.05` for a GeoNames admin1 code;
    curated and facilities kebab-case);
  * coordinates: numbers with at most 5 decimals, inside the bounds of their country
    (Syria, Iraq) or of the region (the other countries), and a curated place near the
    gazetteer place it is in (town precision: within 3 km, since it carries that town's
    coordinates; facility or neighbourhood: 40 km; district: 150 km);
  * references: admin1_id/admin2_id to a gazetteer governorate/district, parent_id to
    any gazetteer place, facilities to curated.tsv (same kind, names, parent), confused_with
    to facilities (both ways), operators to actor ids of ../shared/SPEC.md;
  * the geocoding test list: split dev or test, place ids in the gazetteer or curated
    list or `missing:<what it is>` with a note (places neither holds: counted as misses),
    short sentences holding the surface, at most 10% of rows (and 3) from one article;
  * aliases: after light normalisation (hamza forms, ta marbuta, alif maqsura, diacritics,
    case), no alias of curated.tsv names two ids unless ambiguous.tsv lists it with
    exactly those ids; a curated alias equal to a gazetteer name is only a warning;
  * data/README.md has a row for each data file.
"""
import csv
import math
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAZ = os.path.join(ROOT, "data", "places", "gazetteer.tsv")
CUR = os.path.join(ROOT, "data", "places", "curated.tsv")
AMB = os.path.join(ROOT, "data", "places", "ambiguous.tsv")
OVL = os.path.join(ROOT, "data", "places", "gazetteer_aliases.tsv")
GEO = os.path.join(ROOT, "data", "places", "geocoding_test.tsv")
CWN = os.path.join(ROOT, "data", "places", "common_word_names.tsv")
FAC = os.path.join(ROOT, "data", "facilities", "facilities.tsv")
README = os.path.join(ROOT, "data", "README.md")

GAZ_COLS = ["id", "country", "placetype", "feature_code", "name_ar", "alt_names_ar",
            "name_en", "alt_names_latin", "admin1_id", "admin2_id", "lat", "lon",
            "population"]
CUR_COLS = ["id", "kind", "name_ar", "aliases_ar", "name_en", "aliases_en", "lat", "lon",
            "precision", "admin1_id", "parent_id", "source", "note"]
FAC_COLS = ["id", "kind", "name_ar", "aliases_ar", "name_en", "aliases_en", "operator",
            "operator_changes", "parent_id", "confused_with", "source", "note"]
CHANGE = re.compile(r"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)>([A-Z_]+)$")
AMB_COLS = ["alias", "ids", "default", "note"]
OVL_COLS = ["id", "alias", "source", "note"]
CWN_COLS = ["name", "count", "places", "max_population", "reason"]
GEO_COLS = ["id", "source_url", "sentence", "surface", "place_id", "precision", "note", "split"]
GEO_SPLITS = ("dev", "test")

REGION_COUNTRIES = {"SY", "IQ", "TR", "JO", "LB", "IR", "SA", "KW", "IL", "PS", "EG", "YE",
                    "AE", "QA", "BH", "OM", "LY", "SD", "TN", "DZ", "MA"}
PLACETYPES = {"country", "region", "county", "locality", "neighbourhood", "campus"}
# lat min, lat max, lon min, lon max (with some slack)
BOUNDS = {"SY": (32.2, 37.5, 35.5, 42.5), "IQ": (28.9, 37.5, 38.7, 48.8)}
REGION_BOUNDS = (10.0, 44.0, -18.0, 64.0)
CUR_KINDS = {"neighbourhood", "camp", "prison", "detention", "military-base", "dam",
             "oil-field", "gas-field", "oil-facility", "border-crossing", "airport", "desert",
             "region"}
PRECISIONS = {"facility": 40.0, "neighbourhood": 40.0, "town": 3.0, "district": 150.0,
              "governorate": 400.0, "country": 1500.0}
FAC_KINDS = {"prison", "camp", "detention"}
# canonical actor ids of ../shared/SPEC.md that may run a facility, plus X_GOV governments
ACTORS = {"ISIS", "SDF", "ASAYISH", "YPG", "US", "COALITION", "IRAN_BACKED", "TURKEY", "SNA",
          "HTS", "PMF", "PESHMERGA", "KRG_ASAYISH", "HOUTHIS", "SALEH_FORCES",
          "YEMEN_RESISTANCE", "RUSSIA", "UNKNOWN"}
GOV = re.compile(r"^[A-Z]+_GOV$")
KEBAB = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
GAZ_ID = re.compile(r"^(wof:[0-9]+|gn:[0-9]+|gn:[A-Z]{2}\.[0-9A-Z]{2})$")
COORD = re.compile(r"^-?[0-9]{1,3}(\.[0-9]{1,5})?$")
ARABIC = re.compile(r"[\u0600-\u06FF]")
HARAKAT = re.compile(r"[\u064B-\u0652\u0670\u0640]")

errors = []
warnings = []


def err(msg):
    errors.append(msg)


def warn(msg):
    warnings.append(msg)


def norm(s):
    """Light normalisation for alias comparison (not the engine's)."""
    s = unicodedata.normalize("NFC", s)
    s = HARAKAT.sub("", s)
    s = re.sub("[أإآٱ]", "ا", s).replace("ة", "ه").replace("ى", "ي")
    s = s.replace("ؤ", "و").replace("ئ", "ي")
    s = s.replace("ک", "ك").replace("ی", "ي")  # Persian kaf and yeh, as the engine folds them
    s = re.sub(r"[’'ʿʾ`‘\-]", "", s.lower())
    return re.sub(r"\s+", " ", s).strip()


def read_tsv(path, cols, label, unique=True, key=None):
    """Rows of a TSV as dicts (with _line); checks header, columns, spaces, order."""
    if not os.path.exists(path):
        err("%s: missing" % label)
        return []
    rows = []
    with open(path, encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    else:
        err("%s: no newline at the end" % label)
    if not lines or lines[0].split("\t") != cols:
        err("%s: header is not %s" % (label, "\t".join(cols)))
        return []
    for n, line in enumerate(lines[1:], start=2):
        f = line.split("\t")
        if len(f) != len(cols):
            err("%s:%d: %d columns, want %d" % (label, n, len(f), len(cols)))
            continue
        r = dict(zip(cols, f))
        r["_line"] = n
        for c, v in r.items():
            if c == "_line":
                continue
            if v != v.strip():
                err("%s:%d: %s has leading/trailing spaces" % (label, n, c))
            if "|" in v and any(not x.strip() for x in v.split("|")):
                err("%s:%d: %s has an empty list item" % (label, n, c))
        rows.append(r)
    ids = [r[cols[0]] for r in rows]
    seen = set()
    for r in rows:
        if unique and r[cols[0]] in seen:
            err("%s:%d: duplicate id %s" % (label, r["_line"], r[cols[0]]))
        seen.add(r[cols[0]])
    if ids != sorted(ids, key=key):
        err("%s: rows are not sorted by %s" % (label, cols[0]))
    return rows


def split(v):
    return [x for x in v.split("|") if x] if v else []


def km(lat1, lon1, lat2, lon2):
    p = math.pi / 180
    a = (math.sin((lat2 - lat1) * p / 2) ** 2 + math.cos(lat1 * p) * math.cos(lat2 * p)
         * math.sin((lon2 - lon1) * p / 2) ** 2)
    return 12742 * math.asin(math.sqrt(a))


def coords(r, label):
    if not COORD.match(r["lat"]) or not COORD.match(r["lon"]):
        err("%s:%d: bad coordinates %r %r (number, at most 5 decimals)"
            % (label, r["_line"], r["lat"], r["lon"]))
        return None
    lat, lon = float(r["lat"]), float(r["lon"])
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        err("%s:%d: coordinates out of range" % (label, r["_line"]))
        return None
    return lat, lon


def in_box(lat, lon, box):
    return box[0] <= lat <= box[1] and box[2] <= lon <= box[3]


def check_gazetteer():
    rows = read_tsv(GAZ, GAZ_COLS, "gazetteer.tsv")
    by_id = {r["id"]: r for r in rows}
    no_ar = 0
    for r in rows:
        n = r["_line"]
        if not GAZ_ID.match(r["id"]):
            err("gazetteer.tsv:%d: id %r is not wof:N, gn:N or gn:CC.xx" % (n, r["id"]))
        if r["country"] not in REGION_COUNTRIES:
            err("gazetteer.tsv:%d: country %r" % (n, r["country"]))
        if r["placetype"] not in PLACETYPES:
            err("gazetteer.tsv:%d: placetype %r" % (n, r["placetype"]))
        if not r["name_en"] and not r["name_ar"]:
            err("gazetteer.tsv:%d: no name" % n)
        if not r["name_ar"]:
            no_ar += 1
        if not r["population"].isdigit():
            err("gazetteer.tsv:%d: population %r" % (n, r["population"]))
        c = coords(r, "gazetteer.tsv")
        if c:
            box = BOUNDS.get(r["country"], REGION_BOUNDS)
            if not in_box(c[0], c[1], box):
                err("gazetteer.tsv:%d: %s (%s) at %s,%s is outside %s"
                    % (n, r["id"], r["name_en"], r["lat"], r["lon"], r["country"]))
        for col, want in (("admin1_id", {"region"}), ("admin2_id", {"county"})):
            v = r[col]
            if v:
                t = by_id.get(v)
                if t is None:
                    err("gazetteer.tsv:%d: %s %s not in the gazetteer" % (n, col, v))
                elif t["placetype"] not in want:
                    err("gazetteer.tsv:%d: %s %s is a %s" % (n, col, v, t["placetype"]))
        for col in ("alt_names_ar", "alt_names_latin"):
            items = split(r[col])
            if len(items) != len(set(items)):
                err("gazetteer.tsv:%d: %s repeats a name" % (n, col))
    if no_ar:
        warn("gazetteer.tsv: %d places have no Arabic name (kept for their Latin names)" % no_ar)
    return by_id


def names_of(r, cols):
    out = []
    for c in cols:
        out += split(r[c]) if "|" in r[c] or c.startswith("alias") else ([r[c]] if r[c] else [])
    return out


def check_curated(gaz):
    rows = read_tsv(CUR, CUR_COLS, "curated.tsv")
    for r in rows:
        n = r["_line"]
        if not KEBAB.match(r["id"]):
            err("curated.tsv:%d: id %r is not kebab-case" % (n, r["id"]))
        if r["kind"] not in CUR_KINDS:
            err("curated.tsv:%d: kind %r (one of %s)" % (n, r["kind"], sorted(CUR_KINDS)))
        if r["precision"] not in PRECISIONS:
            err("curated.tsv:%d: precision %r" % (n, r["precision"]))
        if not r["name_ar"] or not ARABIC.search(r["name_ar"]):
            err("curated.tsv:%d: name_ar missing or not Arabic" % n)
        for a in split(r["aliases_ar"]):
            if not ARABIC.search(a):
                err("curated.tsv:%d: aliases_ar item %r is not Arabic" % (n, a))
        for a in [r["name_en"]] + split(r["aliases_en"]):
            if ARABIC.search(a) or not a:
                err("curated.tsv:%d: English name %r" % (n, a))
        if not r["source"]:
            err("curated.tsv:%d: no source" % n)
        p = gaz.get(r["parent_id"])
        a1 = gaz.get(r["admin1_id"])
        if r["admin1_id"] or p is None or p["country"] in BOUNDS:
            # Syria and Iraq have governorates in the gazetteer; other countries do not
            if a1 is None or a1["placetype"] != "region":
                err("curated.tsv:%d: admin1_id %r is not a gazetteer governorate"
                    % (n, r["admin1_id"]))
        if p is None:
            err("curated.tsv:%d: parent_id %r not in the gazetteer" % (n, r["parent_id"]))
        elif p["admin1_id"] and a1 is not None and p["admin1_id"] != r["admin1_id"]:
            warn("curated.tsv:%d: %s: admin1 %s but its parent %s is in %s"
                 % (n, r["id"], r["admin1_id"], r["parent_id"], p["admin1_id"]))
        c = coords(r, "curated.tsv")
        country = (a1 or p or {}).get("country")
        if c and country:
            box = BOUNDS.get(country, REGION_BOUNDS)
            if not in_box(c[0], c[1], box):
                err("curated.tsv:%d: %s outside %s" % (n, r["id"], country))
        if c and p is not None and r["precision"] in PRECISIONS:
            d = km(c[0], c[1], float(p["lat"]), float(p["lon"]))
            limit = PRECISIONS[r["precision"]]
            if p["placetype"] in ("county", "region"):  # a district's centroid is no anchor
                limit = max(limit, PRECISIONS["district"])
            if d > limit:
                err("curated.tsv:%d: %s is %.1f km from its parent %s (precision %s allows %.0f)"
                    % (n, r["id"], d, r["parent_id"], r["precision"], limit))
        if r["precision"] != "facility" and "coordinates" not in r["note"] + r["source"]:
            err("curated.tsv:%d: %s has %s precision: the note must say whose coordinates"
                % (n, r["id"], r["precision"]))
        # spelling variants (hamza forms, ة/ه) are meant to be listed; the same string
        # twice, or an English name twice in another case, is a slip
        own = [r["name_ar"]] + split(r["aliases_ar"]) + [r["name_en"].lower()] + \
            [a.lower() for a in split(r["aliases_en"])]
        if len(own) != len(set(own)):
            dup = sorted({x for x in own if own.count(x) > 1})
            err("curated.tsv:%d: %s lists a name twice: %s" % (n, r["id"], dup))
    return {r["id"]: r for r in rows}


def check_ambiguous(cur, gaz):
    rows = read_tsv(AMB, AMB_COLS, "ambiguous.tsv")
    amb = {}
    for r in rows:
        ids = split(r["ids"])
        if len(ids) < 2:
            err("ambiguous.tsv:%d: %r lists fewer than two ids" % (r["_line"], r["alias"]))
        for i in ids:
            if i not in cur and i not in gaz:
                err("ambiguous.tsv:%d: id %s in neither curated.tsv nor the gazetteer"
                    % (r["_line"], i))
        if r["default"] not in ids:
            err("ambiguous.tsv:%d: default %r is not one of the ids" % (r["_line"], r["default"]))
        if not r["note"]:
            err("ambiguous.tsv:%d: no note on how to resolve" % r["_line"])
        amb[norm(r["alias"])] = set(ids)
    return amb


def check_aliases(cur, amb, gaz):
    owners = {}
    for r in cur.values():
        for a in [r["name_ar"]] + split(r["aliases_ar"]) + [r["name_en"]] + split(r["aliases_en"]):
            owners.setdefault(norm(a), set()).add(r["id"])
    for a, ids in sorted(owners.items()):
        if len(ids) > 1:
            if amb.get(a) != ids:
                err("alias %r names %s: list it in ambiguous.tsv or drop it"
                    % (a, "|".join(sorted(ids))))
    for a, ids in amb.items():
        curated = {i for i in ids if i in cur}
        if owners.get(a, set()) != curated:
            err("ambiguous.tsv: %r is listed for %s but curated.tsv gives it to %s"
                % (a, sorted(curated), sorted(owners.get(a, set()))))
        for i in sorted(ids - curated):
            g = gaz.get(i)
            names = [g["name_ar"], g["name_en"]] + split(g["alt_names_ar"]) if g else []
            if a not in {norm(x) for x in names if x}:
                err("ambiguous.tsv: %r is listed for %s, which the gazetteer does not call so"
                    % (a, i))
    gaz_names = {}
    for g in gaz.values():
        for x in [g["name_ar"], g["name_en"]] + split(g["alt_names_ar"]) + split(g["alt_names_latin"]):
            if x:
                gaz_names.setdefault(norm(x), g["id"])
    clash = sorted((a, gaz_names[a]) for a in owners if a in gaz_names)
    if clash:
        warn("%d curated names are also gazetteer names (e.g. %s): the annotator must prefer "
             "the longer match or context" % (len(clash), ", ".join("%s=%s" % c for c in clash[:5])))


def check_facilities(cur):
    rows = read_tsv(FAC, FAC_COLS, "facilities.tsv")
    fac = {r["id"]: r for r in rows}
    for r in rows:
        n = r["_line"]
        if not KEBAB.match(r["id"]):
            err("facilities.tsv:%d: id %r is not kebab-case" % (n, r["id"]))
        if r["kind"] not in FAC_KINDS:
            err("facilities.tsv:%d: kind %r" % (n, r["kind"]))
        c = cur.get(r["id"])
        if c is None:
            err("facilities.tsv:%d: %s is not in curated.tsv" % (n, r["id"]))
        else:
            for col in ("kind", "name_ar", "aliases_ar", "name_en", "aliases_en", "parent_id"):
                if r[col] != c[col]:
                    err("facilities.tsv:%d: %s %s differs from curated.tsv" % (n, r["id"], col))
        ops = split(r["operator"])
        if not ops:
            err("facilities.tsv:%d: no operator (UNKNOWN when unknown)" % n)
        for o in ops:
            if o not in ACTORS and not GOV.match(o):
                err("facilities.tsv:%d: operator %r is not an actor id" % (n, o))
        last = ""
        for ch in split(r["operator_changes"]):
            m = CHANGE.match(ch)
            if not m:
                err("facilities.tsv:%d: operator_changes item %r is not DATE>ACTOR" % (n, ch))
                continue
            if m.group(1) < last:
                err("facilities.tsv:%d: operator_changes out of date order" % n)
            last = m.group(1)
            if m.group(4) not in ACTORS and not GOV.match(m.group(4)):
                err("facilities.tsv:%d: operator %r is not an actor id" % (n, m.group(4)))
        for o in split(r["confused_with"]):
            if o == r["id"]:
                err("facilities.tsv:%d: confused with itself" % n)
            elif o not in fac:
                err("facilities.tsv:%d: confused_with %s is not a facility" % (n, o))
            elif r["id"] not in split(fac[o]["confused_with"]):
                err("facilities.tsv:%d: %s confused with %s but not the reverse" % (n, r["id"], o))
        if not r["source"]:
            err("facilities.tsv:%d: no source" % n)
    for c in cur.values():
        if c["kind"] in FAC_KINDS and c["id"] not in fac:
            err("curated.tsv: %s is a %s but not in facilities.tsv" % (c["id"], c["kind"]))
    return fac


def check_overlay(gaz):
    rows = read_tsv(OVL, OVL_COLS, "gazetteer_aliases.tsv", unique=False)
    # sorted by id, then alias (read_tsv only checks the id order)
    keys = [(r["id"], r["alias"]) for r in rows]
    if len(keys) != len(set(keys)):
        err("gazetteer_aliases.tsv: a line is repeated")
    for r in rows:
        g = gaz.get(r["id"])
        if g is None:
            err("gazetteer_aliases.tsv:%d: %s not in the gazetteer" % (r["_line"], r["id"]))
            continue
        if not r["source"]:
            err("gazetteer_aliases.tsv:%d: no source" % r["_line"])
        have = [g["name_ar"], g["name_en"]] + split(g["alt_names_ar"]) + split(g["alt_names_latin"])
        if r["alias"] not in have:
            err("gazetteer_aliases.tsv:%d: %r is not in gazetteer.tsv: run scripts/build_gazetteer.py"
                % (r["_line"], r["alias"]))
    return rows


def check_geocoding_test(gaz, cur):
    def number(i):
        m = re.match(r"^geo-([0-9]{3,4})$", i)
        return int(m.group(1)) if m else -1
    rows = read_tsv(GEO, GEO_COLS, "geocoding_test.tsv", key=number)
    for r in rows:
        n = r["_line"]
        if number(r["id"]) < 0:
            err("geocoding_test.tsv:%d: id %r is not geo-NNN or geo-NNNN" % (n, r["id"]))
        if r["surface"] not in r["sentence"]:
            err("geocoding_test.tsv:%d: surface not in the sentence" % n)
        if len(r["sentence"]) > 300:
            err("geocoding_test.tsv:%d: sentence longer than 300 characters (short quotes only)" % n)
        if r["place_id"].startswith("missing:"):
            # the meant place is in neither list: kept (counted as a miss) to measure coverage
            if len(r["place_id"]) <= len("missing:") or not r["note"]:
                err("geocoding_test.tsv:%d: a missing: id needs what it is and a note" % n)
        elif r["place_id"] not in gaz and r["place_id"] not in cur:
            err("geocoding_test.tsv:%d: place %s is neither in the gazetteer nor curated"
                % (n, r["place_id"]))
        if r["split"] not in GEO_SPLITS:
            err("geocoding_test.tsv:%d: split %r (dev or test)" % (n, r["split"]))
        if r["precision"] not in PRECISIONS:
            err("geocoding_test.tsv:%d: precision %r" % (n, r["precision"]))
        if not r["source_url"].startswith("http"):
            err("geocoding_test.tsv:%d: source_url" % n)
    # one article must not weigh much: at most 10% of the rows (and 3 rows) from one URL
    per_url = {}
    for r in rows:
        per_url[r["source_url"]] = per_url.get(r["source_url"], 0) + 1
    for url, k in sorted(per_url.items()):
        if k > max(3, len(rows) // 10):
            err("geocoding_test.tsv: %d rows from %s" % (k, url))
    return rows


def check_common_words(gaz):
    rows = read_tsv(CWN, CWN_COLS, "common_word_names.tsv")
    # Names are listed in the folded form the matcher sees (ة -> ه, أ إ آ -> ا, ى -> ي).
    fold = str.maketrans({"ﷲ": "الله", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي",
                          "ة": "ه", "ی": "ي", "ک": "ك"})
    have = set()
    for g in gaz.values():
        have.add(g["name_ar"].translate(fold))
        have.update(n.translate(fold) for n in split(g["alt_names_ar"]))
    for r in rows:
        # a proclitic and a one-word name that make a word (كامل = ك + أمل)
        clitic = r["name"][:1] in "وفبلك" and r["name"][1:] in have
        if r["name"] not in have and not clitic:
            err("common_word_names.tsv:%d: %r is no gazetteer name: run "
                "scripts/build_common_word_names.py" % (r["_line"], r["name"]))
        if not (r["count"].isdigit() and r["places"].isdigit() and r["max_population"].isdigit()):
            err("common_word_names.tsv:%d: counts must be whole numbers" % r["_line"])
    return rows


def check_readme():
    if not os.path.exists(README):
        err("data/README.md: missing")
        return
    text = open(README, encoding="utf-8").read()
    for d, _, files in os.walk(os.path.join(ROOT, "data")):
        for f in files:
            if f.endswith(".tsv"):
                rel = os.path.relpath(os.path.join(d, f), os.path.join(ROOT, "data"))
                if ("`%s`" % rel) not in text:
                    err("data/README.md: no row for `%s`" % rel)


def sync_facilities():
    """Copy kind, names and parent of each facility from curated.tsv (names live there)."""
    with open(CUR, encoding="utf-8", newline="") as f:
        cur = {r["id"]: r for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)}
    lines = open(FAC, encoding="utf-8").read().rstrip("\n").split("\n")
    out = [lines[0]]
    for line in lines[1:]:
        r = dict(zip(FAC_COLS, line.split("\t")))
        c = cur.get(r["id"])
        if c:
            for col in ("kind", "name_ar", "aliases_ar", "name_en", "aliases_en", "parent_id"):
                r[col] = c[col]
        out.append("\t".join(r[col] for col in FAC_COLS))
    with open(FAC, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def main():
    verbose = "-v" in sys.argv
    if "--sync-facilities" in sys.argv:
        sync_facilities()
    gaz = check_gazetteer()
    cur = check_curated(gaz)
    amb = check_ambiguous(cur, gaz)
    check_aliases(cur, amb, gaz)
    fac = check_facilities(cur)
    ovl = check_overlay(gaz)
    geo = check_geocoding_test(gaz, cur)
    cwn = check_common_words(gaz)
    check_readme()
    for w in warnings:
        print("warning: " + w)
    for e in errors[: None if verbose else 50]:
        print("error: " + e)
    if len(errors) > 50 and not verbose:
        print("... %d more errors (-v shows all)" % (len(errors) - 50))
    print("gazetteer %d places (+%d overlay aliases), curated %d, facilities %d, "
          "ambiguous aliases %d, geocoding tests %d (%s), common-word names %d: %s"
          % (len(gaz), len(ovl), len(cur), len(fac), len(amb), len(geo),
             ", ".join("%s %d, %d missing" % (sp, sum(r["split"] == sp for r in geo),
                                               sum(r["split"] == sp and r["place_id"].startswith("missing:")
                                                   for r in geo)) for sp in GEO_SPLITS),
             len(cwn),
             "FAIL" if errors else "ok"))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
