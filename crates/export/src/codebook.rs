//! The codebooks' column lists and the tables that map rasid's ids onto their codes, read
//! at compile time from `data/` (no I/O at run time).

use std::collections::HashMap;
use std::sync::OnceLock;

/// ACLED's columns, in the order of the ACLED codebook's "ACLED Data Columns at a Glance"
/// (2023 edition, acleddata.com/knowledge-base/codebook).
pub const ACLED_COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

/// UCDP GED's columns, in the order of the UCDP GED codebook (version 23.1 and later, the
/// order of the released CSV).
pub const UCDP_COLUMNS: [&str; 49] = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
];

/// SPEC.md's event types with ACLED's event and sub-event type
/// (data/events/event_types.tsv).
const EVENT_TYPES: &str = include_str!("../../../data/events/event_types.tsv");
/// rasid's actors with their kind, English name, parent and country (data/actors/actors.tsv).
const ACTORS: &str = include_str!("../../../data/actors/actors.tsv");
/// ACLED's actor type ("inter" code) of each rasid actor (data/export/acled_actors.tsv).
const ACLED_ACTORS: &str = include_str!("../../../data/export/acled_actors.tsv");
/// Country codes and names of both datasets (data/export/countries.tsv).
const COUNTRIES: &str = include_str!("../../../data/export/countries.tsv");

/// ACLED's event type and sub-event type of one SPEC.md event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AcledType {
    /// ACLED event type (Battles, Explosions/Remote violence, ...).
    pub event_type: &'static str,
    /// ACLED sub-event type (Armed clash, Air/drone strike, ...).
    pub sub_event_type: &'static str,
}

/// What the exports know of one rasid actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Actor {
    /// rasid's kind: state_force, government, armed_group, people_group, ...
    pub kind: &'static str,
    /// Its English name.
    pub name: &'static str,
    /// ISO alpha-2 of the state it belongs to, when it has one.
    pub country: Option<&'static str>,
    /// ACLED's actor type in its own country (1 state forces ... 8 external/other), when
    /// it is an actor in ACLED's sense at all.
    pub inter: Option<u8>,
}

impl Actor {
    /// Whether it counts unarmed people (ACLED's civilians, UCDP's civilian deaths).
    pub fn is_civilian(&self) -> bool {
        self.inter == Some(7)
    }

    /// ACLED's actor type in an event in `country`: state forces acting outside their own
    /// country are external forces (8).
    pub fn inter_in(&self, country: Option<&str>) -> Option<u8> {
        match (self.inter, self.country, country) {
            (Some(1), Some(own), Some(here)) if own != here => Some(8),
            (inter, _, _) => inter,
        }
    }
}

/// One country as both datasets name and number it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166 alpha-3.
    pub alpha3: &'static str,
    /// ISO 3166 numeric (ACLED's `iso`).
    pub iso_numeric: &'static str,
    /// ACLED's country name.
    pub acled_name: &'static str,
    /// ACLED's region.
    pub acled_region: &'static str,
    /// UCDP's country name, when the country is a Gleditsch-Ward state.
    pub ucdp_name: Option<&'static str>,
    /// Gleditsch-Ward number (UCDP's `country_id`, `gwnoa`, `gwnob`).
    pub gwno: Option<&'static str>,
    /// UCDP's region.
    pub ucdp_region: &'static str,
}

/// The tables, parsed once.
struct Tables {
    event_types: HashMap<&'static str, AcledType>,
    actors: HashMap<&'static str, Actor>,
    countries: HashMap<&'static str, Country>,
}

