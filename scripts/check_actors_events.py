#!/usr/bin/env python3
"""Validates the actor and event-word knowledge files (issue 3, parts 2 and 4).

    python3 scripts/check_actors_events.py            # check, exit 1 on any error
    python3 scripts/check_actors_events.py --stats    # also print row and alias counts
    python3 scripts/check_actors_events.py --lookup قسد   # which ids an alias reaches

Files checked (all plain UTF-8 TSV, header row, `|` between list items, sorted by id):
    data/actors/actors.tsv      canonical actor ids with Arabic and English aliases
    data/actors/ambiguous.tsv   aliases that reach more than one id, and how to choose
    data/actors/members.tsv     member nouns (عنصر، مقاتل، مدني...) with their forms
    data/events/event_types.tsv each SPEC.md event type -> ACLED type/sub-type, PLOVER type
    data/events/triggers.tsv    event words in Arabic and English

Python 3 standard library only. Matching is done on the normalised form that
crates/text produces (hamza forms of alef folded, ى -> ي, ة -> ه, harakat and tatweel
dropped, guillemets -> ", lower case); this script mirrors that folding to find
aliases that collide once normalised.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
GAZETTEER = os.path.join(ROOT, "..", "shared", "data", "gazetteer", "syria_iraq_gazetteer.tsv")
SPEC = os.path.join(ROOT, "..", "shared", "SPEC.md")
GOLD = os.path.join(ROOT, "..", "shared", "corpus", "gold", "seeds.json")

# ---------------------------------------------------------------- vocabularies

SPEC_ACTOR_IDS = """ISIS SDF ASAYISH YPG US COALITION IRAN_BACKED TURKEY SNA HTS PMF PESHMERGA
KRG_ASAYISH HOUTHIS SALEH_FORCES YEMEN_RESISTANCE RUSSIA SYRIAN_GOV IRAQ_GOV SAUDI_GOV
YEMEN_GOV EGYPT_GOV BAHRAIN_GOV SOHR MSF KDP CIVILIANS CHILDREN CHRISTIANS TUAREG TEBU
UNKNOWN""".split()

SPEC_EVENT_TYPES = """attack armed_clash vbied suicide_bombing ied airstrike drone_strike
shelling riot escape attempted_escape hostage_taking execution surrender arrest siege
security_operation protest""".split()

# The aliases issue 3 §2 names, by the id they must reach (as alias or name).
ISSUE_ALIASES = {
    "ISIS": ["داعش", "تنظيم الدولة", 'تنظيم "داعش" الإرهابي', "خلايا داعش", "ISIS", "ISIL",
             "Islamic State"],
    "SDF": ["قسد", "قوات سوريا الديمقراطية", "SDF"],
    "ASAYISH": ["الأسايش", "قوى الأمن الداخلي"],
    "YPG": ["الوحدات الكردية", "YPG"],
    "COALITION": ["التحالف الدولي"],
    "US": ["القوات الأميركية"],
    "SYRIAN_GOV": ["قوات النظام", "الجيش السوري"],
    "IRAN_BACKED": ["المجموعات الموالية لإيران"],
    "TURKEY": ["الجيش التركي"],
    "SNA": ["الجيش الوطني السوري"],
    "HTS": ["هيئة تحرير الشام"],
    "PMF": ["الحشد الشعبي"],
    "IRAQ_GOV": ["القوات العراقية"],
    "PESHMERGA": ["البيشمركة"],
    "SOHR": ["المرصد السوري لحقوق الإنسان"],
    "HOUTHIS": ["ميليشيات الحوثي", "الحوثيين", "جماعة أنصار الله"],
}
# ...and the one that only holds once the document has named the group.
ISSUE_CONTEXT_ONLY = {"ISIS": ["التنظيم"]}

# The member nouns issue 3 §2 and its brief name, by member id.
ISSUE_MEMBERS = {
    "member": ["عنصر", "عناصر"], "fighter": ["مقاتل", "مقاتلين", "مقاتلون", "fighters"],
    "detainee": ["معتقل", "معتقلين", "detainees"], "prisoner": ["سجين", "سجناء"],
    "guard": ["حارس", "حراس", "guards"], "garrison": ["حامية"], "staff": ["موظف"],
    "civilian": ["مدني", "مدنيين", "مدنيون", "civilians"], "child": ["طفل", "أطفال"],
    "woman": ["امرأة", "نساء"], "soldier": ["جندي", "جنود"], "police": ["شرطي"],
}

# The event words issue 3 §4 names, by event type.
ISSUE_TRIGGERS = {
    "attack": ["هاجم", "هجوم", "اقتحام"], "vbied": ["سيارة مفخخة"],
    "suicide_bombing": ["تفجير انتحاري"], "ied": ["عبوة ناسفة"],
    "riot": ["استعصاء", "عصيان", "تمرد"], "escape": ["فرار", "هروب"],
    "surrender": ["استسلم"], "hostage_taking": ["أسر", "اختطف"], "execution": ["أعدم"],
    "shelling": ["قصف صاروخي", "قذيفة هاون"], "airstrike": ["غارة"],
    "drone_strike": ["مسيّرة"], "armed_clash": ["اشتباكات"], "siege": ["حصار"],
    "security_operation": ["عملية أمنية", "مداهمة"], "arrest": ["اعتقال"],
}

ACTOR_KINDS = {"armed_group", "state_force", "government", "source", "ngo", "people_group",
               "unknown", "party", "igo"}

# ISO 3166-1 alpha-2 codes an actor may carry: the gazetteer's two countries (checked
# against the gazetteer file) and the region's others that reporting names.
COUNTRIES = {"SY": "Syria", "IQ": "Iraq", "TR": "Turkey", "IR": "Iran", "LB": "Lebanon",
             "JO": "Jordan", "IL": "Israel", "PS": "Palestine", "SA": "Saudi Arabia",
             "YE": "Yemen", "EG": "Egypt", "BH": "Bahrain", "AE": "United Arab Emirates",
             "KW": "Kuwait", "QA": "Qatar", "OM": "Oman", "LY": "Libya", "US": "United States",
             "RU": "Russia", "NG": "Nigeria", "SO": "Somalia", "AF": "Afghanistan",
             "PK": "Pakistan", "ML": "Mali", "NE": "Niger", "TD": "Chad", "SD": "Sudan"}

MEMBER_ROLES = {"member", "fighter", "leader", "detainee", "prisoner", "guard", "staff",
                "civilian", "child", "woman", "man", "soldier", "police", "security",
                "attacker", "suicide_bomber", "hostage", "victim", "escapee", "protester",
                "rioter", "displaced", "person", "garrison", "foreigner", "family"}

# ACLED event types and their sub-event types, as named in the ACLED codebook
# (https://acleddata.com/knowledge-base/codebook, 2023 edition, updated 2024).
ACLED = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}

# PLOVER event types as in openeventdata/PLOVER CAMEO2PLOVER-2021.txt (manual draft 0.8,
# the version POLECAT codes); earlier drafts also had FIGHT, INVESTIGATE, DISAPPROVE, CRIME.
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "ACCUSE",
          "DEMAND", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE",
          "ASSAULT"}
PLOVER_MODES = {"", "firearms", "heavy-weapons", "explosives", "suicide-attack", "abduct",
                "beat", "torture", "sexual", "assassinate", "cleansing", "unconventional",
                "destroy", "arrest", "restrict", "confiscate", "deport", "curfew",
                "martial-law", "ban", "demo", "riot", "hunger", "boycott", "obstruct",
                "disarm", "ceasefire", "withdraw", "release", "return", "ease", "access",
                "police", "troops", "yield"}

UPPER_SNAKE = re.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$")
KEBAB = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
SNAKE = re.compile(r"^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$")
ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-z]")

# ---------------------------------------------------------------- normalisation


def _drop(c):
    o = ord(c)
    return (o == 0x0640 or 0x064B <= o <= 0x065F or o == 0x0670 or 0x0610 <= o <= 0x061A
            or 0x06D6 <= o <= 0x06DC or 0x06DF <= o <= 0x06E4 or o in (0x06E7, 0x06E8)
            or 0x06EA <= o <= 0x06ED or 0x200B <= o <= 0x200F or 0x202A <= o <= 0x202E
            or 0x2060 <= o <= 0x2064 or 0x2066 <= o <= 0x2069 or o in (0xFEFF, 0x061C, 0xAD))


FOLD = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "\u0672": "ا", "\u0673": "ا", "ى": "ي",
        "\u06CC": "ي", "\u06A9": "ك", "ة": "ه", "«": '"', "»": '"', "“": '"', "”": '"',
        "„": '"', "‘": "'", "’": "'", "،": ",", "؛": ";", "؟": "?"}


def norm(s):
    """The matching form of crates/text/src/normalize.rs, for collision checks."""
    s = unicodedata.normalize("NFKC", s) if any(0xFB50 <= ord(c) <= 0xFEFE for c in s) else s
    out = []
    for c in s:
        if _drop(c):
            continue
        out.append(FOLD.get(c, c))
    return re.sub(r"\s+", " ", "".join(out)).strip().lower()


# ---------------------------------------------------------------- reading


class Checker:
    def __init__(self):
        self.errors = []
        self.warnings = []

    def err(self, where, msg):
        self.errors.append(f"{where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"{where}: {msg}")

    def read(self, rel, columns, key, key_re, key_desc, list_cols=()):
        """Reads one TSV, checking header, field count, whitespace, sorting and unique keys."""
        path = os.path.join(DATA, rel)
        if not os.path.exists(path):
            self.err(rel, "missing")
            return []
        raw = open(path, "rb").read()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            self.err(rel, f"not UTF-8: {e}")
            return []
        if text.startswith("\ufeff"):
            self.err(rel, "starts with a byte-order mark")
        if "\r" in text:
            self.err(rel, "has CR line ends")
        if not text.endswith("\n"):
            self.err(rel, "does not end with a newline")
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        if not lines:
            self.err(rel, "empty")
            return []
        header = lines[0].split("\t")
        if header != columns:
            self.err(rel, f"header is {header}, expected {columns}")
            return []
        rows, keys = [], []
        for n, line in enumerate(lines[1:], start=2):
            where = f"{rel}:{n}"
            if not line.strip():
                self.err(where, "blank line")
                continue
            fields = line.split("\t")
            if len(fields) != len(columns):
                self.err(where, f"{len(fields)} fields, expected {len(columns)}")
                continue
            row = dict(zip(columns, fields))
            for c, v in row.items():
                if v != v.strip():
                    self.err(where, f"column {c} has leading or trailing spaces")
                if '""' in v or "\u00a0" in v:
                    self.err(where, f"column {c} has a doubled quote or no-break space")
            for c in list_cols:
                if row[c]:
                    items = row[c].split("|")
                    if any(not i.strip() or i != i.strip() for i in items):
                        self.err(where, f"column {c} has an empty or padded list item")
                    if len(set(items)) != len(items):
                        dup = sorted({i for i in items if items.count(i) > 1})
                        self.err(where, f"column {c} repeats {dup}")
            k = row[key]
            if not key_re.match(k):
                self.err(where, f"{key} {k!r} is not {key_desc}")
            row["_where"] = where
            rows.append(row)
            keys.append(k)
        seen = set()
        for r in rows:
            if r[key] in seen:
                self.err(r["_where"], f"duplicate {key} {r[key]!r}")
            seen.add(r[key])
        if keys != sorted(keys):
            first = next(i for i in range(len(keys) - 1) if keys[i] > keys[i + 1])
            self.err(rel, f"not sorted by {key} (first out of order: {keys[first + 1]!r} "
                          f"after {keys[first]!r})")
        return rows


def items(v):
    return [x for x in v.split("|") if x] if v else []


# ---------------------------------------------------------------- checks


def gazetteer_countries(ck):
    if not os.path.exists(GAZETTEER):
        ck.warn("gazetteer", f"{GAZETTEER} not found; SY/IQ not cross-checked")
        return None
    found = set()
    with open(GAZETTEER, encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if row.get("placetype") == "country":
                found.add(row.get("country"))
    return found


def spec_ids(ck):
    """Actor ids and event types named in ../shared/SPEC.md, when it is there."""
    if not os.path.exists(SPEC):
        return set(SPEC_ACTOR_IDS), list(SPEC_EVENT_TYPES)
    text = open(SPEC, encoding="utf-8").read()
    ids = set(SPEC_ACTOR_IDS)
    m = re.search(r"At least:(.*?)More may be added", text, re.S)
    if m:
        found = set(re.findall(r"\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\b", m.group(1)))
        found -= {"NE", "UK"}
        for x in sorted(found - ids):
            ck.warn("SPEC.md", f"actor id {x} is not in this checker's list")
        ids |= found
    types = list(SPEC_EVENT_TYPES)
    m = re.search(r"Event types:(.*?);", text, re.S)
    if m:
        found = [t.strip() for t in m.group(1).replace("\n", " ").split(",")]
        if sorted(found) != sorted(types):
            ck.err("SPEC.md", f"event types differ from this checker's list: {found}")
    return ids, types


def check_actors(ck):
    cols = ["id", "kind", "name_ar", "aliases_ar", "name_en", "aliases_en", "parent",
            "country", "context_only", "source", "note"]
    rows = ck.read("actors/actors.tsv", cols, "id", UPPER_SNAKE, "UPPER_SNAKE",
                   ("aliases_ar", "aliases_en", "context_only"))
    ids = {r["id"]: r for r in rows}
    required, _ = spec_ids(ck)
    for x in sorted(required - set(ids)):
        ck.err("actors/actors.tsv", f"SPEC id {x} missing")
    gaz = gazetteer_countries(ck)
    reach = {}  # normalised alias -> {id: "alias"|"context"}
    for r in rows:
        w = r["_where"]
        if r["kind"] not in ACTOR_KINDS:
            ck.err(w, f"kind {r['kind']!r} not in {sorted(ACTOR_KINDS)}")
        for c in ("name_ar", "name_en", "source"):
            if not r[c]:
                ck.err(w, f"{c} empty")
        if r["name_ar"] and not ARABIC.search(r["name_ar"]):
            ck.err(w, "name_ar has no Arabic letter")
        if ARABIC.search(r["name_en"]):
            ck.err(w, "name_en has Arabic letters")
        for a in items(r["aliases_ar"]):
            if not ARABIC.search(a):
                ck.err(w, f"aliases_ar item {a!r} has no Arabic letter")
        for a in items(r["aliases_en"]):
            if ARABIC.search(a) or not LATIN.search(a):
                ck.err(w, f"aliases_en item {a!r} is not Latin script")
        if r["parent"]:
            if r["parent"] not in ids:
                ck.err(w, f"parent {r['parent']} is not an id")
            elif r["parent"] == r["id"]:
                ck.err(w, "parent is itself")
        if r["country"]:
            if r["country"] not in COUNTRIES:
                ck.err(w, f"country {r['country']!r} is not a known ISO 3166 code")
            elif gaz is not None and r["country"] in ("SY", "IQ") and r["country"] not in gaz:
                ck.err(w, f"country {r['country']} not in the gazetteer")
        names = [r["name_ar"], r["name_en"]] + items(r["aliases_ar"]) + items(r["aliases_en"])
        ctx = items(r["context_only"])
        seen = {}
        for a in names + ctx:
            n = norm(a)
            if n in seen:
                ck.err(w, f"{a!r} and {seen[n]!r} are the same once normalised")
            seen[n] = a
            role = "context" if a in ctx else "alias"
            reach.setdefault(n, {})[r["id"]] = role
    # parent chains end
    for r in rows:
        chain, p = [r["id"]], r["parent"]
        while p and p in ids:
            if p in chain:
                ck.err(r["_where"], f"parent cycle {' -> '.join(chain + [p])}")
                break
            chain.append(p)
            p = ids[p]["parent"]
    # the issue's aliases
    for i, want in ISSUE_ALIASES.items():
        for a in want:
            if ids.get(i) is None or reach.get(norm(a), {}).get(i) != "alias":
                ck.err("actors/actors.tsv", f"issue 3 alias {a!r} does not reach {i} as an alias")
    for i, want in ISSUE_CONTEXT_ONLY.items():
        for a in want:
            if reach.get(norm(a), {}).get(i) != "context":
                ck.err("actors/actors.tsv", f"{a!r} should be context_only for {i}")
    # ambiguity: every alias reaching two ids is listed, with exactly those ids
    amb = ck.read("actors/ambiguous.tsv", ["alias", "ids", "default", "resolution", "source"],
                  "alias", re.compile(r"^\S(?:.*\S)?$"), "trimmed text", ("ids",))
    listed = {}
    for a in amb:
        w = a["_where"]
        n = norm(a["alias"])
        if n in listed:
            ck.err(w, f"{a['alias']!r} listed twice once normalised")
        got = set(reach.get(n, {}))
        want = set(items(a["ids"]))
        listed[n] = want
        if items(a["ids"]) != sorted(want):
            ck.err(w, "ids not sorted")
        if len(want) < 2:
            ck.err(w, "an ambiguous alias lists at least two ids")
        if got != want:
            ck.err(w, f"{a['alias']!r} reaches {sorted(got)} in actors.tsv, listed {sorted(want)}")
        if a["default"] and a["default"] not in want:
            ck.err(w, f"default {a['default']} is not one of the ids")
        if not a["resolution"] or not a["source"]:
            ck.err(w, "resolution and source are required")
    for n, where in reach.items():
        if len(where) > 1 and n not in listed:
            ck.err("actors/actors.tsv", f"alias {n!r} reaches {sorted(where)} but is not in "
                                        "ambiguous.tsv")
    return ids, reach, rows, amb


def check_members(ck, actor_ids):
    cols = ["id", "noun_ar", "noun_en", "role", "default_actor", "source", "note"]
    rows = ck.read("actors/members.tsv", cols, "id", KEBAB, "kebab-case",
                   ("noun_ar", "noun_en"))
    owner = {}
    for r in rows:
        w = r["_where"]
        if r["role"] not in MEMBER_ROLES:
            ck.err(w, f"role {r['role']!r} not in {sorted(MEMBER_ROLES)}")
        if r["default_actor"] and r["default_actor"] not in actor_ids:
            ck.err(w, f"default_actor {r['default_actor']} is not an actor id")
        if not items(r["noun_ar"]) or not items(r["noun_en"]):
            ck.err(w, "noun_ar and noun_en need at least one form each")
        if not r["source"]:
            ck.err(w, "source empty")
        for a in items(r["noun_ar"]):
            if not ARABIC.search(a):
                ck.err(w, f"noun_ar item {a!r} has no Arabic letter")
            if a.startswith("ال") or a.startswith("وال"):
                ck.err(w, f"noun_ar item {a!r} carries the article (the matcher strips it)")
        for a in items(r["noun_en"]):
            if ARABIC.search(a):
                ck.err(w, f"noun_en item {a!r} has Arabic letters")
        for a in items(r["noun_ar"]) + items(r["noun_en"]):
            n = norm(a)
            if n in owner and owner[n] != r["id"]:
                ck.err(w, f"form {a!r} also belongs to {owner[n]}")
            elif n in owner:
                ck.err(w, f"form {a!r} repeated once normalised")
            owner[n] = r["id"]
    for m, forms in ISSUE_MEMBERS.items():
        for a in forms:
            if owner.get(norm(a)) != m:
                ck.err("actors/members.tsv", f"issue 3 member noun {a!r} does not reach {m}")
    for r in rows:
        if r["role"] == "civilian" and r["default_actor"] != "CIVILIANS":
            ck.err(r["_where"], "a civilian noun defaults to CIVILIANS")
    return rows, owner


def check_events(ck):
    cols = ["event_type", "acled_event_type", "acled_sub_event_type", "plover_event_type",
            "plover_mode", "cameo", "description", "source", "note"]
    rows = ck.read("events/event_types.tsv", cols, "event_type", SNAKE, "snake_case")
    _, spec_types = spec_ids(ck)
    types = {r["event_type"]: r for r in rows}
    for t in spec_types:
        if t not in types:
            ck.err("events/event_types.tsv", f"SPEC event type {t} missing")
    for r in rows:
        w = r["_where"]
        if r["event_type"] not in spec_types:
            ck.err(w, f"{r['event_type']} is not a SPEC.md event type")
        check_acled_plover(ck, w, r)
        if not r["description"] or not r["source"]:
            ck.err(w, "description and source are required")
        if r["plover_mode"] not in PLOVER_MODES:
            ck.err(w, f"plover_mode {r['plover_mode']!r} unknown")
        if r["cameo"] and not re.match(r"^\d{2,4}(\|\d{2,4})*$", r["cameo"]):
            ck.err(w, f"cameo {r['cameo']!r} is not CAMEO codes")

    tcols = ["id", "event_type", "acled_event_type", "acled_sub_event_type",
             "plover_event_type", "forms_ar", "forms_en", "source", "note"]
    trig = ck.read("events/triggers.tsv", tcols, "id", KEBAB, "kebab-case",
                   ("forms_ar", "forms_en"))
    owner = {}
    covered = {}
    for r in trig:
        w = r["_where"]
        if r["event_type"] not in types:
            ck.err(w, f"event_type {r['event_type']!r} not in event_types.tsv")
        elif not r["id"].startswith(r["event_type"].replace("_", "-") + "-"):
            ck.err(w, f"id should start with {r['event_type'].replace('_', '-')}-")
        check_acled_plover(ck, w, r)
        if not r["source"]:
            ck.err(w, "source empty")
        if not items(r["forms_ar"]) and not items(r["forms_en"]):
            ck.err(w, "no forms")
        for a in items(r["forms_ar"]):
            if not ARABIC.search(a):
                ck.err(w, f"forms_ar item {a!r} has no Arabic letter")
            if a.startswith("ال") and a not in ARTICLE_LIKE:
                ck.err(w, f"forms_ar item {a!r} carries the article (the matcher strips it)")
        for a in items(r["forms_en"]):
            if ARABIC.search(a):
                ck.err(w, f"forms_en item {a!r} has Arabic letters")
        for lang, c in (("ar", "forms_ar"), ("en", "forms_en")):
            if items(r[c]):
                covered.setdefault(r["event_type"], set()).add(lang)
        for a in items(r["forms_ar"]) + items(r["forms_en"]):
            n = norm(a)
            if n in owner:
                ck.err(w, f"form {a!r} already belongs to {owner[n]}")
            owner[n] = r["id"]
    trig_type = {r["id"]: r["event_type"] for r in trig}
    for t, words in ISSUE_TRIGGERS.items():
        for wd in words:
            if trig_type.get(owner.get(norm(wd))) != t:
                ck.err("events/triggers.tsv", f"issue 3 trigger {wd!r} does not reach {t}")
    for t in types:
        if covered.get(t) != {"ar", "en"}:
            ck.err("events/triggers.tsv", f"{t} lacks Arabic or English triggers")
    return rows, trig, owner


# Words whose first two letters are a radical alif-wasl and lam, not the article.
ARTICLE_LIKE = {"التفاف", "التف", "التحام", "التحم", "التحاق", "التحق"}


def check_acled_plover(ck, w, r):
    t, s = r["acled_event_type"], r["acled_sub_event_type"]
    if t not in ACLED:
        ck.err(w, f"ACLED event type {t!r} not in the codebook")
    elif s not in ACLED[t]:
        ck.err(w, f"ACLED sub-event type {s!r} is not under {t!r}")
    if r["plover_event_type"] not in PLOVER:
        ck.err(w, f"PLOVER type {r['plover_event_type']!r} not in {sorted(PLOVER)}")


# ---------------------------------------------------------------- reference matcher
# A plain longest-match over tokens, only to prove the data on real sentences; the
# engine's annotator (one automaton pass, issue 3 §5) replaces it.

TOKEN_SPLIT = re.compile(r"[^\w]+")
CONJ = ("", "و", "ف")
PREP = ("", "ب", "ل", "ك")


def tokens(text):
    return [t for t in TOKEN_SPLIT.split(norm(text).replace("_", " ")) if t]


def first_token_readings(tok):
    """The token with its proclitics (و ف, then ب ل ك, then the article) peeled off."""
    out = {tok}
    for c in CONJ:
        if not tok.startswith(c):
            continue
        t1 = tok[len(c):]
        if t1.startswith("لل") and len(t1) > 3:        # ل + ال with the alef dropped
            out.add("ال" + t1[2:])
            out.add(t1[2:])
        for p in PREP:
            if not t1.startswith(p):
                continue
            t2 = t1[len(p):]
            if len(t2) < 2:
                continue
            out.add(t2)
            if t2.startswith("ال") and len(t2) > 3:
                out.add(t2[2:])
    return out


class Lexicon:
    def __init__(self):
        self.entries = {}   # tuple of tokens -> set of (kind, id)
        self.longest = 1

    def add(self, phrase, kind, ident):
        key = tuple(tokens(phrase))
        if key:
            self.entries.setdefault(key, set()).add((kind, ident))
            self.longest = max(self.longest, len(key))

    def find(self, text):
        toks, i, found = tokens(text), 0, []
        while i < len(toks):
            hit = None
            for n in range(min(self.longest, len(toks) - i), 0, -1):
                rest = tuple(toks[i + 1:i + n])
                got = set()
                for first in first_token_readings(toks[i]):
                    got |= self.entries.get((first,) + rest, set())
                if got:
                    hit = (n, got)
                    break
            if hit:
                found.append((" ".join(toks[i:i + hit[0]]), hit[1]))
                i += hit[0]
            else:
                i += 1
        return found


def build_lexicon(actors, members, trig):
    lex = Lexicon()
    for r in actors:
        for a in [r["name_ar"], r["name_en"]] + items(r["aliases_ar"]) + items(r["aliases_en"]):
            lex.add(a, "actor", r["id"])
        for a in items(r["context_only"]):
            lex.add(a, "context", r["id"])
    for r in members:
        for a in items(r["noun_ar"]) + items(r["noun_en"]):
            lex.add(a, "member", r["id"])
    for r in trig:
        for a in items(r["forms_ar"]) + items(r["forms_en"]):
            lex.add(a, "event", r["event_type"])
    return lex


def check_examples(ck, lex, actor_ids, member_ids, event_types, show=False):
    cols = ["id", "lang", "text", "actors", "members", "event_types", "source"]
    rows = ck.read("actors/examples.tsv", cols, "id", KEBAB, "kebab-case",
                   ("actors", "members", "event_types"))
    hits = total = 0
    for r in rows:
        w = r["_where"]
        if r["lang"] not in ("ar", "en"):
            ck.err(w, "lang is ar or en")
        found = lex.find(r["text"])
        got = {"actor": set(), "member": set(), "event": set()}
        for _, ks in found:
            for kind, ident in ks:
                if kind in got:
                    got[kind].add(ident)
        for col, kind, known in (("actors", "actor", actor_ids), ("members", "member", member_ids),
                                 ("event_types", "event", event_types)):
            for x in items(r[col]):
                total += 1
                if x not in known:
                    ck.err(w, f"{col}: {x} is not a known id")
                elif x not in got[kind]:
                    ck.err(w, f"{col}: {x} expected but not found in {r['text'][:60]!r}")
                else:
                    hits += 1
        if show:
            print(r["id"], "|".join(f"{s}={sorted(i for _, i in k)}" for s, k in found))
    return len(rows), hits, total


def check_gold(ck, actor_ids, event_types):
    """Every actor id and event type the gold annotation uses must be defined here."""
    if not os.path.exists(GOLD):
        return
    import json
    gold = json.load(open(GOLD, encoding="utf-8"))

    def walk(x):
        if isinstance(x, dict):
            for k, v in x.items():
                if k in ("actor", "actors"):
                    for a in (v if isinstance(v, list) else [v]):
                        if isinstance(a, str) and a not in actor_ids:
                            ck.err("gold seeds.json", f"actor id {a} is not in actors.tsv")
                if k == "event_types" and isinstance(v, list):
                    for t in v:
                        if t not in event_types:
                            ck.err("gold seeds.json", f"event type {t} is not in event_types.tsv")
                walk(v)
        elif isinstance(x, list):
            for v in x:
                walk(v)
    walk(gold)


def check_operators(ck, actor_ids):
    """Facility operators (data/facilities/facilities.tsv, when merged) must be actor ids."""
    path = os.path.join(DATA, "facilities", "facilities.tsv")
    if not os.path.exists(path) or not actor_ids:
        return
    with open(path, encoding="utf-8") as f:
        for n, row in enumerate(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 2):
            for o in items(row.get("operator") or ""):
                if o not in actor_ids:
                    ck.err(f"facilities/facilities.tsv:{n}", f"operator {o} is not in actors.tsv")


def selftest():
    """Breaks a copy of the data in known ways and checks that each break is caught."""
    import shutil
    import tempfile
    global DATA
    cases = [
        ("alias reaching two ids", "actors/actors.tsv", "\tالإدارة الذاتية|", "\tالإدارة الذاتية|قسد|"),
        ("unknown parent", "actors/actors.tsv", "\tPMF\tIQ\t", "\tPMFX\tIQ\t"),
        ("unknown country", "actors/actors.tsv", "\tIQ\t", "\tXX\t"),
        ("issue alias lost", "actors/actors.tsv", "|جماعة أنصار الله|", "|"),
        ("ACLED sub-type", "events/event_types.tsv", "Mob violence", "Prison riot"),
        ("PLOVER type", "events/event_types.tsv", "\tCOERCE\t", "\tFIGHT\t"),
        ("trigger twice", "events/triggers.tsv", "\tحصار|", "\tحصار|هجوم|"),
        ("field count", "actors/members.tsv", "\tCIVILIANS\t", "\tCIVILIANS\t\t"),
        ("unsorted", "actors/members.tsv", "\nwoman\t", "\naaa-woman\t"),
        ("article kept", "actors/members.tsv", "\tجندي|", "\tالجندي|"),
        ("ambiguous ids", "actors/ambiguous.tsv", "ARAB_COALITION|COALITION", "COALITION|SDF"),
    ]
    real, failed = DATA, 0
    for name, rel, old, new in cases:
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(real, os.path.join(tmp, "data"))
            path = os.path.join(tmp, "data", rel)
            text = open(path, encoding="utf-8").read()
            if old not in text:
                print(f"selftest {name}: fixture text not found in {rel}")
                failed += 1
                continue
            open(path, "w", encoding="utf-8").write(text.replace(old, new, 1))
            DATA = os.path.join(tmp, "data")
            ck = Checker()
            ids, *_ = check_actors(ck)
            check_members(ck, ids)
            check_events(ck)
            DATA = real
            status = "caught" if ck.errors else "MISSED"
            failed += not ck.errors
            print(f"selftest {name}: {status}" + (f" ({ck.errors[0]})" if ck.errors else ""))
    return 1 if failed else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--stats", action="store_true", help="print counts")
    ap.add_argument("--lookup", metavar="TEXT", help="which actor, member or trigger TEXT reaches")
    ap.add_argument("--examples", action="store_true", help="print what each example yields")
    ap.add_argument("--selftest", action="store_true", help="check that known breaks are caught")
    args = ap.parse_args()
    if args.selftest:
        return selftest()
    ck = Checker()
    actor_ids, reach, actors, amb = check_actors(ck)
    members, member_owner = check_members(ck, actor_ids)
    member_default = {r["id"]: r["default_actor"] for r in members}
    types, trig, trig_owner = check_events(ck)
    # member forms and trigger forms must not shadow actor aliases
    for n, where in reach.items():
        if n in member_owner and set(where) != {member_default.get(member_owner[n])}:
            ck.warn("members.tsv", f"{n!r} is both an actor alias ({sorted(where)}) and a "
                                   f"member noun ({member_owner[n]})")
        if n in trig_owner:
            ck.err("triggers.tsv", f"{n!r} is both an actor alias and a trigger")
    for n, t in trig_owner.items():
        if n in member_owner:
            ck.err("triggers.tsv", f"{n!r} is both a trigger ({t}) and a member noun "
                                   f"({member_owner[n]})")
    check_operators(ck, actor_ids)
    check_gold(ck, set(actor_ids), {r["event_type"] for r in types})
    lex = build_lexicon(actors, members, trig)
    n_ex, ex_hits, ex_total = check_examples(ck, lex, set(actor_ids), {r["id"] for r in members},
                                             {r["event_type"] for r in types}, args.examples)
    if args.lookup:
        n = norm(args.lookup)
        print(f"{args.lookup!r} -> normalised {n!r}")
        print("  actors:", reach.get(n, {}))
        print("  member:", member_owner.get(n))
        print("  trigger:", trig_owner.get(n))
        print("  in running text:", lex.find(args.lookup))
    if args.stats:
        na = sum(len(items(r["aliases_ar"])) + 1 for r in actors)
        ne = sum(len(items(r["aliases_en"])) + 1 for r in actors)
        nc = sum(len(items(r["context_only"])) for r in actors)
        print(f"actors.tsv      {len(actors)} ids, {na} Arabic names, {ne} English names, "
              f"{nc} context-only")
        print(f"ambiguous.tsv   {len(amb)} aliases")
        print(f"members.tsv     {len(members)} nouns, {len(member_owner)} forms")
        print(f"event_types.tsv {len(types)} types")
        fa = sum(len(items(r['forms_ar'])) for r in trig)
        fe = sum(len(items(r['forms_en'])) for r in trig)
        print(f"triggers.tsv    {len(trig)} triggers, {fa} Arabic forms, {fe} English forms")
        print(f"examples.tsv    {n_ex} sentences, {ex_hits}/{ex_total} expected ids found")
    for m in ck.warnings:
        print("warning:", m, file=sys.stderr)
    for m in ck.errors:
        print("error:", m, file=sys.stderr)
    if ck.errors:
        print(f"{len(ck.errors)} errors", file=sys.stderr)
        return 1
    print("ok: actors, ambiguous, members, event types and triggers pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
