//! rasid's embedded store: one SQLite file (WAL mode) that keeps every document, claim and
//! report ingested, and the incidents `rasid-link` makes of the reports.
//!
//! Records are SPEC's (`rasid-records`), kept whole as JSON beside the columns queries
//! need, so that what is read back is exactly what was written. Documents are keyed by the
//! SHA-256 of their text: adding one already stored changes nothing. Incidents are never
//! edited in place: [`Store::relink`] links every stored report again (a fraction of a
//! second for SaudiNewsNet) and replaces them in one transaction. Full-text search runs
//! over the documents' matching form (`rasid_text::normalize_str`), so a query finds
//! `مستشفى` and `مستشفي`, `The SDF` and `the sdf` alike. No path or environment is read
//! here: the binary decides where the file lives.
#![deny(missing_docs)]

mod migrations;
mod read;

pub use read::{DocumentText, FacilityRecords, Page};

pub use migrations::SCHEMA_VERSION;

use migrations::MIGRATIONS;
use rasid_link::{link, Report, Signature};
use rasid_records::{ClaimRecord, DocumentRecord, IncidentRecord};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use std::collections::HashMap;
use std::path::Path;

/// What can go wrong with a store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// A read-only store is at another schema version than this rasid's: open it for
    /// writing once (any rasid command that writes, or `rasid serve`) to migrate it.
    #[error("store: schema version {found}, this rasid reads {known}: open it for writing once to migrate it")]
    OtherSchema {
        /// The file's version.
        found: u32,
        /// The version this build reads.
        known: u32,
    },
    /// SQLite refused (a locked, corrupt or unwritable file).
    #[error("store: {0}")]
    Sqlite(#[from] rusqlite::Error),
    /// A stored record does not read back as SPEC's.
    #[error("store: a stored record does not read: {0}")]
    Json(#[from] serde_json::Error),
    /// The file was written by a newer rasid.
    #[error("store: schema version {found} is newer than this rasid knows ({known})")]
    NewerSchema {
        /// The file's version.
        found: u32,
        /// The newest this build migrates to.
        known: u32,
    },
}

/// The result of store operations.
pub type Result<T> = std::result::Result<T, StoreError>;

/// One analysed document, ready to store: its record, its text in the matching form (for
/// search), its MinHash signature (for near-copies of later documents), its claims in text
/// order, each with the index of its report in `reports`, and its reports (per-document
/// incidents).
#[derive(Debug, Clone)]
pub struct NewDocument {
    /// SPEC's document record.
    pub record: DocumentRecord,
    /// Its original text, as analysed: claims' evidence offsets index its bytes.
    pub text: String,
    /// Its text in the matching form, `rasid_text::normalize_str(text)`: what search
    /// finds and quotes. The caller makes it, so that it can be made on many cores.
    pub search_text: String,
    /// Its near-copy signature.
    pub signature: Signature,
    /// Its claims, each with its report's index in `reports` (none for a description).
    pub claims: Vec<(ClaimRecord, Option<usize>)>,
    /// Its accounts of events, one per episode.
    pub reports: Vec<IncidentRecord>,
}

/// What the store already holds, for an ingest to skip and to find copies against.
#[derive(Debug, Default)]
pub struct Known {
    /// SHA-256 of every document whose text is stored and searchable (one stored before
    /// either is analysed again when met, to fill them in).
    pub hashes: std::collections::HashSet<String>,
    /// Every doc id in use.
    pub doc_ids: std::collections::HashSet<String>,
    /// (doc id, signature) of every document, in the order they were added.
    pub signatures: Vec<(String, Signature)>,
}

/// How many of each record a store holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Documents.
    pub documents: u64,
    /// Claims.
    pub claims: u64,
    /// Reports.
    pub reports: u64,
    /// Incidents.
    pub incidents: u64,
}

/// One document a search finds.
#[derive(Debug, Clone)]
pub struct Hit {
    /// Its doc id.
    pub doc_id: String,
    /// Its title, as published.
    pub title: Option<String>,
    /// The words around the match, in the matching form, matches in `[` `]`.
    pub snippet: String,
}

/// Which incidents `rasid incidents` lists; every field narrows.
#[derive(Debug, Clone, Default)]
pub struct IncidentFilter {
    /// Starting on or after this ISO date.
    pub since: Option<String>,
    /// Starting before the end of this ISO date (or month, or year).
    pub until: Option<String>,
    /// Within `km` of a point: (lat, lon, km).
    pub near: Option<(f64, f64, f64)>,
    /// In this governorate: its name, any case, with or without the gazetteer's last word
    /// (`Makkah` for `Makkah Region`, `Aden` for `Aden Governorate`).
    pub governorate: Option<String>,
    /// Counting this actor id.
    pub actor: Option<String>,
    /// Of this event type.
    pub event_type: Option<String>,
    /// Placed inside this box.
    pub bbox: Option<Bbox>,
    /// Told by a document that holds every word of this text (as [`Store::search`] finds).
    pub text: Option<String>,
}

