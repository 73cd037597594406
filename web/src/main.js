// rasid's web UI: the shell (header, language switch, search) and the router that draws
// the view the URL names. See route.js for the URLs.
import "leaflet/dist/leaflet.css";
import "./style.css";
import { api } from "./api.js";
import { h, replaceChildren } from "./dom.js";
import actorNames from "rasid:actors";
import { initialLanguage, language, setActorNames, setLanguage, t } from "./i18n.js";
import { filtersOf, formatHash, parseHash } from "./route.js";
import { renderDossier } from "./views/dossier.js";
import { renderFacility } from "./views/facility.js";
import { mountMapView } from "./views/mapview.js";
import { renderClaim, renderDocument, renderFacilities, renderSearch } from "./views/pages.js";

const header = document.getElementById("header");
const main = document.getElementById("view");

let mapView = null;
let cleanup = null;
let stats = null;

function navigate(route, { replace = false } = {}) {
  const hash = formatHash(route);
  if (hash === location.hash) return;
  if (replace) {
    history.replaceState(null, "", hash);
    render();
  } else {
    location.hash = hash;
  }
}

function renderHeader(route) {
  const searchInput = h("input", { type: "search", name: "q", placeholder: t("searchPlaceholder"), value: route.view === "search" ? route.params.q ?? "" : "", "aria-label": t("search") });
  const form = h("form", { class: "header-search", role: "search" }, searchInput);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate({ view: "search", params: { q: searchInput.value.trim() } });
  });
  const switcher = h("button", { type: "button", class: "lang-switch", id: "lang-switch", lang: language() === "ar" ? "en" : "ar" }, t("language"));
  switcher.addEventListener("click", () => {
    setLanguage(language() === "ar" ? "en" : "ar");
    rerender();
  });
  const nav = (view, label) => h("a", { href: view === "map" ? "#/" : `#/${view}`, class: route.view === view ? "active" : null }, label);
  replaceChildren(
    header,
    h("a", { class: "brand", href: "#/" }, h("span", { class: "brand-name" }, t("appName")), h("span", { class: "tagline" }, t("tagline"))),
    h("nav", {}, nav("map", t("map")), nav("facilities", t("facilities"))),
    form,
    stats ? h("span", { class: "stats muted" }, t("stats", stats)) : null,
    switcher,
  );
}

function teardown() {
  cleanup?.();
  cleanup = null;
  mapView?.unmount();
  mapView = null;
}

function showError(error) {
  replaceChildren(main, h("section", { class: "panel page" }, h("h1", {}, error.status === 404 ? t("notFound") : t("error")), h("p", {}, error.message), h("a", { href: "#/" }, t("back"))));
}

async function render() {
  const route = parseHash(location.hash);
  renderHeader(route);
  if (route.view === "map") {
    if (mapView) {
      mapView.update(route.params);
      return;
    }
    teardown();
    document.title = t("appName");
    mapView = mountMapView(main, route.params, {
      navigate: (params, options) => navigate({ view: "map", params: filtersOf(params) }, options),
      openIncident: (id) => navigate({ view: "incident", id }),
    });
    return;
  }
  teardown();
  window.scrollTo(0, 0);
  try {
    if (route.view === "incident") await renderDossier(main, route.id);
    else if (route.view === "facility") cleanup = await renderFacility(main, route.id);
    else if (route.view === "facilities") await renderFacilities(main);
    else if (route.view === "claim") await renderClaim(main, route.id);
    else if (route.view === "document") await renderDocument(main, route.id);
    else if (route.view === "search") await renderSearch(main, route.params.q);
  } catch (error) {
    showError(error);
  }
}

/** Everything again, in the new language (the map too: its labels and list). */
function rerender() {
  teardown();
  render();
}

// In-page anchors (#claim-ID) would replace the route: scroll to them instead.
document.addEventListener("click", (event) => {
  const link = event.target.closest?.("a[href^='#claim-']");
  if (!link) return;
  event.preventDefault();
  const target = document.getElementById(link.getAttribute("href").slice(1));
  target?.scrollIntoView({ behavior: "smooth", block: "center" });
  target?.classList.add("flash");
  setTimeout(() => target?.classList.remove("flash"), 1600);
});

setActorNames(actorNames);
setLanguage(initialLanguage());
window.addEventListener("hashchange", render);
render();
api
  .stats()
  .then((value) => {
    stats = value;
    renderHeader(parseHash(location.hash));
  })
  .catch(() => {});
