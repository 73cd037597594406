//! The records rasid emits, as SPEC.md fixes them: [`DocumentRecord`], [`ClaimRecord`] and
//! [`IncidentRecord`], one JSON object a line in `documents.jsonl`, `claims.jsonl` and
//! `incidents.jsonl`.
//!
//! These are the edge of the pipeline: the extractor's claims borrow the text and the
//! knowledge, these own their strings, so that they can be written, stored, read back,
//! linked across documents and exported. Field names and meanings are SPEC.md's; fields
//! beyond it are added at the end of each record, never renamed. Field order is the order
//! written.
#![deny(missing_docs)]

use serde::{Deserialize, Serialize};

/// One input document (SPEC.md's `documents.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// The document's id: the input's, or the file name without extension.
    pub doc_id: String,
    /// Where it was published, when known.
    pub url: Option<String>,
    /// The outlet that published it, when known.
    pub outlet: Option<String>,
    /// Its title, when known.
    pub title: Option<String>,
    /// Its author, when known.
    pub author: Option<String>,
    /// When it was published (ISO date or date-time), when known.
    pub published: Option<String>,
    /// `ar`, `en` or `und`.
    pub language: String,
    /// SHA-256 of its text, hex.
    pub sha256: String,
    /// Its length in characters.
    pub chars: usize,
    /// An earlier document with the same or nearly the same body (a syndicated copy).
    pub duplicate_of: Option<String>,
    /// Where it was read from (a file, a zip member, a line of a JSON Lines file).
    pub origin: String,
}

/// A figure's value (SPEC.md's `value`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ValueRecord {
    /// Inclusive lower bound, null where open.
    pub low: Option<u64>,
    /// Inclusive upper bound, null where open.
    pub high: Option<u64>,
    /// A hedged figure (قرابة، نحو، about).
    pub approx: bool,
    /// dozens, hundreds, thousands, unspecified; null for a figure with a number.
    pub vague: Option<String>,
}

/// Who states a figure (SPEC.md's `source`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SourceRecord {
    /// author, named or unnamed.
    pub kind: String,
    /// The party's actor id, when it has one.
    pub actor: Option<String>,
    /// The words that name the source.
    pub text: Option<String>,
}

/// When a figure's event happened (SPEC.md's `time`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRecord {
    /// Start, ISO, at the precision; null when unresolved.
    pub start: Option<String>,
    /// End (exclusive), ISO, at the precision; null when unresolved.
    pub end: Option<String>,
    /// minute, hour, day, month, year, window or unresolved.
    pub precision: String,
    /// The words that say when.
    pub text: Option<String>,
}

/// A place of the gazetteer, as records carry it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceRecord {
    /// The gazetteer id.
    pub id: String,
    /// Its English name where the gazetteer has one, else the Arabic.
    pub name: String,
    /// Latitude, WGS84.
    pub lat: f64,
    /// Longitude, WGS84.
    pub lon: f64,
    /// Its governorate (first-level division), when known.
    pub admin1: Option<String>,
    /// ISO 3166 alpha-2.
    pub country: String,
    /// How precise the point is: facility, neighbourhood, town, district, governorate,
    /// country.
    pub precision: String,
}

/// Byte offsets into the original document text and the words they hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceRecord {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// `text[start..end]` of the original document.
    pub text: String,
}

/// One figure one document states (SPEC.md's `claims.jsonl`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ClaimRecord {
    /// `doc_id#n`, n from 1 in text order.
    pub claim_id: String,
    /// The document that states it.
    pub doc_id: String,
    /// The incident it belongs to; null for a description (a facility's capacity).
    pub incident_id: Option<String>,
    /// The facility its sentence names.
    pub facility: Option<String>,
    /// The event type of its sentence's event word.
    pub event_type: Option<String>,
    /// killed, wounded, captured, executed, arrested, escaped, attempted_escape,
    /// surrendered, detained, capacity, attackers, participants, duration.
    pub measure: String,
    /// people, days, hours, attempts.
    pub unit: String,
    /// Whom it counts: an actor id, UNKNOWN when the text does not say.
    pub actor: String,
    /// The words that name whom it counts.
    pub actor_text: Option<String>,
    /// The figure.
    pub value: ValueRecord,
    /// Who states it.
    pub source: SourceRecord,
    /// asserted, attributed, believed or disputed.
    pub hedge: String,
    /// When its event happened.
    pub time: TimeRecord,
    /// The date or day (`day 3`) a running toll describes.
    pub as_of: Option<String>,
    /// Where.
    pub place: Option<PlaceRecord>,
    /// The clause or sentence that states it.
    pub evidence: EvidenceRecord,
    /// The claim id of the figure it is a part of.
    pub part_of: Option<String>,
    /// The measure of a verb coordinated with this one over the same count.
    pub combined_with: Option<String>,
    /// What a reader should know (a part larger than its whole ...).
    pub notes: Vec<String>,
}