/// A box of longitudes and latitudes, WGS84 degrees; `west > east` crosses the
/// antimeridian.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bbox {
    /// Westmost longitude.
    pub west: f64,
    /// Southmost latitude.
    pub south: f64,
    /// Eastmost longitude.
    pub east: f64,
    /// Northmost latitude.
    pub north: f64,
}

/// A facility of the lexicon, as the store lists it.
#[derive(Debug, Clone, PartialEq)]
pub struct Facility {
    /// The lexicon's id.
    pub id: String,
    /// prison, camp, ...
    pub kind: String,
    /// Actor ids that ran it, `|` separated.
    pub operator: String,
    /// Its Arabic name, when the gazetteer has it.
    pub name_ar: Option<String>,
    /// Its English name, when the gazetteer has it.
    pub name_en: Option<String>,
    /// Where it is, WGS84.
    pub point: Option<(f64, f64)>,
    /// Its governorate.
    pub governorate: Option<String>,
    /// Its other Arabic names.
    pub aliases_ar: Vec<String>,
    /// Its other English names.
    pub aliases_en: Vec<String>,
}

/// Documents to add per transaction ([`Store::add_documents`]) by default: a kill loses
/// at most one batch; fewer, larger transactions make fewer full-text segments to merge.
pub const BATCH_DOCUMENTS: usize = 1024;

