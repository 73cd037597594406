//! What an incident's claims come to: per measure and actor, the low, best and high
//! figures (as UCDP reports deaths) and ACLED's conservative one; and the claims that
//! cannot all be true.
//!
//! The rule, written down in ARCHITECTURE.md:
//! - A part counted under a whole of the same actor (`77 من حامية السجن` under `117 من
//!   قوات قسد`) is inside that figure, not another estimate of it.
//! - A running toll (claims with `as_of`) counts by its latest day's figures: earlier days
//!   are superseded; claims without `as_of` always count.
//! - Each claim spans from its low to its high (a bound alone spans to itself, a vague
//!   figure its bounds, `unspecified` nothing). `low` is the least of the lows, `high`
//!   the greatest of the highs, `acled` the low (ACLED codes the most conservative
//!   figure reported).
//! - `best` is the figure of the most trusted claim: exact before approximate before
//!   bounded before vague; a named party before the outlet before unnamed sources; a
//!   later statement (a final toll) before an earlier.
//! - Two claims contradict when their spans cannot meet: an approximate figure is read
//!   ±10%, a round exact one (a multiple of ten from 50) ±5%, any other exactly; figures
//!   of different days of a running toll never contradict, nor do figures of two
//!   facilities or of places over 25 km apart; a figure of no known side is compared only
//!   with one of the same place.

use rasid_records::{ClaimRecord, ContradictionRecord, FigureRecord, PlaceRecord};

/// The note the claims layer puts on a count that is a part of people counted elsewhere
/// (`rasid_extract::PART_OF_OTHERS`, written here so that linking needs no extractor).
const PART_OF_OTHERS: &str = "a part of those counted elsewhere";

/// The claims of one incident that count for its figures, grouped by measure and actor in
/// the order they first appear.
fn groups<'c>(claims: &[&'c ClaimRecord]) -> Vec<((&'c str, &'c str), Vec<&'c ClaimRecord>)> {
    let mut out: Vec<((&str, &str), Vec<&ClaimRecord>)> = Vec::new();
    for &c in claims {
        // A part of a whole of the same actor is inside the whole.
        let inside = c.part_of.as_deref().is_some_and(|whole| {
            claims
                .iter()
                .any(|w| w.claim_id == whole && w.actor == c.actor && w.measure == c.measure)
        });
        // So is a part of those a figure elsewhere counts (`4 من بين الفارين`).
        let subset = c.notes.iter().any(|n| n == PART_OF_OTHERS);
        if inside || subset {
            continue;
        }
        let key = (c.measure.as_str(), c.actor.as_str());
        match out.iter_mut().find(|(k, _)| *k == key) {
            Some((_, members)) => members.push(c),
            None => out.push((key, vec![c])),
        }
    }
    out
}

/// The figures of one incident's claims, per measure and actor.
pub fn reconcile(claims: &[&ClaimRecord]) -> Vec<FigureRecord> {
    groups(claims)
        .into_iter()
        .filter_map(|((measure, actor), members)| {
            // Of a running toll, the latest day's figures: earlier days are superseded.
            let latest = members
                .iter()
                .filter_map(|c| c.as_of.as_deref())
                .max_by(|a, b| as_of_key(a).cmp(&as_of_key(b)));
            let counted: Vec<&ClaimRecord> = members
                .iter()
                .copied()
                .filter(|c| c.as_of.is_none() || c.as_of.as_deref() == latest)
                .collect();
            let spans: Vec<(u64, u64)> = counted.iter().filter_map(|c| span(c)).collect();
            let low = spans.iter().map(|s| s.0).min();
            let high = spans.iter().map(|s| s.1).max();
            let best = counted
                .iter()
                .enumerate()
                .filter_map(|(i, c)| Some((trust(c), i, best_of(c)?)))
                .max_by_key(|(t, i, _)| (*t, *i))
                .map(|(_, _, v)| v);
            low?;
            Some(FigureRecord {
                measure: measure.to_owned(),
                actor: actor.to_owned(),
                low,
                best,
                high,
                acled: low,
                claims: members.iter().map(|c| c.claim_id.clone()).collect(),
            })
        })
        .collect()
}

/// A running toll's day as something to order by: `day 3` by its number, dates as written.
fn as_of_key(as_of: &str) -> (u32, String) {
    match as_of
        .strip_prefix("day ")
        .and_then(|d| d.parse::<u32>().ok())
    {
        Some(n) => (n, String::new()),
        None => (u32::MAX, as_of.to_owned()),
    }
}

/// What a claim's figure spans, low to high, for reconciling: a bound alone spans to
/// itself, a vague figure its bounds; `unspecified` says nothing.
fn span(c: &ClaimRecord) -> Option<(u64, u64)> {
    let v = &c.value;
    let low = v.low.or(v.high)?;
    let high = v.high.or(v.low)?;
    (v.vague.as_deref() != Some("unspecified")).then_some((low, high))
}

/// How much a claim's figure is trusted for `best`: exact, approximate, bounded, vague;
/// then a named party, the outlet, unnamed sources.
fn trust(c: &ClaimRecord) -> (u8, u8) {
    let v = &c.value;
    let form = match (v.vague.is_some(), v.low, v.high, v.approx) {
        (true, _, _, _) => 0,
        (false, Some(l), Some(h), false) if l == h => 3,
        (false, Some(l), Some(h), true) if l == h => 2,
        _ => 1,
    };
    let source = match c.source.kind.as_str() {
        "named" => 2,
        "author" => 1,
        _ => 0,
    };
    (form, source)
}

