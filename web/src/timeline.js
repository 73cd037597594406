// The timeline: incidents counted by day, month or year as SVG bars. Dragging across it
// chooses a period and clicking a bar chooses that bar's dates; both call `onSelect(since,
// until)` with inclusive YYYY-MM-DD dates, which become the map's time filter.
import { s } from "./dom.js";
import { formatDate, formatNumber } from "./i18n.js";

const DAY = 86400000;

/** Days since 1970-01-01 of a SPEC date's first day (null when it is not a date). */
export function dayNumber(text) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(text ?? "");
  if (!match) return null;
  return Date.UTC(+match[1], match[2] ? +match[2] - 1 : 0, match[3] ? +match[3] : 1) / DAY;
}

/** YYYY-MM-DD of a day number. */
export function isoDay(day) {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The bin a day falls in at a granularity: its first day. */
function binStart(day, unit) {
  if (unit === "day") return day;
  const date = new Date(day * DAY);
  if (unit === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / DAY;
  return Date.UTC(date.getUTCFullYear(), 0, 1) / DAY;
}

function nextBin(day, unit) {
  if (unit === "day") return day + 1;
  const date = new Date(day * DAY);
  if (unit === "month") return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / DAY;
  return Date.UTC(date.getUTCFullYear() + 1, 0, 1) / DAY;
}

/**
 * Bins of incident start days: `{unit, bins: [{start, end, count}]}` with `end` exclusive,
 * contiguous from the first incident's bin to the last one's (empty bins included).
 */
export function binIncidents(incidents) {
  const days = incidents.map((incident) => dayNumber(incident.start?.date)).filter((day) => day !== null);
  if (days.length === 0) return { unit: "day", bins: [] };
  const first = Math.min(...days);
  const last = Math.max(...days);
  const span = last - first;
  const unit = span <= 120 ? "day" : span <= 3650 ? "month" : "year";
  const counts = new Map();
  for (const day of days) {
    const start = binStart(day, unit);
    counts.set(start, (counts.get(start) ?? 0) + 1);
  }
  const bins = [];
  for (let start = binStart(first, unit); start <= last; start = nextBin(start, unit)) {
    bins.push({ start, end: nextBin(start, unit), count: counts.get(start) ?? 0 });
  }
  return { unit, bins };
}

/**
 * Renders the timeline into `container` (an element whose width it fills). `selected` is
 * `{since, until}` (either may be missing) and is drawn as a band.
 */
export function renderTimeline(container, incidents, selected, onSelect) {
  container.replaceChildren();
  const { unit, bins } = binIncidents(incidents);
  const width = Math.max(container.clientWidth || 600, 200);
  const height = 92;
  const axis = 18;
  const svg = s("svg", {
    class: "timeline-svg",
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": "timeline",
  });
  container.appendChild(svg);
  if (bins.length === 0) return;
  const max = Math.max(...bins.map((bin) => bin.count));
  const step = width / bins.length;
  const plot = height - axis;
  const x0 = bins[0].start;
  const x1 = bins[bins.length - 1].end;
  const dayToX = (day) => ((day - x0) / (x1 - x0)) * width;
  const xToDay = (x) => x0 + (Math.max(0, Math.min(width, x)) / width) * (x1 - x0);

  const sinceDay = dayNumber(selected?.since);
  const untilDay = dayNumber(selected?.until);
  if (sinceDay !== null || untilDay !== null) {
    const from = dayToX(Math.max(sinceDay ?? x0, x0));
    const to = dayToX(Math.min(untilDay !== null ? untilDay + 1 : x1, x1));
    if (to > from) svg.appendChild(s("rect", { class: "timeline-selected", x: from, y: 0, width: to - from, height: plot }));
  }
  bins.forEach((bin, index) => {
    const barHeight = bin.count ? Math.max(2, (bin.count / max) * (plot - 6)) : 0;
    const inside =
      (sinceDay === null || bin.end > sinceDay) && (untilDay === null || bin.start <= untilDay);
    svg.appendChild(
      s(
        "rect",
        {
          class: inside ? "timeline-bar" : "timeline-bar outside",
          x: index * step + (step > 4 ? 1 : 0),
          y: plot - barHeight,
          width: Math.max(1, step - (step > 4 ? 2 : 0)),
          height: barHeight,
          dataset: { start: isoDay(bin.start), end: isoDay(bin.end - 1), count: String(bin.count) },
        },
        s("title", {}, `${formatDate(isoDay(bin.start), unit)}: ${formatNumber(bin.count)}`),
      ),
    );
  });
  const labels = bins.length > 1 ? [0, Math.floor((bins.length - 1) / 2), bins.length - 1] : [0];
  for (const index of [...new Set(labels)]) {
    const anchor = index === 0 ? "start" : index === bins.length - 1 ? "end" : "middle";
    const x = index === 0 ? 2 : index === bins.length - 1 ? width - 2 : index * step + step / 2;
    svg.appendChild(
      s("text", { class: "timeline-label", x, y: height - 4, "text-anchor": anchor }, formatDate(isoDay(bins[index].start), unit)),
    );
  }

  const brush = s("rect", { class: "timeline-brush", x: 0, y: 0, width: 0, height: plot, visibility: "hidden" });
  svg.appendChild(brush);
  let dragFrom = null;
  const localX = (event) => event.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener("pointerdown", (event) => {
    dragFrom = localX(event);
    svg.setPointerCapture?.(event.pointerId);
  });
  svg.addEventListener("pointermove", (event) => {
    if (dragFrom === null) return;
    const x = localX(event);
    brush.setAttribute("x", String(Math.min(x, dragFrom)));
    brush.setAttribute("width", String(Math.abs(x - dragFrom)));
    brush.setAttribute("visibility", "visible");
  });
  svg.addEventListener("pointerup", (event) => {
    if (dragFrom === null) return;
    const x = localX(event);
    const from = Math.min(x, dragFrom);
    const to = Math.max(x, dragFrom);
    dragFrom = null;
    brush.setAttribute("visibility", "hidden");
    if (to - from < 4) {
      const bin = bins[Math.min(bins.length - 1, Math.max(0, Math.floor(x / step)))];
      onSelect(isoDay(bin.start), isoDay(bin.end - 1));
    } else {
      onSelect(isoDay(Math.floor(xToDay(from))), isoDay(Math.ceil(xToDay(to)) - 1));
    }
  });
}
