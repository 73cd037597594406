//! What the codebook formats read off an incident: its ACLED type, its parties, its deaths,
//! its country and its sources.

use std::collections::HashMap;

use rasid_records::{DocumentRecord, FigureRecord, IncidentRecord};

use crate::codebook::{self, AcledType, Actor, Country};
use crate::Records;

/// ACLED's event types from the most to the least telling: an incident with a battle and a
/// car bomb is a battle (ACLED codes the fighting an explosion is part of as Battles), a
/// riot with an escape is a riot.
const ACLED_PRECEDENCE: [&str; 6] = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Riots",
    "Protests",
    "Strategic developments",
];

/// The measures that count the dead.
const DEATHS: [&str; 2] = ["killed", "executed"];

/// ACLED's type of an incident: of its event types, the one of the most telling ACLED
/// event type, the first listed among equals.
pub fn acled_type(incident: &IncidentRecord) -> Option<AcledType> {
    let typed = || {
        incident
            .event_types
            .iter()
            .filter_map(|t| codebook::acled_type(t))
    };
    ACLED_PRECEDENCE
        .iter()
        .find_map(|p| typed().find(|a| a.event_type == *p))
        .or_else(|| typed().next())
}

/// ACLED's disorder type of an event type.
pub fn disorder_type(event_type: &str) -> &'static str {
    match event_type {
        "Battles" | "Explosions/Remote violence" | "Violence against civilians" => {
            "Political violence"
        }
        "Riots" | "Protests" => "Demonstrations",
        _ => "Strategic developments",
    }
}

/// The country the incident happened in.
pub fn country(incident: &IncidentRecord) -> Option<(&str, Option<Country>)> {
    let alpha2 = incident.place.as_ref()?.country.as_str();
    Some((alpha2, codebook::country(alpha2)))
}

/// An actor of an incident with what the codebooks know of it.
#[derive(Debug, Clone, Copy)]
pub struct Party<'a> {
    /// rasid's id.
    pub id: &'a str,
    /// The codebook facts.
    pub actor: Actor,
    /// ACLED's actor type where the incident happened.
    pub inter: Option<u8>,
}

/// The incident's actors the data knows, in the incident's order.
pub fn parties(incident: &IncidentRecord) -> Vec<Party<'_>> {
    let here = country(incident).map(|(c, _)| c);
    incident
        .actors
        .iter()
        .filter_map(|id| {
            let actor = codebook::actor(id)?;
            let inter = actor.inter_in(here);
            inter.map(|_| Party {
                id: id.as_str(),
                actor,
                inter,
            })
        })
        .collect()
}

/// The armed parties (ACLED types 1-4 and 8) and the civilian ones (7), apart.
pub fn armed_and_civilian<'a>(parties: &[Party<'a>]) -> (Vec<Party<'a>>, Vec<Party<'a>>) {
    parties
        .iter()
        .filter(|p| p.inter != Some(5) && p.inter != Some(6))
        .partition(|p| !p.actor.is_civilian())
}

/// The incident's figures of the dead.
pub fn deaths(incident: &IncidentRecord) -> impl Iterator<Item = &FigureRecord> {
    incident
        .figures
        .iter()
        .filter(|f| DEATHS.contains(&f.measure.as_str()))
}

/// The documents of the incident, in its order, that the records hold.
pub fn documents<'a>(
    incident: &IncidentRecord,
    by_id: &HashMap<&str, &'a DocumentRecord>,
) -> Vec<&'a DocumentRecord> {
    incident
        .documents
        .iter()
        .filter_map(|id| by_id.get(id.as_str()).copied())
        .collect()
}

/// Documents by id.
pub fn documents_by_id<'a>(records: Records<'a>) -> HashMap<&'a str, &'a DocumentRecord> {
    records
        .documents
        .iter()
        .map(|d| (d.doc_id.as_str(), d))
        .collect()
}

/// The distinct outlets of some documents, in order.
pub fn outlets(documents: &[&DocumentRecord]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for o in documents.iter().filter_map(|d| d.outlet.as_ref()) {
        if !out.contains(o) {
            out.push(o.clone());
        }
    }
    out
}

/// `low-high`, `low` or `low+` for a figure's bounds.
pub fn bounds(low: Option<u64>, high: Option<u64>) -> String {
    match (low, high) {
        (Some(l), Some(h)) if l == h => l.to_string(),
        (Some(l), Some(h)) => format!("{l}-{h}"),
        (Some(l), None) => format!("{l}+"),
        (None, Some(h)) => format!("up to {h}"),
        (None, None) => "unknown".to_owned(),
    }
}
