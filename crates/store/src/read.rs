//! The reads an HTTP API makes: pages of incidents and documents with their totals, one
//! claim, document or facility with what hangs on it. Every value a caller gives is a
//! bound parameter; SQL text is only ever made of this file's own fragments.

use super::{
    distance_km, facility_from_row, fts_query, governorate_matches, Facility, IncidentFilter,
    Result, Store, FACILITY_COLUMNS,
};
use rasid_link::Signature;
use rasid_records::{ClaimRecord, DocumentRecord, IncidentRecord};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, OptionalExtension};

/// Some of a list, and how long the whole list is.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// How many items the whole list holds.
    pub total: u64,
    /// The items asked for.
    pub items: Vec<T>,
}

/// A document with its original text (`None` for one stored before texts were kept and
/// not ingested since).
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentText {
    /// SPEC's record.
    pub record: DocumentRecord,
    /// The text its claims' evidence offsets index.
    pub text: Option<String>,
}

/// A facility with the incidents at it and the claims that name it.
#[derive(Debug, Clone, PartialEq)]
pub struct FacilityRecords {
    /// The facility.
    pub facility: Facility,
    /// Incidents at it, in order of their start.
    pub incidents: Vec<IncidentRecord>,
    /// Claims at it, in the order stored.
    pub claims: Vec<ClaimRecord>,
}

impl Store {
    /// The incidents a filter keeps, in order of their start (undated last, then in the
    /// order linked): at most `limit` from `offset`, with how many it keeps in all.
    pub fn incidents_page(
        &self,
        filter: &IncidentFilter,
        limit: u64,
        offset: u64,
    ) -> Result<Page<IncidentRecord>> {
        let page = self.incidents_page_json(filter, limit, offset)?;
        Ok(Page {
            total: page.total,
            items: page
                .items
                .iter()
                .map(|j| serde_json::from_str(j))
                .collect::<serde_json::Result<_>>()?,
        })
    }

