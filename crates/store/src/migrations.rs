//! Numbered schema migrations: step `n` takes a store from version `n` to `n + 1`, and
//! SQLite's `user_version` records where a store is. A step runs in the same transaction
//! as the version it sets, so a store is always at one version, never between two.

/// The steps, in order. Never edit a step that has shipped: add one.
pub(crate) const MIGRATIONS: &[&str] = &[
    // 1: documents, their claims and reports, the incidents linked from the reports.
    r#"
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL UNIQUE,
        title TEXT,
        published TEXT,
        language TEXT NOT NULL,
        duplicate_of TEXT,
        signature BLOB,
        record TEXT NOT NULL
    );
    CREATE TABLE reports (
        id INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id),
        copy INTEGER NOT NULL,
        incident_id TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX reports_doc ON reports(doc_id);
    CREATE TABLE claims (
        id INTEGER PRIMARY KEY,
        claim_id TEXT NOT NULL UNIQUE,
        doc_id TEXT NOT NULL REFERENCES documents(doc_id),
        report_id INTEGER REFERENCES reports(id),
        incident_id TEXT,
        measure TEXT NOT NULL,
        actor TEXT NOT NULL,
        facility TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX claims_doc ON claims(doc_id);
    CREATE INDEX claims_report ON claims(report_id);
    CREATE INDEX claims_incident ON claims(incident_id);
    CREATE TABLE incidents (
        n INTEGER PRIMARY KEY,
        incident_id TEXT NOT NULL UNIQUE,
        start_date TEXT,
        end_date TEXT,
        lat REAL,
        lon REAL,
        governorate TEXT,
        facility TEXT,
        record TEXT NOT NULL
    );
    CREATE INDEX incidents_start ON incidents(start_date);
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    "#,
    // 2: full-text search over the documents' matching form (diacritics are gone from it
    // already; segments merge 8 at a time, so that an ingest rewrites the index less),
    // and the facilities of the lexicon. Documents stored before have no text to index; they are listed in
    // `unindexed` so that a later ingest of the same text can fill them in.
    r#"
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 0'
    );
    INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', 8);
    CREATE TABLE unindexed (id INTEGER PRIMARY KEY REFERENCES documents(id));
    INSERT INTO unindexed (id) SELECT id FROM documents;
    CREATE TABLE facilities (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        operator TEXT NOT NULL,
        name_ar TEXT,
        name_en TEXT,
        lat REAL,
        lon REAL,
        governorate TEXT
    );
    CREATE INDEX incidents_facility ON incidents(facility);
    "#,
    // 3: each document's original text (evidence offsets index its bytes; documents stored
    // before have none until an ingest of the same text fills it in), the facilities'
    // aliases, and the indexes the HTTP API reads by: incidents in the order listed,
    // reports by incident.
    r#"
    ALTER TABLE documents ADD COLUMN text TEXT;
    ALTER TABLE facilities ADD COLUMN aliases_ar TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE facilities ADD COLUMN aliases_en TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX incidents_order ON incidents(start_date IS NULL, start_date, n);
    CREATE INDEX reports_incident ON reports(incident_id);
    CREATE INDEX claims_facility ON claims(facility);
    "#,
];

/// The version a store is at once every step has run.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;