/// A claim's own best figure: its number, the middle of its range, its one bound.
fn best_of(c: &ClaimRecord) -> Option<u64> {
    let v = &c.value;
    if v.vague.as_deref() == Some("unspecified") {
        return None;
    }
    match (v.low, v.high) {
        (Some(l), Some(h)) => Some(l + (h - l) / 2),
        (Some(l), None) => Some(l),
        (None, Some(h)) => Some(h),
        (None, None) => None,
    }
}

/// What a claim allows the true figure to be, for contradictions: `(low, high)` with
/// `None` open; approximate figures widened by a tenth, round exact ones by a twentieth.
fn allows(c: &ClaimRecord) -> Option<(u64, Option<u64>)> {
    let v = &c.value;
    if v.vague.as_deref() == Some("unspecified") {
        return None;
    }
    match (v.low, v.high) {
        (Some(l), Some(h)) if l == h => {
            let slack = if v.approx {
                (l / 10).max(1)
            } else if l >= 50 && l % 10 == 0 {
                l / 20
            } else {
                0
            };
            Some((l.saturating_sub(slack), Some(h + slack)))
        }
        (low, high) => Some((low.unwrap_or(0), high)),
    }
}

/// Whether two claims may count the same people: their facilities, when both name one,
/// are one; their places, when both name one, lie within 25 km; and a figure of no known
/// side (`UNKNOWN`, durations aside) is compared only with one of the same place, since
/// an article's roundup counts many groups of no named side.
fn same_people(a: &ClaimRecord, b: &ClaimRecord) -> bool {
    if let (Some(x), Some(y)) = (&a.facility, &b.facility) {
        if x != y {
            return false;
        }
    }
    let near = match (&a.place, &b.place) {
        (Some(p), Some(q)) => Some(p.id == q.id || km(p, q) <= 25.0),
        _ => None,
    };
    if a.actor == "UNKNOWN" && a.measure != "duration" {
        return near == Some(true);
    }
    near != Some(false)
}

/// Great-circle distance in km between two places.
fn km(a: &PlaceRecord, b: &PlaceRecord) -> f64 {
    crate::distance_km((a.lat, a.lon), (b.lat, b.lon))
}

/// Whether two claims' figures can both be true.
fn agree(a: &ClaimRecord, b: &ClaimRecord) -> bool {
    if !same_people(a, b) {
        return true;
    }
    // Different days of a running toll rise; they do not contradict.
    if a.as_of.is_some() && b.as_of.is_some() && a.as_of != b.as_of {
        return true;
    }
    match (allows(a), allows(b)) {
        (Some((al, ah)), Some((bl, bh))) => {
            ah.is_none_or(|ah| bl <= ah) && bh.is_none_or(|bh| al <= bh)
        }
        _ => true,
    }
}

/// A claim's figure in plain words: `about 140`, `more than 100`, `no more than 30`,
/// `dozens`, with its unit when it is not people.
fn in_words(c: &ClaimRecord) -> String {
    let v = &c.value;
    let n = match (v.vague.as_deref(), v.low, v.high) {
        (Some(vague), _, _) => vague.to_owned(),
        (None, Some(l), Some(h)) if l == h && v.approx => format!("about {l}"),
        (None, Some(l), Some(h)) if l == h => l.to_string(),
        (None, Some(l), Some(h)) => format!("{l} to {h}"),
        (None, Some(l), None) => format!("at least {l}"),
        (None, None, Some(h)) => format!("no more than {h}"),
        (None, None, None) => "a figure".to_owned(),
    };
    if c.unit == "people" {
        n
    } else {
        format!("{n} {}", c.unit)
    }
}

/// The contradictions among one incident's claims: per measure and actor, the claims
/// whose figures cannot all hold, and every part larger than its whole.
pub fn contradictions(claims: &[&ClaimRecord]) -> Vec<ContradictionRecord> {
    let mut out = Vec::new();
    for ((measure, actor), members) in groups(claims) {
        let mut involved: Vec<&ClaimRecord> = Vec::new();
        for (i, a) in members.iter().enumerate() {
            for b in members.iter().skip(i + 1) {
                if !agree(a, b) {
                    for c in [*a, *b] {
                        if !involved.iter().any(|x| x.claim_id == c.claim_id) {
                            involved.push(c);
                        }
                    }
                }
            }
        }
        if involved.len() < 2 {
            continue;
        }
        // In text order.
        involved.sort_by_key(|c| members.iter().position(|m| m.claim_id == c.claim_id));
        let mut words: Vec<String> = Vec::new();
        for w in involved.iter().map(|c| in_words(c)) {
            if !words.contains(&w) {
                words.push(w);
            }
        }
        let explanation = match words.as_slice() {
            [a, b] => format!("{measure} ({actor}): {a} against {b}"),
            _ => format!(
                "{measure} ({actor}): {}: the figures cannot all hold",
                words.join(", ")
            ),
        };
        out.push(ContradictionRecord {
            measure: measure.to_owned(),
            claims: involved.iter().map(|c| c.claim_id.clone()).collect(),
            explanation,
        });
    }
    for part in claims
        .iter()
        .filter(|c| c.notes.iter().any(|n| n == "part larger than its whole"))
    {
        let Some(whole) = part.part_of.as_deref() else {
            continue;
        };
        let whole_words = claims
            .iter()
            .find(|w| w.claim_id == whole)
            .map_or_else(String::new, |w| in_words(w));
        out.push(ContradictionRecord {
            measure: part.measure.clone(),
            claims: vec![whole.to_owned(), part.claim_id.clone()],
            explanation: format!(
                "{}: a part, {}, is larger than its whole, {whole_words}",
                part.measure,
                in_words(part)
            ),
        });
    }
    out
}