    /// [`Store::incidents_page`] with each incident as the JSON stored (SPEC's record,
    /// as written): what a server sends on without reading it.
    pub fn incidents_page_json(
        &self,
        filter: &IncidentFilter,
        limit: u64,
        offset: u64,
    ) -> Result<Page<String>> {
        let (conditions, args) = self.incident_conditions(filter)?;
        let order = " ORDER BY start_date IS NULL, start_date, n";
        let limit_sql = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        if filter.near.is_none() {
            let total: u64 = self
                .conn
                .prepare_cached(&format!(
                    "SELECT count(*) FROM incidents WHERE {conditions}"
                ))?
                .query_row(params_from_iter(args.iter()), |r| r.get(0))?;
            let mut all = args;
            all.push(Value::Integer(limit_sql(limit)));
            all.push(Value::Integer(limit_sql(offset)));
            let n = all.len();
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT record FROM incidents WHERE {conditions}{order} LIMIT ?{} OFFSET ?{n}",
                n - 1
            ))?;
            let mut rows = stmt.query(params_from_iter(all.iter()))?;
            let mut items = Vec::new();
            while let Some(row) = rows.next()? {
                items.push(row.get(0)?);
            }
            return Ok(Page { total, items });
        }
        // A radius is measured here, on every incident the rest of the filter keeps.
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT record, lat, lon FROM incidents WHERE {conditions}{order}"
        ))?;
        let mut rows = stmt.query(params_from_iter(args.iter()))?;
        let mut page = Page {
            total: 0,
            items: Vec::new(),
        };
        while let Some(row) = rows.next()? {
            let lat: Option<f64> = row.get(1)?;
            let lon: Option<f64> = row.get(2)?;
            let near = match (filter.near, lat, lon) {
                (Some((plat, plon, km)), Some(lat), Some(lon)) => {
                    distance_km(plat, plon, lat, lon) <= km
                }
                _ => false,
            };
            if !near {
                continue;
            }
            page.total += 1;
            if page.total > offset && (page.items.len() as u64) < limit {
                page.items.push(row.get(0)?);
            }
        }
        Ok(page)
    }

    /// The WHERE clause of a filter (but its radius) over `incidents`, and its values.
    fn incident_conditions(&self, filter: &IncidentFilter) -> Result<(String, Vec<Value>)> {
        let mut sql = String::from("1 = 1");
        let mut args: Vec<Value> = Vec::new();
        // Each clause names its values `?`, numbered here in order.
        let mut push = |clause: &str, values: Vec<Value>| {
            let mut out = String::new();
            let mut values = values.into_iter();
            for (i, part) in clause.split('?').enumerate() {
                if i > 0 {
                    if let Some(v) = values.next() {
                        args.push(v);
                    }
                    out.push_str(&format!("?{}", args.len()));
                }
                out.push_str(part);
            }
            sql.push_str(" AND ");
            sql.push_str(&out);
        };
        let text = |s: &str| Value::Text(s.to_owned());
        if let Some(since) = &filter.since {
            push("start_date >= ?", vec![text(since)]);
        }
        if let Some(until) = &filter.until {
            // `2015-08` keeps every date of August: compare the date's prefix.
            push(
                "substr(start_date, 1, length(?)) <= ?",
                vec![text(until), text(until)],
            );
        }
        if let Some(actor) = &filter.actor {
            push(
                "EXISTS (SELECT 1 FROM json_each(record, '$.actors') WHERE value = ?)",
                vec![text(actor)],
            );
        }
        if let Some(t) = &filter.event_type {
            push(
                "EXISTS (SELECT 1 FROM json_each(record, '$.event_types') WHERE value = ?)",
                vec![text(t)],
            );
        }
        if let Some(wanted) = &filter.governorate {
            // The stored names that match, as a JSON array: few, and matched as
            // `governorate_matches` says.
            let mut stmt = self.conn.prepare_cached(
                "SELECT DISTINCT governorate FROM incidents WHERE governorate IS NOT NULL",
            )?;
            let names = stmt
                .query_map([], |r| r.get::<_, String>(0))?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let matching: Vec<String> = names
                .into_iter()
                .filter(|g| governorate_matches(g, wanted))
                .collect();
            push(
                "governorate IN (SELECT value FROM json_each(?))",
                vec![Value::Text(serde_json::to_string(&matching)?)],
            );
        }
        if let Some(b) = filter.bbox {
            push(
                "lat BETWEEN ? AND ?",
                vec![Value::Real(b.south), Value::Real(b.north)],
            );
            let lon = if b.west <= b.east {
                "lon BETWEEN ? AND ?"
            } else {
                "(lon >= ? OR lon <= ?)"
            };
            push(lon, vec![Value::Real(b.west), Value::Real(b.east)]);
        }
        if let Some(query) = filter.text.as_deref() {
            // No word at all keeps nothing: a text filter was asked for.
            let expression = fts_query(query).unwrap_or_else(|| "\"\"".to_owned());
            push(
                "incident_id IN (SELECT r.incident_id FROM documents_fts
                   JOIN documents d ON d.id = documents_fts.rowid
                   JOIN reports r ON r.doc_id = d.doc_id
                   WHERE documents_fts MATCH ? AND r.incident_id IS NOT NULL)",
                vec![Value::Text(expression)],
            );
        }
        Ok((sql, args))
    }

    /// One incident's record, or `None`.
    pub fn incident_record(&self, incident_id: &str) -> Result<Option<IncidentRecord>> {
        let json: Option<String> = self
            .conn
            .prepare_cached("SELECT record FROM incidents WHERE incident_id = ?1")?
            .query_row([incident_id], |r| r.get(0))
            .optional()?;
        Ok(json.map(|j| serde_json::from_str(&j)).transpose()?)
    }

    /// One claim (with its incident), the document it is in and that document's text.
    pub fn claim(&self, claim_id: &str) -> Result<Option<(ClaimRecord, DocumentText)>> {
        let row: Option<(String, Option<String>, String, Option<String>)> = self
            .conn
            .prepare_cached(
                "SELECT c.record, c.incident_id, d.record, d.text
                 FROM claims c JOIN documents d ON d.doc_id = c.doc_id WHERE c.claim_id = ?1",
            )?
            .query_row([claim_id], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let Some((claim, incident, document, text)) = row else {
            return Ok(None);
        };
        let mut claim: ClaimRecord = serde_json::from_str(&claim)?;
        claim.incident_id = incident;
        Ok(Some((
            claim,
            DocumentText {
                record: serde_json::from_str(&document)?,
                text,
            },
        )))
    }

    /// Documents in the order stored: at most `limit` from `offset`, and how many there
    /// are.
    pub fn documents_page(&self, limit: u64, offset: u64) -> Result<Page<DocumentRecord>> {
        let total: u64 = self
            .conn
            .prepare_cached("SELECT count(*) FROM documents")?
            .query_row([], |r| r.get(0))?;
        let n = |v: u64| i64::try_from(v).unwrap_or(i64::MAX);
        let mut stmt = self
            .conn
            .prepare_cached("SELECT record FROM documents ORDER BY id LIMIT ?1 OFFSET ?2")?;
        let mut rows = stmt.query(params![n(limit), n(offset)])?;
        let mut items = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            items.push(serde_json::from_str(&json)?);
        }
        Ok(Page { total, items })
    }

    /// One document with its text, or `None`.
    pub fn document(&self, doc_id: &str) -> Result<Option<DocumentText>> {
        let row: Option<(String, Option<String>)> = self
            .conn
            .prepare_cached("SELECT record, text FROM documents WHERE doc_id = ?1")?
            .query_row([doc_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        row.map(|(record, text)| {
            Ok(DocumentText {
                record: serde_json::from_str(&record)?,
                text,
            })
        })
        .transpose()
    }

    /// The records of the documents named, in the order named; unknown ids are left out.
    pub fn documents_named(&self, doc_ids: &[String]) -> Result<Vec<DocumentRecord>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT d.record FROM json_each(?1) j JOIN documents d ON d.doc_id = j.value
             ORDER BY j.key",
        )?;
        let mut rows = stmt.query([serde_json::to_string(doc_ids)?])?;
        let mut out = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            out.push(serde_json::from_str(&json)?);
        }
        Ok(out)
    }

    /// A document's claims (each with its incident), in text order.
    pub fn document_claims(&self, doc_id: &str) -> Result<Vec<ClaimRecord>> {
        self.claims_where("doc_id = ?1", [doc_id])
    }

    /// An incident's claims, in the order stored.
    pub fn incident_claims(&self, incident_id: &str) -> Result<Vec<ClaimRecord>> {
        self.claims_where("incident_id = ?1", [incident_id])
    }

    /// The claims a condition keeps, in the order stored, each with the incident it was
    /// linked into.
    pub(crate) fn claims_where(
        &self,
        condition: &str,
        values: impl rusqlite::Params,
    ) -> Result<Vec<ClaimRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT record, incident_id FROM claims WHERE {condition} ORDER BY id"
        ))?;
        let mut rows = stmt.query(values)?;
        let mut claims = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            let mut claim: ClaimRecord = serde_json::from_str(&json)?;
            claim.incident_id = row.get(1)?;
            claims.push(claim);
        }
        Ok(claims)
    }

    /// The incidents a document's reports were linked into.
    pub fn document_incident_count(&self, doc_id: &str) -> Result<u64> {
        Ok(self
            .conn
            .prepare_cached(
                "SELECT count(DISTINCT incident_id) FROM reports
                 WHERE doc_id = ?1 AND incident_id IS NOT NULL",
            )?
            .query_row([doc_id], |r| r.get(0))?)
    }

    /// Whether a stored document holds this text (by its SHA-256), and its id.
    pub fn doc_id_of_sha256(&self, sha256: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .prepare_cached("SELECT doc_id FROM documents WHERE sha256 = ?1")?
            .query_row([sha256], |r| r.get(0))
            .optional()?)
    }

    /// The stored document a new one is a near-copy of (the first added, as an ingest
    /// finds it), by their signatures.
    pub fn copy_of(&self, signature: &Signature) -> Result<Option<String>> {
        let known = self.known()?;
        let mut copies = rasid_link::Duplicates::new();
        for (_, s) in &known.signatures {
            copies.add(*s);
        }
        Ok(copies
            .add(*signature)
            .and_then(|i| known.signatures.get(i))
            .map(|(doc_id, _)| doc_id.clone()))
    }

    /// One facility with its incidents and the claims at it, or `None`.
    pub fn facility(&self, id: &str) -> Result<Option<FacilityRecords>> {
        let facility = {
            let mut stmt = self.conn.prepare_cached(&format!(
                "SELECT {FACILITY_COLUMNS} FROM facilities f WHERE f.id = ?1"
            ))?;
            let mut rows = stmt.query([id])?;
            match rows.next()? {
                Some(row) => facility_from_row(row)?,
                None => return Ok(None),
            }
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT record FROM incidents WHERE facility = ?1
             ORDER BY start_date IS NULL, start_date, n",
        )?;
        let mut rows = stmt.query([id])?;
        let mut incidents = Vec::new();
        while let Some(row) = rows.next()? {
            let json: String = row.get(0)?;
            incidents.push(serde_json::from_str(&json)?);
        }
        let claims = self.claims_where("facility = ?1", [id])?;
        Ok(Some(FacilityRecords {
            facility,
            incidents,
            claims,
        }))
    }
}
