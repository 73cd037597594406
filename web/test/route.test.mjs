// The URL is the page's state: parsing and formatting must be inverses, and anything odd
// must fall back to the map rather than throw.
import assert from "node:assert/strict";
import { test } from "node:test";
import { filtersOf, formatHash, isDate, parseHash } from "../src/route.js";

const ROUTES = [
  ["#/", { view: "map", id: null, params: {} }],
  ["#/?since=2022-01-01&actor=ISIS", { view: "map", id: null, params: { since: "2022-01-01", actor: "ISIS" } }],
  ["#/incident/inc-1", { view: "incident", id: "inc-1", params: {} }],
  ["#/claim/000_c2e5c5aa21498906%237", { view: "claim", id: "000_c2e5c5aa21498906#7", params: {} }],
  ["#/facility/sinaa-prison", { view: "facility", id: "sinaa-prison", params: {} }],
  ["#/facilities", { view: "facilities", id: null, params: {} }],
  ["#/search?q=%D8%B3%D8%AC%D9%86", { view: "search", id: null, params: { q: "سجن" } }],
  ["#/?bbox=35.5%2C29.0%2C48.7%2C37.4", { view: "map", id: null, params: { bbox: "35.5,29.0,48.7,37.4" } }],
];

for (const [hash, route] of ROUTES) {
  test(`parse and format ${hash}`, () => {
    assert.deepEqual(parseHash(hash), route);
    assert.deepEqual(parseHash(formatHash(route)), route);
  });
}

test("odd hashes are the map", () => {
  for (const hash of ["", "#", "#/nowhere/else", "#/incident", "#/incident/", "#/claim/%E0%A4%A"]) {
    const route = parseHash(hash);
    if (hash === "#/claim/%E0%A4%A") assert.equal(route.view, "claim", "a broken escape keeps its raw id");
    else assert.equal(route.view, "map", hash);
  }
});

test("filters keep only the API's parameters, without empty ones", () => {
  assert.deepEqual(filtersOf({ since: "2022-01-01", q: "", lang: "ar", type: "vbied", limit: "9" }), { since: "2022-01-01", type: "vbied" });
  assert.equal(formatHash({ view: "map", params: { since: "", q: "x" } }), "#/?q=x");
});

test("dates for the time filters", () => {
  for (const [text, ok] of [["2022-01-20", true], ["2022-1-20", false], ["2022-01", false], ["", false], [undefined, false], ["2022-01-20T10:00", false]]) {
    assert.equal(isDate(text), ok, String(text));
  }
});
