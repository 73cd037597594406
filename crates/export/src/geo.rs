//! A GeoJSON FeatureCollection of incidents (RFC 7946: WGS84, longitude before latitude),
//! one Point feature per incident, for QGIS and any web map. An incident with no place
//! keeps its feature with a null geometry, as RFC 7946 allows, so that nothing is dropped.

use std::io::Write;

use geojson::{Feature, FeatureCollection, Geometry, JsonObject, Value};
use rasid_records::IncidentRecord;
use serde_json::json;

use crate::incident;
use crate::{ExportError, Records, Summary};

/// Writes the collection.
pub fn write(records: Records<'_>, mut out: impl Write) -> Result<Summary, ExportError> {
    let features: Vec<Feature> = records.incidents.iter().map(feature).collect();
    let written = features.len();
    let collection = FeatureCollection {
        bbox: None,
        features,
        foreign_members: None,
    };
    serde_json::to_writer(&mut out, &collection)?;
    out.write_all(b"\n")?;
    out.flush()?;
    Ok(Summary {
        written,
        skipped: 0,
    })
}

fn feature(inc: &IncidentRecord) -> Feature {
    let geometry = inc
        .place
        .as_ref()
        .filter(|p| p.lat.is_finite() && p.lon.is_finite())
        .map(|p| Geometry::new(Value::Point(vec![p.lon, p.lat])));
    let acled = incident::acled_type(inc);
    let deaths: Option<u64> = incident::deaths(inc)
        .map(|f| f.best.or(f.low))
        .sum::<Option<u64>>();
    let mut properties = JsonObject::new();
    let mut put = |k: &str, v: serde_json::Value| {
        properties.insert(k.to_owned(), v);
    };
    put("id", json!(inc.incident_id));
    put("title", json!(inc.title));
    put(
        "start",
        json!(inc.start.as_ref().and_then(|s| s.date.clone())),
    );
    put(
        "start_precision",
        json!(inc.start.as_ref().map(|s| &s.precision)),
    );
    put("end", json!(inc.end.as_ref().and_then(|e| e.date.clone())));
    put(
        "end_precision",
        json!(inc.end.as_ref().map(|e| &e.precision)),
    );
    put("event_types", json!(inc.event_types));
    put("acled_event_type", json!(acled.map(|a| a.event_type)));
    put(
        "acled_sub_event_type",
        json!(acled.map(|a| a.sub_event_type)),
    );
    put("place", json!(inc.place.as_ref().map(|p| &p.name)));
    put(
        "place_precision",
        json!(inc.place.as_ref().map(|p| &p.precision)),
    );
    put(
        "admin1",
        json!(inc.place.as_ref().and_then(|p| p.admin1.clone())),
    );
    put("country", json!(inc.place.as_ref().map(|p| &p.country)));
    put("facility", json!(inc.facility));
    put("actors", json!(inc.actors));
    put("deaths_best", json!(deaths));
    put("figures", json!(inc.figures));
    put("contradictions", json!(inc.contradictions.len()));
    put("documents", json!(inc.documents));
    Feature {
        bbox: None,
        geometry,
        id: Some(geojson::feature::Id::String(inc.incident_id.clone())),
        properties: Some(properties),
        foreign_members: None,
    }
}