/// An incident's start or end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IncidentTime {
    /// ISO date or date-time at the precision; null when unresolved.
    pub date: Option<String>,
    /// minute, hour, day, month, year, window or unresolved.
    pub precision: String,
    /// The words that say when, for an unresolved time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

/// One measure and actor of an incident, reconciled over its claims.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FigureRecord {
    /// The measure.
    pub measure: String,
    /// Whom it counts.
    pub actor: String,
    /// The lowest figure the claims allow.
    pub low: Option<u64>,
    /// The best estimate.
    pub best: Option<u64>,
    /// The highest figure the claims allow.
    pub high: Option<u64>,
    /// ACLED's figure: the most conservative (lowest) one reported.
    pub acled: Option<u64>,
    /// The claims reconciled.
    pub claims: Vec<String>,
}

/// Claims that cannot all be true, or a statement that contradicts itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContradictionRecord {
    /// The measure (or `date`, `start`, `duration`) they disagree on.
    pub measure: String,
    /// The claims involved.
    pub claims: Vec<String>,
    /// In plain words.
    pub explanation: String,
}

/// One real-world event, across documents (SPEC.md's `incidents.jsonl`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IncidentRecord {
    /// `inc-N`.
    pub incident_id: String,
    /// What, where, when, in a line.
    pub title: Option<String>,
    /// Its event types (SPEC.md's list).
    pub event_types: Vec<String>,
    /// When it started.
    pub start: Option<IncidentTime>,
    /// When it ended.
    pub end: Option<IncidentTime>,
    /// Where.
    pub place: Option<PlaceRecord>,
    /// The facility it happened at.
    pub facility: Option<String>,
    /// The actors its claims count.
    pub actors: Vec<String>,
    /// The documents that report it.
    pub documents: Vec<String>,
    /// Its claims.
    pub claims: Vec<String>,
    /// Its figures, reconciled per measure and actor.
    pub figures: Vec<FigureRecord>,
    /// What its claims disagree on.
    pub contradictions: Vec<ContradictionRecord>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_claim_reads_back_as_written() {
        let claim = ClaimRecord {
            claim_id: "d#1".into(),
            doc_id: "d".into(),
            incident_id: Some("inc-1".into()),
            facility: None,
            event_type: Some("attack".into()),
            measure: "killed".into(),
            unit: "people".into(),
            actor: "SDF".into(),
            actor_text: Some("من قوات قسد".into()),
            value: ValueRecord {
                low: Some(117),
                high: Some(117),
                approx: false,
                vague: None,
            },
            source: SourceRecord {
                kind: "named".into(),
                actor: Some("SDF".into()),
                text: Some("بيان قوات سوريا الديمقراطية".into()),
            },
            hedge: "attributed".into(),
            time: TimeRecord {
                start: None,
                end: None,
                precision: "unresolved".into(),
                text: None,
            },
            as_of: None,
            place: None,
            evidence: EvidenceRecord {
                start: 0,
                end: 10,
                text: "بلغ عدد".into(),
            },
            part_of: None,
            combined_with: None,
            notes: vec![],
        };
        let line = serde_json::to_string(&claim).expect("serialises");
        assert!(line.starts_with("{\"claim_id\":\"d#1\",\"doc_id\":\"d\""));
        let back: ClaimRecord = serde_json::from_str(&line).expect("reads back");
        assert_eq!(back, claim);
    }
}
