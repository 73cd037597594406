// How a figure reads: one claim's value, an incident's headline toll, a marker's size.
import { formatNumber, measureLabel, t, unitLabel, vagueLabel } from "./i18n.js";

/** A claim's value as a reader says it: `~140`, `≥ 101`, `10–15`, `dozens (20–99)`. */
export function formatValue(value, unit) {
  if (!value) return "";
  const { low, high, approx, vague } = value;
  let text;
  if (low !== null && low !== undefined && high !== null && high !== undefined) {
    text = low === high ? formatNumber(low) : `${formatNumber(low)}–${formatNumber(high)}`;
  } else if (low !== null && low !== undefined) {
    text = `≥ ${formatNumber(low)}`;
  } else if (high !== null && high !== undefined) {
    text = `≤ ${formatNumber(high)}`;
  } else {
    text = "?";
  }
  if (approx) text = `~${text}`;
  if (vague) text = `${vagueLabel(vague)} (${text})`;
  const unitText = unitLabel(unit);
  return unitText ? `${text} ${unitText}` : text;
}

/** The best figure of a measure summed over actors (what a marker and a list row show). */
export function bestOf(incident, measure) {
  let total = 0;
  for (const figure of incident.figures ?? []) {
    if (figure.measure !== measure) continue;
    const best = figure.best ?? figure.low ?? figure.high;
    if (Number.isFinite(best)) total += best;
  }
  return total;
}

/** Killed plus wounded, best estimates: the size of an incident on the map. */
export function casualties(incident) {
  return bestOf(incident, "killed") + bestOf(incident, "wounded");
}

/**
 * A marker radius in pixels growing with the logarithm of the casualties (10: 8 px, 100:
 * 11, 1,000: 14): tolls span six orders of magnitude, and a square-root scale would let a
 * few of them cover the map.
 */
export function markerRadius(count) {
  if (!Number.isFinite(count) || count <= 0) return 4;
  return Math.min(26, 4 + 3.2 * Math.log10(1 + count));
}

/** "12 killed · 40 wounded", or empty when the incident states neither. */
export function tollLine(incident) {
  const parts = [];
  for (const measure of ["killed", "wounded", "escaped", "captured"]) {
    if ((incident.figures ?? []).some((figure) => figure.measure === measure)) {
      parts.push(`${formatNumber(bestOf(incident, measure))} ${measureLabel(measure)}`);
    }
  }
  return parts.join(" · ") || t("claimsCount", (incident.claims ?? []).length);
}
