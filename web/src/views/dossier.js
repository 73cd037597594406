// An incident's dossier: the event in one line, its figures as low / best / high bars with
// each source's value, running tolls over time, the contradictions explained, and every
// claim with its evidence marked inside the original article, linked to the source.
import { api } from "../api.js";
import { figureBars, lineChart, seriesByMeasure } from "../charts.js";
import { h, replaceChildren } from "../dom.js";
import { formatValue } from "../format.js";
import { actorLabel, eventTypeLabel, formatDate, formatNumber, formatWhen, hedgeLabel, language, measureLabel, sourceKindLabel, t } from "../i18n.js";
import { evidencePassage, markedArticle } from "../evidence.js";
import { governorateLabel, loadGeo } from "./mapview.js";

/** "attack, car bomb · 20–29 January 2022 · al-Sina'a prison, al-Hasakah, SY". */
export function oneLine(incident, governorate = (name) => name) {
  const types = (incident.event_types ?? []).map(eventTypeLabel).join(language() === "ar" ? "، " : ", ");
  const when = formatWhen(incident.start, incident.end);
  const where = [incident.place?.name, governorate(incident.place?.admin1), incident.place?.country].filter(Boolean).join(language() === "ar" ? "، " : ", ");
  return [types, when, where].filter(Boolean).join(" · ");
}

/** Who states a claim, in words: the source's own words, else its actor, else its kind. */
export function sourceLine(source) {
  if (!source) return "";
  const who = source.text || (source.actor ? actorLabel(source.actor) : "");
  const kind = sourceKindLabel(source.kind);
  return who ? `${who} (${kind})` : kind;
}

function claimCard(claim, documents, texts) {
  const document = documents.get(claim.doc_id);
  const text = texts.get(claim.doc_id);
  const when = claim.as_of ? `${t("asOf")} ${formatDate(claim.as_of)}` : claim.time?.start ? formatWhen(claim.time) : "";
  const full = h("details", { class: "full-article" }, h("summary", {}, t("fullArticle")));
  full.addEventListener(
    "toggle",
    () => {
      if (full.open && text !== undefined && full.children.length === 1) {
        const article = markedArticle(text, [claim], document ?? claim);
        full.appendChild(article);
        article.querySelector("mark")?.scrollIntoView({ block: "center" });
      }
    },
  );
  return h(
    "article",
    { class: "claim-card", id: `claim-${claim.claim_id}`, dataset: { claimId: claim.claim_id } },
    h(
      "header",
      {},
      h("strong", { class: "claim-value" }, formatValue(claim.value, claim.unit)),
      " ",
      measureLabel(claim.measure),
      claim.actor ? ` · ${actorLabel(claim.actor)}` : "",
      when ? h("span", { class: "muted" }, ` · ${when}`) : "",
    ),
    h(
      "div",
      { class: "claim-meta" },
      `${t("source")}: `,
      h("span", { dir: "auto" }, sourceLine(claim.source)),
      ` · ${hedgeLabel(claim.hedge)}`,
      document?.url ? [" · ", h("a", { href: document.url, target: "_blank", rel: "noopener noreferrer" }, document.outlet || t("openSource"))] : "",
      " · ",
      h("a", { href: `#/claim/${encodeURIComponent(claim.claim_id)}` }, "#"),
    ),
    text !== undefined ? evidencePassage(text, claim, document ?? claim) : h("blockquote", { class: "evidence", dir: "auto" }, claim.evidence?.text ?? ""),
    text !== undefined ? full : null,
  );
}

function contradictionItem(contradiction, claimsById) {
  return h(
    "li",
    { class: "contradiction" },
    h("strong", {}, measureLabel(contradiction.measure), contradiction.actor ? ` · ${actorLabel(contradiction.actor)}` : ""),
    ": ",
    h("span", { dir: "auto" }, contradiction.explanation ?? ""),
    h(
      "ul",
      {},
      (contradiction.claims ?? []).map((id) => {
        const claim = claimsById.get(id);
        return h(
          "li",
          {},
          h("a", { href: `#claim-${id}` }, claim ? formatValue(claim.value, claim.unit) : id),
          claim ? [" — ", h("span", { dir: "auto" }, sourceLine(claim.source)), " — ", h("q", { dir: "auto" }, claim.evidence?.text ?? "")] : "",
        );
      }),
    ),
  );
}

