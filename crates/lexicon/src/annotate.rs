//! [`annotate`]: one automaton pass over a normalised text, then the resolution of what
//! it found (proclitics, longest match, cue words, homonyms, context-only aliases).

use crate::data::Precision;
use rasid_text::BuildWordHasher;
use std::collections::{HashMap, HashSet};

/// The resolver's maps, keyed by gazetteer ids and actor indices from the bundled data:
/// the pipeline's unkeyed word hash, not SipHash (4% of the pass).
type IdMap<K, V> = HashMap<K, V, BuildWordHasher>;
/// See [`IdMap`].
type IdSet<T> = HashSet<T, BuildWordHasher>;
use crate::knowledge::Knowledge;
use crate::patterns::{is_latin, Entry, Target};
use rasid_text::{Normalized, Token, TokenKind};

/// What an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A place of the gazetteer or the curated list.
    Place,
    /// A detention facility or camp of the registry.
    Facility,
    /// An actor (armed group, force, source ...).
    Actor,
    /// A member noun (fighter, detainee, civilian ...).
    Member,
    /// An event trigger word.
    Event,
}

impl EntityKind {
    /// Lower-case name, as the probe CLI prints it.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Place => "place",
            EntityKind::Facility => "facility",
            EntityKind::Actor => "actor",
            EntityKind::Member => "member",
            EntityKind::Event => "event",
        }
    }
}

/// Where a place (or facility) is.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Location<'k> {
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// ISO 3166 alpha-2 country code (empty when unknown).
    pub country: &'k str,
    /// Governorate id (empty when unknown or for a country).
    pub admin1_id: &'k str,
    /// Governorate name in Arabic (empty when unknown).
    pub admin1_name: &'k str,
    /// How exactly the mention locates the event: the place's own precision, made
    /// coarser when the text only places it relative to the place.
    pub precision: Precision,
    /// `north`, `south`, `east`, `west`, `countryside`, `villages` or `near` when the
    /// text says "south of", "the countryside of", "the villages of" ... the place (جنوب
    /// مدينة الحسكة، ريف دير الزور، قرى عفرين): the coordinates are the anchor's.
    pub relative: Option<&'static str>,
}

/// One thing found in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity<'t, 'k> {
    /// First byte in the ORIGINAL text (proclitics included: `والرقة`).
    pub start: usize,
    /// One past the last byte in the original text.
    pub end: usize,
    /// The original text of the mention.
    pub text: &'t str,
    /// What it is.
    pub kind: EntityKind,
    /// Canonical id: place or facility id, actor id, member id, trigger id.
    pub id: &'k str,
    /// For places and facilities: where.
    pub location: Option<Location<'k>>,
    /// For event words: the SPEC.md event type.
    pub event_type: Option<&'k str>,
    /// For member nouns: the role; for facilities: the kind (prison, camp).
    pub role: Option<&'k str>,
    /// For member nouns: the actor the noun implies alone (CIVILIANS); for facilities:
    /// the operator; for actors: the parent reporting folds it into.
    pub actor: Option<&'k str>,
}

/// What one match resolves to: kind, id, location, event type, role, actor.
type Resolved<'k> = (
    EntityKind,
    &'k str,
    Option<Location<'k>>,
    Option<&'k str>,
    Option<&'k str>,
    Option<&'k str>,
);

/// A match of the automaton that lies on word boundaries.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// Start of the word, proclitics included (normalised bytes).
    word_start: usize,
    /// Start of the match itself, after the proclitics.
    match_start: usize,
    /// The proclitics end in the article. Nouns take it (`المقاتلين`), names do not:
    /// the article is part of a name or not, so `البلد` is "the country", not the town
    /// Balad (بلد), and `الجدة` the grandmother, not Jeddah. A name written with its
    /// article is matched whole (`الرقة`).
    article: bool,
    /// End of the match.
    end: usize,
    /// Pattern index.
    pattern: u32,
    /// The proclitics end in `لل` (ل + ال): forms stored without their article hold.
    lam_lam: bool,
}

/// Arabic cue words before a place name, with the precision they point at.
const CUES: &[(&str, Option<Precision>)] = &[
    ("مدينه", Some(Precision::Town)),
    ("بلده", Some(Precision::Town)),
    ("قريه", Some(Precision::Town)),
    ("حي", Some(Precision::Neighbourhood)),
    ("محافظه", Some(Precision::Governorate)),
    ("قضاء", Some(Precision::District)),
    ("ناحيه", Some(Precision::District)),
    ("محافظات", Some(Precision::Governorate)),
    // Duals in the nominative: "the two towns of X and Y" (بلدتا نبل والزهراء). The
    // oblique بلدتي is also "my town": a plural cue (PLURAL_CUES).
    ("مدينتا", Some(Precision::Town)),
    ("بلدتا", Some(Precision::Town)),
    ("قريتا", Some(Precision::Town)),
    ("محافظتا", Some(Precision::Governorate)),
    // "area": a Syrian district (mintaqa) or just the surroundings of a town.
    ("منطقه", None),
    ("in", None),
    ("near", None),
    ("city", Some(Precision::Town)),
    ("town", Some(Precision::Town)),
    ("village", Some(Precision::Town)),
    ("province", Some(Precision::Governorate)),
    ("governorate", Some(Precision::Governorate)),
];

/// Cues that introduce a list (duals and plurals): every item of the list has them
/// (`محافظات دمشق، حلب، إدلب`). A singular cue is the first item's only: in
/// `محافظة الأنبار والموصل` Mosul is the city.
const LIST_CUES: &[&str] = &["محافظات", "مدينتا", "بلدتا", "قريتا", "محافظتا"];

/// Words that say which precision the next name has without vouching that it is a place
/// at all: `محافظ كركوك` is the governor of Kirkuk governorate, but `محافظ سليم` a sound
/// portfolio; `مديرية حرض` a Yemeni district, but `مديرية الصحة` the health directorate.
const PRECISION_HINTS: &[(&str, Precision)] = &[
    ("محافظ", Precision::Governorate),
    ("مديريه", Precision::District),
];

