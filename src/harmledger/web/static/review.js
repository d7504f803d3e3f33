/* The analyst's review in the page. A user's token (`harmledger users add`) turns it on: kept in
 * localStorage and sent as a bearer token, as web/auth.py expects; without one the page stays
 * read-only. In the incident view: confirm, reject, correct, merge, split reports off, "not an
 * incident" per report, and the audit (shown to everyone: reading needs no token).
 *
 * Every write answers with an incident as it now is; the page then reloads the list (and the
 * map where the write can move or remove a point) and reopens that incident with its audit.
 */
"use strict";

const TOKEN_KEY = "harmledger.token";
const REVIEWER_ROLES = ["analyst", "admin"];
const FIGURE_SLOTS = ["killed", "injured"];
const TEXT_FIELDS = ["event_type", "sub_event_type", "weapon", "perpetrator", "attribution"];

const review = { user: null, choices: null, place: null, snapshot: null };

function startReview() {
  $("#signin").addEventListener("submit", (event) => {
    event.preventDefault();
    signIn($("#signin").elements.token.value.trim());
  });
  $("#sign-out").addEventListener("click", () => signOut());
  for (const button of document.querySelectorAll("[data-verdict]")) button.addEventListener("click", () => verdict(button.dataset.verdict));
  $("#correct-open").addEventListener("click", openCorrection);
  $("#correct-form").addEventListener("submit", submitCorrection);
  $("#place-search").addEventListener("click", searchPlace);
  $("#correct-form").elements.event_type.addEventListener("change", fillSubEventTypes);
  $("#merge-open").addEventListener("click", openMerge);
  $("#merge-form").addEventListener("submit", submitMerge);
  $("#merge-pick").addEventListener("click", pickForMerge);
  $("#split-submit").addEventListener("click", splitOff);
  for (const cancel of document.querySelectorAll(".review-form .cancel")) cancel.addEventListener("click", closeForms);
  const kept = localStorage.getItem(TOKEN_KEY);
  if (kept) signIn(kept);
}

/* ---- signing in ----------------------------------------------------------- */

async function signIn(token) {
  if (!token) return;
  try {
    const user = await getJSON("/api/review/me", { headers: { Authorization: `Bearer ${token}` } });
    if (!REVIEWER_ROLES.includes(user.role)) throw new Error(`${user.name} is a ${user.role}: reviewing needs an analyst's token`);
    review.choices = review.choices || fillChoices(await getJSON("/api/review/choices"));
    localStorage.setItem(TOKEN_KEY, token);
    review.user = user;
    $("#user-name").textContent = `${user.name} (${user.role})`;
    $("#signin").elements.token.value = "";
    document.body.dataset.review = "on";
    setStatus("");
  } catch (error) {
    localStorage.removeItem(TOKEN_KEY);
    setStatus(`Not signed in: ${error.message}`, true);
  }
}

function signOut(message = "") {
  localStorage.removeItem(TOKEN_KEY);
  review.user = null;
  document.body.dataset.review = "off";
  closeForms();
  closeQueue();
  setStatus(message, Boolean(message));
}

