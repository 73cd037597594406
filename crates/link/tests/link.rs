//! Linking, reconciling and contradictions on small hand-made reports (not the seeds).
use rasid_link::{contradictions, link, reconcile, Report};
use rasid_records::{
    ClaimRecord, IncidentRecord, IncidentTime, PlaceRecord, SourceRecord, TimeRecord, ValueRecord,
};

/// A claim of `doc`: measure, actor, (low, high, approx, vague), source kind, as_of.
fn claim(
    id: &str,
    measure: &str,
    actor: &str,
    (low, high, approx, vague): (Option<u64>, Option<u64>, bool, Option<&str>),
    source: &str,
) -> ClaimRecord {
    ClaimRecord {
        claim_id: id.into(),
        doc_id: id.split('#').next().unwrap_or_default().into(),
        measure: measure.into(),
        unit: if measure == "duration" {
            "days"
        } else {
            "people"
        }
        .into(),
        actor: actor.into(),
        value: ValueRecord {
            low,
            high,
            approx,
            vague: vague.map(str::to_owned),
        },
        source: SourceRecord {
            kind: source.into(),
            ..SourceRecord::default()
        },
        hedge: "asserted".into(),
        time: TimeRecord {
            precision: "unresolved".into(),
            ..TimeRecord::default()
        },
        ..ClaimRecord::default()
    }
}

fn exact(n: u64) -> (Option<u64>, Option<u64>, bool, Option<&'static str>) {
    (Some(n), Some(n), false, None)
}

fn about(n: u64) -> (Option<u64>, Option<u64>, bool, Option<&'static str>) {
    (Some(n), Some(n), true, None)
}

fn place(id: &str, lat: f64, lon: f64) -> PlaceRecord {
    PlaceRecord {
        id: id.into(),
        name: id.into(),
        lat,
        lon,
        admin1: None,
        country: "SY".into(),
        precision: "town".into(),
    }
}

/// A report of `doc`: facility, place, start (a date, or unresolved words), event types.
fn report(
    doc: &str,
    facility: Option<&str>,
    at: Option<PlaceRecord>,
    start: Result<&str, &str>,
    events: &[&str],
) -> Report {
    let start = match start {
        Ok(date) => IncidentTime {
            date: Some(date.into()),
            precision: "day".into(),
            text: None,
        },
        Err(words) => IncidentTime {
            date: None,
            precision: "unresolved".into(),
            text: Some(words.into()),
        },
    };
    Report {
        incident: IncidentRecord {
            incident_id: String::new(),
            title: None,
            event_types: events.iter().map(|e| (*e).to_owned()).collect(),
            start: Some(start.clone()),
            end: Some(start),
            place: at,
            facility: facility.map(str::to_owned),
            actors: vec![],
            documents: vec![doc.into()],
            claims: vec![],
            figures: vec![],
            contradictions: vec![],
        },
        claims: vec![claim(
            &format!("{doc}#1"),
            "killed",
            "SDF",
            exact(5),
            "author",
        )],
        copy: false,
    }
}

#[test]
fn reports_of_one_event_are_one_incident_and_others_are_not() {
    let hasakah = || Some(place("hasakah", 36.50, 40.75));
    let aleppo = || Some(place("aleppo", 36.20, 37.16));
    // (reports, the incident index of each)
    let cases: Vec<(Vec<Report>, Vec<usize>)> = vec![
        // One prison, one day: one incident.
        (
            vec![
                report(
                    "a",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-01-20"),
                    &["attack"],
                ),
                report(
                    "b",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-01-21"),
                    &["attack"],
                ),
            ],
            vec![0, 0],
        ),
        // Words that fix the day read beside the other report's date.
        (
            vec![
                report(
                    "a",
                    Some("prison"),
                    hasakah(),
                    Err("في العشرين من كانون الثاني"),
                    &["attack"],
                ),
                report("b", None, hasakah(), Ok("2022-01-20"), &["attack"]),
            ],
            vec![0, 0],
        ),
        // Two different prisons, or towns 300 km apart, or days a month apart: apart.
        (
            vec![
                report(
                    "a",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-01-20"),
                    &["attack"],
                ),
                report("b", Some("camp"), hasakah(), Ok("2022-01-20"), &["attack"]),
            ],
            vec![0, 1],
        ),
        (
            vec![
                report("a", None, hasakah(), Ok("2022-01-20"), &["attack"]),
                report("b", None, aleppo(), Ok("2022-01-20"), &["attack"]),
            ],
            vec![0, 1],
        ),
        (
            vec![
                report(
                    "a",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-01-20"),
                    &["attack"],
                ),
                report(
                    "b",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-02-25"),
                    &["attack"],
                ),
            ],
            vec![0, 1],
        ),
        // One document's main event and the event it recalls are two incidents, even
        // where a third report could join either.
        (
            vec![
                report(
                    "a",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-01-20"),
                    &["attack"],
                ),
                report(
                    "b",
                    Some("prison"),
                    hasakah(),
                    Err("الثلاثاء"),
                    &["shelling"],
                ),
                report(
                    "b",
                    Some("prison"),
                    hasakah(),
                    Ok("2022-01-20"),
                    &["attack"],
                ),
            ],
            vec![0, 1, 0],
        ),
    ];
    for (reports, want) in cases {
        let got = link(&reports);
        assert_eq!(
            got.incident_of,
            want,
            "{:?}",
            reports
                .iter()
                .map(|r| &r.incident.start)
                .collect::<Vec<_>>()
        );
        assert_eq!(got.incidents.len(), want.iter().max().map_or(0, |m| m + 1));
    }
}

