//! A flat CSV of claims: one row per claim, every field of SPEC.md's claim with nested
//! values spread into columns, its evidence and its document's outlet, date and URL.

use std::io::Write;

use rasid_records::ClaimRecord;
use serde::Serialize;

use crate::incident;
use crate::{ExportError, Records, Summary};

/// The columns, in order.
#[derive(Debug, Serialize)]
struct ClaimRow<'a> {
    claim_id: &'a str,
    doc_id: &'a str,
    incident_id: Option<&'a str>,
    event_type: Option<&'a str>,
    measure: &'a str,
    unit: &'a str,
    actor: &'a str,
    actor_text: Option<&'a str>,
    low: Option<u64>,
    high: Option<u64>,
    approx: bool,
    vague: Option<&'a str>,
    source_kind: &'a str,
    source_actor: Option<&'a str>,
    source_text: Option<&'a str>,
    hedge: &'a str,
    time_start: Option<&'a str>,
    time_end: Option<&'a str>,
    time_precision: &'a str,
    time_text: Option<&'a str>,
    as_of: Option<&'a str>,
    facility: Option<&'a str>,
    place_id: Option<&'a str>,
    place_name: Option<&'a str>,
    admin1: Option<&'a str>,
    country: Option<&'a str>,
    latitude: Option<f64>,
    longitude: Option<f64>,
    place_precision: Option<&'a str>,
    evidence_start: usize,
    evidence_end: usize,
    evidence_text: &'a str,
    part_of: Option<&'a str>,
    combined_with: Option<&'a str>,
    notes: String,
    outlet: Option<&'a str>,
    published: Option<&'a str>,
    url: Option<&'a str>,
    title: Option<&'a str>,
}

/// Writes every claim as a row.
pub fn write_claims<W: Write>(
    records: Records<'_>,
    mut out: csv::Writer<W>,
) -> Result<Summary, ExportError> {
    let documents = incident::documents_by_id(records);
    for c in records.claims {
        let doc = documents.get(c.doc_id.as_str());
        out.serialize(row(c, doc.copied()))?;
    }
    if records.claims.is_empty() {
        out.write_record(CLAIM_COLUMNS)?;
    }
    out.flush()?;
    Ok(Summary {
        written: records.claims.len(),
        skipped: 0,
    })
}

/// The header, for an export with no claims (and the test that holds it to the rows).
pub const CLAIM_COLUMNS: [&str; 39] = [
    "claim_id",
    "doc_id",
    "incident_id",
    "event_type",
    "measure",
    "unit",
    "actor",
    "actor_text",
    "low",
    "high",
    "approx",
    "vague",
    "source_kind",
    "source_actor",
    "source_text",
    "hedge",
    "time_start",
    "time_end",
    "time_precision",
    "time_text",
    "as_of",
    "facility",
    "place_id",
    "place_name",
    "admin1",
    "country",
    "latitude",
    "longitude",
    "place_precision",
    "evidence_start",
    "evidence_end",
    "evidence_text",
    "part_of",
    "combined_with",
    "notes",
    "outlet",
    "published",
    "url",
    "title",
];

fn row<'a>(c: &'a ClaimRecord, doc: Option<&'a rasid_records::DocumentRecord>) -> ClaimRow<'a> {
    let place = c.place.as_ref();
    ClaimRow {
        claim_id: &c.claim_id,
        doc_id: &c.doc_id,
        incident_id: c.incident_id.as_deref(),
        event_type: c.event_type.as_deref(),
        measure: &c.measure,
        unit: &c.unit,
        actor: &c.actor,
        actor_text: c.actor_text.as_deref(),
        low: c.value.low,
        high: c.value.high,
        approx: c.value.approx,
        vague: c.value.vague.as_deref(),
        source_kind: &c.source.kind,
        source_actor: c.source.actor.as_deref(),
        source_text: c.source.text.as_deref(),
        hedge: &c.hedge,
        time_start: c.time.start.as_deref(),
        time_end: c.time.end.as_deref(),
        time_precision: &c.time.precision,
        time_text: c.time.text.as_deref(),
        as_of: c.as_of.as_deref(),
        facility: c.facility.as_deref(),
        place_id: place.map(|p| p.id.as_str()),
        place_name: place.map(|p| p.name.as_str()),
        admin1: place.and_then(|p| p.admin1.as_deref()),
        country: place.map(|p| p.country.as_str()),
        latitude: place.map(|p| p.lat),
        longitude: place.map(|p| p.lon),
        place_precision: place.map(|p| p.precision.as_str()),
        evidence_start: c.evidence.start,
        evidence_end: c.evidence.end,
        evidence_text: &c.evidence.text,
        part_of: c.part_of.as_deref(),
        combined_with: c.combined_with.as_deref(),
        notes: c.notes.join("; "),
        outlet: doc.and_then(|d| d.outlet.as_deref()),
        published: doc.and_then(|d| d.published.as_deref()),
        url: doc.and_then(|d| d.url.as_deref()),
        title: doc.and_then(|d| d.title.as_deref()),
    }
}
