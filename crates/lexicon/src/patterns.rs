//! The automaton's patterns: every normalised form of every name, with what it means.
//! Shared by the library (for data the caller passes) and `build.rs` (which compiles the
//! bundled data ahead of time, so that loading it is a copy instead of a build).

use crate::data::{self, Actor, Facility, Member, Place, Sources, Trigger};
use rasid_text::normalize_str;
use std::collections::{HashMap, HashSet};

/// What one pattern of the automaton points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Index into the places.
    Place(u32),
    /// Index into the facilities.
    Facility(u32),
    /// Index into the actors; `context_only` aliases need an earlier full name.
    Actor { index: u32, context_only: bool },
    /// Index into the member nouns.
    Member(u32),
    /// Index into the triggers.
    Trigger(u32),
}

/// One meaning of one pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub target: Target,
    /// The pattern is a form written with the article, stored without it so that `لل`
    /// (ل + ال) finds it: valid only after a proclitic ending in ل.
    pub article_dropped: bool,
    /// The pattern is another form of the name without its article (`رقة` beside
    /// `الرقة`): valid only standing alone, since a clitic before it makes a word
    /// (`ورقة` paper, `فرقة` team).
    pub bare_only: bool,
}

const INDEX_BITS: u32 = 0x07ff_ffff;
const BARE_BIT: u32 = 1 << 27;
const DROPPED_BIT: u32 = 1 << 28;

impl Entry {
    // Used by build.rs, which includes this file; the library only decodes.
    #[allow(dead_code)]
    fn encode(self) -> u32 {
        let (tag, index) = match self.target {
            Target::Place(i) => (0, i),
            Target::Facility(i) => (1, i),
            Target::Actor {
                index,
                context_only: false,
            } => (2, index),
            Target::Actor {
                index,
                context_only: true,
            } => (3, index),
            Target::Member(i) => (4, i),
            Target::Trigger(i) => (5, i),
        };
        (tag << 29)
            | if self.article_dropped { DROPPED_BIT } else { 0 }
            | if self.bare_only { BARE_BIT } else { 0 }
            | (index & INDEX_BITS)
    }

    fn decode(x: u32) -> Option<Entry> {
        let index = x & INDEX_BITS;
        let target = match x >> 29 {
            0 => Target::Place(index),
            1 => Target::Facility(index),
            2 => Target::Actor {
                index,
                context_only: false,
            },
            3 => Target::Actor {
                index,
                context_only: true,
            },
            4 => Target::Member(index),
            5 => Target::Trigger(index),
            _ => return None,
        };
        Some(Entry {
            target,
            article_dropped: x & DROPPED_BIT != 0,
            bare_only: x & BARE_BIT != 0,
        })
    }
}

/// The tables of the knowledge.
pub(crate) struct Tables {
    pub places: Vec<Place>,
    pub facilities: Vec<Facility>,
    pub actors: Vec<Actor>,
    pub members: Vec<Member>,
    pub triggers: Vec<Trigger>,
}

impl Tables {
    pub(crate) fn read(src: &Sources<'_>) -> Tables {
        Tables {
            places: data::places(src.gazetteer, src.curated),
            facilities: data::facilities(src.facilities),
            actors: data::actors(src.actors),
            members: data::members(src.members),
            triggers: data::triggers(src.triggers),
        }
    }
}

/// Pattern `i` means `entries[groups[i].0 .. groups[i].1]`.
#[derive(Debug, Default)]
pub(crate) struct Groups {
    pub groups: Vec<(u32, u32)>,
    pub entries: Vec<Entry>,
    /// Whether pattern `i` is a place name that is also a common word.
    pub common_word: Vec<bool>,
    /// Default actor of pattern `i` when it is an ambiguous alias (index into actors).
    pub default_actor: Vec<Option<u32>>,
}

/// English words after a governorate's name (in matching form, lower case).
const GOVERNORATE_WORDS: &[&str] = &[" governorate", " province"];

