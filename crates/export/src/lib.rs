//! rasid's records in the formats the field reads: ACLED-compatible and UCDP-GED-compatible
//! CSV (every column of their codebooks, in their order, with their precision codes), a
//! GeoJSON FeatureCollection of incidents for QGIS, JSON Lines of incidents and claims, and
//! a flat CSV of claims with their evidence.
//!
//! Writers take the records ([`Records`]) and an [`std::io::Write`]; they do no other I/O,
//! so the same code serves an analyze folder today and the store tomorrow. The tables that
//! map rasid's ids onto the codebooks' codes are `data/` files compiled in
//! ([`codebook`]). Nothing the records leave open is filled in: an unknown UCDP id, a day
//! the reports do not fix, a figure with no upper bound stay empty.
#![deny(missing_docs)]

mod acled;
pub mod codebook;
mod geo;
mod incident;
pub mod tables;
mod ucdp;
pub mod when;

use std::io::Write;

use rasid_records::{ClaimRecord, DocumentRecord, IncidentRecord};

pub use codebook::{ACLED_COLUMNS, UCDP_COLUMNS};

/// The records an export reads, borrowed from wherever they live (an analyze folder, the
/// store).
#[derive(Debug, Clone, Copy)]
pub struct Records<'a> {
    /// The documents (for outlets, dates and headlines of sources).
    pub documents: &'a [DocumentRecord],
    /// The claims (for the claims formats and the sources of figures).
    pub claims: &'a [ClaimRecord],
    /// The incidents (one row or feature each in ACLED, UCDP and GeoJSON).
    pub incidents: &'a [IncidentRecord],
}

/// The formats `rasid export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// ACLED-compatible CSV, one row per incident.
    Acled,
    /// UCDP-GED-compatible CSV, one row per incident with deaths.
    Ucdp,
    /// A GeoJSON FeatureCollection of incidents.
    Geojson,
    /// JSON Lines: every incident, then every claim, as SPEC.md writes them.
    Jsonl,
    /// A flat CSV of claims, one row per claim, its evidence and document included.
    Csv,
}

/// How to write.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Start CSV output with a UTF-8 byte order mark, so that Excel reads Arabic as UTF-8.
    pub bom: bool,
    /// ACLED's `timestamp` (Unix seconds of the export); empty when `None`.
    pub timestamp: Option<i64>,
}

/// What was written.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    /// Rows, features or lines written.
    pub written: usize,
    /// Records the format has no place for (incidents with no deaths are no UCDP event).
    pub skipped: usize,
}

/// Why an export failed: only writing can fail.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// The output refused bytes.
    #[error("could not write the export: {0}")]
    Io(#[from] std::io::Error),
    /// The CSV writer failed.
    #[error("could not write CSV: {0}")]
    Csv(#[from] csv::Error),
    /// A record did not serialise as JSON.
    #[error("could not write JSON: {0}")]
    Json(#[from] serde_json::Error),
}

/// Writes `records` in `format` to `out`.
pub fn export(
    format: Format,
    records: Records<'_>,
    options: Options,
    out: impl Write,
) -> Result<Summary, ExportError> {
    match format {
        Format::Acled => acled::write(records, options, csv_writer(out, options)?),
        Format::Ucdp => ucdp::write(records, csv_writer(out, options)?),
        Format::Geojson => geo::write(records, out),
        Format::Jsonl => write_jsonl(records, out),
        Format::Csv => tables::write_claims(records, csv_writer(out, options)?),
    }
}

/// A CSV writer over `out`, after the byte order mark when asked.
fn csv_writer<W: Write>(mut out: W, options: Options) -> Result<csv::Writer<W>, ExportError> {
    if options.bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    Ok(csv::Writer::from_writer(out))
}

/// Every incident, then every claim, one JSON object a line, as SPEC.md writes them: a
/// reader tells them apart by `incident_id` first or `claim_id` first.
fn write_jsonl(records: Records<'_>, mut out: impl Write) -> Result<Summary, ExportError> {
    for incident in records.incidents {
        serde_json::to_writer(&mut out, incident)?;
        out.write_all(b"\n")?;
    }
    for claim in records.claims {
        serde_json::to_writer(&mut out, claim)?;
        out.write_all(b"\n")?;
    }
    out.flush()?;
    Ok(Summary {
        written: records.incidents.len() + records.claims.len(),
        skipped: 0,
    })
}
