// Builds web/dist: the bundled UI (esbuild), its index.html and the two map layers, all of
// which crates/webui embeds into the rasid binary. Nothing in dist refers to the internet.
//
//   npm ci && npm run build
//
// The actors' Arabic and English names come from data/actors/actors.tsv (virtual module
// `rasid:actors`), so the UI names every actor the engine knows. The build is written to a
// temporary folder and moved into place, so a reader never sees half a dist.
import { build } from "esbuild";
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const web = dirname(fileURLToPath(import.meta.url));
const root = join(web, "..");
const dist = join(web, "dist");
const staging = join(web, `dist.tmp-${process.pid}`);

/** `{ID: {en, ar}}` from the actors table (a header row, tab-separated). */
function actorNames() {
  const lines = readFileSync(join(root, "data", "actors", "actors.tsv"), "utf8").split("\n");
  const header = lines[0].split("\t");
  const column = (name) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`data/actors/actors.tsv has no ${name} column`);
    return index;
  };
  const [id, ar, en] = [column("id"), column("name_ar"), column("name_en")];
  const names = {};
  for (const line of lines.slice(1)) {
    const cells = line.split("\t");
    if (cells[id]) names[cells[id]] = { en: cells[en] ?? "", ar: cells[ar] ?? "" };
  }
  return names;
}

const dataPlugin = {
  name: "rasid-data",
  setup(context) {
    context.onResolve({ filter: /^rasid:actors$/ }, () => ({ path: "actors", namespace: "rasid" }));
    context.onLoad({ filter: /^actors$/, namespace: "rasid" }, () => ({
      contents: JSON.stringify(actorNames()),
      loader: "json",
      watchFiles: [join(root, "data", "actors", "actors.tsv")],
    }));
  },
};

rmSync(staging, { recursive: true, force: true });
const result = await build({
  entryPoints: [join(web, "src", "main.js")],
  bundle: true,
  format: "esm",
  target: ["chrome100", "firefox100", "safari15"],
  minify: true,
  legalComments: "linked",
  outdir: join(staging, "assets"),
  entryNames: "[name]-[hash]",
  assetNames: "[name]-[hash]",
  publicPath: "/assets/",
  loader: { ".woff2": "file", ".png": "file", ".svg": "file" },
  metafile: true,
  logLevel: "warning",
  plugins: [dataPlugin],
});

const outputs = Object.keys(result.metafile.outputs).map((path) => path.slice(path.lastIndexOf("/assets/")));
const js = outputs.find((path) => /\/main-[^/]+\.js$/.test(path));
const css = outputs.find((path) => /\/main-[^/]+\.css$/.test(path));
if (!js || !css) throw new Error(`esbuild wrote no main script or stylesheet: ${outputs.join(", ")}`);
const html = readFileSync(join(web, "src", "index.html"), "utf8").replace("%JS%", js).replace("%CSS%", css);
writeFileSync(join(staging, "index.html"), html);

// The licences of what the bundle carries, served beside it (the map links to them).
const licensed = [
  ["Leaflet", "leaflet/LICENSE"],
  ["topojson-client", "topojson-client/LICENSE"],
  ["world-atlas (Natural Earth borders)", "world-atlas/LICENSE"],
  ["Noto Sans Arabic (@fontsource/noto-sans-arabic)", "@fontsource/noto-sans-arabic/LICENSE"],
];
const licences = licensed.map(([name, path]) => `== ${name}\n\n${readFileSync(join(web, "node_modules", path), "utf8").trim()}\n`);
const places = "== Governorates and districts (/geo/admin.json)\n\nPlace data: GeoNames (CC BY 4.0), Who's On First, Quattroshapes.\nhttps://whosonfirst.org/docs/licenses/\n";
writeFileSync(join(staging, "assets", "LICENSES.txt"), [...licences, places].join("\n"));

mkdirSync(join(staging, "geo"), { recursive: true });
copyFileSync(join(web, "node_modules", "world-atlas", "countries-50m.json"), join(staging, "geo", "countries.json"));
copyFileSync(join(root, "data", "places", "admin_boundaries.topo.json"), join(staging, "geo", "admin.json"));

rmSync(dist, { recursive: true, force: true });
renameSync(staging, dist);
console.log(`web/dist: ${outputs.length + 4} files (${js}, ${css})`);
