//! ACLED-compatible CSV: one row per incident, every column of the ACLED codebook in its
//! order.
//!
//! ACLED's own conventions where rasid's records allow them: the event date at its time
//! precision (1 the day, 2 within a week, 3 within a month: the span's middle day); the
//! location at its geo precision (1 the place, 2 a district, 3 a governorate); fatalities
//! the conservative figure (the sum of each party's `acled` figure of the dead, 0 when none
//! is reported). actor1 and actor2 are the first two armed parties the incident's figures
//! count (ACLED's actor columns carry no direction), actor2 the civilians when there is
//! only one; the interaction is the two actor types, the smaller first. ids are rasid's
//! (`event_id_cnty` is the incident id), never made up to look like ACLED's.

use std::io::Write;

use rasid_records::IncidentRecord;
use serde::Serialize;

use crate::incident::{self, Party};
use crate::when;
use crate::{ExportError, Options, Records, Summary};

/// One row, its fields in the codebook's order (the header is written from these names).
#[derive(Debug, Serialize)]
struct AcledRow {
    event_id_cnty: String,
    event_date: Option<String>,
    year: Option<i32>,
    time_precision: Option<u8>,
    disorder_type: Option<&'static str>,
    event_type: Option<&'static str>,
    sub_event_type: Option<&'static str>,
    actor1: Option<String>,
    assoc_actor_1: Option<String>,
    inter1: Option<u8>,
    actor2: Option<String>,
    assoc_actor_2: Option<String>,
    inter2: Option<u8>,
    interaction: Option<u8>,
    civilian_targeting: Option<&'static str>,
    iso: Option<&'static str>,
    region: Option<&'static str>,
    country: Option<String>,
    admin1: Option<String>,
    admin2: Option<String>,
    admin3: Option<String>,
    location: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    geo_precision: Option<u8>,
    source: Option<String>,
    source_scale: Option<String>,
    notes: String,
    fatalities: u64,
    tags: Option<String>,
    timestamp: Option<i64>,
}

/// Writes every incident as a row.
pub fn write<W: Write>(
    records: Records<'_>,
    options: Options,
    mut out: csv::Writer<W>,
) -> Result<Summary, ExportError> {
    let documents = incident::documents_by_id(records);
    let mut written = 0;
    for inc in records.incidents {
        let docs = incident::documents(inc, &documents);
        out.serialize(row(inc, &incident::outlets(&docs), options))?;
        written += 1;
    }
    if written == 0 {
        out.write_record(crate::ACLED_COLUMNS)?;
    }
    out.flush()?;
    Ok(Summary {
        written,
        skipped: 0,
    })
}

