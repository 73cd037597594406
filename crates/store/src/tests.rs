use super::*;
use rasid_records::{
    EvidenceRecord, IncidentTime, PlaceRecord, SourceRecord, TimeRecord, ValueRecord,
};

fn place(id: &str, lat: f64, lon: f64, admin1: &str) -> PlaceRecord {
    PlaceRecord {
        id: id.into(),
        name: id.into(),
        lat,
        lon,
        admin1: Some(admin1.into()),
        country: "SY".into(),
        precision: "town".into(),
    }
}

fn claim(
    doc: &str,
    n: usize,
    measure: &str,
    actor: &str,
    value: u64,
    evidence: &str,
) -> ClaimRecord {
    ClaimRecord {
        claim_id: format!("{doc}#{n}"),
        doc_id: doc.into(),
        event_type: Some("attack".into()),
        measure: measure.into(),
        unit: "people".into(),
        actor: actor.into(),
        value: ValueRecord {
            low: Some(value),
            high: Some(value),
            ..ValueRecord::default()
        },
        source: SourceRecord {
            kind: "author".into(),
            ..SourceRecord::default()
        },
        hedge: "asserted".into(),
        time: TimeRecord {
            precision: "unresolved".into(),
            ..TimeRecord::default()
        },
        evidence: EvidenceRecord {
            start: 0,
            end: evidence.len(),
            text: evidence.into(),
        },
        ..ClaimRecord::default()
    }
}

/// A document of one report: its text, the day and place of its event, one figure.
fn document(
    doc: &str,
    title: &str,
    text: &str,
    day: &str,
    at: PlaceRecord,
    killed: u64,
) -> NewDocument {
    let claims = vec![(claim(doc, 1, "killed", "CIVILIANS", killed, text), Some(0))];
    let time = |d: &str| IncidentTime {
        date: Some(d.into()),
        precision: "day".into(),
        text: None,
    };
    let report = IncidentRecord {
        incident_id: String::new(),
        title: Some(title.into()),
        event_types: vec!["attack".into()],
        start: Some(time(day)),
        end: Some(time(day)),
        place: Some(at),
        facility: None,
        actors: vec!["CIVILIANS".into()],
        documents: vec![doc.into()],
        claims: vec![format!("{doc}#1")],
        figures: vec![],
        contradictions: vec![],
    };
    NewDocument {
        record: DocumentRecord {
            doc_id: doc.into(),
            url: None,
            outlet: None,
            title: Some(title.into()),
            author: None,
            published: Some(day.into()),
            language: "ar".into(),
            sha256: format!("sha-of-{text}"),
            chars: text.chars().count(),
            duplicate_of: None,
            origin: format!("{doc}.txt"),
        },
        text: text.into(),
        search_text: rasid_text::normalize_str(text),
        signature: rasid_link::signature(text),
        claims,
        reports: vec![report],
    }
}

fn corpus() -> Vec<NewDocument> {
    let hasakah = || place("hasakah", 36.5, 40.75, "Al-Hasakah Governorate");
    vec![
        document(
            "a",
            "قصف على الحسكة",
            "أسفر قصف استهدف مستشفى الحسكة عن مقتل خمسة مدنيين",
            "2015-08-05",
            hasakah(),
            5,
        ),
        document(
            "b",
            "Shelling in Hasakah",
            "The SDF said shelling near the Hasakah hospital killed seven civilians",
            "2015-08-05",
            hasakah(),
            7,
        ),
        document(
            "c",
            "هجوم في درعا",
            "قتل ثلاثة مدنيين في هجوم على درعا",
            "2015-09-10",
            place("daraa", 32.62, 36.10, "Daraa"),
            3,
        ),
    ]
}

#[test]
fn adding_twice_changes_nothing() {
    let mut store = Store::open_in_memory().expect("opens");
    assert_eq!(store.add_documents(&corpus()).expect("adds"), 3);
    let first = store.counts().expect("counts");
    assert_eq!(store.add_documents(&corpus()).expect("adds"), 0);
    assert_eq!(store.counts().expect("counts"), first);
    assert_eq!(first.documents, 3);
    assert_eq!(first.claims, 3);
    assert!(store.known().expect("known").hashes.len() == 3);
}