/// An open store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Self> {
        Self::from_connection(Connection::open(path)?)
    }

    /// A store in memory, for tests and one-off runs.
    pub fn open_in_memory() -> Result<Self> {
        Self::from_connection(Connection::open_in_memory()?)
    }

    /// Opens the store at `path` and runs only the first `version` migrations: a store as
    /// an older rasid left it, for migration tests.
    pub fn open_at_version(path: &Path, version: u32) -> Result<Self> {
        let mut conn = Connection::open(path)?;
        configure(&conn)?;
        migrate(&mut conn, version)?;
        Ok(Store { conn })
    }

    /// Opens the store at `path` for reading only, as many times as there are readers
    /// (WAL lets them read beside a writer). The file must be at this rasid's schema
    /// version: [`Store::open`] migrates it.
    pub fn open_read_only(path: &Path) -> Result<Self> {
        use rusqlite::OpenFlags;
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        conn.pragma_update(None, "cache_size", -16384)?;
        let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if found != SCHEMA_VERSION {
            return Err(StoreError::OtherSchema {
                found,
                known: SCHEMA_VERSION,
            });
        }
        Ok(Store { conn })
    }

    fn from_connection(mut conn: Connection) -> Result<Self> {
        configure(&conn)?;
        migrate(&mut conn, SCHEMA_VERSION)?;
        Ok(Store { conn })
    }

    /// The schema version the file is at.
    pub fn schema_version(&self) -> Result<u32> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// A number that changes when another connection commits to the file (SQLite's
    /// `data_version`): how a reader learns that what it read may be stale.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// SQLite's own check of the file: `ok`, or what is wrong.
    pub fn integrity_check(&self) -> Result<String> {
        Ok(self
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
    }

    /// How many records the store holds.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            Ok(self
                .conn
                .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?)
        };
        Ok(Counts {
            documents: count("documents")?,
            claims: count("claims")?,
            reports: count("reports")?,
            incidents: count("incidents")?,
        })
    }

    /// What an ingest needs to skip stored documents and find copies of them.
    pub fn known(&self) -> Result<Known> {
        let mut known = Known::default();
        let mut stmt = self.conn.prepare(
            "SELECT d.doc_id, d.sha256, d.signature, u.id IS NULL AND d.text IS NOT NULL
             FROM documents d LEFT JOIN unindexed u ON u.id = d.id ORDER BY d.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let doc_id: String = row.get(0)?;
            let sha: String = row.get(1)?;
            let blob: Option<Vec<u8>> = row.get(2)?;
            let indexed: bool = row.get(3)?;
            if indexed {
                known.hashes.insert(sha);
            }
            known.doc_ids.insert(doc_id.clone());
            known
                .signatures
                .push((doc_id, blob.as_deref().and_then(signature_from_bytes)));
        }
        Ok(known)
    }

    /// Adds documents in one transaction; a document whose text is stored already changes
    /// nothing (but is indexed for search if it was stored before search existed). Gives
    /// the number added. The caller gives each a doc id not in use.
    pub fn add_documents(&mut self, docs: &[NewDocument]) -> Result<usize> {
        let tx = self.conn.transaction()?;
        let mut added = 0;
        for doc in docs {
            if add_document(&tx, doc)? {
                added += 1;
            }
        }
        tx.commit()?;
        Ok(added)
    }

    /// Whether documents were added since the incidents were last linked (an ingest was
    /// interrupted before it linked, or has not linked yet).
    pub fn needs_link(&self) -> Result<bool> {
        let newest: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM documents", [], |r| {
                    r.get(0)
                })?;
        Ok(linked_through(&self.conn)? != newest)
    }

    /// Links every stored report again and replaces the incidents, in one transaction;
    /// claims and reports take their new incident ids. Gives the number of incidents.
    pub fn relink(&mut self) -> Result<usize> {
        let reports = self.reports()?;
        let ids: Vec<i64> = reports.iter().map(|(id, _)| *id).collect();
        let reports: Vec<Report> = reports.into_iter().map(|(_, r)| r).collect();
        let linking = link(&reports);
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM incidents", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT INTO incidents
                 (incident_id, start_date, end_date, lat, lon, governorate, facility, record)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            )?;
            for incident in &linking.incidents {
                let date = |t: &Option<rasid_records::IncidentTime>| {
                    t.as_ref().and_then(|t| t.date.clone())
                };
                insert.execute(params![
                    incident.incident_id,
                    date(&incident.start),
                    date(&incident.end),
                    incident.place.as_ref().map(|p| p.lat),
                    incident.place.as_ref().map(|p| p.lon),
                    incident.place.as_ref().and_then(|p| p.admin1.clone()),
                    incident.facility,
                    serde_json::to_string(incident)?,
                ])?;
            }
            tx.execute("UPDATE claims SET incident_id = NULL", [])?;
            let mut report = tx.prepare("UPDATE reports SET incident_id = ?1 WHERE id = ?2")?;
            let mut claims =
                tx.prepare("UPDATE claims SET incident_id = ?1 WHERE report_id = ?2")?;
            for (id, &incident) in ids.iter().zip(&linking.incident_of) {
                let incident_id = linking
                    .incidents
                    .get(incident)
                    .map(|i| i.incident_id.as_str());
                report.execute(params![incident_id, id])?;
                claims.execute(params![incident_id, id])?;
            }
            let newest: i64 =
                tx.query_row("SELECT coalesce(max(id), 0) FROM documents", [], |r| {
                    r.get(0)
                })?;
            tx.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('linked_through', ?1)",
                [newest.to_string()],
            )?;
        }
        tx.commit()?;
        Ok(linking.incidents.len())
    }

    /// Every stored report with its claims, in the order added, with its row id.
    fn reports(&self) -> Result<Vec<(i64, Report)>> {
        let mut claims: HashMap<i64, Vec<ClaimRecord>> = HashMap::new();
        let mut stmt = self.conn.prepare(
            "SELECT report_id, record FROM claims WHERE report_id IS NOT NULL ORDER BY id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let report: i64 = row.get(0)?;
            let json: String = row.get(1)?;
            claims
                .entry(report)
                .or_default()
                .push(serde_json::from_str(&json)?);
        }
        let mut stmt = self
            .conn
            .prepare("SELECT id, copy, record FROM reports ORDER BY id")?;
        let mut rows = stmt.query([])?;
        let mut reports = Vec::new();
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let copy: bool = row.get(1)?;
            let json: String = row.get(2)?;
            reports.push((
                id,
                Report {
                    incident: serde_json::from_str(&json)?,
                    claims: claims.remove(&id).unwrap_or_default(),
                    copy,
                },
            ));
        }
        Ok(reports)
    }

    /// Documents that hold every word of `query` (in any form the normaliser folds
    /// together), best first, at most `limit`.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Hit>> {
        let Some(expression) = fts_query(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.doc_id, d.title, snippet(documents_fts, 1, '[', ']', '…', 12)
             FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
             WHERE documents_fts MATCH ?1 ORDER BY rank LIMIT ?2",
        )?;
        let hits = stmt
            .query_map(params![expression, limit as i64], |r| {
                Ok(Hit {
                    doc_id: r.get(0)?,
                    title: r.get(1)?,
                    snippet: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(hits)
    }

    /// The incidents a filter keeps, in order of their start (undated last).
    pub fn incidents(&self, filter: &IncidentFilter) -> Result<Vec<IncidentRecord>> {
        Ok(self.incidents_page(filter, u64::MAX, 0)?.items)
    }

    /// Every document, claim (with its incident) and incident the store holds, in the
    /// order stored: what `rasid export` writes from a store.
    pub fn records(&self) -> Result<(Vec<DocumentRecord>, Vec<ClaimRecord>, Vec<IncidentRecord>)> {
        let mut documents = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT record FROM documents ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            documents.push(serde_json::from_str(&json)?);
        }
        let claims = self.claims_where("1 = 1", params![])?;
        let mut incidents = Vec::new();
        let mut stmt = self
            .conn
            .prepare("SELECT record FROM incidents ORDER BY n")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            incidents.push(serde_json::from_str(&json)?);
        }
        Ok((documents, claims, incidents))
    }

    /// One incident and every claim it holds (in the order stored), or `None`.
    pub fn incident(
        &self,
        incident_id: &str,
    ) -> Result<Option<(IncidentRecord, Vec<ClaimRecord>)>> {
        let Some(incident) = self.incident_record(incident_id)? else {
            return Ok(None);
        };
        Ok(Some((incident, self.incident_claims(incident_id)?)))
    }

    /// Records the lexicon's facilities (replacing what was recorded), in one transaction.
    pub fn put_facilities(&mut self, facilities: &[Facility]) -> Result<()> {
        let tx = self.conn.transaction()?;
        tx.execute("DELETE FROM facilities", [])?;
        {
            let mut insert = tx.prepare(
                "INSERT OR REPLACE INTO facilities
                 (id, kind, operator, name_ar, name_en, lat, lon, governorate,
                  aliases_ar, aliases_en)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for f in facilities {
                insert.execute(params![
                    f.id,
                    f.kind,
                    f.operator,
                    f.name_ar,
                    f.name_en,
                    f.point.map(|p| p.0),
                    f.point.map(|p| p.1),
                    f.governorate,
                    serde_json::to_string(&f.aliases_ar)?,
                    serde_json::to_string(&f.aliases_en)?,
                ])?;
            }
        }
        tx.commit()?;
        Ok(())
    }

    /// The facilities, each with the number of incidents at it, most first.
    pub fn facilities(&self) -> Result<Vec<(Facility, u64)>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {FACILITY_COLUMNS},
                    (SELECT count(*) FROM incidents i WHERE i.facility = f.id) AS n
             FROM facilities f ORDER BY n DESC, f.id"
        ))?;
        let mut rows = stmt.query([])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            out.push((facility_from_row(row)?, row.get(10)?));
        }
        Ok(out)
    }
}

