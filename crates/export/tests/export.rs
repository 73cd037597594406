//! The exports over small records in the repo: column order against the codebooks,
//! precision codes, figures, Arabic text through CSV (with and without a BOM), GeoJSON
//! read back.

use rasid_export::{export, Format, Options, Records, Summary};
use rasid_records::{ClaimRecord, DocumentRecord, IncidentRecord};

fn lines<T: serde::de::DeserializeOwned>(text: &str) -> Vec<T> {
    text.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).expect("a fixture record"))
        .collect()
}

struct Fixture {
    documents: Vec<DocumentRecord>,
    claims: Vec<ClaimRecord>,
    incidents: Vec<IncidentRecord>,
}

impl Fixture {
    fn load() -> Self {
        Fixture {
            documents: lines(include_str!("fixtures/documents.jsonl")),
            claims: lines(include_str!("fixtures/claims.jsonl")),
            incidents: lines(include_str!("fixtures/incidents.jsonl")),
        }
    }

    fn records(&self) -> Records<'_> {
        Records {
            documents: &self.documents,
            claims: &self.claims,
            incidents: &self.incidents,
        }
    }
}

fn run(format: Format, records: Records<'_>, options: Options) -> (String, Summary) {
    let mut out = Vec::new();
    let summary = export(format, records, options, &mut out).expect("export writes");
    (String::from_utf8(out).expect("UTF-8 output"), summary)
}

/// The CSV's header and its rows as maps from column to value.
fn table(csv_text: &str) -> (Vec<String>, Vec<std::collections::HashMap<String, String>>) {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let rows = reader
        .records()
        .map(|r| {
            let r = r.expect("a CSV row");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_owned))
                .collect()
        })
        .collect();
    (header, rows)
}

/// ACLED's codebook (2023 edition, "ACLED Data Columns at a Glance"), as published.
const ACLED_CODEBOOK: &str = "event_id_cnty event_date year time_precision disorder_type \
    event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 \
    interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude \
    longitude geo_precision source source_scale notes fatalities tags timestamp";

/// UCDP GED's codebook (version 23.1 on), as published.
const UCDP_CODEBOOK: &str = "id relid year active_year code_status type_of_violence \
    conflict_dset_id conflict_new_id conflict_name dyad_dset_id dyad_new_id dyad_name \
    side_a_dset_id side_a_new_id side_a side_b_dset_id side_b_new_id side_b number_of_sources \
    source_article source_office source_date source_headline source_original where_prec \
    where_coordinates where_description adm_1 adm_2 latitude longitude geom_wkt priogrid_gid \
    country country_id region event_clarity date_prec date_start date_end deaths_a deaths_b \
    deaths_civilians deaths_unknown best high low gwnoa gwnob";

