#!/usr/bin/env node
// End-to-end test of the web UI in headless Debian chromium, driven by playwright-core
// (never a downloaded browser). Against a running `rasid serve` over a store of
// examples/articles, it loads the map, opens the 2022 incident by clicking its marker,
// checks that every claim's highlighted evidence in the dossier is the claim's evidence
// text (and the bytes at its offsets), switches to Arabic, opens the facility page, checks
// the phone layout and the URL filters, and measures the first load (navigation start to
// the map drawn, median of --runs cold loads). Screenshots go to --artifacts.
//
//   node web/e2e/run.mjs --url http://127.0.0.1:PORT [--artifacts DIR] [--runs 7]
//                        [--measure-only] [--chromium /usr/bin/chromium]
//
// Exits 0 when every check holds, 1 with the failed check's message otherwise. The last
// line of standard output is a JSON summary (checks passed, first-load figures).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

function parseArguments(argv) {
  const options = { url: null, artifacts: "target/e2e-artifacts", runs: 7, measureOnly: false, chromium: "/usr/bin/chromium" };
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${name} needs a value`);
      return argv[++i];
    };
    if (name === "--url") options.url = value().replace(/\/$/, "");
    else if (name === "--artifacts") options.artifacts = value();
    else if (name === "--runs") options.runs = Number.parseInt(value(), 10);
    else if (name === "--chromium") options.chromium = value();
    else if (name === "--measure-only") options.measureOnly = true;
    else throw new Error(`unknown argument ${name}`);
  }
  if (!options.url) throw new Error("--url is required (the address `rasid serve` printed)");
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error("--runs takes a positive whole number");
  return options;
}

/** The chromium flags of the brief: headless, no sandbox (root in CI), nothing phoning home. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

class CheckFailed extends Error {}
const passed = [];
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
  passed.push(message);
}

async function getJson(context, url) {
  const response = await context.request.get(url);
  if (!response.ok()) throw new CheckFailed(`GET ${url}: ${response.status()}`);
  return response.json();
}

/** Waits for the map view to have drawn its layers and markers, its list and timeline. */
async function waitForMap(page) {
  await page.waitForSelector("html[data-map-drawn][data-view-ready]", { timeout: 20000 });
}

/** Milliseconds from navigation start to the map drawn, cache cleared first. */
async function firstLoad(context, url) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.clearBrowserCache");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await page.goto(`${url}/?lang=en#/`);
  await waitForMap(page);
  const ms = await page.evaluate(() => performance.getEntriesByName("rasid:map-drawn")[0]?.startTime ?? null);
  phases.push(await page.evaluate(() => Object.fromEntries(["rasid:data", "rasid:map-drawn", "rasid:view-ready"].map((name) => [name, Math.round(performance.getEntriesByName(name)[0]?.startTime ?? -1)]))));
  await page.close();
  if (ms === null) throw new CheckFailed("the map view set no rasid:map-drawn mark");
  return ms;
}

/** Each load's marks (data in, map painted, list and timeline drawn), for the summary. */
const phases = [];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Every claim card of the dossier: its mark must be the claim's evidence, byte for byte. */
async function checkEvidence(page, context, url, incident, label) {
  const cards = await page.$$eval(".claim-card", (elements) =>
    elements.map((element) => ({
      id: element.dataset.claimId,
      marks: [...element.querySelectorAll(".evidence mark")].map((mark) => mark.textContent),
    })),
  );
  check(cards.length === incident.claims.length, `${label}: the dossier shows all ${incident.claims.length} claims (${cards.length})`);
  let checked = 0;
  for (const card of cards) {
    const { claim, text } = await getJson(context, `${url}/api/claims/${encodeURIComponent(card.id)}`);
    const bytes = Buffer.from(text, "utf8").subarray(claim.evidence.start, claim.evidence.end).toString("utf8");
    check(bytes === claim.evidence.text, `${label}: ${card.id}: the text's bytes ${claim.evidence.start}..${claim.evidence.end} are its evidence text`);
    check(card.marks.length === 1, `${label}: ${card.id}: one highlight (${card.marks.length})`);
    check(card.marks[0] === claim.evidence.text, `${label}: ${card.id}: highlighted "${card.marks[0]}" is the evidence "${claim.evidence.text}"`);
    checked++;
  }
  check(checked >= 3, `${label}: evidence checked for ${checked} claims (at least 3)`);
  return checked;
}

