// The smaller pages: the list of facilities, one claim in its article, one document with
// all its claims marked, and full-text search.
import { api } from "../api.js";
import { h, replaceChildren } from "../dom.js";
import { formatValue } from "../format.js";
import { actorLabel, facilityKindLabel, formatDate, formatNumber, hedgeLabel, measureLabel, t } from "../i18n.js";
import { markedArticle } from "../evidence.js";
import { sourceLine } from "./dossier.js";
import { facilityName } from "./facility.js";
import { governorateLabel, loadGeo } from "./mapview.js";

/** A search snippet with the words the store found (between [ and ]) in <mark>s. */
export function snippetParts(snippet) {
  return (snippet ?? "").split(/\[([^\]]*)\]/).map((part, index) => (index % 2 ? h("mark", {}, part) : part));
}

/** The detention facilities and camps with their incident counts. */
export async function renderFacilities(root) {
  replaceChildren(root, h("p", { class: "status" }, t("loading")));
  const [rows, geo] = await Promise.all([api.facilities(), loadGeo().catch(() => null)]);
  rows.sort((a, b) => (b.incidents ?? 0) - (a.incidents ?? 0) || facilityName(a.facility).localeCompare(facilityName(b.facility)));
  replaceChildren(
    root,
    h(
      "section",
      { class: "panel page" },
      h("h1", {}, t("facilities")),
      h(
        "table",
        { class: "table" },
        h("thead", {}, h("tr", {}, h("th", {}, t("facility")), h("th", {}, t("kind")), h("th", {}, t("governorate")), h("th", {}, t("incidents")))),
        h(
          "tbody",
          {},
          rows.map(({ facility, incidents }) =>
            h(
              "tr",
              { dataset: { facilityId: facility.id } },
              h("td", {}, h("a", { href: `#/facility/${encodeURIComponent(facility.id)}`, dir: "auto" }, facilityName(facility))),
              h("td", {}, facilityKindLabel(facility.kind)),
              h("td", {}, governorateLabel(geo?.admin, facility.governorate) ?? ""),
              h("td", { class: "number" }, formatNumber(incidents ?? 0)),
            ),
          ),
        ),
      ),
    ),
  );
}

function claimSummary(claim) {
  return [
    h("strong", {}, formatValue(claim.value, claim.unit)),
    ` ${measureLabel(claim.measure)}`,
    claim.actor ? ` · ${actorLabel(claim.actor)}` : "",
    ` · ${t("source")}: `,
    h("span", { dir: "auto" }, sourceLine(claim.source)),
    ` · ${hedgeLabel(claim.hedge)}`,
  ];
}

function documentHead(document) {
  return h(
    "p",
    { class: "muted" },
    document.outlet ?? "",
    document.published ? ` · ${formatDate(document.published)}` : "",
    document.url ? [" · ", h("a", { href: document.url, target: "_blank", rel: "noopener noreferrer" }, t("openSource"))] : "",
  );
}

/** One claim: its figure and source, its evidence marked in the whole article. */
export async function renderClaim(root, id) {
  replaceChildren(root, h("p", { class: "status" }, t("loading")));
  const { claim, document, text } = await api.claim(id);
  const article = markedArticle(text ?? "", [claim], document);
  replaceChildren(
    root,
    h(
      "article",
      { class: "panel page claim-page", dataset: { claimId: claim.claim_id } },
      h("h1", {}, t("claim"), " ", h("bdi", {}, claim.claim_id)),
      h("p", {}, claimSummary(claim)),
      claim.incident_id ? h("p", {}, h("a", { href: `#/incident/${encodeURIComponent(claim.incident_id)}` }, claim.incident_id)) : null,
      h("h2", { dir: "auto" }, h("a", { href: `#/document/${encodeURIComponent(document.doc_id)}` }, document.title || document.doc_id)),
      documentHead(document),
      article,
    ),
  );
  article.querySelector("mark")?.scrollIntoView({ block: "center" });
}

/** One document: its text with every claim's evidence marked, and the claims listed. */
export async function renderDocument(root, id) {
  replaceChildren(root, h("p", { class: "status" }, t("loading")));
  const { document, text, claims } = await api.document(id);
  replaceChildren(
    root,
    h(
      "article",
      { class: "panel page document-page", dataset: { docId: document.doc_id } },
      h("h1", { dir: "auto" }, document.title || document.doc_id),
      documentHead(document),
      h(
        "ol",
        { class: "claim-list" },
        (claims ?? []).map((claim) => h("li", {}, h("a", { href: `#/claim/${encodeURIComponent(claim.claim_id)}` }, claimSummary(claim)))),
      ),
      markedArticle(text ?? "", claims ?? [], document),
    ),
  );
}

/** Full-text search over the stored documents. */
export async function renderSearch(root, q) {
  if (!q) {
    replaceChildren(root, h("section", { class: "panel page" }, h("h1", {}, t("search"))));
    return;
  }
  replaceChildren(root, h("p", { class: "status" }, t("loading")));
  const results = await api.search(q);
  replaceChildren(
    root,
    h(
      "section",
      { class: "panel page" },
      h("h1", {}, t("search"), ": ", h("bdi", {}, q), " ", h("span", { class: "count" }, formatNumber(results.length))),
      results.length
        ? h(
            "ol",
            { class: "search-results" },
            results.map((result) =>
              h(
                "li",
                {},
                h("a", { href: `#/document/${encodeURIComponent(result.doc_id)}`, dir: "auto" }, result.title || result.doc_id),
                h("p", { dir: "auto", class: "muted" }, snippetParts(result.snippet)),
              ),
            ),
          )
        : h("p", {}, t("noResults")),
    ),
  );
}