#[test]
fn relinking_joins_two_accounts_of_one_event_and_reconciles_them() {
    let mut store = Store::open_in_memory().expect("opens");
    store.add_documents(&corpus()).expect("adds");
    assert!(store.needs_link().expect("reads"));
    assert_eq!(store.relink().expect("links"), 2);
    assert!(!store.needs_link().expect("reads"));
    let (incident, claims) = store.incident("inc-1").expect("reads").expect("inc-1");
    assert_eq!(incident.documents, ["a", "b"]);
    let ids: Vec<_> = claims.iter().map(|c| c.claim_id.as_str()).collect();
    assert_eq!(ids, ["a#1", "b#1"]);
    assert!(claims
        .iter()
        .all(|c| c.incident_id.as_deref() == Some("inc-1")));
    let killed = incident
        .figures
        .iter()
        .find(|f| f.measure == "killed")
        .expect("a figure");
    assert_eq!((killed.low, killed.high), (Some(5), Some(7)));
    assert!(store.incident("inc-9").expect("reads").is_none());
    // Relinking again gives the same incidents.
    assert_eq!(store.relink().expect("links"), 2);
    assert_eq!(
        store.incident("inc-1").expect("reads").expect("inc-1").0,
        incident
    );
}

#[test]
fn search_finds_every_form_the_normaliser_folds_together() {
    let mut store = Store::open_in_memory().expect("opens");
    store.add_documents(&corpus()).expect("adds");
    // (query, the documents found)
    let cases: &[(&str, &[&str])] = &[
        ("مستشفي", &["a"]),
        ("مُسْتَشْفَى الحسكة", &["a"]),
        ("مدنيين", &["a", "c"]),
        ("The SDF", &["b"]),
        ("HOSPITAL Hasakah", &["b"]),
        ("درعا", &["c"]),
        ("\"AND OR NOT (", &[]),
        ("", &[]),
        ("دمشق", &[]),
    ];
    for (query, want) in cases {
        let mut got: Vec<String> = store
            .search(query, 10)
            .expect("searches")
            .into_iter()
            .map(|h| h.doc_id)
            .collect();
        got.sort();
        assert_eq!(got, *want, "{query:?}");
    }
    let hit = store.search("درعا", 1).expect("searches");
    assert!(
        hit.first().is_some_and(|h| h.snippet.contains("[درعا]")),
        "{hit:?}"
    );
}

