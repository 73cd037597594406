// The timeline's bins and a figure's wording, from records shaped like SPEC.md's.
import assert from "node:assert/strict";
import { test } from "node:test";
import { casualties, formatValue, markerRadius } from "../src/format.js";
import { binIncidents, dayNumber, isoDay } from "../src/timeline.js";

const at = (date) => ({ start: { date } });

test("day numbers read every SPEC precision", () => {
  for (const [text, day] of [["1970-01-02", 1], ["2022-01-20T19:00", dayNumber("2022-01-20")], ["2022-01", dayNumber("2022-01-01")], ["2022", dayNumber("2022-01-01")], [null, null], ["soon", null]]) {
    assert.equal(dayNumber(text), day, String(text));
  }
  assert.equal(isoDay(dayNumber("2024-02-29")), "2024-02-29");
});

test("bins are contiguous, sized by the span, and count every dated incident", () => {
  const cases = [
    { incidents: [], unit: "day", bins: 0 },
    { incidents: [at("2022-01-20"), at("2022-01-20"), at("2022-01-22")], unit: "day", bins: 3 },
    { incidents: [at("2016"), at("2022-01-20T18:00"), at(null)], unit: "month", bins: 6 * 12 + 1 },
    { incidents: [at("2001-05-01"), at("2022-01-01")], unit: "year", bins: 22 },
  ];
  for (const { incidents, unit, bins } of cases) {
    const result = binIncidents(incidents);
    assert.equal(result.unit, unit);
    assert.equal(result.bins.length, bins);
    const dated = incidents.filter((incident) => dayNumber(incident.start.date) !== null).length;
    assert.equal(result.bins.reduce((sum, bin) => sum + bin.count, 0), dated);
    for (let i = 1; i < result.bins.length; i++) assert.equal(result.bins[i].start, result.bins[i - 1].end);
  }
});

test("a claim's value reads as SPEC defines it", () => {
  const cases = [
    [{ low: 117, high: 117, approx: false, vague: null }, "people", "117"],
    [{ low: 140, high: 140, approx: true, vague: null }, "people", "~140"],
    [{ low: 101, high: null, approx: false, vague: null }, "people", "≥ 101"],
    [{ low: null, high: 30, approx: false, vague: null }, "people", "≤ 30"],
    [{ low: 10, high: 15, approx: false, vague: null }, "people", "10–15"],
    [{ low: 20, high: 99, approx: false, vague: "dozens" }, "people", "dozens (20–99)"],
    [{ low: 9, high: 9, approx: true, vague: null }, "days", "~9 days"],
    [{ low: null, high: null, approx: false, vague: "unspecified" }, "people", "an unspecified number (?)"],
  ];
  for (const [value, unit, expected] of cases) assert.equal(formatValue(value, unit), expected);
});

test("markers grow with killed plus wounded, best estimates", () => {
  const incident = {
    figures: [
      { measure: "killed", actor: "SDF", low: 117, best: 117, high: 140 },
      { measure: "killed", actor: "ISIS", low: 20, best: 374, high: 374 },
      { measure: "wounded", actor: "CIVILIANS", low: 9, best: null, high: 9 },
      { measure: "escaped", actor: "ISIS", low: 20, best: 301, high: 301 },
    ],
  };
  assert.equal(casualties(incident), 117 + 374 + 9);
  assert.equal(casualties({}), 0);
  assert.equal(markerRadius(0), 4);
  assert.ok(markerRadius(1) > markerRadius(0));
  assert.ok(markerRadius(10) < markerRadius(100) && markerRadius(100) < markerRadius(1000));
  assert.ok(markerRadius(1e9) <= 26);
});
