#!/usr/bin/env node
// Regenerates data/places/admin_boundaries.topo.json, the governorate and district polygons
// the web UI draws, from the gazetteer's GeoJSON (../shared/data/gazetteer/
// syria_iraq_admin_boundaries.geojson, Who's On First: see data/README.md for the licence).
//
//   cd web && npm ci && npm run admin-topo [-- SOURCE.geojson]
//
// Shared arcs (TopoJSON), simplified to about 1 km (Visvalingam, planar weight in squared
// degrees) and quantised: a few hundred KB instead of 2.3 MB, still sharp at governorate
// zoom. Two objects: `governorates` (level 1) and `districts` (level 2), each feature keeping
// id, level, country, name_en, name_ar and parent_id.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(root, "web", "package.json"));
const { topology } = require("topojson-server");
const { presimplify, simplify, quantile } = require("topojson-simplify");

const source =
  process.argv[2] ?? join(root, "..", "shared", "data", "gazetteer", "syria_iraq_admin_boundaries.geojson");
const target = join(root, "data", "places", "admin_boundaries.topo.json");

let input;
try {
  input = JSON.parse(readFileSync(source, "utf8"));
} catch (error) {
  console.error(`cannot read ${source}: ${error.message}`);
  process.exit(1);
}
const keep = ["id", "level", "country", "name_en", "name_ar", "parent_id"];
const byLevel = { governorates: [], districts: [] };
for (const feature of input.features) {
  const properties = Object.fromEntries(keep.map((key) => [key, feature.properties[key] ?? null]));
  const object = properties.level === 1 ? byLevel.governorates : byLevel.districts;
  object.push({ type: "Feature", properties, geometry: feature.geometry });
}
const collections = Object.fromEntries(
  Object.entries(byLevel).map(([name, features]) => [name, { type: "FeatureCollection", features }]),
);
// 1e5 quantisation of the input keeps its 3-decimal precision; the output is quantised again.
let topo = topology(collections, 1e5);
topo = presimplify(topo);
// Keep the weightiest 20% of points: districts stay recognisable, the file stays small.
topo = simplify(topo, quantile(topo, 0.8));
topo = require("topojson-client").quantize(topo, 1e4);
topo.metadata = {
  source: "Who's On First (whosonfirst-data-admin-sy, -iq), via ../shared/data/gazetteer",
  licence: "Place data: GeoNames (CC BY 4.0), Who's On First, Quattroshapes. https://whosonfirst.org/docs/licenses/",
  generator: "scripts/make_admin_topo.mjs",
};
writeFileSync(target, JSON.stringify(topo));
const counts = Object.entries(byLevel).map(([name, features]) => `${features.length} ${name}`).join(", ");
console.log(`${target}: ${counts}, ${JSON.stringify(topo).length} bytes`);