async function run(options) {
  mkdirSync(options.artifacts, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), "rasid-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.chromium,
    headless: true,
    args: FLAGS,
    viewport: { width: 1280, height: 860 },
    locale: "en-GB",
  });
  const problems = [];
  context.on("page", (page) => {
    page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`);
    });
    page.on("requestfailed", (request) => {
      // A request cut short by the test's own next navigation is not a failure.
      const error = request.failure()?.errorText ?? "";
      if (error !== "net::ERR_ABORTED") problems.push(`request failed: ${request.url()} ${error}`);
    });
    page.on("request", (request) => {
      if (!request.url().startsWith(options.url) && !request.url().startsWith("data:")) problems.push(`request outside the server: ${request.url()}`);
    });
  });
  const summary = { checks: 0, first_load_ms: null };
  try {
    const { url } = options;
    const loads = [];
    for (let i = 0; i < options.runs; i++) loads.push(await firstLoad(context, url));
    summary.first_load_ms = { median: Math.round(median(loads)), runs: loads.map(Math.round), phases };
    console.log(`first load (navigation start to map drawn), ${loads.length} cold loads: median ${summary.first_load_ms.median} ms [${summary.first_load_ms.runs.join(", ")}]`);
    if (options.measureOnly) return summary;

    const page = await context.newPage();
    await page.goto(`${url}/?lang=en#/`);
    await waitForMap(page);
    const list = await getJson(context, `${url}/api/incidents?limit=5000`);
    const incidents2022 = list.items.filter((incident) => (incident.start?.date ?? "").startsWith("2022"));
    check(incidents2022.length > 0, "the store holds an incident of 2022");
    const target = incidents2022.sort((a, b) => b.claims.length - a.claims.length)[0];
    const markers = await page.locator("path.incident-marker").count();
    check(markers === list.items.filter((incident) => Number.isFinite(incident.place?.lat)).length, `one marker per placed incident (${markers})`);
    await page.screenshot({ path: join(options.artifacts, "1-map.png") });

    // Click the marker: a point of its circle that no other marker covers (markers of one
    // place are concentric, the biggest underneath).
    const marker = page.locator(`path.incident-marker[data-incident-id="${target.incident_id}"]`);
    const box = await marker.boundingBox();
    check(box !== null, `the marker of ${target.incident_id} is on the map`);
    const point = await page.evaluate(
      ({ id, box }) => {
        const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
        const radius = box.width / 2;
        for (let step = 0; step < 64; step++) {
          const angle = (step / 64) * 2 * Math.PI;
          for (const fraction of [0.8, 0.65, 0.5, 0.3, 0]) {
            const x = centre.x + Math.cos(angle) * radius * fraction;
            const y = centre.y + Math.sin(angle) * radius * fraction;
            if (document.elementFromPoint(x, y)?.dataset?.incidentId === id) return { x, y };
          }
        }
        return null;
      },
      { id: target.incident_id, box },
    );
    check(point !== null, `some point of ${target.incident_id}'s marker can be clicked`);
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector(".incident-tip", { timeout: 5000 });
    await page.mouse.click(point.x, point.y);
    await page.waitForSelector(`.dossier[data-incident-id="${target.incident_id}"] .claim-card`, { timeout: 20000 });
    check(page.url().endsWith(`#/incident/${encodeURIComponent(target.incident_id)}`), `clicking the marker opened ${target.incident_id}'s dossier`);

    const detail = await getJson(context, `${url}/api/incidents/${encodeURIComponent(target.incident_id)}`);
    const figures = await page.locator(".figure-row").count();
    check(figures === detail.incident.figures.length, `the dossier draws every figure as a bar (${figures})`);
    const sourceDots = await page.locator(".bar-source").count();
    check(sourceDots > 0, `each source's value is marked on the bars (${sourceDots})`);
    const contradictions = await page.locator(".contradiction").count();
    check(contradictions === detail.incident.contradictions.length, `every contradiction is explained (${contradictions})`);
    const oneLine = await page.locator(".one-line").first().textContent();
    check(oneLine.includes("2022"), `the one-line summary dates the event: "${oneLine}"`);
    await checkEvidence(page, context, url, detail.incident, "English");

    // The whole article: the same words marked inside the full text.
    const firstCard = page.locator(".claim-card").first();
    const firstId = await firstCard.getAttribute("data-claim-id");
    await firstCard.locator("details.full-article > summary").click();
    const fullMark = await firstCard.locator(".article-text mark").textContent();
    const firstClaim = detail.claims.find((claim) => claim.claim_id === firstId);
    check(fullMark === firstClaim.evidence.text, `${firstId}: marked the same inside the whole article`);
    await page.screenshot({ path: join(options.artifacts, "2-dossier-en.png"), fullPage: true });

    // Arabic: right to left, Arabic labels, the same marks.
    await page.click("#lang-switch");
    await page.waitForSelector(`html[dir="rtl"][lang="ar"] .dossier[data-incident-id="${target.incident_id}"] .claim-card`);
    const heading = await page.locator(".panel h2").first().textContent();
    check(heading === "الأرقام", `Arabic labels after the switch ("${heading}")`);
    const measureText = await page.locator(".figure-label strong").allTextContents();
    check(measureText.some((text) => /[\u0600-\u06FF]/.test(text)), `measures named in Arabic (${measureText.slice(0, 3).join("، ")})`);
    await checkEvidence(page, context, url, detail.incident, "Arabic");
    await page.screenshot({ path: join(options.artifacts, "3-dossier-ar.png"), fullPage: true });

    // The facility page, from the dossier.
    check(Boolean(detail.incident.facility), `${target.incident_id} happened at a facility`);
    await page.click(".facility-link");
    await page.waitForSelector(`.facility[data-facility-id="${detail.incident.facility}"]`, { timeout: 20000 });
    const facility = await getJson(context, `${url}/api/facilities/${encodeURIComponent(detail.incident.facility)}`);
    const title = await page.locator(".facility h1").textContent();
    check(title === (facility.facility.name_ar || facility.facility.name_en), `the facility page names it in Arabic ("${title}")`);
    const aliases = await page.locator(".aliases li").count();
    const expectedAliases = (facility.facility.aliases_ar ?? []).length + (facility.facility.aliases_en ?? []).length;
    check(aliases === expectedAliases, `every alias listed (${aliases})`);
    const listed = await page.locator(".facility .documents li").count();
    check(listed === facility.incidents.length, `the facility's incidents listed (${listed})`);
    const seriesPoints = await page.locator(".facility .line-chart .point").count();
    const datedSeries = facility.series.filter((row) => /^\d{4}/.test(row.date ?? "") && Number.isFinite(row.high ?? row.low)).length;
    check(seriesPoints === datedSeries, `capacity and population chart: a point per dated figure (${seriesPoints})`);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(options.artifacts, "4-facility-ar.png"), fullPage: true });

    // A document's page marks every claim's evidence in its text.
    const docId = detail.incident.documents[0];
    const fullDocument = await getJson(context, `${url}/api/documents/${encodeURIComponent(docId)}`);
    await page.goto(`${url}/?lang=en#/document/${encodeURIComponent(docId)}`);
    await page.waitForSelector(`.document-page[data-doc-id="${docId}"] .article-text`);
    const marks = await page.$$eval(".document-page .article-text mark", (elements) => elements.map((mark) => ({ ids: mark.dataset.claimIds.split(" "), text: mark.textContent })));
    const marked = new Set(marks.flatMap((mark) => mark.ids));
    check(fullDocument.claims.every((claim) => marked.has(claim.claim_id)), `the document page marks all ${fullDocument.claims.length} claims of ${docId}`);
    for (const mark of marks.filter((mark) => mark.ids.length === 1)) {
      const claim = fullDocument.claims.find((candidate) => candidate.claim_id === mark.ids[0]);
      check(mark.text === claim.evidence.text, `document page: ${claim.claim_id} marked as its evidence`);
    }

    // Filters live in the URL: a reload keeps them, the list follows the API.
    const actor = target.actors[0];
    await page.goto(`${url}/?lang=en#/?actor=${encodeURIComponent(actor)}`);
    await waitForMap(page);
    await page.waitForFunction((value) => document.querySelector("#filter-actor")?.value === value, actor);
    const filtered = await getJson(context, `${url}/api/incidents?actor=${encodeURIComponent(actor)}&limit=5000`);
    const rows = await page.locator(".incident-row").count();
    check(rows === Math.min(filtered.total, 200), `the actor filter from the URL gives the API's ${filtered.total} incidents (${rows})`);
    const loadCount = () => page.evaluate(() => Number(document.documentElement.dataset.mapLoads ?? 0));
    const nextLoad = async (count) => page.waitForFunction((n) => Number(document.documentElement.dataset.mapLoads ?? 0) > n, count);
    {
      const tall = await page.$$eval(".timeline-bar", (bars) => {
        const best = bars.reduce((a, b) => (Number(b.dataset.count) > Number(a.dataset.count) ? b : a));
        const r = best.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height - 1, start: best.dataset.start, end: best.dataset.end };
      });
      const count = await loadCount();
      await page.mouse.click(tall.x, tall.y);
      await page.waitForFunction((since) => location.hash.includes(`since=${since}`), tall.start);
      await nextLoad(count);
      check(page.url().includes(`until=${tall.end}`) && page.url().includes(`actor=${actor}`), `clicking a timeline bar narrows to its dates, other filters kept (${tall.start}..${tall.end})`);
    }

    // Dragging across the timeline chooses a period.
    const timelineBox = await page.locator(".timeline-svg").boundingBox();
    const before = page.url();
    await page.mouse.move(timelineBox.x + timelineBox.width * 0.05, timelineBox.y + 20);
    await page.mouse.down();
    await page.mouse.move(timelineBox.x + timelineBox.width * 0.5, timelineBox.y + 20, { steps: 5 });
    await page.mouse.move(timelineBox.x + timelineBox.width * 0.95, timelineBox.y + 20, { steps: 5 });
    const count = await loadCount();
    await page.mouse.up();
    await page.waitForFunction((previous) => location.href !== previous, before);
    await nextLoad(count);
    const dragged = new URLSearchParams(new URL(page.url()).hash.split("?")[1]);
    check(dragged.get("since") < dragged.get("until"), `dragging across the timeline sets a period (${dragged.get("since")}..${dragged.get("until")})`);

    // The text filter: the words go to the URL and the list is the API's answer.
    await page.goto(`${url}/?lang=ar#/`);
    await waitForMap(page);
    const word = "سجن";
    await page.fill("#view input[name=q]", word);
    await page.press("#view input[name=q]", "Enter");
    await page.waitForFunction(() => location.hash.includes("q="));
    const searched = await getJson(context, `${url}/api/incidents?q=${encodeURIComponent(word)}&limit=5000`);
    await page.waitForFunction((count) => document.querySelectorAll(".incident-row").length === count, Math.min(searched.total, 200));
    check(searched.total > 0, `the text filter "${word}" gives the API's ${searched.total} incidents`);

    // A phone: one column, nothing wider than the screen.
    const phone = await context.newPage();
    await phone.setViewportSize({ width: 390, height: 844 });
    await phone.goto(`${url}/?lang=ar#/`);
    await waitForMap(phone);
    const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `the phone layout fits the screen (overflow ${overflow}px)`);
    await phone.screenshot({ path: join(options.artifacts, "5-map-phone-ar.png"), fullPage: true });
    await phone.goto(`${url}/?lang=ar#/incident/${encodeURIComponent(target.incident_id)}`);
    await phone.waitForSelector(".claim-card");
    const dossierOverflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(dossierOverflow <= 1, `the phone dossier fits the screen (overflow ${dossierOverflow}px)`);
    await phone.screenshot({ path: join(options.artifacts, "6-dossier-phone-ar.png") });

    check(problems.length === 0, `no page errors, failed or outside requests${problems.length ? `: ${problems.join("; ")}` : ""}`);
    return summary;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

let options;
try {
  options = parseArguments(process.argv.slice(2));
} catch (error) {
  console.error(`e2e: ${error.message}`);
  process.exit(2);
}
try {
  const summary = await run(options);
  summary.checks = passed.length;
  writeFileSync(join(options.artifacts, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  for (const message of passed) console.log(`ok  ${message}`);
  console.log(JSON.stringify(summary));
} catch (error) {
  for (const message of passed) console.log(`ok  ${message}`);
  console.error(`e2e FAILED: ${error instanceof CheckFailed ? error.message : error.stack ?? error}`);
  process.exit(1);
}