/// A Latin name without its transliterated article (`Al-Hasakah` -> `Hasakah`), when
/// what is left is a name of four letters or more.
fn without_latin_article(form: &str) -> Option<&str> {
    let lower = form.get(..4)?.to_ascii_lowercase();
    let rest = [
        "al-", "al ", "el-", "el ", "ar-", "ar ", "as-", "as ", "ad-", "ad ", "az-", "an-",
    ]
    .iter()
    .find(|a| lower.starts_with(**a))
    .and_then(|a| form.get(a.len()..))?;
    (rest.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && rest.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
    .then_some(rest)
}

/// The article `ال` in matching form.
const ARTICLE: &str = "ال";

/// Whether a normalised form starts with a Latin letter (English name or word).
/// First words of compound place names that news writes both apart and joined:
/// كفر نبل / كفرنبل, تل عفر / تلعفر, عين كاوة / عينكاوة, دير الزور / ديرالزور,
/// البو كمال / البوكمال.
const COMPOUND_HEADS: &[&str] = &["كفر", "تل", "عين", "دير", "بيت", "البو"];

/// The other way of writing a normalised compound name: joined when written apart,
/// apart when written joined; `None` for other names and for heads glued to fewer than
/// three letters (ديرك is no compound).
fn compound_variant(norm: &str) -> Option<String> {
    let rest_ok = |rest: &str| rest.chars().count() >= 3 && !rest.contains(' ');
    COMPOUND_HEADS.iter().find_map(|head| {
        let rest = norm.strip_prefix(head)?;
        match rest.strip_prefix(' ') {
            Some(apart) => rest_ok(apart).then(|| format!("{head}{apart}")),
            None => rest_ok(rest).then(|| format!("{head} {rest}")),
        }
    })
}

pub(crate) fn is_latin(form: &str) -> bool {
    form.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

/// Every distinct normalised pattern of the tables (in order), and what each means.
pub(crate) fn compile(t: &Tables, src: &Sources<'_>) -> (Vec<String>, Groups) {
    let mut set = PatternSet::default();
    let facility_ids: HashMap<&str, u32> = t
        .facilities
        .iter()
        .enumerate()
        .map(|(i, f)| (f.id.as_str(), i as u32))
        .collect();
    for (i, p) in t.places.iter().enumerate() {
        let target = match facility_ids.get(p.id.as_str()) {
            Some(&f) => Target::Facility(f),
            None => Target::Place(i as u32),
        };
        let short_ok = p.population >= SHORT_NAME_POPULATION;
        // A form that is another form without its article (`رقة` beside `الرقة`,
        // `رميلان` beside `الرميلان`) is taken standing alone only (Entry::bare_only).
        let normalized: HashSet<String> = p.forms.iter().map(|f| normalize_str(f)).collect();
        for form in &p.forms {
            let norm = normalize_str(form);
            let bare_only = !is_latin(&norm) && normalized.contains(&format!("{ARTICLE}{norm}"));
            set.add_form(form, target, short_ok, bare_only);
            // Syrian and Iraqi village names are the ones written both ways; elsewhere a
            // joined form can be a word (تل أبيب joined is تلابيب, "lapels").
            if matches!(p.country.as_str(), "SY" | "IQ") {
                if let Some(variant) = compound_variant(&norm) {
                    set.add_form(&variant, target, short_ok, false);
                }
            }
            // English drops the article of governorates and cities: `Al-Hasakah` is
            // written `Hasakah province`. Only for them: a village's `Ar Rashid` without
            // its article is a person's name.
            if p.precision >= data::Precision::District || p.population >= SHORT_NAME_POPULATION {
                if let Some(bare) = without_latin_article(form) {
                    set.add(bare, target);
                }
            }
        }
    }
    for (i, f) in t.facilities.iter().enumerate() {
        for form in &f.forms {
            set.add(form, Target::Facility(i as u32));
        }
    }
    for (i, a) in t.actors.iter().enumerate() {
        let index = i as u32;
        for form in &a.forms {
            set.add(
                form,
                Target::Actor {
                    index,
                    context_only: false,
                },
            );
        }
        for form in &a.context_forms {
            set.add(
                form,
                Target::Actor {
                    index,
                    context_only: true,
                },
            );
        }
    }
    for (i, m) in t.members.iter().enumerate() {
        for form in &m.forms {
            set.add(form, Target::Member(i as u32));
        }
    }
    for (i, tr) in t.triggers.iter().enumerate() {
        for form in &tr.forms {
            set.add(form, Target::Trigger(i as u32));
        }
    }
    let common: HashSet<String> = data::common_words(src.common_word_names)
        .into_iter()
        .map(normalize_str)
        .collect();
    let actor_index: HashMap<&str, u32> = t
        .actors
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();
    let defaults: HashMap<String, u32> = data::actor_defaults(src.actors_ambiguous)
        .into_iter()
        .filter_map(|(alias, id)| Some((normalize_str(&alias), *actor_index.get(id.as_str())?)))
        .collect();
    let mut g = Groups::default();
    let mut patterns = Vec::with_capacity(set.patterns.len());
    for (pattern, group) in set.patterns {
        let start = g.entries.len() as u32;
        g.entries.extend(group);
        g.groups.push((start, g.entries.len() as u32));
        // A form stored without its article (`حكومه` for الحكومة) is as common a word
        // as the form with it.
        let common_word = common.contains(&pattern)
            || (!is_latin(&pattern) && common.contains(&format!("{ARTICLE}{pattern}")));
        g.common_word.push(common_word);
        g.default_actor.push(defaults.get(&pattern).copied());
        patterns.push(pattern);
    }
    (patterns, g)
}

impl Groups {
    /// Little-endian u32s: per pattern `count | common << 31`, the default actor
    /// (`u32::MAX` for none), then its entries.
    #[allow(dead_code)]
    pub(crate) fn encode(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity((self.groups.len() * 3 + self.entries.len()) * 4);
        for (i, &(s, e)) in self.groups.iter().enumerate() {
            let common = self.common_word.get(i).copied().unwrap_or(false);
            let header = (e - s) | if common { 1 << 31 } else { 0 };
            out.extend_from_slice(&header.to_le_bytes());
            let default = self
                .default_actor
                .get(i)
                .copied()
                .flatten()
                .unwrap_or(u32::MAX);
            out.extend_from_slice(&default.to_le_bytes());
            for entry in self.entries.get(s as usize..e as usize).unwrap_or(&[]) {
                out.extend_from_slice(&entry.encode().to_le_bytes());
            }
        }
        out
    }

    /// Reads what [`Groups::encode`] wrote; `None` when the bytes are damaged.
    pub(crate) fn decode(bytes: &[u8]) -> Option<Groups> {
        let mut words = bytes
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]));
        let mut g = Groups::default();
        while let Some(header) = words.next() {
            let count = header & !(1 << 31);
            let default = words.next()?;
            let start = g.entries.len() as u32;
            for _ in 0..count {
                g.entries.push(Entry::decode(words.next()?)?);
            }
            g.groups.push((start, g.entries.len() as u32));
            g.common_word.push(header >> 31 == 1);
            g.default_actor
                .push((default != u32::MAX).then_some(default));
        }
        Some(g)
    }
}