#[test]
fn incident_filters_narrow() {
    let mut store = Store::open_in_memory().expect("opens");
    store.add_documents(&corpus()).expect("adds");
    store.relink().expect("links");
    let f = IncidentFilter::default;
    // (filter, the incidents kept, by their first document)
    let cases: Vec<(IncidentFilter, &[&str])> = vec![
        (f(), &["a", "c"]),
        (
            IncidentFilter {
                since: Some("2015-09-01".into()),
                ..f()
            },
            &["c"],
        ),
        (
            IncidentFilter {
                until: Some("2015-08".into()),
                ..f()
            },
            &["a"],
        ),
        (
            IncidentFilter {
                until: Some("2015-08-04".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                near: Some((32.6, 36.1, 10.0)),
                ..f()
            },
            &["c"],
        ),
        (
            IncidentFilter {
                near: Some((33.5, 36.3, 10.0)),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                governorate: Some("al-hasakah".into()),
                ..f()
            },
            &["a"],
        ),
        (
            IncidentFilter {
                governorate: Some("Al-Hasakah Governorate".into()),
                ..f()
            },
            &["a"],
        ),
        (
            IncidentFilter {
                governorate: Some("hasakah".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                governorate: Some("daraa".into()),
                ..f()
            },
            &["c"],
        ),
        (
            IncidentFilter {
                governorate: Some(" ".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                actor: Some("CIVILIANS".into()),
                ..f()
            },
            &["a", "c"],
        ),
        (
            IncidentFilter {
                actor: Some("SDF".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                event_type: Some("attack".into()),
                ..f()
            },
            &["a", "c"],
        ),
        (
            IncidentFilter {
                event_type: Some("escape".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                bbox: Some(Bbox {
                    west: 40.0,
                    south: 36.0,
                    east: 41.0,
                    north: 37.0,
                }),
                ..f()
            },
            &["a"],
        ),
        (
            IncidentFilter {
                bbox: Some(Bbox {
                    west: 35.0,
                    south: 32.0,
                    east: 37.0,
                    north: 33.0,
                }),
                ..f()
            },
            &["c"],
        ),
        (
            IncidentFilter {
                bbox: Some(Bbox {
                    west: 30.0,
                    south: 30.0,
                    east: 45.0,
                    north: 40.0,
                }),
                ..f()
            },
            &["a", "c"],
        ),
        (
            IncidentFilter {
                bbox: Some(Bbox {
                    west: 170.0,
                    south: -90.0,
                    east: -170.0,
                    north: 90.0,
                }),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                text: Some("مستشفي".into()),
                ..f()
            },
            &["a"],
        ),
        (
            IncidentFilter {
                text: Some("hospital".into()),
                ..f()
            },
            &["a"],
        ),
        (
            IncidentFilter {
                text: Some("درعا".into()),
                ..f()
            },
            &["c"],
        ),
        (
            IncidentFilter {
                text: Some("\"; DROP TABLE incidents; --".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                text: Some("--".into()),
                ..f()
            },
            &[],
        ),
        (
            IncidentFilter {
                governorate: Some("') OR 1=1 --".into()),
                ..f()
            },
            &[],
        ),
    ];
    for (filter, want) in cases {
        let got: Vec<String> = store
            .incidents(&filter)
            .expect("lists")
            .into_iter()
            .filter_map(|i| i.documents.first().cloned())
            .collect();
        assert_eq!(got, want, "{filter:?}");
    }
}

#[test]
fn every_earlier_version_migrates_and_keeps_its_documents() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    for from in 0..SCHEMA_VERSION {
        let path = dir.path().join(format!("v{from}.db"));
        {
            let old = Store::open_at_version(&path, from).expect("opens an old store");
            assert_eq!(old.schema_version().expect("reads"), from);
            if from == 1 {
                // A document as version 1 stored it: no text, so not yet searchable.
                let doc = &corpus()[2];
                old.conn
                    .execute(
                        "INSERT INTO documents (doc_id, sha256, language, record)
                         VALUES (?1, ?2, 'ar', ?3)",
                        params![
                            doc.record.doc_id,
                            doc.record.sha256,
                            serde_json::to_string(&doc.record).expect("serialises")
                        ],
                    )
                    .expect("inserts");
            }
        }
        let mut store = Store::open(&path).expect("migrates");
        assert_eq!(
            store.schema_version().expect("reads"),
            SCHEMA_VERSION,
            "from {from}"
        );
        assert_eq!(store.integrity_check().expect("checks"), "ok");
        let had = u64::from(from == 1);
        assert_eq!(
            store.counts().expect("counts").documents,
            had,
            "from {from}"
        );
        assert!(store.search("درعا", 10).expect("searches").is_empty());
        // Ingesting the same text again indexes it without adding it twice.
        store.add_documents(&corpus()).expect("adds");
        assert_eq!(store.counts().expect("counts").documents, 3, "from {from}");
        assert_eq!(
            store.search("درعا", 10).expect("searches").len(),
            1,
            "from {from}"
        );
        assert_eq!(store.known().expect("known").hashes.len(), 3);
        // A document stored without its text has it once the same text comes again.
        let text = store.document("c").expect("reads").and_then(|d| d.text);
        assert_eq!(
            text.as_deref(),
            Some(corpus()[2].text.as_str()),
            "from {from}"
        );
    }
}

#[test]
fn a_newer_store_is_refused() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("new.db");
    Connection::open(&path)
        .and_then(|c| c.pragma_update(None, "user_version", SCHEMA_VERSION + 1))
        .expect("writes");
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NewerSchema { .. })
    ));
}

#[test]
fn signatures_read_back_and_bad_blobs_are_none() {
    let sig = rasid_link::signature(&corpus()[1].search_text.repeat(3)).expect("a signature");
    assert_eq!(signature_from_bytes(&signature_bytes(&sig)), Some(sig));
    assert_eq!(signature_from_bytes(&[1, 2, 3]), None);
}

#[test]
fn facilities_list_with_their_incidents() {
    let mut store = Store::open_in_memory().expect("opens");
    let sednaya = Facility {
        id: "sednaya_prison".into(),
        kind: "prison".into(),
        operator: "SYRIAN_GOV".into(),
        name_ar: Some("سجن صيدنايا".into()),
        name_en: Some("Sednaya Prison".into()),
        point: Some((33.66, 36.33)),
        governorate: Some("Rif Dimashq".into()),
        aliases_ar: vec!["سجن صيدنايا العسكري".into()],
        aliases_en: vec!["Saydnaya".into()],
    };
    store
        .put_facilities(std::slice::from_ref(&sednaya))
        .expect("puts");
    store
        .put_facilities(std::slice::from_ref(&sednaya))
        .expect("puts again");
    assert_eq!(store.facilities().expect("lists"), vec![(sednaya, 0)]);
}

#[test]
fn pages_count_everything_and_hold_what_was_asked() {
    let mut store = Store::open_in_memory().expect("opens");
    store.add_documents(&corpus()).expect("adds");
    store.relink().expect("links");
    let all = IncidentFilter::default();
    // (limit, offset, total, first documents of the items)
    let cases: [(u64, u64, u64, &[&str]); 4] = [
        (100, 0, 2, &["a", "c"]),
        (1, 0, 2, &["a"]),
        (1, 1, 2, &["c"]),
        (5, 2, 2, &[]),
    ];
    for (limit, offset, total, want) in cases {
        let page = store.incidents_page(&all, limit, offset).expect("pages");
        let got: Vec<&str> = page
            .items
            .iter()
            .filter_map(|i| i.documents.first().map(String::as_str))
            .collect();
        assert_eq!(
            (page.total, got.as_slice()),
            (total, want),
            "{limit} {offset}"
        );
        let near = IncidentFilter {
            near: Some((36.5, 40.75, 1000.0)),
            ..IncidentFilter::default()
        };
        let by_radius = store.incidents_page(&near, limit, offset).expect("pages");
        assert_eq!(by_radius, page, "a radius pages alike");
    }
    let docs = store.documents_page(2, 1).expect("pages");
    assert_eq!(docs.total, 3);
    let ids: Vec<&str> = docs.items.iter().map(|d| d.doc_id.as_str()).collect();
    assert_eq!(ids, ["b", "c"]);
}

#[test]
fn a_claim_reads_back_with_its_document_and_its_text() {
    let mut store = Store::open_in_memory().expect("opens");
    store.add_documents(&corpus()).expect("adds");
    store.relink().expect("links");
    let (claim, doc) = store.claim("c#1").expect("reads").expect("found");
    let text = doc.text.expect("a text");
    assert_eq!(doc.record.doc_id, "c");
    assert_eq!(
        text.get(claim.evidence.start..claim.evidence.end),
        Some(claim.evidence.text.as_str())
    );
    assert!(claim.incident_id.is_some());
    assert!(store.claim("nope#1").expect("reads").is_none());
    let doc = store.document("a").expect("reads").expect("found");
    assert_eq!(doc.text.as_deref(), Some(corpus()[0].text.as_str()));
    assert_eq!(store.document_claims("a").expect("reads").len(), 1);
    let named = store
        .documents_named(&["c".into(), "zz".into(), "a".into()])
        .expect("reads");
    let ids: Vec<&str> = named.iter().map(|d| d.doc_id.as_str()).collect();
    assert_eq!(ids, ["c", "a"]);
    let incident = claim.incident_id.expect("linked");
    assert_eq!(store.incident_claims(&incident).expect("reads").len(), 1);
    assert!(store.incident_record(&incident).expect("reads").is_some());
    assert_eq!(store.document_incident_count("c").expect("counts"), 1);
    assert_eq!(
        store
            .doc_id_of_sha256(&corpus()[1].record.sha256)
            .expect("reads"),
        Some("b".into())
    );
}

#[test]
fn a_store_opens_read_only_beside_its_writer_once_migrated() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("s.db");
    drop(Store::open_at_version(&path, SCHEMA_VERSION - 1).expect("opens"));
    assert!(matches!(
        Store::open_read_only(&path),
        Err(StoreError::OtherSchema { .. })
    ));
    let mut writer = Store::open(&path).expect("migrates");
    let reader = Store::open_read_only(&path).expect("opens to read");
    writer.add_documents(&corpus()).expect("adds");
    assert_eq!(reader.counts().expect("counts").documents, 3);
    assert!(reader.conn.execute("DELETE FROM documents", []).is_err());
}

#[test]
fn a_facility_reads_with_its_aliases_incidents_and_claims() {
    let mut store = Store::open_in_memory().expect("opens");
    let mut docs = corpus();
    for doc in &mut docs {
        for (claim, _) in &mut doc.claims {
            claim.facility = Some("hasakah".into());
        }
        for report in &mut doc.reports {
            report.facility = Some("hasakah".into());
        }
    }
    store.add_documents(&docs).expect("adds");
    store.relink().expect("links");
    let facility = Facility {
        id: "hasakah".into(),
        kind: "prison".into(),
        operator: "SDF".into(),
        name_ar: None,
        name_en: Some("Hasakah prison".into()),
        point: None,
        governorate: None,
        aliases_ar: vec![],
        aliases_en: vec!["Ghwayran".into(), "Sina'a".into()],
    };
    store
        .put_facilities(std::slice::from_ref(&facility))
        .expect("puts");
    let found = store.facility("hasakah").expect("reads").expect("found");
    assert_eq!(found.facility, facility);
    assert_eq!(found.claims.len(), 3);
    assert_eq!(
        found.incidents.len(),
        store.counts().expect("counts").incidents as usize
    );
    assert!(store.facility("x' OR '1'='1").expect("reads").is_none());
}
