//! The knowledge tables, read from the repository's TSV files (compiled in, or passed as
//! text by the caller). Reading never fails: a short or malformed line is skipped, since
//! the data has its own checker (`scripts/check_*.py`) and the engine must still start.

/// How exactly a place is located, coarsest last.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    /// The site itself (a prison, a base, a dam).
    Facility,
    /// A neighbourhood of a town.
    Neighbourhood,
    /// A town, city or village.
    Town,
    /// A district (Iraqi qada, Syrian mintaqa).
    District,
    /// A governorate (muhafaza) or region.
    Governorate,
    /// A whole country.
    Country,
}

impl Precision {
    /// The name SPEC.md and the data files use.
    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Facility => "facility",
            Precision::Neighbourhood => "neighbourhood",
            Precision::Town => "town",
            Precision::District => "district",
            Precision::Governorate => "governorate",
            Precision::Country => "country",
        }
    }

    fn from_placetype(s: &str) -> Precision {
        match s {
            "country" => Precision::Country,
            "region" | "governorate" => Precision::Governorate,
            "county" | "district" => Precision::District,
            "neighbourhood" => Precision::Neighbourhood,
            "campus" | "facility" => Precision::Facility,
            _ => Precision::Town,
        }
    }
}

/// A place of the gazetteer or of the curated list.
#[derive(Debug, Clone)]
pub struct Place {
    /// Gazetteer id (`wof:N`, `gn:N`) or curated id (kebab case).
    pub id: String,
    /// Arabic name.
    pub name_ar: String,
    /// English name.
    pub name_en: String,
    /// ISO 3166 alpha-2 country code (empty when unknown).
    pub country: String,
    /// Latitude, degrees.
    pub lat: f64,
    /// Longitude, degrees.
    pub lon: f64,
    /// Id of the governorate the place lies in (its own id for a governorate).
    pub admin1_id: String,
    /// How exactly the coordinates locate the place.
    pub precision: Precision,
    /// Inhabitants, 0 when unknown: the tie-breaker between homonyms.
    pub population: u64,
    /// How high an administrative seat the place is (GeoNames feature codes: capital 4,
    /// PPLA 3, PPLA2 2, PPLA3 and PPLA4 1, else 0): a district's seat of unknown
    /// population is still the town news means, not a village of its name.
    pub seat: u8,
    /// Whether the place comes from the hand-curated list (facilities, camps, ...).
    pub curated: bool,
    /// All spellings (Arabic and Latin) the annotator matches.
    pub(crate) forms: Vec<String>,
}

/// A detention facility or camp of the registry.
#[derive(Debug, Clone)]
pub struct Facility {
    /// Id, shared with the curated place of the same site.
    pub id: String,
    /// prison, camp, ...
    pub kind: String,
    /// Actor ids that ran it (`|` separated in the data).
    pub operator: String,
    /// Its other Arabic names (the data's `aliases_ar`), for people to read: an analyst
    /// finds the facility under the name a report used.
    pub aliases_ar: Vec<String>,
    /// Its other English names (the data's `aliases_en`).
    pub aliases_en: Vec<String>,
    /// Spellings matched.
    pub(crate) forms: Vec<String>,
}

/// A canonical actor of SPEC.md and the region's reporting.
#[derive(Debug, Clone)]
pub struct Actor {
    /// UPPER_SNAKE id.
    pub id: String,
    /// armed_group, state_force, source, ...
    pub kind: String,
    /// The id reporting folds it into (empty when none).
    pub parent: String,
    /// ISO 3166 alpha-2 country the actor belongs to (empty for international ones).
    pub country: String,
    /// Names and aliases that identify the actor on their own.
    pub(crate) forms: Vec<String>,
    /// Aliases valid only once the document has named the actor in full.
    pub(crate) context_forms: Vec<String>,
}

/// A member noun (fighter, detainee, civilian ...).
#[derive(Debug, Clone)]
pub struct Member {
    /// Kebab id.
    pub id: String,
    /// Role the claims layer gives the counted people.
    pub role: String,
    /// Actor the noun implies on its own (CIVILIANS for مدني), empty when it needs an owner.
    pub default_actor: String,
    pub(crate) forms: Vec<String>,
}

/// An event trigger word or phrase.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// Kebab id, `<event-type>-<word>`.
    pub id: String,
    /// Event type of SPEC.md.
    pub event_type: String,
    /// ACLED event type.
    pub acled_event_type: String,
    /// ACLED sub-event type.
    pub acled_sub_event_type: String,
    /// PLOVER event type.
    pub plover_event_type: String,
    pub(crate) forms: Vec<String>,
}