/// The rows of a bundled TSV after its header, each split on tabs.
fn rows(tsv: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// Field `i` of a row, `""` when the row is short.
fn field(row: &[&'static str], i: usize) -> &'static str {
    row.get(i).copied().unwrap_or("").trim()
}

fn non_empty(s: &'static str) -> Option<&'static str> {
    (!s.is_empty()).then_some(s)
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let event_types = rows(EVENT_TYPES)
            .map(|r| {
                let t = AcledType {
                    event_type: field(&r, 1),
                    sub_event_type: field(&r, 2),
                };
                (field(&r, 0), t)
            })
            .collect();
        let inter: HashMap<&str, Option<u8>> = rows(ACLED_ACTORS)
            .map(|r| (field(&r, 0), field(&r, 2).parse().ok()))
            .collect();
        let actors = rows(ACTORS)
            .map(|r| {
                let id = field(&r, 0);
                let a = Actor {
                    kind: field(&r, 1),
                    name: non_empty(field(&r, 4)).unwrap_or(id),
                    country: non_empty(field(&r, 7)),
                    inter: inter.get(id).copied().flatten(),
                };
                (id, a)
            })
            .collect();
        let countries = rows(COUNTRIES)
            .map(|r| {
                let c = Country {
                    alpha3: field(&r, 1),
                    iso_numeric: field(&r, 2),
                    acled_name: field(&r, 3),
                    acled_region: field(&r, 4),
                    ucdp_name: non_empty(field(&r, 5)),
                    gwno: non_empty(field(&r, 6)),
                    ucdp_region: field(&r, 7),
                };
                (field(&r, 0), c)
            })
            .collect();
        Tables {
            event_types,
            actors,
            countries,
        }
    })
}

/// ACLED's types of a SPEC.md event type; `None` for a type the table does not know.
pub fn acled_type(event_type: &str) -> Option<AcledType> {
    tables().event_types.get(event_type).copied()
}

/// What the exports know of a rasid actor id; `None` for an id the data does not list.
pub fn actor(id: &str) -> Option<Actor> {
    tables().actors.get(id).copied()
}

/// A country by its ISO alpha-2 code.
pub fn country(alpha2: &str) -> Option<Country> {
    tables().countries.get(alpha2).copied()
}

/// Every actor id of data/actors/actors.tsv, for the tests that hold the tables complete.
#[cfg(test)]
pub fn actor_ids() -> Vec<&'static str> {
    rows(ACTORS).map(|r| field(&r, 0)).collect()
}

/// Every actor id data/export/acled_actors.tsv codes.
#[cfg(test)]
pub fn acled_actor_ids() -> Vec<&'static str> {
    rows(ACLED_ACTORS).map(|r| field(&r, 0)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_actor_has_an_acled_type_row() {
        let coded = acled_actor_ids();
        for id in actor_ids() {
            assert!(coded.contains(&id), "{id} is not in acled_actors.tsv");
        }
    }

    #[test]
    fn every_spec_event_type_maps_to_acled() {
        for t in [
            "attack",
            "armed_clash",
            "vbied",
            "suicide_bombing",
            "ied",
            "airstrike",
            "drone_strike",
            "shelling",
            "riot",
            "escape",
            "attempted_escape",
            "hostage_taking",
            "execution",
            "surrender",
            "arrest",
            "siege",
            "security_operation",
            "protest",
        ] {
            let a = acled_type(t).unwrap_or_else(|| panic!("{t} has no ACLED type"));
            assert!(
                !a.event_type.is_empty() && !a.sub_event_type.is_empty(),
                "{t}"
            );
        }
    }

    #[test]
    fn state_forces_abroad_are_external_forces() {
        let cases = [
            ("SYRIAN_GOV", Some("SY"), Some(1)),
            ("US", Some("SY"), Some(8)),
            ("TURKEY", Some("TR"), Some(1)),
            ("SDF", Some("SY"), Some(2)),
            ("CIVILIANS", Some("SY"), Some(7)),
            ("PMF", Some("IQ"), Some(3)),
            ("UNKNOWN", Some("SY"), None),
        ];
        for (id, here, inter) in cases {
            let a = actor(id).unwrap_or_else(|| panic!("{id} unknown"));
            assert_eq!(a.inter_in(here), inter, "{id} in {here:?}");
        }
    }

    #[test]
    fn countries_carry_both_codes() {
        let sy = country("SY").expect("Syria");
        assert_eq!(
            (sy.alpha3, sy.iso_numeric, sy.gwno, sy.acled_region),
            ("SYR", "760", Some("652"), "Middle East")
        );
        assert_eq!(country("PS").and_then(|c| c.gwno), None);
    }
}