/// The columns [`facility_from_row`] reads, of `facilities f`.
const FACILITY_COLUMNS: &str = "f.id, f.kind, f.operator, f.name_ar, f.name_en, f.lat, f.lon,
     f.governorate, f.aliases_ar, f.aliases_en";

fn facility_from_row(r: &rusqlite::Row<'_>) -> Result<Facility> {
    let lat: Option<f64> = r.get(5)?;
    let lon: Option<f64> = r.get(6)?;
    let aliases_ar: String = r.get(8)?;
    let aliases_en: String = r.get(9)?;
    Ok(Facility {
        id: r.get(0)?,
        kind: r.get(1)?,
        operator: r.get(2)?,
        name_ar: r.get(3)?,
        name_en: r.get(4)?,
        point: lat.zip(lon),
        governorate: r.get(7)?,
        aliases_ar: serde_json::from_str(&aliases_ar)?,
        aliases_en: serde_json::from_str(&aliases_en)?,
    })
}

/// WAL (readers never wait for the ingest), NORMAL sync (a power cut may lose the last
/// transactions, never corrupt the file; a killed process loses nothing committed), and a
/// wait rather than an error when another rasid holds the lock.
fn configure(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 64 MB of page cache: the full-text index's merges read back what they just wrote.
    conn.pragma_update(None, "cache_size", -65536)?;
    conn.busy_timeout(std::time::Duration::from_secs(30))?;
    Ok(())
}

