//! [`Knowledge`]: every table, and one automaton over the normalised forms of every name.

use crate::data::{self, Actor, Facility, Member, Place, Sources, Trigger};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use rasid_text::normalize_str;
use std::collections::HashMap;

/// What one pattern of the automaton points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// Index into [`Knowledge::places`].
    Place(u32),
    /// Index into [`Knowledge::facilities`].
    Facility(u32),
    /// Index into [`Knowledge::actors`]; `context_only` aliases need an earlier full name.
    Actor { index: u32, context_only: bool },
    /// Index into [`Knowledge::members`].
    Member(u32),
    /// Index into [`Knowledge::triggers`].
    Trigger(u32),
}

/// One meaning of one pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Entry {
    pub target: Target,
    /// The pattern is a form written with the article, stored without it so that `لل`
    /// (ل + ال) finds it: valid only after a proclitic ending in ل.
    pub article_dropped: bool,
}

/// Everything rasid knows about places, facilities, actors, member nouns and event words,
/// with the automaton that finds them. Build it once ([`Knowledge::bundled`] or
/// [`Knowledge::from_sources`]) and share it: annotation only reads it.
pub struct Knowledge {
    /// Places of the gazetteer and the curated list.
    pub places: Vec<Place>,
    /// Detention facilities and camps.
    pub facilities: Vec<Facility>,
    /// Canonical actors.
    pub actors: Vec<Actor>,
    /// Member nouns.
    pub members: Vec<Member>,
    /// Event triggers.
    pub triggers: Vec<Trigger>,
    pub(crate) automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    /// Entries of pattern `i`: `entries[groups[i].0 .. groups[i].1]`.
    pub(crate) groups: Vec<(u32, u32)>,
    /// Whether pattern `i` is a place name that is also a common word.
    pub(crate) common_word: Vec<bool>,
    /// Default actor of pattern `i` when it is an ambiguous alias (index into actors).
    pub(crate) default_actor: Vec<Option<u32>>,
    pub(crate) entries: Vec<Entry>,
    place_index: HashMap<String, u32>,
    patterns: usize,
}

impl std::fmt::Debug for Knowledge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Knowledge")
            .field("places", &self.places.len())
            .field("facilities", &self.facilities.len())
            .field("actors", &self.actors.len())
            .field("members", &self.members.len())
            .field("triggers", &self.triggers.len())
            .field("patterns", &self.patterns)
            .finish()
    }
}

/// The article `ال` in matching form.
const ARTICLE: &str = "ال";

/// Whether a normalised form starts with a Latin letter (English name or word).
pub(crate) fn is_latin(form: &str) -> bool {
    form.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
}

impl Knowledge {
    /// The knowledge of the repository's `data/` folder, compiled into the binary.
    pub fn bundled() -> Self {
        Self::from_sources(&Sources::bundled())
    }

