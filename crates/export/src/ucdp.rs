//! UCDP-GED-compatible CSV: one row per incident with deaths, every column of the GED
//! codebook in its order.
//!
//! GED holds events of organised violence with at least one death, so an incident whose
//! figures count no dead is no row. low, best and high are the sums of each party's
//! reconciled figures of the dead (high empty when any party's toll is open-ended); the
//! deaths columns split best by side (side A, side B, civilians, everyone else). The type of
//! violence follows GED's definitions from the parties the figures count: a state's forces
//! against an organised group is state-based (1), two organised groups non-state (2), one
//! group and civilians only one-sided (3); else it stays empty. UCDP's conflict, dyad and
//! actor ids are UCDP's to give: empty. `id` is rasid's incident id.

use std::io::Write;

use rasid_records::{ClaimRecord, IncidentRecord};
use serde::Serialize;

use crate::incident::{self, Party};
use crate::when;
use crate::{ExportError, Records, Summary};

/// One row, its fields in the codebook's order (the header is written from these names).
#[derive(Debug, Serialize)]
struct GedRow {
    id: String,
    relid: Option<String>,
    year: Option<i32>,
    active_year: Option<u8>,
    code_status: Option<String>,
    type_of_violence: Option<u8>,
    conflict_dset_id: Option<String>,
    conflict_new_id: Option<String>,
    conflict_name: Option<String>,
    dyad_dset_id: Option<String>,
    dyad_new_id: Option<String>,
    dyad_name: Option<String>,
    side_a_dset_id: Option<String>,
    side_a_new_id: Option<String>,
    side_a: Option<String>,
    side_b_dset_id: Option<String>,
    side_b_new_id: Option<String>,
    side_b: Option<String>,
    number_of_sources: usize,
    source_article: Option<String>,
    source_office: Option<String>,
    source_date: Option<String>,
    source_headline: Option<String>,
    source_original: Option<String>,
    where_prec: Option<u8>,
    where_coordinates: Option<String>,
    where_description: Option<String>,
    adm_1: Option<String>,
    adm_2: Option<String>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    geom_wkt: Option<String>,
    priogrid_gid: Option<u32>,
    country: Option<String>,
    country_id: Option<&'static str>,
    region: Option<&'static str>,
    event_clarity: Option<u8>,
    date_prec: Option<u8>,
    date_start: Option<String>,
    date_end: Option<String>,
    deaths_a: u64,
    deaths_b: u64,
    deaths_civilians: u64,
    deaths_unknown: u64,
    best: u64,
    high: Option<u64>,
    low: u64,
    gwnoa: Option<&'static str>,
    gwnob: Option<&'static str>,
}

/// Writes every incident with deaths as a row; the others are counted as skipped.
pub fn write<W: Write>(
    records: Records<'_>,
    mut out: csv::Writer<W>,
) -> Result<Summary, ExportError> {
    let documents = incident::documents_by_id(records);
    let claims: std::collections::HashMap<&str, &ClaimRecord> = records
        .claims
        .iter()
        .map(|c| (c.claim_id.as_str(), c))
        .collect();
    let mut summary = Summary::default();
    for inc in records.incidents {
        if incident::deaths(inc).next().is_none() {
            summary.skipped += 1;
            continue;
        }
        let docs = incident::documents(inc, &documents);
        out.serialize(row(inc, &docs, &claims))?;
        summary.written += 1;
    }
    if summary.written == 0 {
        out.write_record(crate::UCDP_COLUMNS)?;
    }
    out.flush()?;
    Ok(summary)
}

/// The sides and GED's type of violence.
struct Sides<'a> {
    type_of_violence: Option<u8>,
    a: Option<Party<'a>>,
    b: Option<Party<'a>>,
    b_civilians: bool,
}

fn is_state(p: &Party<'_>) -> bool {
    matches!(p.actor.kind, "state_force" | "government") && p.actor.country.is_some()
}

/// The sides of an incident: of its armed parties, those whose dead it counts first; a
/// state's forces among the first two make it state-based (side A the state), two
/// organised groups non-state, one group with civilians counted one-sided.
fn sides<'a>(inc: &IncidentRecord, parties: &[Party<'a>]) -> Sides<'a> {
    let (armed, civilian) = incident::armed_and_civilian(parties);
    let has_deaths = |p: &Party<'_>| incident::deaths(inc).any(|f| f.actor == p.id);
    let (mut first, rest): (Vec<Party<'a>>, Vec<Party<'a>>) =
        armed.into_iter().partition(|p| has_deaths(p));
    first.extend(rest);
    match (first.first().copied(), first.get(1).copied()) {
        (Some(a), Some(b)) => {
            let (a, b, state) = match (is_state(&a), is_state(&b)) {
                (false, true) => (b, a, true),
                (sa, sb) => (a, b, sa || sb),
            };
            Sides {
                type_of_violence: Some(if state { 1 } else { 2 }),
                a: Some(a),
                b: Some(b),
                b_civilians: false,
            }
        }
        (Some(a), None) if !civilian.is_empty() => Sides {
            type_of_violence: Some(3),
            a: Some(a),
            b: None,
            b_civilians: true,
        },
        (a, _) => Sides {
            type_of_violence: None,
            a,
            b: None,
            b_civilians: false,
        },
    }
}