#[test]
fn figures_reconcile_into_low_best_and_high() {
    let about_140 = claim("a#1", "killed", "SDF", about(140), "author");
    let final_117 = claim("a#2", "killed", "SDF", exact(117), "named");
    let mut part = claim("a#3", "killed", "SDF", exact(77), "named");
    part.part_of = Some("a#2".into());
    let figures = reconcile(&[&about_140, &final_117, &part]);
    let f = figures.first().expect("a figure");
    assert_eq!(
        (f.low, f.best, f.high, f.acled, f.claims.len()),
        (Some(117), Some(117), Some(140), Some(117), 2)
    );
    // A running toll counts by its latest day.
    let mut day1 = claim("b#1", "killed", "CIVILIANS", exact(9), "author");
    day1.as_of = Some("day 1".into());
    let mut day3 = claim("b#2", "killed", "CIVILIANS", exact(65), "author");
    day3.as_of = Some("day 3".into());
    let f = reconcile(&[&day1, &day3]);
    let f = f.first().expect("a figure");
    assert_eq!((f.low, f.best, f.high), (Some(65), Some(65), Some(65)));
    assert!(contradictions(&[&day1, &day3]).is_empty());
}

#[test]
fn claims_that_cannot_all_be_true_are_contradictions() {
    let more_than_100 = claim(
        "a#1",
        "escaped",
        "ISIS",
        (Some(101), None, false, None),
        "unnamed",
    );
    let at_most_30 = claim(
        "a#2",
        "escaped",
        "ISIS",
        (None, Some(30), false, None),
        "unnamed",
    );
    let dozens = claim(
        "b#1",
        "escaped",
        "ISIS",
        (Some(20), Some(99), false, Some("dozens")),
        "author",
    );
    let found = contradictions(&[&more_than_100, &at_most_30, &dozens]);
    let c = found.first().expect("a contradiction");
    assert_eq!(c.claims, vec!["a#1", "a#2", "b#1"]);
    assert!(
        c.explanation.contains("cannot all hold"),
        "{}",
        c.explanation
    );
    // About 120 and 117 can both be true (±10%); 9 days and 7 days cannot.
    let about_120 = claim("c#1", "killed", "SDF", about(120), "author");
    let exactly_117 = claim("c#2", "killed", "SDF", exact(117), "named");
    assert!(contradictions(&[&about_120, &exactly_117]).is_empty());
    let nine = claim("d#1", "duration", "UNKNOWN", about(9), "author");
    let seven = claim("d#2", "duration", "UNKNOWN", exact(7), "author");
    let found = contradictions(&[&nine, &seven]);
    assert_eq!(
        found.first().map(|c| c.explanation.as_str()),
        Some("duration (UNKNOWN): about 9 days against 7 days")
    );
}

#[test]
fn a_copy_joins_its_incident_but_its_figures_do_not_count_again() {
    let hasakah = || Some(place("hasakah", 36.50, 40.75));
    let original = report(
        "a",
        Some("prison"),
        hasakah(),
        Ok("2022-01-20"),
        &["attack"],
    );
    let mut copy = report(
        "b",
        Some("prison"),
        hasakah(),
        Ok("2022-01-20"),
        &["attack"],
    );
    copy.copy = true;
    if let Some(c) = copy.claims.first_mut() {
        c.value = ValueRecord {
            low: Some(50),
            high: Some(50),
            approx: false,
            vague: None,
        };
    }
    let linked = link(&[original, copy]);
    assert_eq!(linked.incident_of, vec![0, 0]);
    let incident = linked.incidents.first().expect("one incident");
    assert_eq!(incident.claims.len(), 2);
    let f = incident.figures.first().expect("a figure");
    assert_eq!((f.low, f.high, f.claims.len()), (Some(5), Some(5), 1));
    assert!(incident.contradictions.is_empty());
}

#[test]
fn a_running_toll_over_days_stays_one_incident() {
    let hasakah = || Some(place("hasakah", 36.50, 40.75));
    let toll = |doc: &str, day: &str, killed: u64| {
        let mut r = report(doc, None, hasakah(), Ok(day), &["shelling"]);
        if let Some(c) = r.claims.first_mut() {
            c.value = ValueRecord {
                low: Some(killed),
                high: Some(killed),
                approx: false,
                vague: None,
            };
            c.as_of = Some(day.to_owned());
        }
        r
    };
    // 9, then 25, then 65 on the next days: one incident, its figure the latest toll.
    let linked = link(&[
        toll("a", "2024-03-01", 9),
        toll("b", "2024-03-02", 25),
        toll("c", "2024-03-03", 65),
    ]);
    assert_eq!(linked.incident_of, vec![0, 0, 0]);
    let f = linked
        .incidents
        .first()
        .and_then(|i| i.figures.first())
        .expect("a figure");
    assert_eq!(f.best, Some(65));
    // Two attacks of one day with tolls far apart are two.
    let linked = link(&[toll("a", "2024-03-01", 5), toll("b", "2024-03-01", 40)]);
    assert_eq!(linked.incident_of, vec![0, 1]);
}
