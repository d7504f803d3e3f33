/* The review queue, in place of the list: unreviewed incidents, the costliest mistakes first
 * (GET /api/review/queue: contested figures, then toll × doubt). Keys decide and move on:
 * j / k the next / previous (opened in the incident view), c confirm, r reject, e correct.
 * A decided incident leaves the queue, so the place it held then holds the next one.
 */
"use strict";

const QUEUE_SIZE = 50;
const QUEUE_KEYS = {
  j: () => moveInQueue(1),
  k: () => moveInQueue(-1),
  c: () => decide("confirm"),
  r: () => decide("reject"),
  e: () => openCorrection(),
};

const queue = { rows: [], at: 0 };

function startQueue() {
  $("#queue-toggle").addEventListener("click", () => (queueShown() ? closeQueue() : openQueue()));
  document.addEventListener("keydown", (event) => {
    const typing = event.target.closest && event.target.closest("input, select, textarea");
    if (!queueShown() || typing || event.ctrlKey || event.metaKey || event.altKey || !QUEUE_KEYS[event.key]) return;
    event.preventDefault();
    QUEUE_KEYS[event.key]();
  });
}

function queueShown() {
  return !$("#queue").hidden;
}

async function openQueue() {
  $("#queue").hidden = false;
  document.body.dataset.view = "queue";
  $("#queue-toggle").textContent = "Back to the list";
  queue.at = 0;
  await loadQueue();
  moveInQueue(0);
}

function closeQueue() {
  $("#queue").hidden = true;
  delete document.body.dataset.view;
  $("#queue-toggle").textContent = "Review queue";
}

async function loadQueue() {
  const table = $("#queue-list");
  table.dataset.state = "loading";
  try {
    const answer = await getJSON(`/api/review/queue?limit=${QUEUE_SIZE}`);
    queue.rows = answer.incidents;
    queue.at = Math.max(0, Math.min(queue.at, queue.rows.length - 1));
    $("#queue-summary").textContent = answer.total
      ? `${numberFormat.format(answer.total)} incident${answer.total === 1 ? "" : "s"} to review; the ${queue.rows.length} costliest mistakes first`
      : "Nothing left to review.";
    drawQueue();
  } catch (error) {
    setStatus(error.message, true);
  }
  table.dataset.state = "ready";
}

function drawQueue() {
  const body = $("#queue-list tbody");
  body.replaceChildren(...queue.rows.map((incident, n) => {
    const row = el("tr", { tabindex: "0", "data-incident": incident.id },
      el("td", { class: "date", text: incident.event_date || "–" }),
      el("td", { text: [incident.admin1, incident.country].filter(Boolean).join(", ") || "–" }),
      el("td", {}, el("span", { class: "dot", style: { background: colour(incident.event_type) } }), incident.event_type || "not coded",
        incident.contested ? el("span", { class: "contested", text: " contested" }) : null),
      el("td", { class: "num", text: incident.killed ?? "–" }),
      el("td", { class: "num", text: incident.injured ?? "–" }),
      el("td", { class: "num", text: incident.mistake_cost === null ? "–" : incident.mistake_cost.toFixed(1) }));
    row.addEventListener("click", () => { queue.at = n; moveInQueue(0); });
    return row;
  }));
}

/** The queue's row ``step`` away from the current one, marked and opened. */
function moveInQueue(step) {
  if (!queue.rows.length) return;
  queue.at = Math.max(0, Math.min(queue.at + step, queue.rows.length - 1));
  const rows = document.querySelectorAll("#queue-list tbody tr");
  rows.forEach((row, n) => row.classList.toggle("selected", n === queue.at));
  rows[queue.at].scrollIntoView({ block: "nearest" });
  openIncident(queue.rows[queue.at].id);
}

/** Confirm or reject the current incident, then open the one that takes its place. */
async function decide(name) {
  const current = queue.rows[queue.at];
  if (!current || !state.incident || state.incident.id !== current.id) return;
  if (await verdict(name, { open: false })) moveInQueue(0);
}
