//! What an incident's dossier and a facility's page show beside the records: each source's
//! value, running tolls over time, holding figures by date. Pure functions of the records,
//! so that they are tested without a server.

use rasid_records::{ClaimRecord, DocumentRecord, SourceRecord};
use serde::Serialize;

/// One claim's value, as its source gave it.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct BySource {
    /// What the figure counts (killed, wounded ...).
    pub measure: String,
    /// Whom it counts.
    pub actor: String,
    /// The document that states it.
    pub doc_id: String,
    /// The claim.
    pub claim_id: String,
    /// Who states it.
    #[schema(value_type = Object)]
    pub source: SourceRecord,
    /// Lowest value.
    pub low: Option<u64>,
    /// Highest value.
    pub high: Option<u64>,
    /// Whether it was stated as approximate.
    pub approx: bool,
    /// The words of a figure given without a number ("dozens").
    pub vague: Option<String>,
    /// The date the figure stands at, when the text gives one.
    pub as_of: Option<String>,
}

/// A dated figure of a running toll.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct OverTime {
    /// What the figure counts.
    pub measure: String,
    /// Whom it counts.
    pub actor: String,
    /// The date it stands at: its `as_of`, else the start of its time.
    pub date: String,
    /// Lowest value.
    pub low: Option<u64>,
    /// Highest value.
    pub high: Option<u64>,
    /// The claim.
    pub claim_id: String,
}

/// A facility's holding figure (capacity, people held) at a date.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct SeriesPoint {
    /// capacity or detained.
    pub measure: String,
    /// Its `as_of`, else the start of its time, else its document's publication date.
    pub date: String,
    /// Lowest value.
    pub low: Option<u64>,
    /// Highest value.
    pub high: Option<u64>,
    /// The claim.
    pub claim_id: String,
    /// Its document.
    pub doc_id: String,
}

/// The measures that say how many a facility holds or can hold.
pub const HOLDING_MEASURES: &[&str] = &["capacity", "detained"];

/// Each claim's value with its source, in the claims' order.
pub fn by_source(claims: &[ClaimRecord]) -> Vec<BySource> {
    claims
        .iter()
        .map(|c| BySource {
            measure: c.measure.clone(),
            actor: c.actor.clone(),
            doc_id: c.doc_id.clone(),
            claim_id: c.claim_id.clone(),
            source: c.source.clone(),
            low: c.value.low,
            high: c.value.high,
            approx: c.value.approx,
            vague: c.value.vague.clone(),
            as_of: c.as_of.clone(),
        })
        .collect()
}

/// The claims with a date (their `as_of`, else their time's start), by date; claims of one
/// date keep their order.
pub fn over_time(claims: &[ClaimRecord]) -> Vec<OverTime> {
    let mut points: Vec<OverTime> = claims
        .iter()
        .filter_map(|c| {
            Some(OverTime {
                date: claim_date(c)?,
                measure: c.measure.clone(),
                actor: c.actor.clone(),
                low: c.value.low,
                high: c.value.high,
                claim_id: c.claim_id.clone(),
            })
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date));
    points
}

/// A facility's holding figures by date: each claim of a [`HOLDING_MEASURES`] measure
/// with a number, dated by itself or else by its document's publication.
pub fn series(claims: &[ClaimRecord], documents: &[DocumentRecord]) -> Vec<SeriesPoint> {
    let published = |doc_id: &str| {
        documents
            .iter()
            .find(|d| d.doc_id == doc_id)
            .and_then(|d| d.published.as_deref())
            .map(|p| p.get(..10).unwrap_or(p).to_owned())
    };
    let mut points: Vec<SeriesPoint> = claims
        .iter()
        .filter(|c| HOLDING_MEASURES.contains(&c.measure.as_str()))
        .filter(|c| c.value.low.is_some() || c.value.high.is_some())
        .filter_map(|c| {
            Some(SeriesPoint {
                date: claim_date(c).or_else(|| published(&c.doc_id))?,
                measure: c.measure.clone(),
                low: c.value.low,
                high: c.value.high,
                claim_id: c.claim_id.clone(),
                doc_id: c.doc_id.clone(),
            })
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date));
    points
}

fn claim_date(c: &ClaimRecord) -> Option<String> {
    c.as_of
        .clone()
        .or_else(|| c.time.start.clone())
        .filter(|d| !d.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;
    use rasid_records::{TimeRecord, ValueRecord};

    fn claim(
        id: &str,
        measure: &str,
        low: Option<u64>,
        as_of: Option<&str>,
        start: Option<&str>,
    ) -> ClaimRecord {
        ClaimRecord {
            claim_id: id.into(),
            doc_id: id.split('#').next().unwrap_or(id).into(),
            measure: measure.into(),
            unit: "people".into(),
            actor: "ISIS".into(),
            value: ValueRecord {
                low,
                high: low,
                ..ValueRecord::default()
            },
            source: SourceRecord {
                kind: "author".into(),
                ..SourceRecord::default()
            },
            hedge: "asserted".into(),
            time: TimeRecord {
                start: start.map(Into::into),
                precision: "day".into(),
                ..TimeRecord::default()
            },
            as_of: as_of.map(Into::into),
            ..ClaimRecord::default()
        }
    }

    #[test]
    fn running_tolls_are_dated_by_as_of_then_by_time_and_sorted() {
        let claims = [
            claim(
                "a#1",
                "killed",
                Some(20),
                Some("2022-01-25"),
                Some("2022-01-20"),
            ),
            claim("a#2", "killed", Some(5), None, Some("2022-01-21")),
            claim("b#1", "killed", Some(9), None, None),
            claim("b#2", "killed", Some(7), Some(""), Some("2022-01-22")),
        ];
        let points = over_time(&claims);
        let got: Vec<(&str, &str)> = points
            .iter()
            .map(|p| (p.claim_id.as_str(), p.date.as_str()))
            .collect();
        // (claim, date): undated left out; an empty as_of is no date.
        let want = [("a#2", "2022-01-21"), ("a#1", "2022-01-25")];
        assert_eq!(got, want);
        assert_eq!(by_source(&claims).len(), 4);
    }

    #[test]
    fn series_keep_holding_figures_dated_by_the_document_when_need_be() {
        let doc = DocumentRecord {
            doc_id: "c".into(),
            url: None,
            outlet: None,
            title: None,
            author: None,
            published: Some("2021-03-04T10:00:00".into()),
            language: "en".into(),
            sha256: String::new(),
            chars: 0,
            duplicate_of: None,
            origin: String::new(),
        };
        let claims = [
            claim("c#1", "detained", Some(5000), None, None),
            claim("c#2", "capacity", Some(1200), Some("2019-01"), None),
            claim("c#3", "killed", Some(3), Some("2019-01"), None),
            claim("c#4", "capacity", None, Some("2019-02"), None),
            claim("d#1", "detained", Some(10), None, None),
        ];
        let got: Vec<(String, String)> = series(&claims, &[doc])
            .into_iter()
            .map(|p| (p.claim_id, p.date))
            .collect();
        let want = [
            ("c#2".to_owned(), "2019-01".to_owned()),
            ("c#1".to_owned(), "2021-03-04".to_owned()),
        ];
        assert_eq!(got, want);
    }
}