/// Distinct normalised patterns, in insertion order, with their entries.
#[derive(Default)]
struct PatternSet {
    index: HashMap<String, usize>,
    patterns: Vec<(String, Vec<Entry>)>,
}

/// The population from which a place's two-letter Arabic name is matched (إب, a city
/// of 770,000): the annotator then wants the name spelled as the place writes it, hamza
/// and all, or a cue before it, since such words are common (أب father, آب August).
pub(crate) const SHORT_NAME_POPULATION: u64 = 100_000;

impl PatternSet {
    fn add(&mut self, form: &str, target: Target) {
        self.add_form(form, target, false, false);
    }

    /// Adds `form`; two-letter Arabic forms only when `short_ok`; see
    /// [`Entry::bare_only`].
    fn add_form(&mut self, form: &str, target: Target, short_ok: bool, bare_only: bool) {
        let norm = normalize_str(form);
        let norm = norm.trim();
        // One- and two-letter names (and stray codes) match too much text to be useful,
        // but for the two-letter Arabic names of large places.
        let letters = norm.chars().filter(|c| c.is_alphanumeric()).count();
        if letters < 2 || (letters == 2 && (!short_ok || is_latin(norm))) {
            return;
        }
        self.push(
            norm,
            Entry {
                target,
                article_dropped: false,
                bare_only,
            },
        );
        // `Abyan governorate` is also written `Abyan province` or `Abyan`: the bare name
        // is matched, and the word after it is read as a cue.
        if let Some(bare) = GOVERNORATE_WORDS
            .iter()
            .find_map(|w| norm.strip_suffix(w))
            .filter(|b| is_latin(b) && b.chars().count() >= 3)
        {
            self.push(
                bare,
                Entry {
                    target,
                    article_dropped: false,
                    bare_only: false,
                },
            );
        }
        if !is_latin(norm) {
            if let Some(rest) = norm.strip_prefix(ARTICLE) {
                if rest.chars().count() >= 3 {
                    self.push(
                        rest,
                        Entry {
                            target,
                            article_dropped: true,
                            bare_only: false,
                        },
                    );
                }
            }
        }
    }

    fn push(&mut self, pattern: &str, entry: Entry) {
        let i = match self.index.get(pattern) {
            Some(&i) => i,
            None => {
                let i = self.patterns.len();
                self.index.insert(pattern.to_owned(), i);
                self.patterns.push((pattern.to_owned(), Vec::new()));
                i
            }
        };
        if let Some((_, group)) = self.patterns.get_mut(i) {
            if !group.contains(&entry) {
                group.push(entry);
            }
        }
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn compound_names_are_written_apart_and_joined() {
        let cases = [
            ("كفر موس", Some("كفرموس")),
            ("تلعفر", Some("تل عفر")),
            ("عين كاوه", Some("عينكاوه")),
            ("دير الزور", Some("ديرالزور")),
            ("البوكمال", Some("البو كمال")),
            // Too short to be a compound, or no compound head.
            ("ديرك", None),
            ("تلال", None),
            ("حلب", None),
            // A third word: written apart only.
            ("تل ابو ظاهر", None),
        ];
        for (name, variant) in cases {
            assert_eq!(compound_variant(name).as_deref(), variant, "{name}");
        }
    }

    use super::*;

    #[test]
    fn groups_survive_encoding() {
        let entries = vec![
            Entry {
                target: Target::Place(7),
                article_dropped: false,
                bare_only: true,
            },
            Entry {
                target: Target::Actor {
                    index: 3,
                    context_only: true,
                },
                article_dropped: true,
                bare_only: false,
            },
            Entry {
                target: Target::Trigger(39),
                article_dropped: false,
                bare_only: false,
            },
        ];
        let g = Groups {
            groups: vec![(0, 2), (2, 3)],
            entries: entries.clone(),
            common_word: vec![true, false],
            default_actor: vec![None, Some(5)],
        };
        let back = Groups::decode(&g.encode()).expect("decodes");
        assert_eq!(back.groups, g.groups);
        assert_eq!(back.entries, entries);
        assert_eq!(back.common_word, g.common_word);
        assert_eq!(back.default_actor, g.default_actor);
    }
}