/// The list a place opens or continues, which the next item of the list inherits.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ListCue {
    /// No list cue.
    None,
    /// A dual or plural cue, with the precision it asks for.
    Cue(Option<Precision>),
    /// A plural of settlements or a word of nearness ([`PLURAL_CUES`]).
    Plural,
}

/// Words after which news names a settlement: plurals and oblique duals that open a list
/// (بلدات حيان وبيانون, قرى X وY, قريتي محمبل وجوزف) and the words of nearness and
/// direction (في محيط مهين، قرب X، جنوب X; not طريق, which names streets: طريق الملك فهد). Weaker than a cue: they
/// vouch for a village of unknown size whose name no better-known place bears, never for
/// a common word (`ثلاث قرى على ضفاف` is "on the banks"; `قرى لبنان` are Lebanon's, not
/// an Iraqi hamlet's), and the duals are also "my town" (مدينتي الخضراء).
const PLURAL_CUES: &[&str] = &[
    "بلدات",
    "قري",
    "مدن",
    "مدينتي",
    "بلدتي",
    "قريتي",
    "محافظتي",
    // Facilities named after their place (محطة زيزون، مطار كويرس، معبر نصيب); not
    // ports and bridges, which news names abroad and in cities (ميناء الحمرية في دبي).
    "محطه",
    "مطار",
    "سد",
    "معبر",
    "سجن",
    "مخيم",
    "محيط",
    "اطراف",
    "قرب",
    "مشارف",
    "ضواحي",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
];

/// Words that place an event relative to a named place, in matching form.
const RELATIVE: &[(&str, &str)] = &[
    ("شمال", "north"),
    ("شمالي", "north"),
    ("جنوب", "south"),
    ("جنوبي", "south"),
    ("شرق", "east"),
    ("شرقي", "east"),
    ("غرب", "west"),
    ("غربي", "west"),
    ("ريف", "countryside"),
    // "The villages of X", "the countrysides of X": X's area, not its town. Unlike ريف,
    // no cue: `قرى` is followed by any word (ثلاث قرى على ضفاف ...).
    ("قري", "villages"),
    ("ارياف", "villages"),
    ("اطراف", "near"),
    ("محيط", "near"),
    ("قرب", "near"),
    ("north", "north"),
    ("south", "south"),
    ("east", "east"),
    ("west", "west"),
    ("countryside", "countryside"),
    ("outskirts", "near"),
    ("northern", "north"),
    ("southern", "south"),
    ("eastern", "east"),
    ("western", "west"),
];

/// Direction adjectives written after a place name, in matching form: ريف دير الزور
/// الشرقي (the eastern countryside of Deir ez-Zor), بادية حمص الشرقية, حلب الشمالي.
const RELATIVE_AFTER: &[(&str, &str)] = &[
    ("الشمالي", "north"),
    ("الشماليه", "north"),
    ("الجنوبي", "south"),
    ("الجنوبيه", "south"),
    ("الشرقي", "east"),
    ("الشرقيه", "east"),
    ("الغربي", "west"),
    ("الغربيه", "west"),
];

/// The precision of "south of X" / "the countryside of X": one level coarser than X.
fn coarser(p: Precision) -> Precision {
    match p {
        Precision::Facility | Precision::Neighbourhood | Precision::Town => Precision::District,
        Precision::District => Precision::Governorate,
        other => other,
    }
}

/// Finds the places, facilities, actors, member nouns and event words of a text.
///
/// `tokens` are the tokens of `text` (from [`Normalized::with_tokens`]); entities come in
/// text order and never overlap. Never panics, whatever the text.
pub fn annotate<'t, 'k>(
    knowledge: &'k Knowledge,
    text: &Normalized<'t>,
    tokens: &[Token],
) -> Vec<Entity<'t, 'k>> {
    let norm = text.as_str();
    let Some(automaton) = &knowledge.automaton else {
        return Vec::new();
    };
    // News has about one match per 60 bytes: room for them up front.
    let mut candidates = Vec::with_capacity(norm.len() / 64);
    for m in automaton.find_overlapping_iter(norm) {
        if let Some(c) = candidate(knowledge, norm, m.start(), m.end(), m.value()) {
            candidates.push(c);
        }
    }
    let chosen = leftmost_longest(&mut candidates);
    Resolver::new(knowledge, text, tokens, &chosen).run(&candidates)
}

/// Letters and digits. Checked for most automaton matches, so ASCII and the Arabic
/// letters (the bulk of news text) skip the general Unicode tables.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if ('\u{0621}'..='\u{064A}').contains(&c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// Checks the word boundaries and proclitics of one automaton match.
fn candidate(
    k: &Knowledge,
    norm: &str,
    start: usize,
    end: usize,
    pattern: u32,
) -> Option<Candidate> {
    let matched = norm.get(start..end)?;
    let last = matched.chars().next_back()?;
    // Letters glued to digits end a word, as the tokenizer has it (`ديالى57`).
    let continues = |c: char| is_word_char(c) && c.is_ascii_digit() == last.is_ascii_digit();
    if is_word_char(last) && norm.get(end..)?.chars().next().is_some_and(continues) {
        return None;
    }
    let first = matched.chars().next()?;
    let mut word_start = start;
    // Most matches lie inside a longer word: a letter before the match that no
    // proclitic ends in (و ف ب ل ك) rejects them before the scan below.
    if let Some(before) = norm.get(..start).and_then(|s| s.chars().next_back()) {
        if is_word_char(first)
            && is_word_char(before)
            && !matches!(before, 'و' | 'ف' | 'ب' | 'ل' | 'ك')
        {
            return None;
        }
    }
    if is_word_char(first) {
        // At most four letters of proclitics (وبال، فلل ...).
        for (i, c) in norm.get(..start)?.char_indices().rev().take(5) {
            if !is_word_char(c) {
                break;
            }
            word_start = i;
        }
    }
    let prefix = norm.get(word_start..start)?;
    let lam_lam = if prefix.is_empty() {
        false
    } else {
        if is_latin(matched) {
            return None;
        }
        proclitics(prefix)?
    };
    let entries = k.entries_of(pattern);
    let alone = prefix.is_empty();
    if !entries.iter().any(|e| valid(e, lam_lam, alone)) {
        return None;
    }
    Some(Candidate {
        word_start,
        match_start: start,
        article: prefix.ends_with("ال"),
        end,
        pattern,
        lam_lam,
    })
}