/// The raw TSV texts the knowledge is built from.
#[derive(Debug, Clone, Copy)]
pub struct Sources<'a> {
    /// `data/places/gazetteer.tsv`
    pub gazetteer: &'a str,
    /// `data/places/curated.tsv`
    pub curated: &'a str,
    /// `data/places/common_word_names.tsv`
    pub common_word_names: &'a str,
    /// `data/places/ambiguous.tsv`
    pub places_ambiguous: &'a str,
    /// `data/facilities/facilities.tsv`
    pub facilities: &'a str,
    /// `data/actors/actors.tsv`
    pub actors: &'a str,
    /// `data/actors/ambiguous.tsv`
    pub actors_ambiguous: &'a str,
    /// `data/actors/members.tsv`
    pub members: &'a str,
    /// `data/events/triggers.tsv`
    pub triggers: &'a str,
}

impl Sources<'static> {
    /// The data of the repository, compiled into the binary.
    pub fn bundled() -> Self {
        Sources {
            gazetteer: include_str!("../../../data/places/gazetteer.tsv"),
            curated: include_str!("../../../data/places/curated.tsv"),
            common_word_names: include_str!("../../../data/places/common_word_names.tsv"),
            places_ambiguous: include_str!("../../../data/places/ambiguous.tsv"),
            facilities: include_str!("../../../data/facilities/facilities.tsv"),
            actors: include_str!("../../../data/actors/actors.tsv"),
            actors_ambiguous: include_str!("../../../data/actors/ambiguous.tsv"),
            members: include_str!("../../../data/actors/members.tsv"),
            triggers: include_str!("../../../data/events/triggers.tsv"),
        }
    }
}

/// The data rows of a TSV text: header and `#` comments skipped, fields split on tabs.
pub(crate) fn rows(text: &str) -> impl Iterator<Item = Vec<&str>> {
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.trim_end_matches('\r').split('\t').collect())
}

fn field<'a>(row: &[&'a str], i: usize) -> &'a str {
    row.get(i).copied().unwrap_or("").trim()
}

fn list(s: &str) -> impl Iterator<Item = &str> {
    s.split('|').map(str::trim).filter(|x| !x.is_empty())
}

fn forms<'a>(fields: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    fields
        .into_iter()
        .flat_map(list)
        .map(str::to_owned)
        .collect()
}

/// The gazetteer and the curated places, curated rows given the country of their parent.
pub(crate) fn places(gazetteer_tsv: &str, curated_tsv: &str) -> Vec<Place> {
    let mut places = Vec::with_capacity(36_000);
    gazetteer(gazetteer_tsv, &mut places);
    curated(curated_tsv, &mut places);
    let index: std::collections::HashMap<&str, usize> = places
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    // Curated rows carry their parent's id in `country` until here.
    let countries: Vec<Option<String>> = places
        .iter()
        .map(|p| {
            if !p.curated {
                return None;
            }
            let from_table = [&p.country, &p.admin1_id]
                .iter()
                .filter_map(|id| index.get(id.as_str()))
                .filter_map(|&j| places.get(j))
                .map(|q| q.country.clone())
                .find(|c| !c.is_empty());
            Some(from_table.unwrap_or_else(|| guess_country(&p.id)))
        })
        .collect();
    for (p, c) in places.iter_mut().zip(countries) {
        if let Some(c) = c {
            p.country = c;
        }
    }
    places
}

/// Curated ids of other countries start with the country code (`ye-abyan`).
fn guess_country(id: &str) -> String {
    match id.split_once('-') {
        Some((cc, _)) if cc.len() == 2 => cc.to_ascii_uppercase(),
        _ => String::new(),
    }
}

/// [`Place::seat`] from a GeoNames feature code.
fn seat(feature_code: &str) -> u8 {
    match feature_code {
        "PPLC" => 4,
        "PPLA" => 3,
        "PPLA2" => 2,
        "PPLA3" | "PPLA4" => 1,
        _ => 0,
    }
}