#[test]
fn column_order_is_the_codebooks() {
    let f = Fixture::load();
    let empty = Records {
        documents: &[],
        claims: &[],
        incidents: &[],
    };
    for (format, codebook) in [
        (Format::Acled, ACLED_CODEBOOK),
        (Format::Ucdp, UCDP_CODEBOOK),
    ] {
        let want: Vec<&str> = codebook.split_whitespace().collect();
        for records in [f.records(), empty] {
            let (text, _) = run(format, records, Options::default());
            let (header, _) = table(&text);
            assert_eq!(header, want, "{format:?}");
        }
    }
    assert_eq!(
        rasid_export::ACLED_COLUMNS.join(" "),
        ACLED_CODEBOOK
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
    assert_eq!(
        rasid_export::UCDP_COLUMNS.join(" "),
        UCDP_CODEBOOK
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    );
}

#[test]
fn acled_rows() {
    let f = Fixture::load();
    let options = Options {
        bom: false,
        timestamp: Some(1_700_000_000),
    };
    let (text, summary) = run(Format::Acled, f.records(), options);
    let (_, rows) = table(&text);
    assert_eq!(
        summary,
        Summary {
            written: 4,
            skipped: 0
        }
    );
    // id, date, time precision, event type, sub-event type, actor1, inter1, actor2, inter2,
    // assoc_actor_2, interaction, location, geo precision, fatalities, civilian targeting
    let cases: [[&str; 15]; 4] = [
        [
            "inc-1",
            "2022-01-20",
            "1",
            "Battles",
            "Armed clash",
            "Islamic State",
            "2",
            "Syrian Democratic Forces",
            "2",
            "",
            "22",
            "al-Sina'a prison",
            "1",
            "495",
            "",
        ],
        [
            "inc-2",
            "2022-03-17",
            "2",
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            "US forces",
            "8",
            "",
            "",
            "",
            "80",
            "al-Omar oil field",
            "1",
            "0",
            "",
        ],
        [
            "inc-3",
            "2015-06-15",
            "3",
            "Explosions/Remote violence",
            "Air/drone strike",
            "international coalition",
            "8",
            "Civilians (Syria)",
            "7",
            "Children (Syria)",
            "78",
            "al-Raqqa",
            "3",
            "20",
            "Civilian targeting",
        ],
        [
            "inc-4",
            "",
            "",
            "Strategic developments",
            "Arrests",
            "Saudi forces",
            "1",
            "",
            "",
            "",
            "10",
            "",
            "",
            "0",
            "",
        ],
    ];
    let columns = [
        "event_id_cnty",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "inter1",
        "actor2",
        "inter2",
        "assoc_actor_2",
        "interaction",
        "location",
        "geo_precision",
        "fatalities",
        "civilian_targeting",
    ];
    assert_eq!(rows.len(), cases.len());
    for (row, want) in rows.iter().zip(cases) {
        let got: Vec<&str> = columns.iter().map(|c| row[*c].as_str()).collect();
        assert_eq!(got, want, "{}", want[0]);
        assert_eq!(row["timestamp"], "1700000000");
    }
    let first = &rows[0];
    assert_eq!(
        (
            first["iso"].as_str(),
            first["country"].as_str(),
            first["region"].as_str()
        ),
        ("760", "Syria", "Middle East")
    );
    assert_eq!(first["disorder_type"], "Political violence");
    assert_eq!(first["source"], "عنب بلدي; North Press");
    assert!(
        first["notes"].starts_with("هجوم تنظيم \"الدولة\" على سجن الصناعة في الحسكة"),
        "{}",
        first["notes"]
    );
    assert!(first["notes"].contains("From 2022-01-20T19:00 to 2022-01-29."));
    assert!(first["notes"].contains("Reports disagree on killed: about 140 against 117."));
    assert!(first["notes"].contains("Also involved: US forces."));
    assert_eq!(
        rows[3]["notes"],
        "Date unresolved: يوم الجمعة. Figures: arrested UNKNOWN: 12, best 12."
    );
    assert_eq!(rows[3]["year"], "");
}

#[test]
fn ucdp_rows() {
    let f = Fixture::load();
    let (text, summary) = run(Format::Ucdp, f.records(), Options::default());
    let (_, rows) = table(&text);
    // Incidents with no dead are no GED event.
    assert_eq!(
        summary,
        Summary {
            written: 2,
            skipped: 2
        }
    );
    let columns = [
        "id",
        "year",
        "type_of_violence",
        "side_a",
        "side_b",
        "number_of_sources",
        "where_prec",
        "date_prec",
        "date_start",
        "date_end",
        "deaths_a",
        "deaths_b",
        "deaths_civilians",
        "deaths_unknown",
        "best",
        "low",
        "high",
        "event_clarity",
        "country",
        "country_id",
        "priogrid_gid",
        "gwnoa",
        "conflict_dset_id",
    ];
    let cases: [[&str; 23]; 2] = [
        [
            "inc-1",
            "2022",
            "2",
            "Islamic State",
            "Syrian Democratic Forces",
            "2",
            "1",
            "1",
            "2022-01-20",
            "2022-01-29",
            "374",
            "117",
            "4",
            "0",
            "495",
            "495",
            "",
            "1",
            "Syria",
            "652",
            "181882",
            "",
            "",
        ],
        [
            "inc-3",
            "2015",
            "3",
            "international coalition",
            "Civilians",
            "0",
            "4",
            "4",
            "2015-06-01",
            "2015-06-30",
            "0",
            "0",
            "20",
            "0",
            "20",
            "20",
            "99",
            "2",
            "Syria",
            "652",
            "181159",
            "",
            "",
        ],
    ];
    assert_eq!(rows.len(), cases.len());
    for (row, want) in rows.iter().zip(cases) {
        let got: Vec<&str> = columns.iter().map(|c| row[*c].as_str()).collect();
        assert_eq!(got, want, "{}", want[0]);
    }
    let first = &rows[0];
    assert_eq!(first["geom_wkt"], "POINT (40.7625 36.4775)");
    assert_eq!(first["source_original"], "Syrian Democratic Forces");
    assert_eq!(first["source_office"], "عنب بلدي; North Press");
    assert_eq!(first["region"], "Middle East");
}

#[test]
fn a_state_force_makes_it_state_based() {
    let mut f = Fixture::load();
    // The same assault, with the dead of Syrian government forces counted instead of ISIS's.
    let inc = &mut f.incidents[0];
    inc.actors = vec!["SDF".into(), "SYRIAN_GOV".into()];
    inc.figures.retain(|fig| fig.actor == "SDF");
    inc.figures.push(rasid_records::FigureRecord {
        measure: "killed".into(),
        actor: "SYRIAN_GOV".into(),
        low: Some(3),
        best: Some(3),
        high: Some(3),
        acled: Some(3),
        claims: vec![],
    });
    let (text, _) = run(Format::Ucdp, f.records(), Options::default());
    let (_, rows) = table(&text);
    let row = &rows[0];
    assert_eq!(
        [
            &row["type_of_violence"],
            &row["side_a"],
            &row["side_b"],
            &row["deaths_a"],
            &row["deaths_b"],
            &row["gwnoa"],
            &row["gwnob"]
        ],
        [
            "1",
            "Syrian government forces",
            "Syrian Democratic Forces",
            "3",
            "117",
            "652",
            ""
        ]
    );
}

#[test]
fn claims_csv_keeps_arabic_and_evidence_intact_with_or_without_bom() {
    let f = Fixture::load();
    for bom in [false, true] {
        let mut out = Vec::new();
        let options = Options {
            bom,
            timestamp: None,
        };
        let summary = export(Format::Csv, f.records(), options, &mut out).expect("writes");
        assert_eq!(summary.written, f.claims.len());
        assert_eq!(out.starts_with(&[0xEF, 0xBB, 0xBF]), bom, "bom {bom}");
        let body = if bom { &out[3..] } else { &out[..] };
        let (header, rows) = table(std::str::from_utf8(body).expect("UTF-8"));
        assert_eq!(header.first().map(String::as_str), Some("claim_id"));
        assert_eq!(header.len(), rasid_export::tables::CLAIM_COLUMNS.len());
        for (row, claim) in rows.iter().zip(&f.claims) {
            assert_eq!(row["claim_id"], claim.claim_id);
            // Commas, quotes and a line break inside the evidence survive.
            assert_eq!(row["evidence_text"], claim.evidence.text);
            assert_eq!(
                row["actor_text"],
                claim.actor_text.clone().unwrap_or_default()
            );
        }
        let first = &rows[0];
        assert_eq!(
            [
                &first["low"],
                &first["high"],
                &first["approx"],
                &first["source_kind"],
                &first["outlet"],
                &first["place_name"]
            ],
            [
                "117",
                "117",
                "false",
                "named",
                "عنب بلدي",
                "al-Sina'a prison"
            ]
        );
        assert_eq!(rows[3]["high"], "");
    }
}

#[test]
fn acled_csv_with_bom_reads_back_the_same() {
    let f = Fixture::load();
    let (plain, _) = run(Format::Acled, f.records(), Options::default());
    let (bommed, _) = run(
        Format::Acled,
        f.records(),
        Options {
            bom: true,
            timestamp: None,
        },
    );
    assert_eq!(bommed.strip_prefix('\u{feff}'), Some(plain.as_str()));
}

#[test]
fn geojson_parses_back_with_lon_lat_points() {
    let f = Fixture::load();
    let (text, summary) = run(Format::Geojson, f.records(), Options::default());
    assert_eq!(summary.written, 4);
    let parsed: geojson::GeoJson = text.parse().expect("GeoJSON parses back");
    let geojson::GeoJson::FeatureCollection(fc) = parsed else {
        panic!("not a FeatureCollection");
    };
    assert_eq!(fc.features.len(), 4);
    let point = |i: usize| match fc.features[i].geometry.as_ref().map(|g| &g.value) {
        Some(geojson::Value::Point(p)) => Some(p.clone()),
        _ => None,
    };
    assert_eq!(point(0), Some(vec![40.7625, 36.4775]));
    assert_eq!(
        point(3),
        None,
        "an incident with no place has a null geometry"
    );
    let props = |i: usize, k: &str| fc.features[i].property(k).cloned().unwrap_or_default();
    assert_eq!(props(0, "id"), "inc-1");
    assert_eq!(
        props(0, "title"),
        "هجوم تنظيم \"الدولة\" على سجن الصناعة في الحسكة"
    );
    assert_eq!(props(0, "contradictions"), 1);
    assert_eq!(props(0, "deaths_best"), 495);
    assert_eq!(
        props(0, "event_types"),
        serde_json::json!(["attack", "vbied", "riot", "escape"])
    );
    assert_eq!(
        props(0, "documents"),
        serde_json::json!(["hasakah-ar", "hasakah-en", "hasakah-copy"])
    );
    assert_eq!(props(0, "figures")[0]["best"], 117);
    assert_eq!(props(2, "start"), "2015-06");
    assert_eq!(props(2, "deaths_best"), 20);
}

#[test]
fn jsonl_reads_back_as_the_records() {
    let f = Fixture::load();
    let (text, summary) = run(Format::Jsonl, f.records(), Options::default());
    assert_eq!(summary.written, f.incidents.len() + f.claims.len());
    let all: Vec<&str> = text.lines().collect();
    let (incidents, claims) = all.split_at(f.incidents.len());
    for (line, want) in incidents.iter().zip(&f.incidents) {
        let back: IncidentRecord = serde_json::from_str(line).expect("an incident");
        assert_eq!(&back, want);
    }
    for (line, want) in claims.iter().zip(&f.claims) {
        let back: ClaimRecord = serde_json::from_str(line).expect("a claim");
        assert_eq!(&back, want);
    }
}