/// Parses a run of Arabic proclitics: `(و|ف)? (ب|ل|ك)? (ال)?` or `(و|ف)? لل`. Gives
/// whether it ends in `لل`, or `None` when `prefix` is not such a run.
fn proclitics(prefix: &str) -> Option<bool> {
    let mut rest = prefix;
    if let Some(r) = rest.strip_prefix('و').or_else(|| rest.strip_prefix('ف')) {
        rest = r;
    }
    if rest == "لل" {
        return Some(true);
    }
    if let Some(r) = rest
        .strip_prefix('ب')
        .or_else(|| rest.strip_prefix('ل'))
        .or_else(|| rest.strip_prefix('ك'))
    {
        rest = r;
    }
    if let Some(r) = rest.strip_prefix("ال") {
        rest = r;
    }
    rest.is_empty().then_some(false)
}

/// Sorts candidates leftmost first, then longest first, and gives the leftmost-longest
/// of overlapping ones (the document context is read from these).
fn leftmost_longest(candidates: &mut [Candidate]) -> Vec<Candidate> {
    // At one word and length, a name written with its article (`الانبار`) before the
    // same letters read as the article and a bare name (`انبار`).
    candidates.sort_unstable_by(|a, b| {
        a.word_start
            .cmp(&b.word_start)
            .then(b.end.cmp(&a.end))
            .then(a.article.cmp(&b.article))
            .then(a.pattern.cmp(&b.pattern))
    });
    let mut chosen: Vec<Candidate> = Vec::with_capacity(candidates.len().min(64));
    let mut last_end = 0;
    for &c in candidates.iter() {
        if c.word_start >= last_end {
            last_end = c.end;
            chosen.push(c);
        }
    }
    chosen
}

/// The document-level context of resolution.
struct Resolver<'a, 't, 'k> {
    k: &'k Knowledge,
    text: &'a Normalized<'t>,
    tokens: &'a [Token],
    /// Governorates of the places the document names without doubt, each with where
    /// the words that name one start: a name is no context for itself.
    admin1s: IdMap<&'k str, Vec<usize>>,
    /// Countries of those places.
    /// The countries the document names without doubt by a place, each with where it
    /// names them.
    countries: IdMap<&'k str, Vec<usize>>,
    /// The countries of the actors the document names (الجيش العراقي، الحوثيون): they
    /// rank homonyms, but vouch for no common word as a place does (`بحجة` "on the
    /// pretext" stays a word in a story about the Houthis).
    actor_countries: IdMap<&'k str, Vec<usize>>,
    /// Coordinates of the towns and finer places the document names without doubt:
    /// homonyms of one population class go to the one nearest them.
    anchors: Vec<(f64, f64)>,
    /// Actors named in full so far (indices).
    named: IdSet<u32>,
    /// The last [`Resolver::relative_before`] asked, by word start: the place rules and
    /// the location ask it of the same word one after the other.
    last_relative: std::cell::Cell<(usize, Option<&'static str>)>,
    /// Where the last place resolved ends, and the cue it had (its own or its list's):
    /// the next item of a list (`محافظات دمشق، حلب، إدلب`، `بلدتي نبل والزهراء`) has it
    /// too.
    last_place: std::cell::Cell<(usize, ListCue)>,
    /// The entries of the candidate being resolved (a buffer kept between candidates).
    entries: Vec<Entry>,
}

