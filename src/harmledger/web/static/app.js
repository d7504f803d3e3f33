/* harmledger's page: timeline, filters, list and incident view over the REST API; the map is
 * map.js, the analyst's review review.js and queue.js (loaded after this file, started together).
 *
 * Every row is a linked incident (one per event, however many reports tell it): the map
 * draws each event once, sized by its reconciled best; aggregate tolls (over many places or
 * days) are listed apart, never drawn as a point nor added to the timeline (the API's daily
 * bars leave them out too). The list shows one page of PAGE_SIZE; the server counts the rest.
 *
 * Every string that comes from a report (text, titles, sources, places) is
 * untrusted: it is put into the page with textContent or as a text node, never
 * as HTML, and Leaflet tooltips are given DOM elements, not strings.
 */
"use strict";

/* Okabe & Ito's palette: seven colours told apart with every common colour-vision deficiency. */
const EVENT_TYPES = [
  ["Battles", "#cc79a7"],
  ["Explosions/Remote violence", "#d55e00"],
  ["Violence against civilians", "#0072b2"],
  ["Protests", "#009e73"],
  ["Riots", "#e69f00"],
  ["Strategic developments", "#56b4e9"],
];
const UNTYPED_COLOUR = "#000000";
const PAGE_SIZE = 100;
const AGGREGATE_LIMIT = 50;
const DAY_MS = 86400000;
const SVG_NS = "http://www.w3.org/2000/svg";

const state = {
  config: {},
  map: null,
  markers: null,
  fitNext: true,
  brush: null, // [since, until] as YYYY-MM-DD, set by the timeline
  selected: null,
  incident: null, // the open incident's full answer (claims, history, mentions)
  days: [],
  loadSeq: 0,
  allSeq: 0,
  pageSeq: 0,
  offset: 0, // the list page's first row
  pick: null, // while set, a click on a row or a circle hands it the incident id instead of opening it
};

const $ = (selector) => document.querySelector(selector);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value;
    else if (key === "text") node.textContent = value;
    else if (key === "style") Object.assign(node.style, value);
    else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child); // strings become text nodes
  }
  return node;
}

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

function escaped(text) {
  const holder = document.createElement("span");
  holder.textContent = text;
  return holder.innerHTML; // read back: the text with & < > escaped
}

function colour(type) {
  const found = EVENT_TYPES.find(([name]) => name === type);
  return found ? found[1] : UNTYPED_COLOUR;
}

const QUALIFIER_WORDS = {
  exact: "", at_least: "at least ", more_than: "more than ", about: "about ", up_to: "up to ",
  fewer_than: "fewer than ", vague: "about ",
};

const numberFormat = new Intl.NumberFormat("en");

function figure(count) {
  if (!count) return "–";
  if (count.qualifier === "range") return `${count.low}–${count.high}`;
  return `${QUALIFIER_WORDS[count.qualifier] ?? ""}${count.value}`;
}

function setStatus(message, isError = false) {
  const status = $("#status");
  status.textContent = message || "";
  status.classList.toggle("error", isError);
}

