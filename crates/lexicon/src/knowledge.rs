//! [`Knowledge`]: every table, and one automaton over the normalised forms of every name.

use crate::data::{Actor, Facility, Member, Place, Sources, Trigger};
use crate::patterns::{self, Entry, Groups, Tables};
use daachorse::{CharwiseDoubleArrayAhoCorasick, CharwiseDoubleArrayAhoCorasickBuilder, MatchKind};
use std::collections::{HashMap, HashSet};

/// The automaton and pattern groups of the bundled data, built by `build.rs`.
const BUNDLED_AUTOMATON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/automaton.bin"));
const BUNDLED_GROUPS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/groups.bin"));

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
    pub(crate) groups: Groups,
    place_index: HashMap<String, u32>,
    /// The names of `common_word_names.tsv`, normalised: whole words (proclitics
    /// included: كامل، فرقة) that are not places without a cue.
    common_words: HashSet<String>,
    /// `(normalised alias, default id)` of `data/places/ambiguous.tsv`.
    place_defaults: Vec<(String, String)>,
}

impl std::fmt::Debug for Knowledge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Knowledge")
            .field("places", &self.places.len())
            .field("facilities", &self.facilities.len())
            .field("actors", &self.actors.len())
            .field("members", &self.members.len())
            .field("triggers", &self.triggers.len())
            .field("patterns", &self.groups.groups.len())
            .finish()
    }
}

impl Knowledge {
    /// The knowledge of the repository's `data/` folder, compiled into the binary with
    /// its automaton prebuilt (by `build.rs`), so that loading is mostly a copy.
    pub fn bundled() -> Self {
        let src = Sources::bundled();
        let tables = Tables::read(&src);
        let automaton = CharwiseDoubleArrayAhoCorasick::<u32>::deserialize(BUNDLED_AUTOMATON)
            .ok()
            .map(|(a, _)| a);
        match (automaton, Groups::decode(BUNDLED_GROUPS)) {
            (Some(automaton), Some(groups)) => {
                Self::assemble(tables, Some(automaton), groups, &src)
            }
            // Unreachable unless the build wrote damaged files: build at run time.
            _ => Self::from_sources(&Sources::bundled()),
        }
    }

    /// Builds the knowledge from TSV texts (the caller's own data, or [`Sources::bundled`]).
    /// Slower than [`Knowledge::bundled`]: the automaton is built here.
    pub fn from_sources(src: &Sources<'_>) -> Self {
        let tables = Tables::read(src);
        let (patterns, groups) = patterns::compile(&tables, src);
        let automaton = build_automaton(patterns);
        Self::assemble(tables, automaton, groups, src)
    }

    fn assemble(
        tables: Tables,
        automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
        groups: Groups,
        src: &Sources<'_>,
    ) -> Self {
        let common_words = crate::data::common_words(src.common_word_names)
            .into_iter()
            .map(rasid_text::normalize_str)
            .collect();
        let place_defaults = crate::data::place_defaults(src.places_ambiguous)
            .into_iter()
            .map(|(alias, id)| (rasid_text::normalize_str(alias), id.to_owned()))
            .collect();
        let place_index = tables
            .places
            .iter()
            .enumerate()
            .map(|(i, p)| (p.id.clone(), i as u32))
            .collect();
        Knowledge {
            places: tables.places,
            facilities: tables.facilities,
            actors: tables.actors,
            members: tables.members,
            triggers: tables.triggers,
            automaton,
            groups,
            place_index,
            common_words,
            place_defaults,
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
        self.groups.groups.len()
    }

    /// Heap bytes of the automaton alone (the tables come on top).
    pub fn automaton_heap_bytes(&self) -> usize {
        self.automaton.as_ref().map_or(0, |a| a.heap_bytes())
    }

    /// Approximate heap bytes of everything: automaton, pattern table, and the tables'
    /// strings and vectors (allocator overhead not counted).
    pub fn heap_bytes(&self) -> usize {
        fn strings<'a>(v: impl IntoIterator<Item = &'a String>) -> usize {
            v.into_iter().map(String::capacity).sum()
        }
        let places: usize = self
            .places
            .iter()
            .map(|p| {
                strings([&p.id, &p.name_ar, &p.name_en, &p.country, &p.admin1_id])
                    + strings(&p.forms)
                    + p.forms.capacity() * size_of::<String>()
            })
            .sum::<usize>()
            + self.places.capacity() * size_of::<Place>();
        let facilities: usize = self
            .facilities
            .iter()
            .map(|f| strings([&f.id, &f.kind, &f.operator]) + strings(&f.forms))
            .sum();
        let actors: usize = self
            .actors
            .iter()
            .map(|a| {
                strings([&a.id, &a.kind, &a.parent, &a.country])
                    + strings(&a.forms)
                    + strings(&a.context_forms)
            })
            .sum();
        let words: usize = self
            .members
            .iter()
            .map(|m| strings([&m.id, &m.role, &m.default_actor]) + strings(&m.forms))
            .chain(self.triggers.iter().map(|t| {
                strings([
                    &t.id,
                    &t.event_type,
                    &t.acled_event_type,
                    &t.acled_sub_event_type,
                ]) + strings([&t.plover_event_type])
                    + strings(&t.forms)
            }))
            .sum();
        let groups = self.groups.groups.capacity() * 8
            + self.groups.entries.capacity() * size_of::<Entry>()
            + self.groups.common_word.capacity()
            + self.groups.default_actor.capacity() * 8;
        let index = strings(self.place_index.keys()) + self.place_index.capacity() * 32;
        let common = strings(&self.common_words) + self.common_words.capacity() * 32;
        self.automaton_heap_bytes() + places + facilities + actors + words + groups + index + common
    }

    pub(crate) fn entries_of(&self, pattern: u32) -> &[Entry] {
        self.groups
            .groups
            .get(pattern as usize)
            .and_then(|&(s, e)| self.groups.entries.get(s as usize..e as usize))
            .unwrap_or(&[])
    }

    pub(crate) fn is_common_word(&self, pattern: u32) -> bool {
        self.groups
            .common_word
            .get(pattern as usize)
            .copied()
            .unwrap_or(false)
    }

    /// Whether a whole normalised word, proclitics included, is a listed common word.
    pub(crate) fn is_common_text(&self, word: &str) -> bool {
        self.common_words.contains(word)
    }

    /// The default id of the ambiguous alias a normalised mention ends with (the mention
    /// may carry proclitics: وسجن غويران).
    pub(crate) fn default_place(&self, mention: &str) -> Option<&str> {
        self.place_defaults
            .iter()
            .find(|(alias, _)| mention.ends_with(alias.as_str()))
            .map(|(_, id)| id.as_str())
    }

    pub(crate) fn default_actor(&self, pattern: u32) -> Option<u32> {
        self.groups
            .default_actor
            .get(pattern as usize)
            .copied()
            .flatten()
    }
}

/// The automaton over `patterns`, pattern `i` reporting value `i`; `None` if daachorse
/// rejects the set (then nothing is found rather than the engine failing).
pub(crate) fn build_automaton(
    patterns: Vec<String>,
) -> Option<CharwiseDoubleArrayAhoCorasick<u32>> {
    CharwiseDoubleArrayAhoCorasickBuilder::new()
        .match_kind(MatchKind::Standard)
        .build_with_values(patterns.into_iter().enumerate().map(|(i, p)| (p, i as u32)))
        .ok()
}
