// The map with no tile server: Natural Earth country borders (world-atlas) and the
// gazetteer's governorate and district polygons, both TopoJSON served by rasid itself,
// under circle markers sized by each incident's casualties.
import L from "leaflet";
import { feature } from "topojson-client";
import { casualties, markerRadius, tollLine } from "./format.js";
import { formatWhen, language, t } from "./i18n.js";

/** Syria and Iraq, the gazetteer's extent: the first view before any marker. */
const REGION = [
  [29.0, 35.5],
  [37.4, 48.7],
];

const ACLED_COLOURS = {
  Battles: "#c0392b",
  "Explosions/Remote violence": "#d35400",
  "Violence against civilians": "#8e44ad",
  "Strategic developments": "#2c3e50",
  Riots: "#2471a3",
  Protests: "#1e8449",
};

/** The ACLED event type of each SPEC event type (data/events/event_types.tsv). */
const ACLED_OF_TYPE = {
  attack: "Battles",
  armed_clash: "Battles",
  vbied: "Explosions/Remote violence",
  suicide_bombing: "Explosions/Remote violence",
  ied: "Explosions/Remote violence",
  airstrike: "Explosions/Remote violence",
  drone_strike: "Explosions/Remote violence",
  shelling: "Explosions/Remote violence",
  riot: "Riots",
  protest: "Protests",
  execution: "Violence against civilians",
  hostage_taking: "Violence against civilians",
  escape: "Strategic developments",
  attempted_escape: "Strategic developments",
  surrender: "Strategic developments",
  arrest: "Strategic developments",
  siege: "Strategic developments",
  security_operation: "Strategic developments",
};

/** An incident's ACLED event type: its own, else that of its first event type. */
export function acledType(incident) {
  return incident.acled?.event_type ?? ACLED_OF_TYPE[incident.event_types?.[0]] ?? null;
}

/** The marker colour of an incident: its ACLED event type's. */
export function incidentColour(incident) {
  return ACLED_COLOURS[acledType(incident)] ?? "#555";
}

/** The colours in use, for the map's legend: `[[ACLED type, colour]]`. */
export function legendEntries(incidents) {
  const used = new Set(incidents.map(acledType).filter(Boolean));
  return Object.entries(ACLED_COLOURS).filter(([type]) => used.has(type));
}

/**
 * A Leaflet map in `container` with the base layers drawn from the two TopoJSON layers.
 * Returns `{map, setGovernorateNames()}`; governorate outlines are heavier than districts,
 * which appear from zoom 7.
 */
export function createBaseMap(container, { countries, admin }, options = {}) {
  const map = L.map(container, {
    zoomSnap: 0.25,
    minZoom: 2,
    maxZoom: 13,
    worldCopyJump: false,
    attributionControl: true,
    ...options,
  });
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(
    `Natural Earth (world-atlas) · Who's On First, GeoNames, Quattroshapes · <a href="/assets/LICENSES.txt" target="_blank" rel="noopener">${t("licences")}</a>`,
  );

  // The borders are drawn on canvas (thousands of rings, no interaction): far quicker to
  // draw than SVG paths; markers stay SVG so that each is an element one can click.
  const canvas = L.canvas({ padding: 0.3, pane: "base" });
  map.createPane("base").style.zIndex = 200;
  map.createPane("admin").style.zIndex = 250;
  map.getPane("base").style.pointerEvents = "none";
  map.getPane("admin").style.pointerEvents = "none";

  // The view first: layers added to a map that has one are projected once, at its zoom.
  map.fitBounds(REGION);
  if (countries?.objects?.countries) {
    L.geoJSON(feature(countries, countries.objects.countries), {
      pane: "base",
      renderer: canvas,
      interactive: false,
      style: { color: "#8f8677", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 },
    }).addTo(map);
  }
  let districts = null;
  if (admin?.objects?.districts) {
    districts = L.geoJSON(feature(admin, admin.objects.districts), {
      pane: "admin",
      renderer: canvas,
      interactive: false,
      style: { color: "#b3a995", weight: 0.5, dashArray: "2 3", fill: false },
    });
  }
  if (admin?.objects?.governorates) {
    L.geoJSON(feature(admin, admin.objects.governorates), {
      pane: "admin",
      renderer: canvas,
      interactive: false,
      style: { color: "#7d705a", weight: 1.2, fill: false },
    }).addTo(map);
  }
  const showDistricts = () => {
    if (!districts) return;
    if (map.getZoom() >= 7 && !map.hasLayer(districts)) districts.addTo(map);
    if (map.getZoom() < 7 && map.hasLayer(districts)) map.removeLayer(districts);
  };
  map.on("zoomend", showDistricts);
  showDistricts();
  return map;
}

/** Where an incident goes on the map, or null when it has no coordinates. */
export function incidentLatLon(incident) {
  const lat = incident.place?.lat;
  const lon = incident.place?.lon;
  return Number.isFinite(lat) && Number.isFinite(lon) ? [lat, lon] : null;
}

/**
 * Draws one circle marker per placed incident into a fresh layer group (replacing
 * `previous`), biggest first so that small ones stay clickable; `onOpen(id)` on click.
 * Each marker's SVG path carries `data-incident-id`.
 */
export function drawIncidentMarkers(map, incidents, onOpen, previous) {
  if (previous) map.removeLayer(previous);
  const layer = L.featureGroup();
  const placed = incidents
    .map((incident) => ({ incident, at: incidentLatLon(incident), size: casualties(incident) }))
    .filter((entry) => entry.at)
    .sort((a, b) => b.size - a.size);
  for (const { incident, at, size } of placed) {
    const colour = incidentColour(incident);
    const marker = L.circleMarker(at, {
      radius: markerRadius(size),
      color: colour,
      weight: 1,
      fillColor: colour,
      fillOpacity: 0.35,
      className: "incident-marker",
    });
    marker.incident = incident;
    layer.addLayer(marker);
  }
  // One tooltip and one click handler for the whole group (thousands of markers): the
  // tooltip's words are made when it opens.
  layer.bindTooltip(
    (marker) => {
      const incident = marker.incident;
      return `${incident.title ?? incident.incident_id}\n${formatWhen(incident.start, incident.end)} · ${tollLine(incident)}`;
    },
    { direction: "top", className: "incident-tip", opacity: 0.95 },
  );
  layer.on("click", (event) => onOpen(event.layer.incident.incident_id));
  layer.addTo(map);
  layer.eachLayer((marker) => {
    const element = marker.getElement();
    if (element) {
      element.dataset.incidentId = marker.incident.incident_id;
      element.setAttribute("role", "link");
      element.setAttribute("aria-label", marker.incident.title ?? marker.incident.incident_id);
    }
  });
  return { layer, placed: placed.length, language: language() };
}
