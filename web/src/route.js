// The page's state in its URL (the hash), so that a view and its filters can be bookmarked,
// shared and reloaded: `#/?since=2022-01-01&actor=ISIS`, `#/incident/inc-1`,
// `#/facility/sinaa-prison`, `#/claim/ID`, `#/document/ID`, `#/facilities`, `#/search?q=`.

/** The map's filters, named as the API's query parameters. */
export const FILTERS = ["since", "until", "governorate", "actor", "type", "q", "bbox"];

const VIEWS = new Set(["incident", "facility", "claim", "document", "facilities", "search"]);

/** `{view, id, params}` of a location hash; anything unknown is the map. */
export function parseHash(hash) {
  const text = (hash ?? "").replace(/^#/, "");
  const question = text.indexOf("?");
  const path = question >= 0 ? text.slice(0, question) : text;
  const params = {};
  for (const [key, value] of new URLSearchParams(question >= 0 ? text.slice(question + 1) : "")) {
    if (value !== "") params[key] = value;
  }
  const parts = path.split("/").filter(Boolean);
  const view = parts[0] && VIEWS.has(parts[0]) ? parts[0] : "map";
  let id = null;
  if (parts.length > 1) {
    try {
      id = decodeURIComponent(parts.slice(1).join("/"));
    } catch {
      id = parts.slice(1).join("/");
    }
  }
  if ((view === "incident" || view === "facility" || view === "claim" || view === "document") && !id) {
    return { view: "map", id: null, params };
  }
  return { view, id, params };
}

/** The hash of a route: the inverse of `parseHash`. */
export function formatHash({ view = "map", id = null, params = {} }) {
  const path = view === "map" ? "/" : id !== null && id !== undefined ? `/${view}/${encodeURIComponent(id)}` : `/${view}`;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return `#${path}${query ? `?${query}` : ""}`;
}

/** Only the map's filters of a parameter set, with the empty ones dropped. */
export function filtersOf(params) {
  const filters = {};
  for (const key of FILTERS) {
    if (params[key]) filters[key] = params[key];
  }
  return filters;
}

/** True when `text` is a YYYY-MM-DD date (what the time filters take). */
export function isDate(text) {
  return /^\d{4}-\d{2}-\d{2}$/.test(text ?? "");
}