/** Renders the dossier of incident `id` into `root`. */
export async function renderDossier(root, id) {
  replaceChildren(root, h("p", { class: "status" }, t("loading")));
  const [detail, geo] = await Promise.all([api.incident(id), loadGeo().catch(() => null)]);
  const incident = detail.incident;
  const claims = detail.claims ?? [];
  const documents = new Map((detail.documents ?? []).map((document) => [document.doc_id, document]));
  // The original texts, one request per document, for the marks.
  const texts = new Map();
  await Promise.all(
    [...documents.keys()].map(async (docId) => {
      try {
        const full = await api.document(docId);
        if (typeof full.text === "string") texts.set(docId, full.text);
      } catch {
        // the card shows the evidence text alone
      }
    }),
  );
  const claimsById = new Map(claims.map((claim) => [claim.claim_id, claim]));
  // Running tolls count people: durations and dates are not drawn on the same axis.
  const tolls = (detail.over_time ?? []).filter((row) => row.measure !== "duration" && row.measure !== "date");
  const overTime = seriesByMeasure(tolls);
  const chart = lineChart(overTime);

  const byDocument = new Map();
  for (const claim of claims) {
    if (!byDocument.has(claim.doc_id)) byDocument.set(claim.doc_id, []);
    byDocument.get(claim.doc_id).push(claim);
  }

  replaceChildren(
    root,
    h(
      "article",
      { class: "dossier", dataset: { incidentId: incident.incident_id } },
      h(
        "header",
        { class: "dossier-head" },
        h("h1", { dir: "auto" }, incident.title ?? incident.incident_id),
        h("p", { class: "one-line" }, oneLine(incident, (name) => governorateLabel(geo?.admin, name))),
        h(
          "p",
          { class: "muted" },
          (incident.actors ?? []).map(actorLabel).join(" · "),
          incident.acled ? ` · ${t("acled")}: ${incident.acled.event_type} / ${incident.acled.sub_event_type}` : "",
          ` · ${t("documentsCount", (incident.documents ?? []).length)} · ${t("claimsCount", claims.length)}`,
          incident.facility ? [" · ", h("a", { href: `#/facility/${encodeURIComponent(incident.facility)}`, class: "facility-link" }, t("facility"))] : "",
        ),
      ),
      h(
        "section",
        { class: "panel" },
        h("h2", {}, t("figures")),
        h("p", { class: "muted" }, t("figuresNote")),
        figureBars(incident.figures ?? [], detail.by_source ?? []),
      ),
      chart ? h("section", { class: "panel" }, h("h2", {}, t("overTime")), chart) : null,
      h(
        "section",
        { class: "panel contradictions" },
        h("h2", {}, t("contradictions"), " ", h("span", { class: "count" }, formatNumber((incident.contradictions ?? []).length))),
        (incident.contradictions ?? []).length
          ? h("ul", {}, incident.contradictions.map((contradiction) => contradictionItem(contradiction, claimsById)))
          : h("p", {}, t("noContradictions")),
      ),
      h(
        "section",
        { class: "panel" },
        h("h2", {}, t("sources")),
        h(
          "ul",
          { class: "documents" },
          [...documents.values()].map((document) =>
            h(
              "li",
              {},
              h("a", { href: `#/document/${encodeURIComponent(document.doc_id)}`, dir: "auto" }, document.title || document.doc_id),
              " · ",
              document.outlet ?? "",
              document.published ? ` · ${formatDate(document.published)}` : "",
              document.url ? [" · ", h("a", { href: document.url, target: "_blank", rel: "noopener noreferrer" }, t("openSource"))] : "",
            ),
          ),
        ),
      ),
      h(
        "section",
        { class: "panel claims" },
        h("h2", {}, t("claims"), " ", h("span", { class: "count" }, formatNumber(claims.length))),
        h("p", { class: "muted" }, t("claimsNote")),
        [...byDocument.entries()].map(([docId, list]) =>
          h(
            "section",
            { class: "claims-of-document", dataset: { docId } },
            h("h3", { dir: "auto" }, documents.get(docId)?.title || docId),
            list.map((claim) => claimCard(claim, documents, texts)),
          ),
        ),
      ),
    ),
  );
  document.title = `${incident.title ?? incident.incident_id} · ${t("appName")}`;
}