impl<'a, 't, 'k> Resolver<'a, 't, 'k> {
    fn new(
        k: &'k Knowledge,
        text: &'a Normalized<'t>,
        tokens: &'a [Token],
        chosen: &[Candidate],
    ) -> Self {
        let mut resolver = Resolver {
            k,
            text,
            tokens,
            admin1s: IdMap::default(),
            countries: IdMap::default(),
            actor_countries: IdMap::default(),
            anchors: Vec::new(),
            named: IdSet::default(),
            last_relative: std::cell::Cell::new((usize::MAX, None)),
            last_place: std::cell::Cell::new((usize::MAX, ListCue::None)),
            entries: Vec::new(),
        };
        let mut admin1s: IdMap<&'k str, Vec<usize>> = IdMap::default();
        let mut countries: IdMap<&'k str, Vec<usize>> = IdMap::default();
        let mut actor_countries: IdMap<&'k str, Vec<usize>> = IdMap::default();
        let mut anchors = Vec::new();
        for c in chosen {
            if c.article || is_common(k, text.as_str(), c) {
                continue;
            }
            let mut seen: Option<&str> = None;
            let mut unique = true;
            let mut country = None;
            let mut only: Option<&crate::Place> = None;
            let mut one_place = true;
            let single = !k.is_common_word(c.pattern)
                && text
                    .as_str()
                    .get(c.word_start..c.end)
                    .is_some_and(|w| !w.contains(' '));
            // A village after its cue (بلدة الفوعة) is one, and sets the context of the
            // places beside it (الصواغية قرب بلدة الفوعة), when no better-known place
            // bears its name (مدينتا الدمام والخبر: the Saudi city, not a hamlet).
            let place_of = |e: &Entry| match e.target {
                Target::Place(i) => k.places.get(i as usize),
                Target::Facility(i) => k.facilities.get(i as usize).and_then(|f| k.place(&f.id)),
                _ => None,
            };
            // Asked only of names with a hamlet among their places: most candidates
            // have none, and the scan of the text's hot path stays as it was.
            let mut cued: Option<bool> = None;
            let mut actor_country: Option<Option<&'k str>> = None;
            for e in valid_entries(k, c) {
                // An actor of one country names it too (الجيش العراقي، الحوثيون).
                if let Target::Actor {
                    index,
                    context_only: false,
                } = e.target
                {
                    if let Some(a) = k.actors.get(index as usize) {
                        match actor_country {
                            None if !a.country.is_empty() => {
                                actor_country = Some(Some(a.country.as_str()))
                            }
                            Some(Some(c)) if c != a.country => actor_country = Some(None),
                            _ => {}
                        }
                    }
                    continue;
                }
                let Some(p) = place_of(&e) else { continue };
                if weak(p, single)
                    && !*cued.get_or_insert_with(|| {
                        resolver.cue_before(c.word_start).is_some()
                            && !valid_entries(k, c)
                                .any(|e| place_of(&e).is_some_and(|p| !weak(p, single)))
                    })
                {
                    continue;
                }
                match seen {
                    None => seen = Some(&p.admin1_id),
                    Some(a) if a != p.admin1_id => unique = false,
                    _ => {}
                }
                // A name whose places all lie in one country names that country, even
                // when they lie in several of its governorates (بغداد the city and a
                // village of Diyala).
                match country {
                    None => country = Some(Some(p.country.as_str())),
                    Some(Some(c)) if c != p.country => country = Some(None),
                    _ => {}
                }
                // A city and its district of one name lie together: one anchor.
                match only {
                    None => only = Some(p),
                    Some(o) if !within_one_place(o, p) => one_place = false,
                    Some(o) if p.precision < o.precision => only = Some(p),
                    _ => {}
                }
            }
            if let (Some(p), true) = (only, one_place) {
                if p.precision <= Precision::Town && !anchors.contains(&(p.lat, p.lon)) {
                    anchors.push((p.lat, p.lon));
                }
            }
            if let (Some(a), true) = (seen, unique) {
                if !a.is_empty() {
                    admin1s.entry(a).or_default().push(c.word_start);
                }
            }
            if let Some(Some(country)) = country {
                countries.entry(country).or_default().push(c.word_start);
            } else if let Some(Some(country)) = actor_country {
                actor_countries
                    .entry(country)
                    .or_default()
                    .push(c.word_start);
            }
        }
        resolver.admin1s = admin1s;
        resolver.countries = countries;
        resolver.actor_countries = actor_countries;
        resolver.anchors = anchors;
        resolver
    }

    /// Resolves the sorted candidates leftmost-longest; when the longest at a place
    /// resolves to nothing (a common word without its cue), the shorter ones inside it
    /// get their turn.
    fn run(mut self, sorted: &[Candidate]) -> Vec<Entity<'t, 'k>> {
        let mut out = Vec::with_capacity(sorted.len().min(64));
        let mut cursor = 0;
        let mut last_end = 0;
        for c in sorted {
            if c.word_start < last_end {
                continue;
            }
            if let Some((kind, id, mut location, event_type, role, actor)) = self.resolve(c) {
                last_end = c.end;
                if let Some(l) = location.as_mut() {
                    // The direction after the name says more than ريف before it.
                    l.relative = self
                        .relative_after(c.end)
                        .or_else(|| self.relative_before(c.word_start));
                    match l.relative {
                        // The countryside of a town is its district; of a district or
                        // governorate, that area itself.
                        Some("countryside" | "villages") => {
                            l.precision = l.precision.max(Precision::District)
                        }
                        Some(_) => l.precision = coarser(l.precision),
                        None => {}
                    }
                }
                let range = self
                    .text
                    .original_range_from(c.word_start..c.end, &mut cursor);
                let Some(surface) = self.text.original().get(range.clone()) else {
                    continue;
                };
                out.push(Entity {
                    start: range.start,
                    end: range.end,
                    text: surface,
                    kind,
                    id,
                    location,
                    event_type,
                    role,
                    actor,
                });
            }
        }
        out
    }

