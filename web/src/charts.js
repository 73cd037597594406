// Small charts without a library: an incident's figures as low / best / high bars with
// each source's value marked, and values over time as an SVG line chart whose points link
// to the claims they come from.
import { h, s } from "./dom.js";
import { actorLabel, formatDate, formatNumber, measureLabel, t } from "./i18n.js";
import { dayNumber } from "./timeline.js";

/** The value a source's claim puts on a bar: its low, else its high. */
function pointValue(entry) {
  return entry.low ?? entry.high ?? null;
}

/**
 * One row per figure (measure and actor): a band from low to high (open-ended when high is
 * unknown), a tick at best and a dot for each source's value; `bySource` is the API's
 * `by_source`. Positions use logical CSS so bars run right to left in Arabic.
 */
export function figureBars(figures, bySource) {
  const rows = [];
  for (const figure of figures) {
    const sources = bySource.filter((entry) => entry.measure === figure.measure && (entry.actor ?? null) === (figure.actor ?? null));
    const values = [figure.low, figure.best, figure.high, ...sources.flatMap((entry) => [entry.low, entry.high])].filter(Number.isFinite);
    const max = Math.max(1, ...values) * 1.08;
    const at = (value) => `${Math.max(0, Math.min(100, (value / max) * 100)).toFixed(2)}%`;
    const low = figure.low ?? 0;
    const high = figure.high ?? max;
    const track = h("div", { class: "bar-track" });
    track.appendChild(
      h("div", {
        class: figure.high === null || figure.high === undefined ? "bar-range open" : "bar-range",
        style: `inset-inline-start:${at(low)};width:calc(${at(high)} - ${at(low)} + 2px)`,
      }),
    );
    if (Number.isFinite(figure.best)) {
      track.appendChild(h("div", { class: "bar-best", style: `inset-inline-start:${at(figure.best)}`, title: `${t("best")} ${figure.best}` }));
    }
    for (const entry of sources) {
      const value = pointValue(entry);
      if (!Number.isFinite(value)) continue;
      const who = entry.source?.text || entry.source?.actor || entry.source?.kind || "";
      track.appendChild(
        h("a", {
          class: entry.approx || entry.vague ? "bar-source approx" : "bar-source",
          href: `#claim-${entry.claim_id}`,
          style: `inset-inline-start:${at(value)}`,
          title: `${who}: ${value}${entry.high !== entry.low && entry.high !== null && entry.high !== undefined ? `–${entry.high}` : ""}`,
          dataset: { claimId: entry.claim_id },
        }),
      );
    }
    const numbers = [
      [t("low"), figure.low],
      [t("best"), figure.best],
      [t("high"), figure.high],
    ]
      .map(([label, value]) => `${label} ${Number.isFinite(value) ? formatNumber(value) : "?"}`)
      .join(" · ");
    rows.push(
      h(
        "div",
        { class: "figure-row", dataset: { measure: figure.measure, actor: figure.actor ?? "" } },
        h("div", { class: "figure-label" }, h("strong", {}, measureLabel(figure.measure)), figure.actor ? ` · ${actorLabel(figure.actor)}` : ""),
        track,
        h("div", { class: "figure-numbers" }, numbers, ` · ${t("sources")}: ${formatNumber(sources.length)}`),
      ),
    );
  }
  return h("div", { class: "figure-bars" }, rows);
}

const PALETTE = ["#c0392b", "#2471a3", "#1e8449", "#d35400", "#8e44ad", "#2c3e50", "#b7950b", "#117a65"];

/**
 * A line chart of series `[{label, points: [{date, value, low, high, claimId}]}]` by date,
 * one line per series through each point's `value`, a vertical stroke from `low` to `high`
 * where a claim gives a range, each point a link to its claim (`#/claim/ID`). Null when no
 * point has a date.
 */
