// The HTTP API of `rasid serve` (the contract in ARCHITECTURE.md, crates/serve). Every call
// rejects with an Error whose message is the server's `{"error"}` text or the HTTP status.

/** The response index.html started early for `path`, once; else a new request. */
function request(path) {
  const early = globalThis.rasidEarly;
  if (early && early.path === path) {
    globalThis.rasidEarly = null;
    return early.response;
  }
  return fetch(path, { headers: { Accept: "application/json" } });
}

async function get(path) {
  const response = await request(path);
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const body = await response.json();
      if (body && typeof body.error === "string") message = body.error;
    } catch {
      // not JSON: keep the status line
    }
    const error = new Error(message);
    error.status = response.status;
    throw error;
  }
  return response.json();
}

/** Query string of the non-empty parameters. */
export function queryString(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

const id = (value) => encodeURIComponent(value);

export const api = {
  stats: () => get("/api/stats"),
  incidents: (params) => get(`/api/incidents${queryString(params)}`),
  incident: (incidentId) => get(`/api/incidents/${id(incidentId)}`),
  claim: (claimId) => get(`/api/claims/${id(claimId)}`),
  documents: (params) => get(`/api/documents${queryString(params)}`),
  document: (docId) => get(`/api/documents/${id(docId)}`),
  facilities: () => get("/api/facilities"),
  facility: (facilityId) => get(`/api/facilities/${id(facilityId)}`),
  search: (q, limit = 50) => get(`/api/search${queryString({ q, limit })}`),
  countries: () => get("/geo/countries.json"),
  admin: () => get("/geo/admin.json"),
};