    fn resolve(&mut self, c: &Candidate) -> Option<Resolved<'k>> {
        // One buffer for every candidate's entries: an allocation per name was 2% of
        // the pass.
        let mut entries = std::mem::take(&mut self.entries);
        entries.clear();
        entries.extend(valid_entries(self.k, c));
        let resolved = self.resolve_entries(c, &entries);
        self.entries = entries;
        resolved
    }

    fn resolve_entries(&mut self, c: &Candidate, entries: &[Entry]) -> Option<Resolved<'k>> {
        let k = self.k;
        let latin_lower = self.latin_lowercase(c);
        // 1. Facilities.
        if !latin_lower && !c.article {
            let facilities: Vec<&'k crate::Facility> = entries
                .iter()
                .filter_map(|e| match e.target {
                    Target::Facility(i) => k.facilities.get(i as usize),
                    _ => None,
                })
                .collect();
            // Two facilities of one name: the default of data/places/ambiguous.tsv.
            let default = match facilities.as_slice() {
                [_, _, ..] => self.default_place(c),
                _ => None,
            };
            let chosen = facilities
                .iter()
                .find(|f| default.is_some_and(|d| d == f.id))
                .or(facilities.first())
                .copied();
            if let Some(f) = chosen {
                let location = k.place(&f.id).map(|p| self.location(p));
                let operator = (!f.operator.is_empty()).then_some(f.operator.as_str());
                return Some((
                    EntityKind::Facility,
                    &f.id,
                    location,
                    None,
                    Some(&f.kind),
                    operator,
                ));
            }
        }
        // 2. Actors named in full.
        let full: Vec<u32> = entries
            .iter()
            .filter_map(|e| match e.target {
                Target::Actor {
                    index,
                    context_only: false,
                } => Some(index),
                _ => None,
            })
            .collect();
        let member = entries.iter().find_map(|e| match e.target {
            Target::Member(i) => k.members.get(i as usize),
            _ => None,
        });
        if let Some(index) = self.pick_actor(c, &full) {
            self.named.insert(index);
            // `civilians` names both the CIVILIANS group and the member noun that implies
            // it: the member noun says more.
            let implied = member.is_some_and(|m| {
                k.actors
                    .get(index as usize)
                    .is_some_and(|a| a.id == m.default_actor)
            });
            if !implied {
                return self.actor(index);
            }
        }
        // 3. Event words, 4. member nouns.
        for e in entries {
            if let Target::Trigger(i) = e.target {
                let t = k.triggers.get(i as usize)?;
                return Some((
                    EntityKind::Event,
                    &t.id,
                    None,
                    Some(&t.event_type),
                    None,
                    None,
                ));
            }
        }
        if let Some(m) = member {
            let actor = (!m.default_actor.is_empty()).then_some(m.default_actor.as_str());
            return Some((EntityKind::Member, &m.id, None, None, Some(&m.role), actor));
        }
        // 5. Places.
        if !latin_lower && !c.article {
            if let Some(p) = self.pick_place(c, entries) {
                return Some((
                    EntityKind::Place,
                    &p.id,
                    Some(self.location(p)),
                    None,
                    None,
                    None,
                ));
            }
        }
        // 6. Context-only aliases of actors already named.
        let context: Vec<u32> = entries
            .iter()
            .filter_map(|e| match e.target {
                Target::Actor {
                    index,
                    context_only: true,
                } if self.named.contains(&index) => Some(index),
                _ => None,
            })
            .collect();
        let index = *context.first()?;
        self.actor(index)
    }

    fn actor(&self, index: u32) -> Option<Resolved<'k>> {
        let a = self.k.actors.get(index as usize)?;
        let parent = (!a.parent.is_empty()).then_some(a.parent.as_str());
        Some((EntityKind::Actor, &a.id, None, None, None, parent))
    }

    /// One actor among the ids an alias reaches: the one the document already named,
    /// else the one of the document's country, else the alias's stated default.
    fn pick_actor(&self, c: &Candidate, ids: &[u32]) -> Option<u32> {
        let mut distinct: Vec<u32> = ids.to_vec();
        distinct.sort_unstable();
        distinct.dedup();
        match distinct.as_slice() {
            [] => None,
            [one] => Some(*one),
            many => many
                .iter()
                .copied()
                .find(|i| self.named.contains(i))
                .or_else(|| {
                    let of_country: Vec<u32> = many
                        .iter()
                        .copied()
                        .filter(|&i| {
                            self.k
                                .actors
                                .get(i as usize)
                                .is_some_and(|a| self.names_country(&a.country, usize::MAX))
                        })
                        .collect();
                    match of_country.as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    }
                })
                .or_else(|| self.k.default_actor(c.pattern)),
        }
    }

    /// The place a name stands for, or `None` when a common word lacks its cue.
    fn pick_place(&self, c: &Candidate, entries: &[Entry]) -> Option<&'k crate::Place> {
        let k = self.k;
        let places: Vec<&'k crate::Place> = entries
            .iter()
            .filter_map(|e| match e.target {
                Target::Place(i) => k.places.get(i as usize),
                _ => None,
            })
            .collect();
        if places.is_empty() || self.is_cue(c) {
            return None;
        }
        // A cue that names a precision wins over a bare `in`. `ريف حمص`, the countryside
        // of Homs, is the governorate's when a governorate bears the name (ريف دمشق is
        // even its name), and a cue for any place otherwise.
        let prev = self.prev_word(c.word_start);
        let cue = match (prev.and_then(cue_of), self.cue_after(c.end)) {
            (Some(Some(p)), _) => Some(Some(p)),
            (_, Some(after)) => Some(after),
            (None, None) if self.relative_before(c.word_start) == Some("countryside") => {
                Some(Some(Precision::Governorate))
            }
            (before, None) => before,
        };
        let common = is_common(k, self.text.as_str(), c);
        // The list this place opens (after a dual or plural cue) or continues; a common
        // word continues none (`بلدتي X وعلى` is "and on").
        let list = match cue {
            Some(own) if prev.is_some_and(|w| is_one_of(w, LIST_CUES)) => ListCue::Cue(own),
            Some(_) => ListCue::None,
            None if common => ListCue::None,
            None if prev.is_some_and(|w| is_one_of(w, PLURAL_CUES)) => ListCue::Plural,
            None => self.list_continued(c),
        };
        let cue = match list {
            ListCue::Cue(inherited) => cue.or(Some(inherited)),
            _ => cue,
        };
        let plural = list == ListCue::Plural;
        // Where the document names a place's governorate without doubt, in text order.
        let mentions = |p: &crate::Place| {
            self.admin1s
                .get(p.admin1_id.as_str())
                .map_or(&[][..], Vec::as_slice)
        };
        // Named elsewhere in the document (a name is no context for itself).
        let in_context = |p: &crate::Place| mentions(p).iter().any(|&at| at != c.word_start);
        // Another place of the governorate within `span` bytes; for governorates and
        // countries, a place of the same country anywhere (lists of governorates: عدن
        // ولحج وأبين). Within a passage it lets a village of unknown size be one
        // (`اشتباكات في X وY بريف حلب`); within a list, a common word (`كالميادين
        // والبوكمال`).
        let near = |p: &crate::Place, span: usize| {
            let all = mentions(p);
            let from = all.partition_point(|&at| at + span < c.word_start);
            all.get(from..)
                .unwrap_or_default()
                .iter()
                .take_while(|&&at| at <= c.word_start + span)
                .any(|&at| at != c.word_start)
                || (p.precision >= Precision::Governorate
                    && self.places_name_country(&p.country, c.word_start))
        };
        let single = self.single_word(c);
        // A town that a district or governorate of its name surrounds is that area's
        // seat (تلعفر, whose population the gazetteer lacks), however small it looks.
        let seat_of_area = |p: &crate::Place| {
            places.iter().any(|q| {
                q.precision >= Precision::District
                    && within_one_place(p, q)
                    && q.admin1_id == p.admin1_id
            })
        };
        // A common word needs its cue or a list of places; a one-word village of unknown
        // or tiny population (the gazetteer's علية is the pronoun عليه once ة is folded),
        // a cue or another place of its governorate in the passage (`موجة عنف جديدة` "a
        // new wave" in a text about بعقوبة is still the adjective).
        // A direction adjective (الشرقي) is a village only after a cue: beside a place it
        // says which side of it (ريف درعا الشرقي).
        let direction = self
            .text
            .as_str()
            .get(c.word_start..c.end)
            .is_some_and(|w| RELATIVE_AFTER.iter().any(|&(a, _)| a == w));
        let better_known = plural && places.iter().any(|p| !weak(p, single));
        let allowed = |p: &crate::Place| {
            cue.is_some()
                || if direction {
                    false
                } else if common {
                    near(p, LIST_SPAN)
                } else {
                    !weak(p, single)
                        || (plural && !better_known)
                        || seat_of_area(p)
                        || near(p, PASSAGE_SPAN)
                }
        };
        // A two-letter name (إب) is taken after a cue or spelled with the hamza the place
        // writes: `أب` (father), `آب` (August) and a bare `اب` fold to the same letters.
        let short = self.short_match(c);
        let surface = if short { self.original_of(c) } else { "" };
        let spelled_exactly = |p: &crate::Place| {
            p.forms
                .iter()
                .any(|f| f.chars().count() == 2 && has_hamza(f) && surface.ends_with(f.as_str()))
        };
        // A cue vouches for a bare `اب`, never for one glued to a proclitic (`باب`).
        let bare_after_cue = cue.is_some() && c.word_start == c.match_start;
        let allowed =
            |p: &crate::Place| allowed(p) && (!short || bare_after_cue || spelled_exactly(p));
        // A hamza the text writes and the name lacks is another word: وأن is not Van
        // (وان), بأنه not Baneh (بانه).
        let hamza = self.hamza_in_match(c);
        // After مدينة، بلدة، قرية the word is a name, whatever hamza it is written with
        // (بقرية أرنبة for the gazetteer's ارنبة); after منطقة or حي it may be a word
        // (منطقة أكثر أمانا، منطقة أثرية).
        let settlement_cue = cue == Some(Some(Precision::Town));
        let spelled =
            |p: &crate::Place| !hamza || settlement_cue || p.forms.iter().any(|f| has_hamza(f));
        let wanted = cue.flatten().or_else(|| {
            PRECISION_HINTS.iter().find_map(|&(hint, precision)| {
                prev.is_some_and(|w| is_one_of(w, &[hint]))
                    .then_some(precision)
            })
        });
        let kept: Vec<&crate::Place> = places
            .iter()
            .copied()
            .filter(|p| allowed(p) && spelled(p))
            .collect();
        if !kept.is_empty() {
            self.last_place.set((c.end, list));
        }
        if let [only] = kept.as_slice() {
            return Some(only);
        }
        // Homonyms: the precision a cue asks for (a governorate in a list of them, not a
        // village of another listed governorate), context, the stated default (before the
        // town a bare name usually means: واسط is the governorate, no town of today),
        // then size and country together; among those still tied, nearness to the document's
        // other places, then the population itself. A place of a country the document
        // names elsewhere counts as if two orders of magnitude bigger: الرقة in a story
        // about Kuwait is the Kuwaiti district of 52,000, not the Syrian city, but نجران
        // in a story that also names درعا is still the Saudi city of 500,000, not a
        // Syrian village. (Geoparsers such as Mordecai infer the country first; names
        // taken wrongly, السلمية "peaceful" as Salamiyah, would make that too strong.)
        let default = self.default_place(c);
        // The villages of X are X's district or governorate, when one bears the name.
        let villages = self.relative_before(c.word_start) == Some("villages");
        // A bare name is the town rather than the governorate or country of its name
        // (الحسكة, الكويت, عمان Amman), but a hamlet of unknown size is not (`في لبنان`
        // is no Iraqi hamlet, `قنا` Qena before a Syrian one).
        let country_named = kept.iter().any(|q| q.precision == Precision::Country);
        let town_first = |p: &crate::Place| p.precision == Precision::Town && !weak(p, single);
        let class = |p: &crate::Place| {
            (
                wanted.is_some_and(|w| w == p.precision),
                // A hamlet's context does not outrank a country of its name: `في لبنان`
                // is Lebanon, not a hamlet of a governorate the text names.
                in_context(p) && !(country_named && weak(p, single)),
                default.is_some_and(|d| d == p.id),
                wanted.is_none() && town_first(p) != villages,
                population_class(p.population)
                    + 2 * u8::from(self.names_country(&p.country, c.word_start)),
                p.seat,
            )
        };
        let best = kept.iter().map(|p| class(p)).max()?;
        kept.into_iter()
            .filter(|p| class(p) == best)
            .map(|p| ((std::cmp::Reverse(self.km_to_anchors(p)), p.population), p))
            .max_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, p)| p)
    }

    /// Whether the document names `country` other than by the name at `except` (a name
    /// is no context for itself), by a place or an actor.
    fn names_country(&self, country: &str, except: usize) -> bool {
        self.places_name_country(country, except)
            || self
                .actor_countries
                .get(country)
                .is_some_and(|at| at.iter().any(|&at| at != except))
    }

    /// [`Self::names_country`], by a place.
    fn places_name_country(&self, country: &str, except: usize) -> bool {
        self.countries
            .get(country)
            .is_some_and(|at| at.iter().any(|&at| at != except))
    }

    /// Whole kilometres from `p` to the nearest of the document's unambiguous places
    /// (0 when there are none, so that distance then decides nothing).
    fn km_to_anchors(&self, p: &crate::Place) -> u32 {
        // An equirectangular distance: exact enough to rank places a few hundred
        // kilometres apart, with one cosine for all the anchors.
        let east = p.lat.to_radians().cos() * KM_PER_DEGREE;
        self.anchors
            .iter()
            .map(|&(lat, lon)| {
                let (dy, dx) = ((lat - p.lat) * KM_PER_DEGREE, (lon - p.lon) * east);
                dy * dy + dx * dx
            })
            .fold(None, |best: Option<f64>, d| {
                Some(best.map_or(d, |b| b.min(d)))
            })
            .map_or(0, |d| d.sqrt().min(f64::from(u32::MAX)) as u32)
    }

    /// The original text of a match, proclitics included.
    fn original_of(&self, c: &Candidate) -> &'t str {
        let range = self.text.original_range(c.word_start..c.end);
        self.text.original().get(range).unwrap_or("")
    }

    /// Whether the matched name itself (proclitics left out) has two letters or fewer:
    /// the patterns are names, letters and spaces, so counting characters will do.
    fn short_match(&self, c: &Candidate) -> bool {
        self.text
            .as_str()
            .get(c.match_start..c.end)
            .is_some_and(|m| m.chars().nth(2).is_none())
    }

    /// The default id of data/places/ambiguous.tsv for the alias the match is.
    fn default_place(&self, c: &Candidate) -> Option<&'k str> {
        self.k
            .default_place(self.text.as_str().get(c.word_start..c.end)?)
    }

    /// Whether the original text of the match writes a hamza on alif.
    fn hamza_in_match(&self, c: &Candidate) -> bool {
        // Not on the last letter: a final hamza is a spelling news varies (المخأ for
        // المخا), where one before it makes another word (وأن, بأنه).
        let mut letters = self.original_of(c).chars();
        letters.next_back();
        letters.any(|ch| matches!(ch, 'أ' | 'إ' | 'آ'))
    }

    /// Whether the match is one word (no space inside).
    fn single_word(&self, c: &Candidate) -> bool {
        self.text
            .as_str()
            .get(c.word_start..c.end)
            .is_some_and(|w| !w.contains(' '))
    }

    /// Whether the matched word is itself a cue word (villages named مدينة or منطقة),
    /// proclitics aside (لمدينة الحسكة): the cue introduces the next name, it is not one.
    fn is_cue(&self, c: &Candidate) -> bool {
        self.text
            .as_str()
            .get(c.match_start..c.end)
            .is_some_and(|w| CUES.iter().any(|&(cue, _)| w == cue))
    }

    /// The cue word right before the word at `word_start`, with the precision it asks for.
    fn cue_before(&self, word_start: usize) -> Option<Option<Precision>> {
        self.prev_word(word_start).and_then(cue_of)
    }

    /// The list `c` continues: the last place resolved ends right before it, with only
    /// a comma between or `و` on `c`, and opened or continued a list.
    fn list_continued(&self, c: &Candidate) -> ListCue {
        let (end, list) = self.last_place.get();
        let norm = self.text.as_str();
        let Some(between) = norm.get(end..c.word_start).map(str::trim) else {
            return ListCue::None;
        };
        let and = norm
            .get(c.word_start..c.match_start)
            .is_some_and(|p| p.starts_with('و'));
        if matches!(between, "،" | ",") || (between.is_empty() && and) {
            list
        } else {
            ListCue::None
        }
    }

    /// The word right before `word_start`, in matching form (`None` after punctuation).
    fn prev_word(&self, word_start: usize) -> Option<&'a str> {
        let i = self
            .tokens
            .partition_point(|t| (t.start as usize) < word_start);
        let prev = self.tokens.get(i.checked_sub(1)?)?;
        (prev.kind == TokenKind::Word)
            .then(|| self.text.as_str().get(prev.range()))
            .flatten()
    }

    /// An English cue right after the name: `Hasakah province`, `Raqqa city`.
    fn cue_after(&self, end: usize) -> Option<Option<Precision>> {
        let i = self.tokens.partition_point(|t| (t.start as usize) < end);
        let next = self.tokens.get(i)?;
        let word = self.text.as_str().get(next.range())?;
        match word {
            "province" | "provinces" | "governorate" => Some(Some(Precision::Governorate)),
            "city" | "town" | "village" => Some(Some(Precision::Town)),
            "district" => Some(Some(Precision::District)),
            _ => None,
        }
    }

    /// The direction or area word before a place (skipping one cue word): جنوب مدينة
    /// الحسكة، بريف دير الزور، شرقي حلب، north of Raqqa.
    fn relative_before(&self, word_start: usize) -> Option<&'static str> {
        let (at, relative) = self.last_relative.get();
        if at == word_start {
            return relative;
        }
        let relative = self.read_relative_before(word_start);
        self.last_relative.set((word_start, relative));
        relative
    }

    /// [`Self::relative_before`], read from the tokens.
    fn read_relative_before(&self, word_start: usize) -> Option<&'static str> {
        let mut i = self
            .tokens
            .partition_point(|t| (t.start as usize) < word_start);
        let norm = self.text.as_str();
        let word = |i: &mut usize| -> Option<&str> {
            *i = i.checked_sub(1)?;
            let t = self.tokens.get(*i)?;
            (t.kind == TokenKind::Word)
                .then(|| norm.get(t.range()))
                .flatten()
        };
        let mut w = word(&mut i)?;
        if CUES
            .iter()
            .any(|&(cue, _)| strip_suffix_fast(w, cue).is_some())
            || w == "of"
        {
            w = word(&mut i)?;
        }
        RELATIVE.iter().find_map(|&(rel, name)| {
            let prefix = strip_suffix_fast(w, rel)?;
            (prefix.is_empty() || (!is_latin(rel) && proclitics(prefix).is_some())).then_some(name)
        })
    }

    /// The direction adjective right after a place: ريف دير الزور الشرقي.
    fn relative_after(&self, end: usize) -> Option<&'static str> {
        let i = self.tokens.partition_point(|t| (t.start as usize) < end);
        let next = self.tokens.get(i)?;
        if next.kind != TokenKind::Word {
            return None;
        }
        let word = self.text.as_str().get(next.range())?;
        RELATIVE_AFTER
            .iter()
            .find_map(|&(adjective, name)| (word == adjective).then_some(name))
    }

    /// Whether a Latin name is written lower case in the original: English place and
    /// facility names are proper nouns, so `hit` and `bab` are words, `Hit` a town.
    fn latin_lowercase(&self, c: &Candidate) -> bool {
        let norm = self.text.as_str();
        let Some(matched) = norm.get(c.word_start..c.end) else {
            return false;
        };
        if !is_latin(matched) {
            return false;
        }
        let range = self.text.original_range(c.word_start..c.end);
        !self
            .text
            .original()
            .get(range)
            .and_then(|s| s.chars().next())
            .is_some_and(char::is_uppercase)
    }

    fn location(&self, p: &'k crate::Place) -> Location<'k> {
        let admin1 = self.k.place(&p.admin1_id);
        Location {
            lat: p.lat,
            lon: p.lon,
            country: &p.country,
            admin1_id: &p.admin1_id,
            admin1_name: admin1.map_or("", |a| a.name_ar.as_str()),
            precision: p.precision,
            relative: None,
        }
    }
}