/** The answer's JSON; an Error with the API's message and the HTTP ``status`` when it is not a success. */
async function getJSON(url, options = {}) {
  const response = await fetch(url, { ...options, headers: { Accept: "application/json", ...options.headers } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error ? body.error.message : `${response.status} ${response.statusText}`;
    throw Object.assign(new Error(message), { status: response.status });
  }
  return body;
}

/* ---- filters ---------------------------------------------------------- */

function formFilters() {
  const form = $("#filters");
  const params = new URLSearchParams();
  for (const name of ["since", "until", "place", "type", "min_killed", "q"]) {
    const value = form.elements[name].value.trim();
    if (value) params.set(name, value);
  }
  if (!form.elements.background.checked) params.set("background", "false"); // earlier attacks a report recalls: shown on request
  return params;
}

function withoutDates(params) {
  const copy = new URLSearchParams(params);
  copy.delete("since");
  copy.delete("until");
  return copy;
}

function updateExportLinks(params) {
  const query = params.toString();
  $("#export-csv").href = "/api/export.csv" + (query ? "?" + query : "");
  $("#export-geojson").href = "/api/export.geojson" + (query ? "?" + query : "");
}

/* ---- list ------------------------------------------------------------- */

function drawList(page) {
  const body = $("#incident-list tbody");
  body.replaceChildren();
  for (const incident of page.incidents) {
    const place = incident.place ? [incident.place.name, incident.place.country].filter(Boolean).join(", ") : "–";
    const row = el("tr", { tabindex: "0", "data-incident": incident.id, "data-status": incident.review_status },
      el("td", { class: "date", text: incident.date || "–" }),
      el("td", { text: place }),
      el("td", {}, el("span", { class: "dot", style: { background: colour(incident.event_type) } }),
        incident.event_type || "not coded",
        incident.kind === "aggregate" ? el("span", { class: "muted", text: " (aggregate toll)" }) : null,
        incident.background ? el("span", { class: "muted", text: " (background)" }) : null),
      el("td", { class: "num" }, ...listedFigure(incident.killed),
        incident.contested ? el("span", { class: "contested-badge", title: "named sources disagree on a current figure", text: "contested" }) : null),
      el("td", { class: "num" }, ...listedFigure(incident.injured)),
      el("td", { class: "num", text: String(incident.sources) }),
      el("td", {}, reviewBadge(incident.review_status)),
      el("td", { text: incident.source || "" }));
    row.classList.toggle("selected", incident.id === state.selected);
    row.addEventListener("click", () => chooseIncident(incident.id));
    row.addEventListener("keydown", (event) => { if (event.key === "Enter") chooseIncident(incident.id); });
    body.append(row);
  }
  if (!page.incidents.length) {
    const why = page.total ? "No incidents on this page." : "No incidents match these filters: widen the dates, or clear the place, type or words.";
    body.append(el("tr", { class: "empty" }, el("td", { colspan: String($("#incident-list thead tr").children.length), text: why })));
  }
  drawPager(page);
}

/** "101–200 of 5,000 incidents", newest first, with the buttons that turn the page. */
function drawPager(page) {
  const shown = page.incidents.length;
  const first = shown ? page.offset + 1 : 0;
  $("#summary").textContent = page.total <= shown && !page.offset
    ? `${numberFormat.format(page.total)} incident${page.total === 1 ? "" : "s"}`
    : `${numberFormat.format(first)}–${numberFormat.format(page.offset + shown)} of ${numberFormat.format(page.total)} incidents`;
  $("#page-prev").disabled = page.offset <= 0;
  $("#page-next").disabled = page.offset + shown >= page.total;
}

function reviewBadge(status) {
  return el("span", { class: `review-badge review-${status}`, text: status });
}

/** A row or circle clicked: handed to the merge form while it picks, else opened. */
function chooseIncident(id) {
  if (state.pick) state.pick(id);
  else openIncident(id);
}

/** Tolls over many places or days: listed apart, as their place is where the toll was counted, not a point. */
function drawAggregates(page) {
  const list = $("#aggregate-list");
  list.replaceChildren();
  $("#aggregates").hidden = !page.incidents.length;
  for (const aggregate of page.incidents) {
    const place = aggregate.place ? aggregate.place.name : "place unknown";
    const words = aggregate.evidence.length ? aggregate.evidence[0].text : `${figure(aggregate.killed)} killed`;
    const open = el("button", { type: "button", class: "link", "data-incident": aggregate.id, text: words });
    open.addEventListener("click", () => chooseIncident(aggregate.id));
    list.append(el("li", {}, open, el("span", { class: "muted", text: ` · ${place} · ${aggregate.date || "undated"} · ${aggregate.source || ""}` })));
  }
  if (page.total > page.incidents.length) list.append(el("li", { class: "muted", text: `and ${page.total - page.incidents.length} more` }));
}

/* ---- timeline --------------------------------------------------------- */

const TL = { left: 36, right: 12, top: 8, bottom: 20 };

function dayNumber(iso) { return Date.parse(iso + "T00:00:00Z") / DAY_MS; }
function isoDay(number) { return new Date(Math.round(number) * DAY_MS).toISOString().slice(0, 10); }

function timelineScale() {
  const box = $("#timeline").getBoundingClientRect();
  const width = Math.max(box.width, 200);
  const height = Math.max(box.height, 60);
  let first = state.days.length ? dayNumber(state.days[0].date) : dayNumber(new Date().toISOString().slice(0, 10)) - 30;
  let last = state.days.length ? dayNumber(state.days[state.days.length - 1].date) : first + 30;
  const pad = Math.max(2, Math.round((last - first) * 0.02));
  first -= pad;
  last += pad + 1;
  const plot = width - TL.left - TL.right;
  return {
    width, height, first, last,
    x: (day) => TL.left + ((day - first) / (last - first)) * plot,
    day: (x) => first + ((Math.min(Math.max(x, TL.left), TL.left + plot) - TL.left) / plot) * (last - first),
  };
}

function drawTimeline() {
  const chart = $("#timeline");
  chart.replaceChildren();
  const s = timelineScale();
  chart.setAttribute("viewBox", `0 0 ${s.width} ${s.height}`);
  const bottom = s.height - TL.bottom;
  const peak = Math.max(1, ...state.days.map((d) => d.killed + d.injured));
  const y = (value) => ((bottom - TL.top) * value) / peak;
  const dayWidth = s.x(1) - s.x(0);
  const barWidth = Math.max(2, dayWidth * 0.8);
  const bars = svg("g", { class: "bars" });
  for (const day of state.days) {
    const x = s.x(dayNumber(day.date)) + (dayWidth - barWidth) / 2; // inside its day, [day, day + 1), as the brush reads it
    const killed = y(day.killed);
    const injured = y(day.injured);
    const title = svg("title");
    title.textContent = `${day.date}: ${day.killed} killed, ${day.injured} injured`;
    const k = svg("rect", { class: "bar-killed", x, width: barWidth, y: bottom - killed, height: killed, "data-date": day.date });
    const i = svg("rect", { class: "bar-injured", x, width: barWidth, y: bottom - killed - injured, height: injured, "data-date": day.date });
    k.append(title);
    i.append(title.cloneNode(true));
    bars.append(i, k);
  }
  chart.append(bars, timelineAxis(s, bottom, peak));
  const selection = svg("rect", { class: "brush-selection", x: 0, y: TL.top, width: 0, height: bottom - TL.top, visibility: "hidden" });
  const overlay = svg("rect", { class: "brush-overlay", x: TL.left, y: 0, width: s.width - TL.left - TL.right, height: s.height });
  chart.append(selection, overlay);
  if (state.brush) showBrush(selection, s, state.brush);
  wireBrush(overlay, selection, s);
}

function timelineAxis(s, bottom, peak) {
  const axis = svg("g", { class: "axis" });
  axis.append(svg("line", { x1: TL.left, x2: s.width - TL.right, y1: bottom, y2: bottom }));
  for (const day of tickDays(s)) {
    const x = s.x(day);
    axis.append(svg("line", { x1: x, x2: x, y1: bottom, y2: bottom + 4 }));
    const label = svg("text", { x, y: s.height - 4, "text-anchor": "middle" });
    label.textContent = isoDay(day);
    axis.append(label);
  }
  const top = svg("text", { x: TL.left - 4, y: TL.top + 8, "text-anchor": "end" });
  top.textContent = String(peak);
  const zero = svg("text", { x: TL.left - 4, y: bottom, "text-anchor": "end" });
  zero.textContent = "0";
  axis.append(top, zero);
  return axis;
}

/** Whole days, a whole number of days apart, at most one per 110 pixels: a tick marks the start of the day it
 * names, where that day's bar begins (ticks at fractions of a day named two ticks alike and stood half a day off). */
function tickDays(s) {
  const room = Math.max(2, Math.min(8, Math.floor((s.width - TL.left) / 110)));
  const step = Math.max(1, Math.ceil((s.last - s.first) / room));
  const days = [];
  for (let day = Math.ceil(s.first); day <= s.last - step / 2; day += step) days.push(day);
  return days;
}

function showBrush(selection, s, [since, until]) {
  const x0 = s.x(dayNumber(since));
  const x1 = s.x(dayNumber(until) + 1);
  selection.setAttribute("x", Math.min(x0, x1));
  selection.setAttribute("width", Math.abs(x1 - x0));
  selection.setAttribute("visibility", "visible");
}

function wireBrush(overlay, selection, s) {
  let start = null;
  const localX = (event) => event.clientX - $("#timeline").getBoundingClientRect().left;
  overlay.addEventListener("pointerdown", (event) => {
    start = localX(event);
    overlay.setPointerCapture(event.pointerId);
    selection.setAttribute("x", start);
    selection.setAttribute("width", 0);
    selection.setAttribute("visibility", "visible");
  });
  overlay.addEventListener("pointermove", (event) => {
    if (start === null) return;
    const x = localX(event);
    selection.setAttribute("x", Math.min(start, x));
    selection.setAttribute("width", Math.abs(x - start));
  });
  overlay.addEventListener("pointerup", (event) => {
    if (start === null) return;
    const end = localX(event);
    const [a, b] = [Math.min(start, end), Math.max(start, end)];
    start = null;
    if (b - a < 3) {
      setBrush(null); // a click clears the selection
    } else {
      setBrush([isoDay(Math.floor(s.day(a))), isoDay(Math.ceil(s.day(b)) - 1)]);
    }
  });
}

function setBrush(range) {
  state.brush = range;
  const form = $("#filters");
  form.elements.since.value = range ? range[0] : "";
  form.elements.until.value = range ? range[1] : "";
  $("#timeline-clear").hidden = !range;
  drawTimeline();
  loadIncidents();
}

/* ---- loading ---------------------------------------------------------- */

/** The list's page at ``offset`` and, unless only the page turns, the aggregates and the map's points. */
async function loadIncidents(offset = 0, pageOnly = false) {
  const seq = pageOnly ? state.loadSeq : ++state.loadSeq;
  const pageSeq = ++state.pageSeq;
  const current = () => seq === state.loadSeq && pageSeq === state.pageSeq; // no newer request has been sent
  document.body.dataset.state = "loading";
  const params = formFilters();
  updateExportLinks(params);
  const events = new URLSearchParams(params);
  events.set("kind", "event");
  events.set("limit", String(PAGE_SIZE));
  events.set("offset", String(offset));
  const aggregates = new URLSearchParams(params);
  aggregates.set("kind", "aggregate");
  aggregates.set("limit", String(AGGREGATE_LIMIT));
  try {
    const listed = getJSON("/api/incidents?" + events);
    const mapped = pageOnly ? null : Promise.all([getJSON("/api/incidents?" + aggregates), fetchPoints(params, seq)]);
    mapped?.catch(() => null); // awaited below; should the list fail first, its failure is not left unhandled
    const page = await listed; // the list first: the map's points may take seconds to come
    if (!current()) return;
    state.offset = page.offset;
    drawList(page);
    if (mapped) {
      const [tolls, points] = await mapped;
      if (!current()) return;
      drawAggregates(tolls);
      await drawMarkers(points);
      if (!current()) return;
      drawLegend(points);
    }
    setStatus("");
  } catch (error) {
    if (!current()) return;
    setStatus(error.message, true);
  }
  document.body.dataset.state = "ready";
}

async function loadAll() {
  const mine = ++state.allSeq;
  state.loadSeq++; // a list still coming for the filters before these is stale: it must not be drawn nor say "ready"
  document.body.dataset.state = "loading";
  const params = formFilters();
  try {
    const stats = await getJSON("/api/stats/daily?" + withoutDates(params).toString());
    state.days = stats.days;
  } catch (error) {
    state.days = [];
    setStatus(error.message, true);
  }
  if (mine !== state.allSeq) return; // newer filters were submitted while the days came
  const since = params.get("since") || state.days[0]?.date;
  const until = params.get("until") || state.days[state.days.length - 1]?.date;
  state.brush = (params.has("since") || params.has("until")) && since && until ? [since, until] : null;
  $("#timeline-clear").hidden = !state.brush;
  drawTimeline();
  await loadIncidents();
}

/* ---- incident view ---------------------------------------------------- */

async function openIncident(id) {
  state.selected = id;
  for (const row of document.querySelectorAll("#incident-list tbody tr")) {
    row.classList.toggle("selected", row.dataset.incident === id);
  }
  if (location.hash !== "#incident=" + encodeURIComponent(id)) history.replaceState(null, "", "#incident=" + encodeURIComponent(id));
  const view = $("#incident-view");
  view.hidden = false;
  view.dataset.state = "loading";
  try {
    const incident = await getJSON("/api/incidents/" + encodeURIComponent(id)); // an old mention id is redirected to its incident
    if (state.selected !== id) return;
    if (incident.id !== id) {
      state.selected = incident.id;
      history.replaceState(null, "", "#incident=" + encodeURIComponent(incident.id));
    }
    state.incident = incident;
    drawIncident(incident);
    focusIncident(incident);
    await showReport(incident.document_id, incident.lead_mention_id);
    if (state.selected !== incident.id) return;
    view.dataset.state = "ready";
  } catch (error) {
    setStatus(error.message, true);
    view.dataset.state = "error";
  }
}

/** One report of the open incident in the article panel, this incident's evidence in it highlighted. */
async function showReport(documentId, mentionId) {
  const article = $("#article");
  article.dataset.state = "loading";
  const body = await getJSON("/api/documents/" + encodeURIComponent(documentId));
  if (!state.incident || !state.incident.reports.some((r) => r.document_id === documentId)) return;
  drawArticle(body, mentionId || mentionIn(state.incident, documentId));
  article.dataset.document = documentId;
  article.dataset.state = "ready";
  for (const item of document.querySelectorAll("#sources li")) item.classList.toggle("current", item.dataset.document === documentId);
  for (const step of document.querySelectorAll("#toll-chart .toll-step")) step.classList.toggle("current", step.dataset.document === documentId);
  const first = document.querySelector("#article mark.hl-current");
  if (first) first.scrollIntoView({ block: "center" });
}

/** The incident's mention in a report: the one told as new, else one told as history. */
function mentionIn(incident, documentId) {
  const told = incident.mentions.filter((m) => m.document_id === documentId).sort((a, b) => Number(a.background) - Number(b.background));
  return told.length ? told[0].id : null;
}

function closeIncident() {
  if (state.pick) { // Escape while picking an incident to merge: back to the open one
    stopPicking();
    return;
  }
  state.selected = null;
  state.incident = null;
  $("#incident-view").hidden = true;
  history.replaceState(null, "", location.pathname + location.search);
  for (const row of document.querySelectorAll("#incident-list tbody tr.selected")) row.classList.remove("selected");
  markSelected();
}

/** Whether the reconciled low or high differs from best: the sources do not agree on one figure. */
function spread(count) {
  return (count.low !== null && count.low !== count.best) || (count.high !== null && count.high !== count.best);
}

/** A reconciled figure: the chosen claim's words, then low and high where they differ from best. */
function reconciled(count) {
  if (!count) return null;
  const words = figure(count);
  if (!spread(count) && words === String(count.best)) return words;
  return `${words} (best ${count.best}${spread(count) ? `; low ${count.low ?? "–"}, high ${count.high ?? "–"}` : ""})`;
}

/** A list cell's figure: the chosen claim's words, then the reconciled low–high where the sources' figures
 * spread beyond it (a range's words say it already), so a desk scanning the list sees which tolls are in doubt. */
function listedFigure(count) {
  if (!count) return [figure(count)];
  const range = count.qualifier !== "range" && spread(count)
    ? el("span", { class: "muted spread", text: ` (${count.low ?? "–"}–${count.high ?? "–"})` }) : null;
  return [figure(count), range];
}

function drawIncident(incident) {
  const place = incident.place;
  $("#incident-title").textContent = `${place ? place.name : "Place unknown"} · ${incident.date || "undated"}`;
  const reports = `${incident.sources} report${incident.sources === 1 ? "" : "s"}` +
    (incident.first_reported ? `, ${incident.first_reported}${incident.last_reported !== incident.first_reported ? " to " + incident.last_reported : ""}` : "");
  const facts = [
    ["Type", [incident.event_type, incident.sub_event_type].filter(Boolean).join(" — ") || "not coded"],
    ["Kind", incident.kind === "aggregate" ? "aggregate: a toll over many places or days" : incident.kind + (incident.background ? " (background: told as history)" : "")],
    ["Killed", reconciled(incident.killed)],
    ["Injured", reconciled(incident.injured)],
    ["Missing", incident.missing ? String(incident.missing.best) : null],
    ["Contested", incident.contested ? "yes: named sources disagree on a current figure" : null],
    ["Sources", reports],
    ["Place", place ? [place.name, place.admin1, place.country].filter(Boolean).join(", ") + ` (${place.precision})` : "–"],
    ["When", incident.when ? `${incident.when.start}${incident.when.end && incident.when.end !== incident.when.start ? " to " + incident.when.end : ""} (${incident.when.precision})` : `reported ${incident.published || "–"}`],
    ["Weapon", incident.weapon],
    ["Target", incident.target],
    ["Perpetrator", incident.perpetrator ? `${incident.perpetrator}${incident.attribution ? " (" + incident.attribution + ")" : ""}` : null],
    ["Confidence", incident.confidence !== null ? incident.confidence.toFixed(2) : null],
    ["Review", incident.review_status],
  ];
  const list = $("#incident-facts");
  list.replaceChildren();
  for (const [term, value] of facts) {
    if (value) list.append(el("dt", { text: term }), el("dd", { text: value }));
  }
  drawToll(incident);
  drawSources(incident);
  drawClaims(incident);
  drawReview(incident);
  $("#article").replaceChildren(el("p", { class: "muted", text: "Loading the report…" }));
}

function drawSources(incident) {
  const list = $("#sources");
  list.replaceChildren();
  for (const report of incident.reports) {
    const open = el("button", { type: "button", class: "link", text: report.title || report.source || report.document_id });
    open.addEventListener("click", () => showReport(report.document_id).catch((error) => setStatus(error.message, true)));
    list.append(el("li", { "data-document": report.document_id }, open,
      el("span", { class: "muted", text: " · " + [report.title ? report.source : null, report.published || "undated"].filter(Boolean).join(" · ") }),
      report.url ? el("a", { href: safeUrl(report.url), rel: "noopener noreferrer", target: "_blank", text: "original" }) : null));
  }
}

/** Each source's figures, one card per report and speaker, in publication order. */
function drawClaims(incident) {
  const cards = new Map();
  for (const claim of incident.claims) {
    const key = `${claim.document_id}\u0000${claim.speaker || ""}`;
    if (!cards.has(key)) cards.set(key, { ...claim, figures: [] });
    cards.get(key).figures.push(claim);
  }
  const claims = $("#claims");
  claims.replaceChildren();
  for (const group of cards.values()) {
    const card = el("article", { class: "claim", "data-speaker": group.speaker || "", "data-document": group.document_id },
      el("h4", { text: group.speaker ? `${group.speaker}` : "the report itself" }),
      el("div", { class: "muted", text: [group.source, group.published, group.background ? "told as history" : null].filter(Boolean).join(" · ") }));
    for (const count of group.figures) {
      card.append(el("div", { class: "figure" }, el("span", { text: count.slot }), el("b", { text: figure(count) })));
      if (count.span) card.append(el("q", { text: count.span.text }));
    }
    card.addEventListener("click", () => showReport(group.document_id, group.mention_id).catch((error) => setStatus(error.message, true)));
    claims.append(card);
  }
  if (!cards.size) claims.append(el("p", { class: "muted", text: "No figures." }));
}

const TOLL = { left: 34, right: 18, top: 18, bottom: 34, gap: 30, tail: 48, label: 64 };
const TOLL_SLOTS = ["killed", "injured"];

/** A report's publication instant (UTC, "…T15:00:00Z") where its source gave a time, else its day. */
const publishedWhen = (step) => step.published_at || step.published;

/** Each report's x on a time scale from the first report to the last, where every report stays at least
 * ``TOLL.gap`` from the one before: updates minutes apart stay apart, and a week's silence still reads as
 * the longest stretch. Undated reports follow the dated ones a gap apart. */
function tollPositions(steps, from, to) {
  const times = steps.map((step) => Date.parse(publishedWhen(step) ?? ""));
  let last = -Infinity;
  const gaps = times.slice(1).map((time, n) => {
    if (Number.isFinite(times[n])) last = Math.max(last, times[n]);
    return Number.isFinite(time) && Number.isFinite(last) ? Math.max(0, time - last) : 0;
  });
  const gap = Math.min(TOLL.gap, (to - from) / Math.max(1, gaps.length));
  let floored = gaps.map(() => false);
  let scale = 0;
  for (;;) { // widen the gaps below the floor to it, and share what is left among the others by time
    const timed = gaps.reduce((sum, g, n) => sum + (floored[n] ? 0 : g), 0);
    const room = to - from - gap * floored.filter(Boolean).length;
    scale = timed > 0 ? room / timed : 0;
    const next = gaps.map((g, n) => floored[n] || g * scale < gap); // only grows: ends within gaps.length rounds
    if (next.every((f, n) => f === floored[n])) break;
    floored = next;
  }
  const widths = gaps.map((g, n) => (floored[n] ? gap : g * scale));
  const spare = to - from - widths.reduce((a, b) => a + b, 0); // every gap at the floor: spread them evenly
  const even = spare > 1 && floored.every(Boolean) ? spare / Math.max(1, widths.length) : 0;
  const xs = [from];
  widths.forEach((w) => xs.push(xs[xs.length - 1] + w + even));
  return xs;
}

/** Killed and injured over time: x is each report's publication time, each figure holding as a step until
 * a later report gives another; a report's own figures are dots that open its evidence. */
function drawToll(incident) {
  const chart = $("#toll-chart");
  chart.replaceChildren();
  const width = Math.max(chart.getBoundingClientRect().width, 280);
  const height = 170;
  chart.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const steps = incident.history;
  const bottom = height - TOLL.bottom;
  if (!steps.length) {
    const none = svg("text", { x: TOLL.left, y: height / 2 });
    none.textContent = "No report gave a figure.";
    chart.append(none);
    return;
  }
  const peak = Math.max(1, ...steps.flatMap((s) => TOLL_SLOTS.map((slot) => s[slot] ?? 0)));
  const xs = tollPositions(steps, TOLL.left, width - TOLL.right - TOLL.tail);
  const end = width - TOLL.right;
  const y = (value) => bottom - ((bottom - TOLL.top) * value) / peak;
  chart.append(svg("line", { x1: TOLL.left, x2: end, y1: bottom, y2: bottom }));
  let labelled = -Infinity;
  let labelledDay = null;
  steps.forEach((step, n) => {
    chart.append(svg("line", { class: "tick", x1: xs[n], x2: xs[n], y1: bottom, y2: bottom + 4 }));
    if (xs[n] - labelled < TOLL.label) return; // a label per report that has room: the dots' titles say the rest
    labelled = xs[n];
    const [day, time] = (publishedWhen(step) || "undated").split("T");
    const label = svg("text", { class: "when", x: xs[n], y: bottom + 15 });
    label.textContent = day === labelledDay && time ? time.slice(0, 5) : day; // a later hour of a day already named
    labelledDay = day;
    const source = svg("text", { x: xs[n], y: bottom + 27 });
    source.textContent = (step.source || "").slice(0, 12);
    chart.append(label, source);
  });
  for (const slot of TOLL_SLOTS) {
    let held = null;
    let path = "";
    steps.forEach((step, n) => {
      if (step[slot] !== null && step[slot] !== undefined) {
        path += held === null ? `M${xs[n]},${y(step[slot])}` : `H${xs[n]}V${y(step[slot])}`;
        held = step[slot];
      }
    });
    if (path) chart.append(svg("path", { class: `step-${slot}`, d: path + `H${end}` }));
  }
  steps.forEach((step, n) => {
    for (const slot of TOLL_SLOTS) {
      if (step[slot] === null || step[slot] === undefined) continue;
      const dot = svg("circle", { class: "toll-step", cx: xs[n], cy: y(step[slot]), r: 6, tabindex: "0", role: "button",
        "data-slot": slot, "data-value": String(step[slot]), "data-document": step.document_id, "data-published": publishedWhen(step) || "" });
      const title = svg("title");
      title.textContent = `${(publishedWhen(step) || "undated").replace("T", " ").replace(":00Z", " UTC")} · ${step.source || "a report"}: ${step[slot]} ${slot}`;
      dot.append(title);
      const open = () => showReport(step.document_id, step.mention_id).catch((error) => setStatus(error.message, true));
      dot.addEventListener("click", open);
      dot.addEventListener("keydown", (event) => { if (event.key === "Enter") open(); });
      const value = svg("text", { class: "value", x: xs[n] + 8, y: y(step[slot]) - 6 });
      value.textContent = String(step[slot]);
      chart.append(dot, value);
    }
  });
}

/** The report's title and text, each with the evidence spans that point into it (a figure read from the
 * headline is highlighted in the title: its span's ``part`` is "title"). */
function drawArticle(doc, currentId) {
  const meta = [doc.source, doc.published].filter(Boolean).join(" · ");
  $("#article-meta").textContent = meta ? `(${meta})` : "";
  const inTitle = (h) => h.part === "title";
  $("#article-title").replaceChildren(...highlighted(doc.title || "", doc.highlights.filter(inTitle), currentId));
  const article = $("#article");
  article.replaceChildren(...highlighted(doc.text, doc.highlights.filter((h) => !inTitle(h)), currentId));
  if (doc.url) {
    article.append(el("p", { class: "muted" }, "Source: ", el("a", { href: safeUrl(doc.url), rel: "noopener noreferrer", target: "_blank", text: doc.url })));
  }
}

function safeUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : "#";
  } catch {
    return "#";
  }
}