export function lineChart(series, { width = 640, height = 240 } = {}) {
  const pad = { left: 48, right: 12, top: 12, bottom: 28 };
  const usable = series
    .map((entry) => ({ ...entry, points: entry.points.filter((point) => dayNumber(point.date) !== null && Number.isFinite(point.value)) }))
    .filter((entry) => entry.points.length > 0);
  if (usable.length === 0) return null;
  const days = usable.flatMap((entry) => entry.points.map((point) => dayNumber(point.date)));
  let first = Math.min(...days);
  let last = Math.max(...days);
  if (first === last) {
    first -= 30;
    last += 30;
  }
  const max = Math.max(1, ...usable.flatMap((entry) => entry.points.flatMap((point) => [point.value, point.high].filter(Number.isFinite)))) * 1.1;
  const x = (day) => pad.left + ((day - first) / (last - first)) * (width - pad.left - pad.right);
  const y = (value) => height - pad.bottom - (value / max) * (height - pad.top - pad.bottom);
  const svg = s("svg", { class: "line-chart", viewBox: `0 0 ${width} ${height}`, role: "img" });
  for (const fraction of [0, 0.5, 1]) {
    const value = Math.round((max / 1.1) * fraction);
    svg.appendChild(s("line", { class: "grid", x1: pad.left, x2: width - pad.right, y1: y(value), y2: y(value) }));
    svg.appendChild(s("text", { class: "axis", x: pad.left - 6, y: y(value) + 4, "text-anchor": "end" }, formatNumber(value)));
  }
  const firstDate = new Date(first * 86400000).toISOString().slice(0, 10);
  const lastDate = new Date(last * 86400000).toISOString().slice(0, 10);
  svg.appendChild(s("text", { class: "axis", x: pad.left, y: height - 8, "text-anchor": "start" }, formatDate(firstDate, "day")));
  svg.appendChild(s("text", { class: "axis", x: width - pad.right, y: height - 8, "text-anchor": "end" }, formatDate(lastDate, "day")));
  const legend = h("ul", { class: "legend" });
  usable.forEach((entry, index) => {
    const colour = PALETTE[index % PALETTE.length];
    const points = [...entry.points].sort((a, b) => dayNumber(a.date) - dayNumber(b.date));
    if (points.length > 1) {
      svg.appendChild(
        s("polyline", {
          class: "series",
          stroke: colour,
          points: points.map((point) => `${x(dayNumber(point.date)).toFixed(1)},${y(point.value).toFixed(1)}`).join(" "),
        }),
      );
    }
    for (const point of points) {
      if (Number.isFinite(point.low) && Number.isFinite(point.high) && point.high > point.low) {
        const at = x(dayNumber(point.date));
        svg.appendChild(s("line", { class: "range", x1: at, x2: at, y1: y(point.low), y2: y(point.high), stroke: colour }));
      }
      svg.appendChild(
        s(
          "a",
          { href: point.claimId ? `#/claim/${encodeURIComponent(point.claimId)}` : null },
          s(
            "circle",
            { class: "point", cx: x(dayNumber(point.date)), cy: y(point.value), r: 4.5, fill: colour, dataset: { claimId: point.claimId ?? "" } },
            s("title", {}, `${entry.label}: ${formatNumber(point.value)} (${formatDate(point.date)})`),
          ),
        ),
      );
    }
    legend.appendChild(h("li", {}, h("span", { class: "swatch", style: `background:${colour}` }), entry.label));
  });
  return h("figure", { class: "chart" }, svg, legend);
}

/**
 * Groups rows (`{measure, actor?, date, low, high, claim_id}`) by measure and actor into
 * line-chart series labelled in the current language; a point's value is its low bound,
 * else its high one ("more than 100" is 101, "hundreds" 200 with a stroke up to 999).
 */
export function seriesByMeasure(rows) {
  const groups = new Map();
  for (const row of rows) {
    const key = `${row.measure}\u0000${row.actor ?? ""}`;
    if (!groups.has(key)) {
      const label = row.actor ? `${measureLabel(row.measure)} · ${actorLabel(row.actor)}` : measureLabel(row.measure);
      groups.set(key, { label, points: [] });
    }
    groups.get(key).points.push({ date: row.date, value: row.low ?? row.high, low: row.low, high: row.high, claimId: row.claim_id });
  }
  return [...groups.values()];
}
