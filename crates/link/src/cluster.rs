//! Which reports tell of one event.
//!
//! Two reports from different documents are the same incident when what they say about
//! where, when and what agrees and enough of it is said: one facility (+3; two different
//! facilities never), one place or places within 5 km (+2) or 25 km (+1; more than 100 km
//! apart, or in two countries, never), days that meet within a day (+2, within three +1; a
//! month or a year adds nothing; days more than three apart never), and an event type in
//! common (+1); one facility joins only reports whose dates agree (both dated, or words
//! that fix one's day meeting the other's date); without it, only reports of days that meet and that count the
//! same people alike (a figure of one measure and actor within a factor of two, or a toll
//! that rises from one day's report to the next, up to tenfold) join. Words of an
//! unresolved date that fix a day and month (`في العشرين من كانون الثاني`) are read beside
//! the other report's date: the same day agrees, another day never does. Pairs of at
//! least [`SAME_EVENT`] join, best first, when every report of the joined incident agrees
//! that much with every other (no chains) and no two are of one document (a document's
//! main event and the event it recalls are two).

use crate::dates::{days, fixed_month_day, meets, Days};
use crate::reconcile::{contradictions, reconcile};
use rasid_records::{ClaimRecord, IncidentRecord, IncidentTime, PlaceRecord};
use std::collections::HashMap;

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
    /// Whether its document is a near-copy of an earlier one (a syndicated wire story):
    /// it joins the incident like any report, but its claims are not counted again in
    /// figures and contradictions.
    pub copy: bool,
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
    /// The month and day the words of an unresolved start fix.
    month_day: Option<(i8, i8)>,
    events: &'r [String],
    /// Its figures: measure, actor and span (low, high).
    figures: Vec<(&'r str, &'r str, u64, u64)>,
}

impl<'r> Seen<'r> {
    fn of(r: &'r Report) -> Self {
        let i = &r.incident;
        Seen {
            doc: i.documents.first().map_or("", String::as_str),
            facility: i.facility.as_deref(),
            place: i.place.as_ref(),
            days: days(i.start.as_ref(), i.end.as_ref()),
            month_day: i
                .start
                .as_ref()
                .filter(|t| t.date.is_none())
                .and_then(|t| t.text.as_deref())
                .and_then(fixed_month_day),
            events: &i.event_types,
            figures: r
                .claims
                .iter()
                .filter(|c| c.value.vague.as_deref() != Some("unspecified"))
                .filter_map(|c| {
                    let low = c.value.low.or(c.value.high)?;
                    let high = c.value.high.or(c.value.low)?;
                    Some((c.measure.as_str(), c.actor.as_str(), low, high))
                })
                .collect(),
        }
    }
}

/// Great-circle distance in km between two places.
fn km(a: &PlaceRecord, b: &PlaceRecord) -> f64 {
    crate::distance_km((a.lat, a.lon), (b.lat, b.lon))
}