/// ACLED's name of a party: civilians by the country they are in (`Civilians (Syria)`),
/// others by their English name.
fn acled_name(party: &Party<'_>, country: Option<&str>) -> String {
    match (party.actor.is_civilian(), country) {
        (true, Some(c)) => format!("{} ({c})", capitalised(party.actor.name)),
        (true, None) => capitalised(party.actor.name),
        (false, _) => party.actor.name.to_owned(),
    }
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn row(inc: &IncidentRecord, outlets: &[String], options: Options) -> AcledRow {
    let (alpha2, country) = incident::country(inc).unzip();
    let country = country.flatten();
    let country_name = country
        .map(|c| c.acled_name.to_owned())
        .or(alpha2.map(str::to_owned));
    let acled = incident::acled_type(inc);
    let dated = if when::is_window(inc.start.as_ref()) {
        when::acled_window(inc.start.as_ref(), inc.end.as_ref())
    } else {
        when::acled_date(inc.start.as_ref())
    };
    let year = dated.map(|(d, _)| d.year).or_else(|| {
        inc.start
            .as_ref()
            .and_then(|s| s.date.as_deref())
            .and_then(when::year_of)
    });

    let parties = incident::parties(inc);
    let (armed, civilian) = incident::armed_and_civilian(&parties);
    let named = |p: &Party<'_>| acled_name(p, country.map(|c| c.acled_name));
    let first = armed.first();
    // The second party: the next armed one, else the civilians, always ACLED's
    // `Civilians (Country)` with the groups the reports name (children, women, Yazidis ...)
    // as its associated actors.
    let second = armed.get(1).or(civilian.first());
    let second_is_civilian = second.is_some_and(|p| p.actor.is_civilian());
    let (actor2, assoc_2) = match second {
        Some(_) if second_is_civilian => {
            let assoc: Vec<String> = civilian
                .iter()
                .filter(|p| p.id != "CIVILIANS")
                .map(named)
                .collect();
            let name = match country {
                Some(c) => format!("Civilians ({})", c.acled_name),
                None => "Civilians".to_owned(),
            };
            (Some(name), assoc)
        }
        other => (other.map(named), Vec::new()),
    };
    let inter1 = first.and_then(|p| p.inter);
    let inter2 = second.and_then(|p| p.inter);
    let interaction = match (inter1, inter2) {
        (Some(a), Some(b)) => Some(a.min(b) * 10 + a.max(b)),
        (Some(a), None) | (None, Some(a)) => Some(a * 10),
        (None, None) => None,
    };
    // Civilians are the target when they are the other party of an attack, a strike or a
    // bombing; civilians killed in a battle are not (ACLED codes no targeting in Battles).
    let civilian_targeting = (second_is_civilian
        && acled.is_some_and(|a| !matches!(a.event_type, "Battles" | "Strategic developments")))
    .then_some("Civilian targeting");

    let place = inc.place.as_ref();
    let fatalities = incident::deaths(inc).filter_map(|f| f.acled).sum();
    let tags = inc
        .figures
        .iter()
        .find(|f| f.measure == "participants")
        .map(|f| format!("crowd size={}", incident::bounds(f.low, f.high)));

    AcledRow {
        event_id_cnty: inc.incident_id.clone(),
        event_date: dated.map(|(d, _)| d.iso()),
        year,
        time_precision: dated.map(|(_, p)| p),
        disorder_type: acled.map(|a| incident::disorder_type(a.event_type)),
        event_type: acled.map(|a| a.event_type),
        sub_event_type: acled.map(|a| a.sub_event_type),
        actor1: first.map(named),
        assoc_actor_1: None,
        inter1,
        actor2,
        assoc_actor_2: (!assoc_2.is_empty()).then(|| assoc_2.join("; ")),
        inter2,
        interaction,
        civilian_targeting,
        iso: country.map(|c| c.iso_numeric),
        region: country.map(|c| c.acled_region),
        country: country_name,
        admin1: place.and_then(|p| p.admin1.clone()),
        admin2: None,
        admin3: None,
        location: place.map(|p| p.name.clone()),
        latitude: place.map(|p| p.lat),
        longitude: place.map(|p| p.lon),
        geo_precision: place.and_then(|p| when::acled_geo_precision(&p.precision)),
        source: (!outlets.is_empty()).then(|| outlets.join("; ")),
        source_scale: None,
        notes: notes(inc, &armed),
        fatalities,
        tags,
        timestamp: options.timestamp,
    }
}

/// The notes: the title, the span of a multi-day incident, every reconciled figure, the
/// contradictions and the parties beyond the two actor columns.
fn notes(inc: &IncidentRecord, armed: &[Party<'_>]) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(t) = &inc.title {
        parts.push(t.trim().to_owned());
    }
    let start = inc.start.as_ref().and_then(|s| s.date.as_deref());
    let end = inc.end.as_ref().and_then(|e| e.date.as_deref());
    match (start, end) {
        (Some(s), Some(e)) if s.get(..10) != e.get(..10) => parts.push(format!("From {s} to {e}.")),
        (None, _) => {
            if let Some(words) = inc.start.as_ref().and_then(|s| s.text.as_deref()) {
                parts.push(format!("Date unresolved: {words}."));
            }
        }
        _ => {}
    }
    let figures: Vec<String> = inc
        .figures
        .iter()
        .map(|f| {
            let best = f.best.map(|b| format!(", best {b}")).unwrap_or_default();
            format!(
                "{} {}: {}{best}",
                f.measure,
                f.actor,
                incident::bounds(f.low, f.high)
            )
        })
        .collect();
    if !figures.is_empty() {
        parts.push(format!("Figures: {}.", figures.join("; ")));
    }
    for c in &inc.contradictions {
        parts.push(format!(
            "Reports disagree on {}: {}.",
            c.measure, c.explanation
        ));
    }
    let others: Vec<&str> = armed.iter().skip(2).map(|p| p.actor.name).collect();
    if !others.is_empty() {
        parts.push(format!("Also involved: {}.", others.join(", ")));
    }
    parts.join(" ")
}