/// `word.strip_suffix(suffix)`, rejected on the last byte first: the cue lists are
/// tried on the neighbours of every candidate, and most words end in another letter.
#[inline]
fn strip_suffix_fast<'w>(word: &'w str, suffix: &str) -> Option<&'w str> {
    if word.as_bytes().last() != suffix.as_bytes().last() {
        return None;
    }
    word.strip_suffix(suffix)
}

/// Whether `prefix` may stand before a word in construct: nothing, or proclitics that do
/// not end in the article. A cue introduces a name in construct: `قضاء سنجار`, but `القضاء
/// على` is "doing away with", `المدينة` "the city" (Medina), `المدن السعودية` "Saudi cities".
fn construct_prefix(prefix: &str) -> bool {
    prefix.is_empty()
        || (!prefix.ends_with("ال") && !prefix.ends_with("لل") && proclitics(prefix).is_some())
}

/// The cue `word` is, proclitics aside (see [`construct_prefix`]), with the precision it
/// asks for.
fn cue_of(word: &str) -> Option<Option<Precision>> {
    CUES.iter().find_map(|&(cue, precision)| {
        let prefix = strip_suffix_fast(word, cue)?;
        construct_prefix(prefix).then_some(precision)
    })
}

/// Whether `word` is one of `words`, proclitics aside (see [`construct_prefix`]).
fn is_one_of(word: &str, words: &[&str]) -> bool {
    words
        .iter()
        .any(|cue| strip_suffix_fast(word, cue).is_some_and(construct_prefix))
}