/** Text nodes and <mark> elements for ``text`` with every highlight span; overlapping spans are split
 * at each boundary, and spans of the open incident are marked ``hl-current``. */
function highlighted(text, highlights, currentId) {
  const spans = highlights.filter((h) => h.start < h.end && h.start >= 0 && h.end <= text.length);
  const cuts = new Set([0, text.length]);
  for (const h of spans) { cuts.add(h.start); cuts.add(h.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let n = 0; n < points.length - 1; n++) {
    const [a, b] = [points[n], points[n + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((h) => h.start <= a && h.end >= b);
    if (!covering.length) {
      nodes.push(document.createTextNode(piece));
      continue;
    }
    const current = covering.filter((h) => h.mention_id === currentId);
    const shown = current.length ? current : covering;
    const roles = [...new Set(shown.map((h) => h.role))];
    const mark = el("mark", { class: current.length ? "hl hl-current" : "hl", "data-roles": roles.join(" "),
      "data-mention": shown[0].mention_id, title: roles.join(", ") });
    mark.textContent = piece;
    nodes.push(mark);
  }
  return nodes;
}

/* ---- start ------------------------------------------------------------ */

async function start() {
  const select = $("#filters").elements.type;
  for (const [name] of EVENT_TYPES) select.append(el("option", { value: name, text: name }));
  $("#filters").addEventListener("submit", (event) => {
    event.preventDefault();
    state.fitNext = true;
    loadAll();
  });
  $("#filters").addEventListener("reset", () => {
    setTimeout(() => { state.fitNext = true; loadAll(); }, 0);
  });
  $("#timeline-clear").addEventListener("click", () => setBrush(null));
  $("#page-prev").addEventListener("click", () => loadIncidents(Math.max(0, state.offset - PAGE_SIZE), true));
  $("#page-next").addEventListener("click", () => loadIncidents(state.offset + PAGE_SIZE, true));
  $("#incident-close").addEventListener("click", closeIncident);
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && state.selected) closeIncident(); });
  let resizeTimer = null;
  window.addEventListener("resize", () => { clearTimeout(resizeTimer); resizeTimer = setTimeout(drawTimeline, 150); });
  try {
    state.config = await getJSON("/api/config");
  } catch (error) {
    setStatus(error.message, true);
  }
  startReview();
  startQueue();
  await initMap();
  await loadAll();
  openFromHash();
  window.addEventListener("hashchange", openFromHash);
}

function openFromHash() {
  const match = location.hash.match(/^#incident=(.+)$/);
  if (match && decodeURIComponent(match[1]) !== state.selected) openIncident(decodeURIComponent(match[1]));
}

document.addEventListener("DOMContentLoaded", start); // after map.js, review.js and queue.js have loaded
