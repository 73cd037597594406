//! Which reports tell of one event.
//!
//! Two reports from different documents are the same incident when what they say about
//! where, when and what agrees and enough of it is said: one facility (+3; two different
//! facilities never), one place or places within 5 km (+2) or 25 km (+1; more than 100 km
//! apart, or in two countries, never), days that meet within a day (+2, a year or month
//! +1; days more than three apart never), and an event type in common (+1). Words of an
//! unresolved date that fix a day and month (`في العشرين من كانون الثاني`) are read beside
//! the other report's date: the same day agrees, another day never does. Pairs of at
//! least [`SAME_EVENT`] join, best first, unless the joined incident would hold two
//! reports of one document (a document's main event and the event it recalls are two) or
//! two reports that never agree.

use crate::dates::{days, fixed_day, Days};
use crate::reconcile::{contradictions, reconcile};
use rasid_records::{ClaimRecord, IncidentRecord, IncidentTime, PlaceRecord};

/// How much agreement makes two reports one incident.
const SAME_EVENT: i32 = 4;

/// One document's account of one event: its claims and what the claims layer made of
/// them (a per-document incident: place, facility, dates, event types, title).
#[derive(Debug, Clone)]
pub struct Report {
    /// The per-document incident (its id is not kept).
    pub incident: IncidentRecord,
    /// Its claims.
    pub claims: Vec<ClaimRecord>,
}

/// The incidents of a set of reports.
#[derive(Debug, Clone, Default)]
pub struct Linking {
    /// The incidents, `inc-1`, `inc-2` ... in the order of their first report.
    pub incidents: Vec<IncidentRecord>,
    /// For each report, the index of its incident.
    pub incident_of: Vec<usize>,
}

/// What the linker reads of a report.
struct Seen<'r> {
    doc: &'r str,
    facility: Option<&'r str>,
    place: Option<&'r PlaceRecord>,
    days: Option<Days>,
    /// The words of an unresolved start.
    words: Option<&'r str>,
    events: &'r [String],
}

impl<'r> Seen<'r> {
    fn of(r: &'r Report) -> Self {
        let i = &r.incident;
        Seen {
            doc: i.documents.first().map_or("", String::as_str),
            facility: i.facility.as_deref(),
            place: i.place.as_ref(),
            days: days(i.start.as_ref(), i.end.as_ref()),
            words: i
                .start
                .as_ref()
                .filter(|t| t.date.is_none())
                .and_then(|t| t.text.as_deref()),
            events: &i.event_types,
        }
    }
}

/// Great-circle distance in km.
fn km(a: &PlaceRecord, b: &PlaceRecord) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.lat.to_radians(),
        a.lon.to_radians(),
        b.lat.to_radians(),
        b.lon.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// How much two reports agree on where, when and what; `None` when they cannot be one
/// event.
fn affinity(a: &Seen<'_>, b: &Seen<'_>) -> Option<i32> {
    let mut score = 0;
    match (a.facility, b.facility) {
        (Some(x), Some(y)) if x == y => score += 3,
        (Some(_), Some(_)) => return None,
        _ => {}
    }
    if let (Some(p), Some(q)) = (a.place, b.place) {
        if p.country != q.country {
            return None;
        }
        let same_facility = a.facility.is_some() && a.facility == b.facility;
        let apart = km(p, q);
        if apart > 100.0 {
            return None;
        }
        if !same_facility {
            score += if p.id == q.id || apart <= 5.0 {
                2
            } else {
                i32::from(apart <= 25.0)
            };
        }
    }
    let coarse = |d: Days| d.last.since(d.first).map_or(true, |s| s.get_days() > 31);
    match (a.days, b.days) {
        (Some(x), Some(y)) => {
            if x.near(y, 1) {
                score += if coarse(x) || coarse(y) { 1 } else { 2 };
            } else if x.near(y, 3) {
                score += 1;
            } else {
                return None;
            }
        }
        (Some(x), None) | (None, Some(x)) => {
            let words = if a.days.is_none() { a.words } else { b.words };
            if let Some(day) = words.and_then(|w| fixed_day(w, x.first)) {
                if x.near(Days::day(day), 1) {
                    score += 2;
                } else {
                    return None;
                }
            }
        }
        (None, None) => {}
    }
    if a.events.iter().any(|e| b.events.contains(e)) {
        score += 1;
    }
    Some(score)
}