fn joined(items: impl Iterator<Item = String>) -> Option<String> {
    let mut out: Vec<String> = Vec::new();
    for i in items {
        if !i.is_empty() && !out.contains(&i) {
            out.push(i);
        }
    }
    (!out.is_empty()).then(|| out.join("; "))
}

fn row(
    inc: &IncidentRecord,
    docs: &[&rasid_records::DocumentRecord],
    claims: &std::collections::HashMap<&str, &ClaimRecord>,
) -> GedRow {
    let (_, country) = incident::country(inc).unzip();
    let country = country.flatten();
    let parties = incident::parties(inc);
    let s = sides(inc, &parties);

    // Deaths by side: best (else low) of each party's figure of the dead.
    let (mut deaths_a, mut deaths_b, mut deaths_civilians, mut deaths_unknown) = (0, 0, 0, 0);
    let (mut low, mut best, mut high) = (0u64, 0u64, Some(0u64));
    for f in incident::deaths(inc) {
        let b = f.best.or(f.low).unwrap_or(0);
        best += b;
        low += f.low.unwrap_or(0);
        high = high.zip(f.high).map(|(h, x)| h + x);
        let civilian = crate::codebook::actor(&f.actor).is_some_and(|a| a.is_civilian());
        if s.a.is_some_and(|p| p.id == f.actor) {
            deaths_a += b;
        } else if s.b.is_some_and(|p| p.id == f.actor) {
            deaths_b += b;
        } else if civilian {
            deaths_civilians += b;
        } else {
            deaths_unknown += b;
        }
    }

    let days = when::incident_days(inc.start.as_ref(), inc.end.as_ref());
    let date_prec = days.and_then(|(a, b)| when::ucdp_date_prec(inc.start.as_ref(), a, b));
    let place = inc.place.as_ref();
    let where_prec = place.and_then(|p| when::ucdp_where_prec(&p.precision));
    let gw = |p: Option<Party<'_>>| {
        p.filter(is_state)
            .and_then(|p| p.actor.country)
            .and_then(crate::codebook::country)
            .and_then(|c| c.gwno)
    };
    let side_b =
        s.b.map(|p| p.actor.name.to_owned())
            .or_else(|| s.b_civilians.then(|| "Civilians".to_owned()));
    // Who gave the death tolls: the named parties of the claims behind them.
    let source_original = joined(
        incident::deaths(inc)
            .flat_map(|f| f.claims.iter())
            .filter_map(|id| claims.get(id.as_str()))
            .filter(|c| c.source.kind == "named")
            .filter_map(|c| {
                c.source
                    .actor
                    .as_deref()
                    .and_then(crate::codebook::actor)
                    .map(|a| a.name.to_owned())
                    .or_else(|| c.source.text.clone())
            }),
    );
    let originals: Vec<&&rasid_records::DocumentRecord> =
        docs.iter().filter(|d| d.duplicate_of.is_none()).collect();

    GedRow {
        id: inc.incident_id.clone(),
        relid: None,
        year: days.map(|(d, _)| d.year).or_else(|| {
            inc.start
                .as_ref()
                .and_then(|t| t.date.as_deref())
                .and_then(when::year_of)
        }),
        active_year: None,
        code_status: None,
        type_of_violence: s.type_of_violence,
        conflict_dset_id: None,
        conflict_new_id: None,
        conflict_name: None,
        dyad_dset_id: None,
        dyad_new_id: None,
        dyad_name: None,
        side_a_dset_id: None,
        side_a_new_id: None,
        side_a: s.a.map(|p| p.actor.name.to_owned()),
        side_b_dset_id: None,
        side_b_new_id: None,
        side_b,
        number_of_sources: originals.len(),
        source_article: joined(docs.iter().map(|d| {
            [d.outlet.clone(), d.published.clone(), d.title.clone()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", ")
        })),
        source_office: joined(docs.iter().filter_map(|d| d.outlet.clone())),
        source_date: joined(docs.iter().filter_map(|d| d.published.clone())),
        source_headline: joined(docs.iter().filter_map(|d| d.title.clone())),
        source_original,
        where_prec,
        where_coordinates: place.map(|p| p.name.clone()),
        where_description: inc.title.clone(),
        adm_1: place.and_then(|p| p.admin1.clone()),
        adm_2: None,
        latitude: place.map(|p| p.lat),
        longitude: place.map(|p| p.lon),
        geom_wkt: place.map(|p| format!("POINT ({} {})", p.lon, p.lat)),
        priogrid_gid: place.and_then(|p| when::priogrid_gid(p.lat, p.lon)),
        country: country.and_then(|c| c.ucdp_name).map(str::to_owned),
        country_id: country.and_then(|c| c.gwno),
        region: country.map(|c| c.ucdp_region),
        // 1: the event is known to its day and place; 2: a summary of a longer span or a
        // wider area.
        event_clarity: Some(if date_prec == Some(1) && where_prec == Some(1) {
            1
        } else {
            2
        }),
        date_prec,
        date_start: days.map(|(a, _)| a.iso()),
        date_end: days.map(|(_, b)| b.iso()),
        deaths_a,
        deaths_b,
        deaths_civilians,
        deaths_unknown,
        best,
        high,
        low,
        gwnoa: gw(s.a),
        gwnob: gw(s.b),
    }
}