/// A gazetteer village or neighbourhood of fewer than 1,000 known inhabitants, named by
/// one word: too often a common word in disguise to be taken without a cue (an
/// administrative seat too: `بصدد` is not Sadad). Only Who's On First (`wof:`) lists
/// every hamlet of Syria and Iraq; GeoNames rows of unknown population (`gn:`, Yemeni
/// towns among them) are towns.
fn weak(p: &crate::Place, single_word: bool) -> bool {
    single_word
        && !p.curated
        && p.precision <= Precision::Town
        && p.population < 1000
        && !p.id.starts_with("gn:")
}

/// The order of magnitude of a population (0 for unknown or under a thousand): between
/// homonyms of one class, the nearer to the document's other places wins; a city still
/// wins over a village of its name far from them.
fn population_class(population: u64) -> u8 {
    match population {
        0..=999 => 0,
        1_000..=9_999 => 1,
        10_000..=99_999 => 2,
        100_000..=999_999 => 3,
        _ => 4,
    }
}

/// Whether two places of one name lie together (a city and the district named after
/// it, within about 30 km): they anchor the document as one. Degrees, not kilometres:
/// names shared by hundreds of villages are tested on every mention.
fn within_one_place(a: &crate::Place, b: &crate::Place) -> bool {
    (a.lat - b.lat).abs() < 0.27 && (a.lon - b.lon).abs() < 0.33
}