    /// Builds the knowledge from TSV texts (the caller's own data, or [`Sources::bundled`]).
    pub fn from_sources(src: &Sources<'_>) -> Self {
        let mut places = Vec::with_capacity(36_000);
        data::gazetteer(src.gazetteer, &mut places);
        data::curated(src.curated, &mut places);
        let place_index: HashMap<String, u32> = places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i as u32))
            .collect();
        // Curated rows carry their parent's id in `country` until here.
        for i in 0..places.len() {
            if !places[i].curated {
                continue;
            }
            let parent = &places[i].country;
            let admin1 = &places[i].admin1_id;
            let country = [parent, admin1]
                .iter()
                .filter_map(|id| place_index.get(id.as_str()))
                .map(|&j| places[j as usize].country.clone())
                .find(|c| !c.is_empty())
                .unwrap_or_else(|| guess_country(&places[i].id));
            places[i].country = country;
        }
        let facilities = data::facilities(src.facilities);
        let actors = data::actors(src.actors);
        let members = data::members(src.members);
        let triggers = data::triggers(src.triggers);

        let mut builder = PatternSet::default();
        let facility_ids: HashMap<&str, u32> = facilities
            .iter()
            .enumerate()
            .map(|(i, f)| (f.id.as_str(), i as u32))
            .collect();
        for (i, p) in places.iter().enumerate() {
            let target = match facility_ids.get(p.id.as_str()) {
                Some(&f) => Target::Facility(f),
                None => Target::Place(i as u32),
            };
            for form in &p.forms {
                builder.add(form, target);
            }
        }
        for (i, f) in facilities.iter().enumerate() {
            for form in &f.forms {
                builder.add(form, Target::Facility(i as u32));
            }
        }
        for (i, a) in actors.iter().enumerate() {
            let index = i as u32;
            for form in &a.forms {
                builder.add(
                    form,
                    Target::Actor {
                        index,
                        context_only: false,
                    },
                );
            }
            for form in &a.context_forms {
                builder.add(
                    form,
                    Target::Actor {
                        index,
                        context_only: true,
                    },
                );
            }
        }
        for (i, m) in members.iter().enumerate() {
            for form in &m.forms {
                builder.add(form, Target::Member(i as u32));
            }
        }
        for (i, t) in triggers.iter().enumerate() {
            for form in &t.forms {
                builder.add(form, Target::Trigger(i as u32));
            }
        }

        let common: std::collections::HashSet<String> = data::common_words(src.common_word_names)
            .into_iter()
            .map(normalize_str)
            .collect();
        let actor_index: HashMap<&str, u32> = actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.as_str(), i as u32))
            .collect();
        let defaults: HashMap<String, u32> = data::actor_defaults(src.actors_ambiguous)
            .into_iter()
            .filter_map(|(alias, id)| Some((normalize_str(&alias), *actor_index.get(id.as_str())?)))
            .collect();

        let mut entries = Vec::new();
        let mut groups = Vec::with_capacity(builder.patterns.len());
        let mut common_word = Vec::with_capacity(builder.patterns.len());
        let mut default_actor = Vec::with_capacity(builder.patterns.len());
        let mut patvals = Vec::with_capacity(builder.patterns.len());
        for (i, (pattern, group)) in builder.patterns.into_iter().enumerate() {
            let start = entries.len() as u32;
            entries.extend(group);
            groups.push((start, entries.len() as u32));
            common_word.push(common.contains(&pattern));
            default_actor.push(defaults.get(&pattern).copied());
            patvals.push((pattern, i as u32));
        }
        let patterns = patvals.len();
        let automaton = CharwiseDoubleArrayAhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .build_with_values(patvals)
            .ok();
        Knowledge {
            places,
            facilities,
            actors,
            members,
            triggers,
            automaton,
            groups,
            common_word,
            default_actor,
            entries,
            place_index,
            patterns,
        }
    }

    /// The place with this id.
    pub fn place(&self, id: &str) -> Option<&Place> {
        self.place_index
            .get(id)
            .and_then(|&i| self.places.get(i as usize))
    }

    /// Number of distinct normalised patterns in the automaton.
    pub fn pattern_count(&self) -> usize {
        self.patterns
    }

    /// Heap bytes of the automaton alone (the tables come on top).
    pub fn automaton_heap_bytes(&self) -> usize {
        self.automaton.as_ref().map_or(0, |a| a.heap_bytes())
    }

    pub(crate) fn entries_of(&self, pattern: u32) -> &[Entry] {
        self.groups
            .get(pattern as usize)
            .and_then(|&(s, e)| self.entries.get(s as usize..e as usize))
            .unwrap_or(&[])
    }
}

/// Curated ids of other countries start with the country code (`ye-abyan`).
fn guess_country(id: &str) -> String {
    match id.split_once('-') {
        Some((cc, _)) if cc.len() == 2 => cc.to_ascii_uppercase(),
        _ => String::new(),
    }
}

/// Distinct normalised patterns, in insertion order, with their entries.
#[derive(Default)]
struct PatternSet {
    index: HashMap<String, usize>,
    patterns: Vec<(String, Vec<Entry>)>,
}

impl PatternSet {
    fn add(&mut self, form: &str, target: Target) {
        let norm = normalize_str(form);
        let norm = norm.trim();
        // One- and two-letter names (and stray codes) match too much text to be useful.
        if norm.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
            return;
        }
        self.push(
            norm,
            Entry {
                target,
                article_dropped: false,
            },
        );
        if !is_latin(norm) {
            if let Some(rest) = norm.strip_prefix(ARTICLE) {
                if rest.chars().count() >= 3 {
                    self.push(
                        rest,
                        Entry {
                            target,
                            article_dropped: true,
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