/// How much two reports agree on where, when and what; `None` when they cannot be one
/// event.
fn affinity(a: &Seen<'_>, b: &Seen<'_>) -> Option<i32> {
    // The cheapest test first: most pairs of one area are of other days.
    if let (Some(x), Some(y)) = (a.days, b.days) {
        if !x.near(y, 3) {
            return None;
        }
    }
    let mut score = 0;
    let same_facility = a.facility.is_some() && a.facility == b.facility;
    match (a.facility, b.facility) {
        (Some(x), Some(y)) if x == y => score += 3,
        (Some(_), Some(_)) => return None,
        _ => {}
    }
    if let (Some(p), Some(q)) = (a.place, b.place) {
        if p.country != q.country {
            return None;
        }
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
    // Days within a week or so: a month or a year says too little to join on.
    let fine = |d: Days| d.len() <= WEEK;
    let mut same_days = false;
    match (a.days, b.days) {
        (Some(x), Some(y)) => {
            if !x.near(y, 3) {
                return None;
            }
            if fine(x) && fine(y) {
                same_days = x.near(y, 1);
                score += if same_days { 2 } else { 1 };
            }
        }
        (Some(x), None) | (None, Some(x)) => {
            let fixed = if a.days.is_none() {
                a.month_day
            } else {
                b.month_day
            };
            match fixed.and_then(|md| meets(x, md)) {
                Some(true) => {
                    same_days = true;
                    score += 2;
                }
                Some(false) => return None,
                None => {}
            }
        }
        (None, None) => {}
    }
    if a.events.iter().any(|e| b.events.contains(e)) {
        score += 1;
    }
    // Without days that meet, only one facility makes one event; in a town, two reports
    // of one day are one event when they also count the same people alike (within a
    // factor of two: tolls rise and sources differ), not when each tells of its own dead.
    // A running toll rises from one day's report to the next (9, then 25, then 65): a
    // later report's figure may be up to ten times an earlier one's.
    let rising = match (a.days, b.days) {
        (Some(x), Some(y)) if x.last < y.first => rises(&a.figures, &b.figures),
        (Some(x), Some(y)) if y.last < x.first => rises(&b.figures, &a.figures),
        _ => false,
    };
    // (Days more than three apart never reach here.)
    let same_people = (same_days && alike(&a.figures, &b.figures)) || rising;
    // One facility is one event only when the dates say so too: both dated (and near,
    // as above), or words of one that fix the other's day. A facility sees many events
    // over the years: an undated report says nothing of which.
    let dated_alike = match (a.days, b.days) {
        (Some(_), Some(_)) => true,
        (None, None) => false,
        _ => same_days,
    };
    if !((same_facility && dated_alike) || same_people) {
        return Some(score.min(SAME_EVENT - 1));
    }
    Some(score)
}

/// Whether a later report's toll of one measure and actor is at least an earlier one's and
/// at most ten times it (killed and wounded: the tolls that run).
fn rises(earlier: &[(&str, &str, u64, u64)], later: &[(&str, &str, u64, u64)]) -> bool {
    earlier.iter().any(|&(m, actor, _, eh)| {
        matches!(m, "killed" | "wounded")
            && later.iter().any(|&(n, other, ll, _)| {
                m == n && actor == other && ll >= eh && ll <= eh.saturating_mul(10)
            })
    })
}

/// Whether two reports give a figure of one measure and actor within a factor of two (an
/// actor one report does not name agrees with any).
fn alike(a: &[(&str, &str, u64, u64)], b: &[(&str, &str, u64, u64)]) -> bool {
    a.iter().any(|&(m, actor, al, ah)| {
        b.iter().any(|&(n, other, bl, bh)| {
            let actors_agree = actor == other || actor == "UNKNOWN" || other == "UNKNOWN";
            m == n && actors_agree && al <= bh.saturating_mul(2) && bl <= ah.saturating_mul(2)
        })
    })
}

/// The cells of the grid reports are compared within: a degree of latitude and longitude
/// (about 100 km), with its neighbours, so that places over 100 km apart are never asked.
fn cell(p: &PlaceRecord) -> (i32, i32) {
    // Degrees fit an i32 whatever the record says; NaN falls to 0.
    (p.lat.floor() as i32, p.lon.floor() as i32)
}

/// The reports of one grid cell.
#[derive(Default)]
struct Cell {
    /// Reports of a week or less: (first day, report), sorted.
    dated: Vec<(i32, usize)>,
    /// Reports with no days, or a month or a year.
    other: Vec<usize>,
}

/// Days of a report that is dated to a week or less.
const WEEK: i32 = 8;

/// Links the reports into incidents.
///
/// Only reports that name a place can reach the score that joins (time and event type give at
/// most 3), so only they are compared, and only with the reports of their grid cell and
/// the eight around it.
pub fn link(reports: &[Report]) -> Linking {
    let seen: Vec<Seen<'_>> = reports.iter().map(Seen::of).collect();
    let n = seen.len();
    // Per grid cell: the reports of a week or less, by first day, and the others (no
    // days, or a month or a year).
    let mut by_cell: HashMap<(i32, i32), Cell> = HashMap::new();
    let week = |s: &Seen<'_>| s.days.filter(|d| d.len() <= WEEK);
    for (i, s) in seen.iter().enumerate() {
        if let Some(p) = s.place {
            let cell = by_cell.entry(cell(p)).or_default();
            match week(s) {
                Some(d) => cell.dated.push((d.first, i)),
                None => cell.other.push(i),
            }
        }
    }
    for cell in by_cell.values_mut() {
        cell.dated.sort_unstable();
    }
    // Pairs worth joining, best first (then in input order: deterministic). A report of a
    // week or less is compared only with those of its days (days more than three apart
    // never join) and with the undated; the others with all.
    let mut pairs: Vec<(i32, usize, usize)> = Vec::new();
    let mut candidates: Vec<usize> = Vec::new();
    for (i, a) in seen.iter().enumerate() {
        let Some(p) = a.place else { continue };
        let (la, lo) = cell(p);
        candidates.clear();
        for dla in -1..=1 {
            for dlo in -1..=1 {
                let Some(c) = by_cell.get(&(la + dla, lo + dlo)) else {
                    continue;
                };
                match week(a) {
                    Some(d) => {
                        let from = c.dated.partition_point(|&(f, _)| f < d.first - WEEK - 3);
                        let to = c.dated.partition_point(|&(f, _)| f <= d.last + 3);
                        candidates.extend(
                            c.dated
                                .get(from..to)
                                .unwrap_or_default()
                                .iter()
                                .map(|&(_, j)| j),
                        );
                    }
                    None => candidates.extend(c.dated.iter().map(|&(_, j)| j)),
                }
                candidates.extend(&c.other);
            }
        }
        for &j in candidates.iter().filter(|&&j| j > i) {
            let Some(b) = seen.get(j) else { continue };
            if a.doc == b.doc {
                continue;
            }
            if let Some(s) = affinity(a, b).filter(|&s| s >= SAME_EVENT) {
                pairs.push((s, i, j));
            }
        }
    }
    pairs.sort_by_key(|&(s, i, j)| (std::cmp::Reverse(s), i, j));
    // Union by groups: each report's group, and each group's reports (the group's id is
    // its first report).
    let mut group: Vec<usize> = (0..n).collect();
    let mut members: Vec<Vec<usize>> = (0..n).map(|i| vec![i]).collect();
    for (_, i, j) in pairs {
        let (Some(&gi), Some(&gj)) = (group.get(i), group.get(j)) else {
            continue;
        };
        if gi == gj {
            continue;
        }
        let (left, right) = match (members.get(gi), members.get(gj)) {
            (Some(l), Some(r)) => (l, r),
            _ => continue,
        };
        // Every report of the joined incident agrees with every other (no chains of
        // reports each like the next), and none is of the same document as another.
        let blocked = left.iter().any(|&x| {
            right.iter().any(|&y| match (seen.get(x), seen.get(y)) {
                (Some(a), Some(b)) => {
                    a.doc == b.doc || affinity(a, b).is_none_or(|s| s < SAME_EVENT)
                }
                _ => true,
            })
        });
        if blocked {
            continue;
        }
        let (keep, drop) = (gi.min(gj), gi.max(gj));
        let moved = members
            .get_mut(drop)
            .map(std::mem::take)
            .unwrap_or_default();
        for &k in &moved {
            if let Some(g) = group.get_mut(k) {
                *g = keep;
            }
        }
        if let Some(kept) = members.get_mut(keep) {
            kept.extend(moved);
            kept.sort_unstable();
        }
    }
    // Incidents in the order of their first report.
    let firsts: Vec<usize> = (0..n).filter(|&g| group.get(g) == Some(&g)).collect();
    let incident_of: Vec<usize> = group
        .iter()
        .map(|g| firsts.binary_search(g).unwrap_or_default())
        .collect();
    let incidents = firsts
        .iter()
        .enumerate()
        .map(|(k, &first)| {
            let reports: Vec<&Report> = members
                .get(first)
                .map(|m| m.iter().filter_map(|&r| reports.get(r)).collect())
                .unwrap_or_default();
            merge(format!("inc-{}", k + 1), &reports)
        })
        .collect();
    Linking {
        incidents,
        incident_of,
    }
}

/// One incident of its reports: the first report's title and facility, the most
/// precise place, the earliest resolved start and the latest resolved end, or the
/// start's day plus the longest duration stated, if later (else the first words that
/// say when), every event type, actor, document and claim, the figures
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
    // How long the reports say it lasted takes the end on from its start.
    let lasted = start.as_ref().and_then(|s| {
        let durations = members
            .iter()
            .flat_map(|r| r.claims.iter())
            .filter(|c| c.measure == "duration")
            .filter_map(|c| Some((c.value.high.or(c.value.low)?, c.unit.clone())));
        crate::dates::end_after(s, durations)
    });
    let end = ends
        .iter()
        .chain(&lasted)
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
    // A copy's claims repeat its original's: they count only where no original reports.
    let originals: Vec<&ClaimRecord> = members
        .iter()
        .filter(|r| !r.copy)
        .flat_map(|r| r.claims.iter())
        .collect();
    let counted = if originals.is_empty() {
        &claims
    } else {
        &originals
    };
    let mut found = Vec::new();
    for r in members {
        for c in &r.incident.contradictions {
            if !found.contains(c) {
                found.push(c.clone());
            }
        }
    }
    found.extend(contradictions(counted));
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
        figures: reconcile(counted),
        contradictions: found,
    }
}
