/* harmledger's map: the offline base map (country outlines and town names), every placed event
 * the filters select, and the open incident outlined. Loaded after app.js, whose helpers it uses.
 *
 * The map draws every match, not one page of the list: the points come from /api/map/points
 * (compact rows, a page at a time). Up to CLUSTER_FROM of them are circles sized by their toll;
 * past that, overlapping circles would be one blob, so they are clustered (leaflet.markercluster)
 * and a cluster opens into smaller clusters and circles as one zooms in.
 */
"use strict";

const POINTS_PAGE = 20000;
const CLUSTER_FROM = 500;
const FOCUS_ZOOM = 5;
const CLUSTERED_FOCUS_ZOOM = 10;
const LABELS_PER_VIEW = 60;
const MARKER_STYLE = { color: "#1d232b", weight: 1 };
const SELECTED_STYLE = { color: "#000", weight: 3 };

async function initMap() {
  if (typeof L === "undefined") {
    $("#map").append(el("p", { class: "map-missing", text: "The map library is not installed on this server: run `make setup` (it installs Leaflet from the npm registry)." }));
    return;
  }
  const map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 0.5 }).setView([30, 20], 2);
  state.map = map;
  map.createPane("land").style.zIndex = 250; // below the town names, which lie below the incidents
  map.createPane("labels").style.zIndex = 300;
  const outlines = L.layerGroup().addTo(map);
  const bases = { "Country outlines (offline)": outlines };
  if (state.config.tiles) {
    // Leaflet takes attributions as HTML: the operator's text goes in escaped
    bases["Online tiles"] = L.tileLayer(state.config.tiles, { attribution: escaped(state.config.tiles_attribution || ""), maxZoom: 18 });
  }
  if (Object.keys(bases).length > 1) L.control.layers(bases, null, { position: "topright" }).addTo(map);
  state.markers = L.featureGroup().addTo(map);
  map.attributionControl.addAttribution("Country outlines: Natural Earth (world-atlas); town names: GeoNames");
  map.on("moveend", () => { clearTimeout(state.labelTimer); state.labelTimer = setTimeout(drawPlaceNames, 150); });
  try {
    const topo = await getJSON("/static/vendor/countries-50m.json");
    const countries = unwrapAntimeridian(topojson.feature(topo, topo.objects.countries));
    L.geoJSON(countries, {
      interactive: false,
      pane: "land",
      style: { color: "#9aa5b1", weight: 0.7, fillColor: "#f6f4ee", fillOpacity: 1 },
    }).addTo(outlines);
  } catch (error) {
    setStatus(`The country outlines could not be loaded (${error.message}); incidents are still shown.`, true);
  }
}

/** Polygons that cross the antimeridian (Chukotka, Fiji, the Aleutians) drawn whole east of it, instead of
 * as bands across the world; Antarctica, which wraps the pole, is left out of a map of incidents. */
function unwrapAntimeridian(collection) {
  const ANTARCTICA = "010";
  const fix = (polygon) => {
    const lons = polygon.flat().map((point) => point[0]);
    if (!(Math.max(...lons) > 170 && Math.min(...lons) < -170)) return polygon;
    return polygon.map((ring) => ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]));
  };
  collection.features = collection.features.filter((f) => f.id !== ANTARCTICA && f.geometry);
  for (const feature of collection.features) {
    const g = feature.geometry;
    if (g.type === "Polygon") g.coordinates = fix(g.coordinates);
    else if (g.type === "MultiPolygon") g.coordinates = g.coordinates.map(fix);
  }
  return collection;
}

/** Every placed event of the filters, as objects; null when a newer load has started meanwhile. */
async function fetchPoints(params, seq) {
  const points = [];
  let after = "";
  while (after !== null) {
    const query = new URLSearchParams(params);
    query.set("limit", String(POINTS_PAGE));
    if (after) query.set("after", after);
    const page = await getJSON("/api/map/points?" + query);
    if (seq !== state.loadSeq) return null;
    for (const row of page.points) points.push(Object.fromEntries(page.columns.map((name, n) => [name, row[n]])));
    after = page.next;
  }
  return points;
}

/** Every point as a circle, clustered past CLUSTER_FROM; resolves once all are on the map (a cluster
 * group takes 100,000 in chunks, the page staying responsive meanwhile). */