/// How far (normalised bytes, about five words) another place of a governorate may be
/// and still make a list with a name that is also a common word.
const LIST_SPAN: usize = 50;

/// How far (normalised bytes, two or three sentences) another place of a governorate
/// may be and still vouch for a village of unknown size.
const PASSAGE_SPAN: usize = 300;

/// Kilometres in a degree of latitude.
const KM_PER_DEGREE: f64 = 111.2;

/// Whether a match is a common word: its pattern is listed, or the whole word with its
/// proclitics is (كامل is ك + أمل, فرقة is ف + رقة).
fn is_common(k: &Knowledge, norm: &str, c: &Candidate) -> bool {
    k.is_common_word(c.pattern)
        || norm
            .get(c.word_start..c.end)
            .is_some_and(|w| k.is_common_text(w))
}

fn has_hamza(s: &str) -> bool {
    s.chars().any(|c| matches!(c, 'أ' | 'إ' | 'آ'))
}

/// Whether an entry holds where it matched: after `لل` (`lam_lam`), or standing alone
/// with no proclitic (`alone`).
fn valid(e: &Entry, lam_lam: bool, alone: bool) -> bool {
    (!e.article_dropped || lam_lam) && (!e.bare_only || alone)
}

fn valid_entries<'k>(k: &'k Knowledge, c: &Candidate) -> impl Iterator<Item = Entry> + 'k {
    let lam_lam = c.lam_lam;
    let alone = c.word_start == c.match_start;
    k.entries_of(c.pattern)
        .iter()
        .copied()
        .filter(move |e| valid(e, lam_lam, alone))
}
