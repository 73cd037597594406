// A facility's page: its names and aliases in both languages, its place on a small map,
// its capacity and held population over time (each point a link to its claim), and the
// incidents that happened there.
import { api } from "../api.js";
import { lineChart, seriesByMeasure } from "../charts.js";
import { h, replaceChildren } from "../dom.js";
import { tollLine } from "../format.js";
import { actorLabel, facilityKindLabel, formatNumber, formatWhen, language, t } from "../i18n.js";
import L from "leaflet";
import { createBaseMap } from "../map.js";
import { governorateLabel, loadGeo } from "./mapview.js";

/** A facility's name in the current language, the other as a fallback. */
export function facilityName(facility) {
  return (language() === "ar" ? facility.name_ar || facility.name_en : facility.name_en || facility.name_ar) || facility.id;
}

/** Renders facility `id` into `root`; returns a cleanup for its map. */
export async function renderFacility(root, id) {
  replaceChildren(root, h("p", { class: "status" }, t("loading")));
  const [detail, geo] = await Promise.all([api.facility(id), loadGeo().catch(() => null)]);
  const facility = detail.facility;
  const series = seriesByMeasure(detail.series ?? []);
  const chart = lineChart(series);
  const aliasList = (names, lang) =>
    names?.length ? h("ul", { class: "aliases", lang, dir: lang === "ar" ? "rtl" : "ltr" }, names.map((alias) => h("li", {}, alias))) : null;
  const aliases = [aliasList(facility.aliases_ar, "ar"), aliasList(facility.aliases_en, "en")].filter(Boolean);
  const operators = (facility.operator ?? "").split("|").filter(Boolean).map(actorLabel).join(language() === "ar" ? "، " : ", ");
  const governorate = governorateLabel(geo?.admin, facility.governorate);
  const mapElement = h("div", { class: "mini-map", id: "facility-map" });
  const placed = Number.isFinite(facility.lat) && Number.isFinite(facility.lon);
  replaceChildren(
    root,
    h(
      "article",
      { class: "facility", dataset: { facilityId: facility.id } },
      h(
        "header",
        { class: "dossier-head" },
        h("h1", { dir: "auto" }, facilityName(facility)),
        h("p", { class: "one-line" }, [facilityKindLabel(facility.kind), governorate, operators ? `${t("operator")}: ${operators}` : ""].filter(Boolean).join(" · ")),
        h("p", { class: "muted", dir: "auto" }, language() === "ar" ? facility.name_en : facility.name_ar),
      ),
      h(
        "div",
        { class: "facility-grid" },
        h(
          "section",
          { class: "panel" },
          h("h2", {}, t("aliases")),
          aliases.length ? h("div", { class: "alias-lists" }, aliases) : h("p", { class: "muted" }, "—"),
          h("h2", {}, t("place")),
          h("p", {}, placed ? `${governorate ?? ""} (${facility.lat.toFixed(3)}, ${facility.lon.toFixed(3)})` : governorate ?? "—"),
        ),
        placed ? h("section", { class: "panel" }, mapElement) : null,
      ),
      h("section", { class: "panel" }, h("h2", {}, t("capacityOverTime")), chart ?? h("p", { class: "muted" }, t("noSeries"))),
      h(
        "section",
        { class: "panel" },
        h("h2", {}, t("incidents"), " ", h("span", { class: "count" }, formatNumber((detail.incidents ?? []).length))),
        h(
          "ul",
          { class: "documents" },
          (detail.incidents ?? []).map((incident) =>
            h(
              "li",
              {},
              h("a", { href: `#/incident/${encodeURIComponent(incident.incident_id)}`, dir: "auto" }, incident.title ?? incident.incident_id),
              ` · ${formatWhen(incident.start, incident.end)} · ${tollLine(incident)}`,
            ),
          ),
        ),
      ),
    ),
  );
  document.title = `${facilityName(facility)} · ${t("appName")}`;
  if (!placed || !geo) return () => {};
  const map = createBaseMap(mapElement, geo, { zoomControl: true });
  map.setView([facility.lat, facility.lon], 7);
  L.circleMarker([facility.lat, facility.lon], { radius: 8, color: "#c0392b", fillOpacity: 0.6 }).addTo(map);
  return () => map.remove();
}
