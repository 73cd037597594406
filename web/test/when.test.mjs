// How an incident's or a claim's time reads: a window is bounded, never one date.
import assert from "node:assert/strict";
import { test } from "node:test";
import { formatWhen } from "../src/i18n.js";

test("a window reads between its bounds; a span and a day read as dates", () => {
  const cases = [
    // (start, end, words)
    [{ date: "2023-01-20", precision: "window" }, { date: "2024-01-20", precision: "window" }, "between 20 January 2023 and 20 January 2024"],
    [{ date: "2022-01-20T18:00", precision: "hour" }, { date: "2022-01-29", precision: "day" }, "20 January 2022 at 18:00 – 29 January 2022"],
    [{ date: "2016", precision: "year" }, { date: "2016", precision: "year" }, "2016"],
    // A claim's time carries both bounds itself.
    [{ start: "2023-01-20", end: "2024-01-20", precision: "window" }, undefined, "between 20 January 2023 and 20 January 2024"],
    [{ start: "2022-01-20T18:00", end: "2022-01-20T23:00", precision: "hour" }, undefined, "20 January 2022 at 18:00"],
    [undefined, undefined, "date unknown"],
  ];
  for (const [start, end, words] of cases) {
    assert.equal(formatWhen(start, end), words, JSON.stringify([start, end]));
  }
});
