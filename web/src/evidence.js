// A claim's evidence shown where it stands: the sentence marked (<mark>) inside the
// passage of the original article, or inside the whole article. Offsets are the API's
// UTF-8 byte offsets, turned into string indices by offsets.js.
import { h } from "./dom.js";
import { byteIndex, mergeSpans, passageAround, splitByBytes } from "./offsets.js";

/** Converters are dear for long articles: one per text. */
const indexes = new WeakMap();
function indexFor(holder, text) {
  let entry = indexes.get(holder);
  if (!entry || entry.text !== text) {
    entry = { text, index: byteIndex(text) };
    indexes.set(holder, entry);
  }
  return entry.index;
}

/**
 * The passage around a claim's evidence with the evidence in a <mark>, or a note when the
 * offsets do not fall on the text's character boundaries (then nothing is marked wrongly).
 * `holder` is any object that lives as long as the text (the document record).
 */
export function evidencePassage(text, claim, holder) {
  const span = splitByBytes(text, claim.evidence?.start, claim.evidence?.end, indexFor(holder, text));
  if (!span) return h("p", { class: "evidence-missing" }, claim.evidence?.text ?? "");
  const around = passageAround(text, span.start, span.end);
  return h(
    "blockquote",
    { class: "evidence", dir: "auto" },
    around.clippedStart ? "… " : "",
    text.slice(around.from, span.start),
    h("mark", { dataset: { claimId: claim.claim_id } }, span.inside),
    text.slice(span.end, around.to),
    around.clippedEnd ? " …" : "",
  );
}

/**
 * The whole article with the evidence of `claims` marked. Overlapping evidence is merged
 * into one mark naming every claim it holds (`data-claim-ids`), so marks never nest.
 */
export function markedArticle(text, claims, holder) {
  const index = indexFor(holder, text);
  const spans = [];
  for (const claim of claims) {
    const span = splitByBytes(text, claim.evidence?.start, claim.evidence?.end, index);
    if (span && span.end > span.start) spans.push({ start: span.start, end: span.end, ids: [claim.claim_id] });
  }
  const parts = [];
  let at = 0;
  for (const span of mergeSpans(spans)) {
    parts.push(text.slice(at, span.start));
    parts.push(h("mark", { id: `mark-${span.ids[0]}`, dataset: { claimIds: span.ids.join(" ") } }, text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(text.slice(at));
  return h("div", { class: "article-text", dir: "auto" }, parts);
}