/// Runs the steps from the file's version up to `target`, each in its own transaction.
fn migrate(conn: &mut Connection, target: u32) -> Result<()> {
    let found: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::NewerSchema {
            found,
            known: SCHEMA_VERSION,
        });
    }
    for (n, step) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(found as usize)
    {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.pragma_update(None, "user_version", n as u32 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

fn linked_through(conn: &Connection) -> Result<i64> {
    let value: Option<String> = conn
        .query_row(
            "SELECT value FROM meta WHERE key = 'linked_through'",
            [],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(0))
}

/// Stores one document; false when its text was stored already.
fn add_document(tx: &Transaction<'_>, doc: &NewDocument) -> Result<bool> {
    let existing: Option<(i64, bool)> = tx
        .query_row(
            "SELECT d.id, u.id IS NOT NULL FROM documents d
             LEFT JOIN unindexed u ON u.id = d.id WHERE d.sha256 = ?1",
            [&doc.record.sha256],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()?;
    if let Some((id, unindexed)) = existing {
        if unindexed {
            index(tx, id, doc)?;
            tx.execute("DELETE FROM unindexed WHERE id = ?1", [id])?;
        }
        tx.prepare_cached("UPDATE documents SET text = ?1 WHERE id = ?2 AND text IS NULL")?
            .execute(params![doc.text, id])?;
        return Ok(false);
    }
    let r = &doc.record;
    tx.prepare_cached(
        "INSERT INTO documents
         (doc_id, sha256, title, published, language, duplicate_of, signature, record, text)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?
    .execute(params![
        r.doc_id,
        r.sha256,
        r.title,
        r.published,
        r.language,
        r.duplicate_of,
        doc.signature.as_ref().map(|s| signature_bytes(s)),
        serde_json::to_string(r)?,
        doc.text,
    ])?;
    let id = tx.last_insert_rowid();
    index(tx, id, doc)?;
    let copy = r.duplicate_of.is_some();
    let mut report_ids = Vec::with_capacity(doc.reports.len());
    {
        let mut insert =
            tx.prepare_cached("INSERT INTO reports (doc_id, copy, record) VALUES (?1, ?2, ?3)")?;
        for report in &doc.reports {
            insert.execute(params![r.doc_id, copy, serde_json::to_string(report)?])?;
            report_ids.push(tx.last_insert_rowid());
        }
    }
    let mut insert = tx.prepare_cached(
        "INSERT INTO claims (claim_id, doc_id, report_id, measure, actor, facility, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for (claim, report) in &doc.claims {
        insert.execute(params![
            claim.claim_id,
            claim.doc_id,
            report.and_then(|i| report_ids.get(i)),
            claim.measure,
            claim.actor,
            claim.facility,
            serde_json::to_string(claim)?,
        ])?;
    }
    Ok(true)
}

/// Indexes a document's title and text, in their matching form.
fn index(tx: &Transaction<'_>, id: i64, doc: &NewDocument) -> Result<()> {
    let title = doc.record.title.as_deref().map(rasid_text::normalize_str);
    tx.prepare_cached("INSERT INTO documents_fts (rowid, title, body) VALUES (?1, ?2, ?3)")?
        .execute(params![id, title, doc.search_text])?;
    Ok(())
}

/// A query as FTS5 reads it: every word of its matching form, each quoted (so that no
/// word is read as an operator), all required. `None` when it has no word.
fn fts_query(query: &str) -> Option<String> {
    let normal = rasid_text::normalize_str(query);
    let words: Vec<String> = normal
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("\"{w}\""))
        .collect();
    (!words.is_empty()).then(|| words.join(" "))
}

fn signature_bytes(sig: &[u64]) -> Vec<u8> {
    sig.iter().flat_map(|m| m.to_le_bytes()).collect()
}

fn signature_from_bytes(bytes: &[u8]) -> Signature {
    let mut sig = [0u64; HASHES];
    if bytes.len() != sig.len() * 8 {
        return None;
    }
    for (m, chunk) in sig.iter_mut().zip(bytes.chunks_exact(8)) {
        *m = u64::from_le_bytes(chunk.try_into().ok()?);
    }
    Some(sig)
}

/// Whether a governorate's stored name is the one asked for: the same words in their
/// matching form, or those words followed by more (`makkah` names `Makkah Region`).
fn governorate_matches(stored: &str, wanted: &str) -> bool {
    let (stored, wanted) = (
        rasid_text::normalize_str(stored.trim()),
        rasid_text::normalize_str(wanted.trim()),
    );
    !wanted.is_empty()
        && (stored == wanted
            || stored
                .strip_prefix(&wanted)
                .is_some_and(|rest| rest.starts_with(' ')))
}

/// Minima in a near-copy signature (`rasid_link::Signature`'s length; a change there
/// fails to compile here).
const HASHES: usize = 64;

/// Great-circle distance, km.
fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = (lat2 - lat1).to_radians();
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

#[cfg(test)]
mod tests;