fn gazetteer(text: &str, out: &mut Vec<Place>) {
    for r in rows(text) {
        let (Ok(lat), Ok(lon)) = (field(&r, 10).parse(), field(&r, 11).parse()) else {
            continue;
        };
        let id = field(&r, 0);
        let precision = Precision::from_placetype(field(&r, 2));
        let admin1 = match (field(&r, 8), precision) {
            ("", Precision::Governorate) => id,
            (a, _) => a,
        };
        out.push(Place {
            id: id.to_owned(),
            name_ar: field(&r, 4).to_owned(),
            name_en: field(&r, 6).to_owned(),
            country: field(&r, 1).to_owned(),
            lat,
            lon,
            admin1_id: admin1.to_owned(),
            precision,
            population: field(&r, 12).parse().unwrap_or(0),
            seat: seat(field(&r, 3)),
            curated: false,
            forms: forms([field(&r, 4), field(&r, 5), field(&r, 6), field(&r, 7)]),
        });
    }
}

fn curated(text: &str, out: &mut Vec<Place>) {
    for r in rows(text) {
        let (Ok(lat), Ok(lon)) = (field(&r, 6).parse(), field(&r, 7).parse()) else {
            continue;
        };
        let precision = Precision::from_placetype(field(&r, 8));
        let id = field(&r, 0);
        let admin1 = match (field(&r, 9), precision) {
            ("", Precision::Governorate) => id,
            (a, _) => a,
        };
        out.push(Place {
            id: id.to_owned(),
            name_ar: field(&r, 2).to_owned(),
            name_en: field(&r, 4).to_owned(),
            // Filled from the parent or governorate once all places are read.
            country: field(&r, 10).to_owned(),
            lat,
            lon,
            admin1_id: admin1.to_owned(),
            precision,
            population: 0,
            seat: 0,
            curated: true,
            forms: forms([field(&r, 2), field(&r, 3), field(&r, 4), field(&r, 5)]),
        });
    }
}

pub(crate) fn facilities(text: &str) -> Vec<Facility> {
    rows(text)
        .map(|r| Facility {
            id: field(&r, 0).to_owned(),
            kind: field(&r, 1).to_owned(),
            operator: field(&r, 6).to_owned(),
            aliases_ar: forms([field(&r, 3)]),
            aliases_en: forms([field(&r, 5)]),
            forms: forms([field(&r, 2), field(&r, 3), field(&r, 4), field(&r, 5)]),
        })
        .collect()
}

pub(crate) fn actors(text: &str) -> Vec<Actor> {
    rows(text)
        .map(|r| Actor {
            id: field(&r, 0).to_owned(),
            kind: field(&r, 1).to_owned(),
            parent: field(&r, 6).to_owned(),
            country: field(&r, 7).to_owned(),
            forms: forms([field(&r, 2), field(&r, 3), field(&r, 4), field(&r, 5)]),
            context_forms: forms([field(&r, 8)]),
        })
        .collect()
}

/// `(alias, default id)` of the ambiguous actor aliases that have a default.
pub(crate) fn actor_defaults(text: &str) -> Vec<(String, String)> {
    rows(text)
        .filter(|r| !field(r, 2).is_empty())
        .map(|r| (field(&r, 0).to_owned(), field(&r, 2).to_owned()))
        .collect()
}

pub(crate) fn members(text: &str) -> Vec<Member> {
    rows(text)
        .map(|r| Member {
            id: field(&r, 0).to_owned(),
            role: field(&r, 3).to_owned(),
            default_actor: field(&r, 4).to_owned(),
            forms: forms([field(&r, 1), field(&r, 2)]),
        })
        .collect()
}

pub(crate) fn triggers(text: &str) -> Vec<Trigger> {
    rows(text)
        .map(|r| Trigger {
            id: field(&r, 0).to_owned(),
            event_type: field(&r, 1).to_owned(),
            acled_event_type: field(&r, 2).to_owned(),
            acled_sub_event_type: field(&r, 3).to_owned(),
            plover_event_type: field(&r, 4).to_owned(),
            forms: forms([field(&r, 5), field(&r, 6)]),
        })
        .collect()
}

/// `(alias, default id)` of the ambiguous place and facility aliases
/// (`data/places/ambiguous.tsv`: alias, ids, default, note).
pub(crate) fn place_defaults(text: &str) -> Vec<(&str, &str)> {
    rows(text)
        .filter(|r| !field(r, 2).is_empty())
        .map(|r| (field(&r, 0), field(&r, 2)))
        .collect()
}

/// Names of `common_word_names.tsv` (first column).
pub(crate) fn common_words(text: &str) -> Vec<&str> {
    rows(text).map(|r| field(&r, 0)).collect()
}