/// Links the reports into incidents.
pub fn link(reports: &[Report]) -> Linking {
    let seen: Vec<Seen<'_>> = reports.iter().map(Seen::of).collect();
    let n = seen.len();
    // Pairs worth joining, best first (then in input order: deterministic).
    let mut pairs: Vec<(i32, usize, usize)> = Vec::new();
    let mut never: Vec<(usize, usize)> = Vec::new();
    for i in 0..n {
        for j in i + 1..n {
            let (Some(a), Some(b)) = (seen.get(i), seen.get(j)) else {
                continue;
            };
            if a.doc == b.doc {
                never.push((i, j));
                continue;
            }
            match affinity(a, b) {
                Some(s) if s >= SAME_EVENT => pairs.push((s, i, j)),
                Some(_) => {}
                None => never.push((i, j)),
            }
        }
    }
    pairs.sort_by_key(|&(s, i, j)| (std::cmp::Reverse(s), i, j));
    // Each report's group, as the smallest report index in it.
    let mut group: Vec<usize> = (0..n).collect();
    for (_, i, j) in pairs {
        let (gi, gj) = (group.get(i).copied(), group.get(j).copied());
        let (Some(gi), Some(gj)) = (gi, gj) else {
            continue;
        };
        if gi == gj {
            continue;
        }
        let of =
            |g: usize| -> Vec<usize> { (0..n).filter(|&k| group.get(k) == Some(&g)).collect() };
        let (left, right) = (of(gi), of(gj));
        let blocked = left.iter().any(|&x| {
            right.iter().any(|&y| {
                let (lo, hi) = (x.min(y), x.max(y));
                never.contains(&(lo, hi))
            })
        });
        if blocked {
            continue;
        }
        let (keep, drop) = (gi.min(gj), gi.max(gj));
        for g in group.iter_mut() {
            if *g == drop {
                *g = keep;
            }
        }
    }
    // Incidents in the order of their first report.
    let mut firsts: Vec<usize> = group.clone();
    firsts.sort_unstable();
    firsts.dedup();
    let incident_of: Vec<usize> = group
        .iter()
        .map(|g| firsts.binary_search(g).unwrap_or_default())
        .collect();
    let incidents = firsts
        .iter()
        .enumerate()
        .map(|(k, &first)| {
            let members: Vec<&Report> = (0..n)
                .filter(|&r| group.get(r) == Some(&first))
                .filter_map(|r| reports.get(r))
                .collect();
            merge(format!("inc-{}", k + 1), &members)
        })
        .collect();
    Linking {
        incidents,
        incident_of,
    }
}

/// One incident of its reports: the first report's title and facility, the most
/// precise place, the earliest resolved start and the latest resolved end (else the
/// first words that say when), every event type, actor, document and claim, the figures
/// reconciled over all the claims and every contradiction.
fn merge(id: String, members: &[&Report]) -> IncidentRecord {
    let first = members.first().map(|r| &r.incident);
    let union = |get: fn(&IncidentRecord) -> &Vec<String>| {
        let mut out: Vec<String> = Vec::new();
        for r in members {
            for x in get(&r.incident) {
                if !out.contains(x) {
                    out.push(x.clone());
                }
            }
        }
        out
    };
    let resolved = |get: fn(&IncidentRecord) -> &Option<IncidentTime>| {
        members
            .iter()
            .filter_map(|r| get(&r.incident).as_ref())
            .filter(|t| t.date.is_some())
            .cloned()
            .collect::<Vec<IncidentTime>>()
    };
    let starts = resolved(|i| &i.start);
    let ends = resolved(|i| &i.end);
    let start = starts
        .iter()
        .min_by(|a, b| a.date.cmp(&b.date))
        .cloned()
        .or_else(|| members.iter().find_map(|r| r.incident.start.clone()));
    let end = ends
        .iter()
        .max_by(|a, b| a.date.cmp(&b.date))
        .cloned()
        .or_else(|| members.iter().find_map(|r| r.incident.end.clone()));
    let rank = |p: &PlaceRecord| match p.precision.as_str() {
        "facility" => 0,
        "neighbourhood" => 1,
        "town" => 2,
        _ => 3,
    };
    let place = members
        .iter()
        .filter_map(|r| r.incident.place.as_ref())
        .min_by_key(|p| rank(p))
        .cloned();
    let claims: Vec<&ClaimRecord> = members.iter().flat_map(|r| r.claims.iter()).collect();
    let mut found = Vec::new();
    for r in members {
        for c in &r.incident.contradictions {
            if !found.contains(c) {
                found.push(c.clone());
            }
        }
    }
    found.extend(contradictions(&claims));
    IncidentRecord {
        incident_id: id,
        title: first.and_then(|i| i.title.clone()),
        event_types: union(|i| &i.event_types),
        start,
        end,
        place,
        facility: members.iter().find_map(|r| r.incident.facility.clone()),
        actors: union(|i| &i.actors),
        documents: union(|i| &i.documents),
        claims: claims.iter().map(|c| c.claim_id.clone()).collect(),
        figures: reconcile(&claims),
        contradictions: found,
    }
}
