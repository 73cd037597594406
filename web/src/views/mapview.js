// The home view: filters (kept in the URL), the map of incidents, the timeline and the
// list. The map is created once per visit and only its markers change with the filters.
import { api } from "../api.js";
import { h, replaceChildren } from "../dom.js";
import { tollLine } from "../format.js";
import { acledTypeLabel, actorLabel, eventTypeLabel, eventTypes, formatNumber, formatWhen, language, t } from "../i18n.js";
import { createBaseMap, drawIncidentMarkers, incidentColour, incidentLatLon, legendEntries } from "../map.js";
import { filtersOf, isDate } from "../route.js";
import { renderTimeline } from "../timeline.js";

/** The API's largest page: the map shows up to this many incidents at once. */
const MAP_LIMIT = 5000;
/** Rows of the side list drawn at first (the rest on demand). */
const LIST_STEP = 200;

/** Resolves after the browser's next paint (a frame, then a task after it). */
function afterPaint() {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

let geoData = null;
/** Where the map was when the view was left (a dossier, a language switch): kept on return. */
let lastView = null;
/** Both map layers, fetched once per page load. */
export function loadGeo() {
  geoData ??= Promise.all([api.countries(), api.admin()]).then(([countries, admin]) => ({ countries, admin }));
  return geoData;
}

/** A governorate's name (as the records write it, in English) in the current language. */
export function governorateLabel(admin, value) {
  return governorateNames(admin)(value);
}

/** The governorate names in the current language, from the admin layer. */
function governorateNames(admin) {
  const names = new Map();
  for (const geometry of admin?.objects?.governorates?.geometries ?? []) {
    const properties = geometry.properties ?? {};
    if (properties.name_en) names.set(properties.name_en.toLowerCase(), properties);
  }
  return (value) => {
    const properties = names.get((value ?? "").toLowerCase());
    if (!properties) return value;
    return language() === "ar" ? properties.name_ar || value : properties.name_en || value;
  };
}

function selectField(name, label, current, options) {
  const select = h("select", { name, id: `filter-${name}` }, h("option", { value: "" }, t("any")));
  for (const [value, text] of options) {
    select.appendChild(h("option", { value, selected: value === current }, text));
  }
  return h("label", { class: "field" }, h("span", {}, label), select);
}

/**
 * Mounts the map view into `root`. `navigate(params, {replace})` writes new filters to the
 * URL; the router then calls the returned `update(params)`.
 */
export function mountMapView(root, params, { navigate, openIncident }) {
  const form = h("form", { class: "filters", role: "search" });
  const listHeader = h("div", { class: "list-header" });
  const list = h("ol", { class: "incident-list" });
  const mapElement = h("div", { id: "map", class: "map", "aria-label": t("map") });
  const timeline = h("div", { class: "timeline", title: t("timeline") });
  const status = h("div", { class: "status", role: "status" });
  const legend = h("div", { class: "map-legend" });
  replaceChildren(
    root,
    h(
      "section",
      { class: "map-view" },
      h(
        "aside",
        { class: "sidebar" },
        h("details", { class: "filters-box", open: window.innerWidth > 800 }, h("summary", {}, t("filters")), form),
        listHeader,
        list,
      ),
      h("div", { class: "map-main" }, mapElement, legend, h("div", { class: "timeline-box" }, h("div", { class: "timeline-caption" }, t("timeline")), timeline), status),
    ),
  );

  let state = { params: { ...params }, timelineItems: [], items: [], total: 0, geo: null, map: null, markers: null, request: 0 };

  const writeFilters = (changes, options) => navigate({ ...filtersOf(state.params), ...changes }, options);

  function renderForm() {
    const filters = filtersOf(state.params);
    const governorates = new Set(state.timelineItems.map((incident) => incident.place?.admin1).filter(Boolean));
    if (filters.governorate) governorates.add(filters.governorate);
    const actors = new Set(state.timelineItems.flatMap((incident) => incident.actors ?? []));
    if (filters.actor) actors.add(filters.actor);
    const nameOf = governorateNames(state.geo?.admin);
    const byLabel = (a, b) => a[1].localeCompare(b[1], language());
    replaceChildren(
      form,
      h(
        "div",
        { class: "field-row" },
        h("label", { class: "field" }, h("span", {}, t("since")), h("input", { type: "date", name: "since", value: filters.since ?? "" })),
        h("label", { class: "field" }, h("span", {}, t("until")), h("input", { type: "date", name: "until", value: filters.until ?? "" })),
      ),
      selectField("governorate", t("governorate"), filters.governorate, [...governorates].map((g) => [g, nameOf(g)]).sort(byLabel)),
      selectField("actor", t("actor"), filters.actor, [...actors].map((a) => [a, actorLabel(a)]).sort(byLabel)),
      selectField("type", t("type"), filters.type, eventTypes().map((type) => [type, eventTypeLabel(type)])),
      h("label", { class: "field" }, h("span", {}, t("text")), h("input", { type: "search", name: "q", value: filters.q ?? "", placeholder: t("searchPlaceholder") })),
      h("label", { class: "check" }, h("input", { type: "checkbox", name: "inview", checked: Boolean(filters.bbox) }), t("inView")),
      h(
        "div",
        { class: "field-row" },
        h("button", { type: "submit" }, t("apply")),
        h("button", { type: "button", class: "secondary", onclick: () => navigate({}) }, t("clear")),
      ),
    );
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const changes = {};
    for (const key of ["since", "until", "governorate", "actor", "type", "q"]) {
      const value = String(data.get(key) ?? "").trim();
      changes[key] = (key === "since" || key === "until") && !isDate(value) ? "" : value;
    }
    changes.bbox = data.get("inview") ? boundsParam() : "";
    writeFilters(changes);
  });
  form.addEventListener("change", (event) => {
    if (event.target.name !== "q") form.requestSubmit();
  });

  function boundsParam() {
    if (!state.map) return "";
    const bounds = state.map.getBounds();
    return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map((value) => value.toFixed(3)).join(",");
  }

  function renderList() {
    const placed = state.items.filter((incident) => incidentLatLon(incident)).length;
    replaceChildren(
      listHeader,
      h("h2", {}, t("incidents"), " ", h("span", { class: "count" }, t("shown", formatNumber(state.items.length), formatNumber(state.total)))),
      state.items.length > placed ? h("div", { class: "muted" }, `${formatNumber(state.items.length - placed)} ${t("noPlace")}`) : null,
    );
    list.replaceChildren();
    const addRows = (from) => {
      for (const incident of state.items.slice(from, from + LIST_STEP)) {
        list.appendChild(
          h(
            "li",
            { class: "incident-row", dataset: { incidentId: incident.incident_id } },
            h("span", { class: "dot", style: `background:${incidentColour(incident)}` }),
            h(
              "a",
              { href: `#/incident/${encodeURIComponent(incident.incident_id)}` },
              h("strong", { dir: "auto" }, incident.title ?? incident.incident_id),
              h("br"),
              h("small", {}, formatWhen(incident.start, incident.end), " · ", tollLine(incident)),
            ),
          ),
        );
      }
      if (state.items.length > from + LIST_STEP) {
        const more = h("li", { class: "more" }, h("button", { type: "button", class: "secondary" }, t("more")));
        more.firstChild.addEventListener("click", () => {
          more.remove();
          addRows(from + LIST_STEP);
        });
        list.appendChild(more);
      }
    };
    addRows(0);
  }

  function drawTimeline() {
    renderTimeline(timeline, state.timelineItems, state.params, (since, until) => writeFilters({ since, until }));
  }

  function createMap(geo, filters) {
    state.map = createBaseMap(mapElement, geo);
    if (lastView) state.map.setView(lastView.center, lastView.zoom, { animate: false });
    state.map.on("moveend", () => {
      lastView = { center: state.map.getCenter(), zoom: state.map.getZoom() };
      if (state.params.bbox) writeFilters({ bbox: boundsParam() }, { replace: true });
    });
    const bbox = (filters.bbox ?? "").split(",").map(Number);
    if (bbox.length === 4 && bbox.every(Number.isFinite)) {
      state.map.fitBounds([
        [bbox[1], bbox[0]],
        [bbox[3], bbox[2]],
      ]);
    }
  }

  async function load() {
    const request = ++state.request;
    const filters = filtersOf(state.params);
    const { since: _since, until: _until, ...untimed } = filters;
    status.textContent = t("loading");
    try {
      const pages = Promise.all([
        api.incidents({ ...filters, limit: MAP_LIMIT }),
        filters.since || filters.until ? api.incidents({ ...untimed, limit: MAP_LIMIT }) : null,
      ]);
      // The base map is drawn while the incidents are on their way.
      const geo = await loadGeo();
      if (request !== state.request) return;
      state.geo = geo;
      if (!state.map) createMap(geo, filters);
      const [page, all] = await pages;
      if (request !== state.request) return;
      state.items = page.items ?? [];
      state.total = page.total ?? state.items.length;
      state.timelineItems = all ? all.items ?? [] : state.items;
      performance.mark("rasid:data");
      state.markers = drawIncidentMarkers(state.map, state.items, openIncident, state.markers?.layer).layer;
      if (!document.documentElement.dataset.mapDrawn) {
        // Marked once the browser has painted the layers and markers (the first-load figure).
        await afterPaint();
        if (request !== state.request) return;
        document.documentElement.dataset.mapDrawn = "1";
        performance.mark("rasid:map-drawn");
      }
      renderForm();
      renderList();
      replaceChildren(
        legend,
        legendEntries(state.items).map(([type, colour]) => h("div", {}, h("span", { class: "dot", style: `background:${colour}` }), acledTypeLabel(type))),
        h("div", { class: "muted" }, t("markerSize")),
      );
      drawTimeline();
      status.textContent = "";
      // How many times the view has finished drawing: tests wait for it to move on.
      document.documentElement.dataset.mapLoads = String(Number(document.documentElement.dataset.mapLoads ?? 0) + 1);
      if (!document.documentElement.dataset.viewReady) {
        document.documentElement.dataset.viewReady = "1";
        performance.mark("rasid:view-ready");
      }
    } catch (error) {
      if (request !== state.request) return;
      status.textContent = `${t("error")}: ${error.message}`;
      status.classList.add("error");
    }
  }

  const onResize = () => {
    state.map?.invalidateSize();
    drawTimeline();
  };
  window.addEventListener("resize", onResize);
  load();

  return {
    /** New filters from the URL: refetch unless only the map's own bbox moved. */
    update(next, { quiet = false } = {}) {
      state.params = { ...next };
      if (quiet) return;
      load();
    },
    unmount() {
      window.removeEventListener("resize", onResize);
      state.request++;
      state.map?.remove();
    },
  };
}