function drawMarkers(points) {
  if (!state.map) return Promise.resolve();
  state.map.removeLayer(state.markers);
  state.markerById = new Map();
  state.outlined = null;
  const sorted = points.slice().sort((a, b) => (b.killed ?? 0) - (a.killed ?? 0)); // big circles first, small ones drawn on top
  const markers = sorted.map((point) => {
    const marker = L.circleMarker([point.lat, point.lon], {
      radius: 5 + 2.5 * Math.sqrt(point.killed ?? 0),
      ...MARKER_STYLE,
      fillColor: colour(point.event_type),
      fillOpacity: 0.7,
      className: "incident-marker",
    });
    marker.once("mouseover", () => marker.bindTooltip(tooltip(point), { direction: "top", className: "incident-tooltip" }).openTooltip());
    marker.on("click", () => chooseIncident(point.id));
    marker.on("add", () => {
      const path = marker.getElement();
      if (path) {
        path.dataset.incident = point.id;
        path.dataset.killed = String(point.killed ?? 0);
      }
    });
    state.markerById.set(point.id, marker);
    return marker;
  });
  if (state.fitNext && points.length) { // first: clusters are then made once, at the zoom they are seen at
    state.map.fitBounds(L.latLngBounds(points.map((p) => [p.lat, p.lon])), { padding: [40, 40], maxZoom: 7, animate: false });
    state.fitNext = false;
  }
  state.clustered = points.length > CLUSTER_FROM;
  return new Promise((resolve) => {
    const drawn = () => {
      markSelected();
      resolve();
    };
    if (!state.clustered) {
      state.markers = L.featureGroup(markers).addTo(state.map);
      drawn();
      return;
    }
    const chunkProgress = (done, total) => { if (done === total) drawn(); };
    // on the map before the markers come: a group off the map adds them ten times slower
    state.markers = L.markerClusterGroup({ chunkedLoading: true, chunkProgress, showCoverageOnHover: false }).addTo(state.map);
    state.markers.addLayers(markers);
  });
}

/** The open incident's circle outlined (only it and the one outlined before are restyled: there may be 100,000). */
function markSelected() {
  if (!state.markerById) return;
  const before = state.markerById.get(state.outlined);
  if (before) before.setStyle(MARKER_STYLE);
  const current = state.markerById.get(state.selected);
  if (current) {
    current.setStyle(SELECTED_STYLE);
    current.bringToFront();
  }
  state.outlined = state.selected;
}

/** The open incident's circle, outlined and moved into the part of the map the incident view leaves visible. */
function focusIncident(incident) {
  markSelected();
  if (!state.map || incident.kind === "aggregate" || !incident.place || incident.place.lat === null) return;
  const map = $("#map").getBoundingClientRect();
  const visible = Math.max(0, Math.min(map.right, $("#incident-view").getBoundingClientRect().left) - map.left);
  const zoom = Math.max(state.map.getZoom(), state.clustered ? CLUSTERED_FOCUS_ZOOM : FOCUS_ZOOM);
  state.map.setView([incident.place.lat, incident.place.lon], zoom, { animate: false });
  if (visible > 80) state.map.panBy([Math.round(map.width / 2 - visible / 2), 0], { animate: false });
}

function tooltip(point) {
  return el("div", {},
    el("b", { text: `${point.place || "place unnamed"} · ${point.date || "undated"}` }),
    `${point.killed ?? "–"} killed, ${point.injured ?? "–"} injured`,
    el("br"),
    el("span", { class: "muted", text: point.event_type || "type not coded" }));
}

function drawLegend(points) {
  const present = new Set(points.map((p) => p.event_type || null));
  const legend = $("#legend");
  legend.replaceChildren();
  for (const [name, hex] of EVENT_TYPES) {
    if (present.has(name)) legend.append(el("div", {}, el("i", { style: { background: hex } }), name));
  }
  if (present.has(null)) legend.append(el("div", {}, el("i", { style: { background: UNTYPED_COLOUR } }), "type not coded"));
  legend.append(el("div", { class: "muted", text: state.clustered ? "numbers: incidents clustered; zoom in to open" : "circle area ∝ killed (reconciled best)" }));
}

/* ---- town names on the offline base map -------------------------------- */

/** The largest towns in view (the server's gazetteer), each kept only where its name overlaps none
 * already placed: the biggest win, and smaller towns come in as the view narrows. */
async function drawPlaceNames() {
  if (!state.map) return;
  const bounds = state.map.getBounds();
  const round = (x) => Math.round(x * 100) / 100;
  const query = new URLSearchParams({
    west: round(Math.max(bounds.getWest(), -180)), south: round(Math.max(bounds.getSouth(), -90)),
    east: round(Math.min(bounds.getEast(), 180)), north: round(Math.min(bounds.getNorth(), 90)), limit: String(LABELS_PER_VIEW),
  });
  let found;
  try {
    found = (await getJSON("/api/map/places?" + query)).places;
  } catch {
    return; // the names are a courtesy: the map works without them
  }
  if (!state.labels) state.labels = L.layerGroup().addTo(state.map);
  state.labels.clearLayers();
  const taken = [];
  for (const place of found) {
    const at = state.map.latLngToContainerPoint([place.lat, place.lon]);
    const box = { left: at.x - 3, right: at.x + 10 + 6.5 * place.name.length, top: at.y - 9, bottom: at.y + 9 };
    if (taken.some((b) => box.left < b.right && b.left < box.right && box.top < b.bottom && b.top < box.bottom)) continue;
    taken.push(box);
    const icon = L.divIcon({ className: "place-label", html: el("span", { text: place.name }), iconSize: null, iconAnchor: [3, 8] });
    L.marker([place.lat, place.lon], { icon, pane: "labels", interactive: false, keyboard: false }).addTo(state.labels);
  }
  Object.assign(state.map.getContainer().dataset, { places: String(taken.length), placesZoom: String(state.map.getZoom()) });
}