/** A review write with the kept token; a token the server no longer knows signs the page out. */
async function send(path, body) {
  try {
    return await getJSON(path, {
      method: "POST",
      headers: { Authorization: `Bearer ${localStorage.getItem(TOKEN_KEY)}`, "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch (error) {
    if (error.status === 401) signOut(`Signed out: ${error.message}.`);
    throw error;
  }
}

/** Sends one review action, then shows its outcome: ``map`` when it can move or remove a point,
 * ``open`` false when the caller opens the next incident itself (the queue). */
async function act(path, body, { map = false, open = true } = {}) {
  try {
    const answer = await send(path, body);
    $("#review-comment").value = "";
    await Promise.all([loadIncidents(state.offset, !map), queueShown() ? loadQueue() : null]);
    if (open) await openIncident(answer.incident.id);
    setStatus(`Saved: ${path.split("/").pop().replace(/-/g, " ")}.`);
    return answer;
  } catch (error) {
    setStatus(error.message, true);
    return null;
  }
}

function comment() {
  return $("#review-comment").value.trim() || null;
}

function incidentPath(action) {
  return `/api/incidents/${encodeURIComponent(state.incident.id)}/${action}`;
}

function verdict(name, options = {}) {
  return act(incidentPath(name), { comment: comment() }, options);
}

/* ---- the incident view's review parts ------------------------------------- */

/** Called by drawIncident: forms closed, the reports to split off, the audit. */
function drawReview(incident) {
  closeForms();
  drawMentions(incident);
  loadAudit(incident.id);
}

function closeForms() {
  $("#correct-form").hidden = true;
  $("#merge-form").hidden = true;
  stopPicking();
}

function stopPicking() {
  if (state.pick) setStatus(""); // the picking hint
  state.pick = null;
  delete document.body.dataset.picking;
}

function drawMentions(incident) {
  const list = $("#mentions");
  list.replaceChildren();
  for (const mention of incident.mentions) {
    const doc = mention.document || {};
    const words = [doc.title || doc.source || mention.document_id, doc.published || "undated",
      `${figure(mention.killed)} killed`, mention.background ? "told as history" : null].filter(Boolean).join(" · ");
    const box = el("input", { type: "checkbox", value: mention.id, "aria-label": `Split off: ${words}` });
    box.addEventListener("change", () => {
      $("#split-submit").disabled = !list.querySelector("input:checked");
    });
    const refuse = el("button", { type: "button", class: "not-incident", text: "Not an incident" });
    refuse.addEventListener("click", () => act(`/api/mentions/${encodeURIComponent(mention.id)}/not-an-incident`, { comment: comment() }, { map: true }));
    list.append(el("li", { "data-mention": mention.id }, el("label", {}, box, " ", words), " ", refuse));
  }
  $("#split-submit").disabled = true;
}

function splitOff() {
  const mentions = [...document.querySelectorAll("#mentions input:checked")].map((box) => box.value);
  return act(incidentPath("split"), { mentions, comment: comment() }, { map: true }); // opens the new incident
}

/* ---- correct -------------------------------------------------------------- */

/** The select boxes of the correction form, from the server's own lists; ``choices`` back. */
function fillChoices(choices) {
  const form = $("#correct-form");
  const fill = (name, values, none) => {
    const select = form.elements[name];
    select.replaceChildren(...(none ? [el("option", { value: "", text: none })] : []),
      ...values.map((value) => el("option", { value, text: value.replace(/_/g, " ") })));
  };
  for (const slot of FIGURE_SLOTS) fill(`${slot}_qualifier`, choices.qualifiers);
  fill("date_precision", choices.date_precisions);
  fill("event_type", Object.keys(choices.event_types), "not coded");
  fill("weapon", choices.weapons, "none named");
  fill("attribution", choices.attributions, "none");
  return choices;
}

function openCorrection() {
  if (!state.incident) return;
  const incident = state.incident;
  const form = $("#correct-form");
  closeForms();
  for (const slot of FIGURE_SLOTS) {
    const count = incident[slot];
    form.elements[`${slot}_value`].value = count ? (count.qualifier === "range" ? count.low : count.value) ?? "" : "";
    form.elements[`${slot}_qualifier`].value = count ? count.qualifier : "exact";
    form.elements[`${slot}_high`].value = count && count.qualifier === "range" ? count.high ?? "" : "";
  }
  const place = incident.place;
  form.elements.place_query.value = place ? [place.name, place.admin1].filter(Boolean).join(", ") : "";
  review.place = null;
  $("#place-found").textContent = "";
  const when = incident.when || {};
  form.elements.date_start.value = when.start || incident.date || "";
  form.elements.date_end.value = when.end || when.start || incident.date || "";
  form.elements.date_precision.value = when.precision || "day";
  form.elements.event_type.value = incident.event_type || "";
  fillSubEventTypes();
  for (const field of TEXT_FIELDS) form.elements[field].value = incident[field] || "";
  review.snapshot = formValues(form);
  form.hidden = false;
  form.elements.killed_value.focus();
}

/** The sub-event types ACLED gives the chosen event type (none chosen: none offered). */
function fillSubEventTypes() {
  const form = $("#correct-form");
  const subs = review.choices.event_types[form.elements.event_type.value] || [];
  form.elements.sub_event_type.replaceChildren(el("option", { value: "", text: "not coded" }), ...subs.map((sub) => el("option", { value: sub, text: sub })));
}

function formValues(form) {
  return Object.fromEntries(new FormData(form));
}

/** The gazetteer's place for the words typed (the incident's country first), shown before it is saved. */
async function searchPlace() {
  const words = $("#correct-form").elements.place_query.value.trim();
  review.place = null;
  $("#place-found").textContent = "";
  if (!words) return;
  const query = new URLSearchParams({ q: words });
  if (state.incident.place && state.incident.place.country) query.set("country", state.incident.place.country);
  try {
    const { place } = await getJSON("/api/review/place?" + query);
    review.place = place;
    $("#place-found").textContent = `${[place.name, place.admin1, place.country].filter(Boolean).join(", ")} (${place.precision})`;
  } catch (error) {
    $("#place-found").textContent = error.message;
  }
}

/** Only what the analyst changed is sent: each correction is recorded, and laid over every later recompute. */
async function submitCorrection(event) {
  event.preventDefault();
  const form = event.target;
  const now = formValues(form);
  const was = review.snapshot;
  const changed = (...names) => names.some((name) => now[name] !== was[name]);
  if (changed("place_query") && !review.place) await searchPlace();
  const changes = {};
  for (const slot of FIGURE_SLOTS) {
    if (changed(`${slot}_value`, `${slot}_qualifier`, `${slot}_high`)) changes[slot] = figureGiven(now, slot);
  }
  if (review.place) changes.place = review.place;
  if (changed("date_start", "date_end", "date_precision")) {
    changes.date = now.date_start ? { start: now.date_start, end: now.date_end || now.date_start, precision: now.date_precision } : null;
  }
  for (const field of TEXT_FIELDS) {
    if (changed(field)) changes[field] = now[field].trim() || null;
  }
  if (!Object.keys(changes).length) {
    setStatus("Nothing to save: change a field first.", true);
    return;
  }
  await act(incidentPath("correct"), { changes, comment: comment() }, { map: true });
}

function figureGiven(values, slot) {
  const value = values[`${slot}_value`];
  const qualifier = values[`${slot}_qualifier`];
  if (value === "") return null; // no figure at all
  if (qualifier === "range") return { qualifier, low: Number(value), high: Number(values[`${slot}_high`]) };
  return { value: Number(value), qualifier };
}

/* ---- merge ---------------------------------------------------------------- */

function openMerge() {
  closeForms();
  $("#merge-form").hidden = false;
  $("#merge-form").elements.other.focus();
}

/** The next row or circle clicked names the incident to merge, instead of opening it. */
function pickForMerge() {
  document.body.dataset.picking = "on";
  setStatus("Click the incident to merge into this one, in the list or on the map (Esc: back).");
  state.pick = (id) => {
    stopPicking();
    $("#merge-form").elements.other.value = id;
  };
}

function submitMerge(event) {
  event.preventDefault();
  return act(incidentPath("merge"), { other: event.target.elements.other.value.trim(), comment: comment() }, { map: true });
}

/* ---- audit ---------------------------------------------------------------- */

async function loadAudit(id) {
  const list = $("#audit");
  list.dataset.state = "loading";
  try {
    const { entries } = await getJSON(`/api/incidents/${encodeURIComponent(id)}/audit`);
    if (state.selected !== id) return;
    list.replaceChildren(...entries.map(auditEntry));
    if (!entries.length) list.append(el("li", { class: "muted", text: "Not reviewed yet." }));
  } catch (error) {
    list.replaceChildren(el("li", { class: "muted", text: error.message }));
  }
  list.dataset.incident = id;
  list.dataset.state = "ready";
}

/** One change: when, who, what, the comment, and each field's value before → after. */
function auditEntry(entry) {
  const before = entry.before || {};
  const after = entry.after || {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return el("li", { "data-action": entry.action },
    el("span", { class: "date", text: entry.at.replace("T", " ").slice(0, 16) }),
    ` · ${entry.user} · `,
    el("b", { text: entry.action.replace(/_/g, " ") }),
    entry.comment ? el("q", { text: entry.comment }) : null,
    fields.length ? el("ul", {}, ...fields.map((field) => el("li", { "data-field": field },
      `${field.replace(/_/g, " ")}: `, el("span", { class: "before", text: audited(before[field]) }), " → ",
      el("span", { class: "after", text: audited(after[field]) })))) : null);
}

/** An audited value in words: a figure, a place, a date range, a list of ids, or plain text. */
function audited(value) {
  if (value === null || value === undefined) return "–";
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value !== "object") return String(value);
  if ("qualifier" in value) return figure(value);
  if ("best" in value) return String(value.best);
  if ("name" in value) return [value.name, value.admin1, value.country].filter(Boolean).join(", ");
  if ("start" in value) return value.end && value.end !== value.start ? `${value.start} to ${value.end}` : value.start;
  return JSON.stringify(value);
}
