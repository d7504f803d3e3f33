"""Each incident's finished list row, kept as JSON, so that a page of incidents is one indexed query.

Building a row (``query.incident_rows_by_id``) reads the lead mention with its place
and document, its counts, spans and named sources, and for an incident told by several
reports the claims its figures were chosen from and the reports: four to six queries
and about 0.15 ms of Python per row, 16 ms of CPU for a page of 100 at 100,000
incidents. Rows change only when their incident does, and incidents change only when
linking or review recomputes them (``link.linker.refresh``), so ``store_recomputed`` builds
the row there, in the same transaction, with the same code the live path runs, from what the
recomputation read (``query.recomputed_rows``): the stored row is never older than the incident.
A page is then the page's ids, their ``review_status`` and their stored JSON from one walk of
the date index, joined with commas (``page_rows``): no row is decoded or re-encoded.

*Live columns* (``LIVE_COLUMNS``) change without a refresh (a verdict sets
``review_status`` directly, ``review.actions._verdict``): they are left out of the
stored JSON and added from the incident's own column as the page is read.

A row that is missing or of another ``ROW_FORMAT`` (an incident written by other
means, such as the benches' seeding, or a ledger stored before a change of the row's
shape) is built live when read, so a page is never wrong, only slower; ``rebuild``
stores every row anew and runs when a ledger is opened whose rows are of another format.

``ledger_state.version`` is raised by triggers on every write to ``incidents`` and
``incident_rows`` (migration 0010), whatever code writes them; with the random
``epoch`` it keys the store's page cache and the API's ETags.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select, update

from harmledger.store import query
from harmledger.store.prepared import Prepared
from harmledger.store.query import NEWEST_FIRST, IncidentFilter
from harmledger.store.schema import incident_rows, incidents, ledger_state
from harmledger.store.writer import Written, upsert_all

ROW_FORMAT = 2
"""Raise it whenever the shape of a row changes (``query.assemble_incidents`` and below): stored
rows of another format are then built live until a ledger's opening rebuilds them all."""
LIVE_COLUMNS = ("review_status",)
REBUILD_PAGE = 1000


def encode(row: dict[str, Any]) -> str | None:
    """The row as stored: compact JSON without its live columns (None if it holds a value JSON cannot,
    such as NaN: that row is then built live, and fails, as before, when read)."""
    try:
        return json.dumps({k: v for k, v in row.items() if k not in LIVE_COLUMNS}, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
    except ValueError:
        return None


def with_live(stored: str, review_status: str) -> str:
    """A stored row with its live columns added (the stored JSON is an object with keys: append before its brace)."""
    return stored[:-1] + ',"review_status":' + json.dumps(review_status) + "}"


def store_recomputed(connection: Connection, saved: list[dict[str, Any]], members: dict[str, list[dict[str, Any]]],
                     claims: dict[str, list[dict[str, Any]]], written: Written | None = None) -> None:
    """Store the rows of incidents just recomputed (``saved``, from ``members`` and ``claims``: ``query.recomputed_rows``),
    built from what the recomputation read rather than read back (called wherever an incident is recomputed)."""
    _save(connection, query.recomputed_rows(connection, saved, members, claims, written))


def _save(connection: Connection, built: list[dict[str, Any]]) -> None:
    values = [{"incident_id": row["id"], "row": text, "format": ROW_FORMAT} for row in built if (text := encode(row)) is not None]
    upsert_all(connection, incident_rows, values, ["incident_id"])


def page_rows(connection: Connection, filters: IncidentFilter | None, limit: int, offset: int) -> list[str]:
    """A page of rows as JSON texts, newest first: the page's ids from one walk of an ``incidents`` index
    (the query plan of the old live path), then their stored rows by key; a row missing or of another
    format is built live."""
    if limit < 0 or offset < 0:  # SQLite reads a negative LIMIT as none and PostgreSQL refuses it: say so for both
        raise ValueError(f"limit ({limit}) and offset ({offset}) are 0 or more")
    page = query._selected(connection, [incidents.c.id, incidents.c.review_status], filters).order_by(*NEWEST_FIRST).limit(limit).offset(offset)
    found = connection.execute(page).all()
    if not found:
        return []
    stored_query = select(incident_rows.c.incident_id, incident_rows.c.row).where(
        incident_rows.c.incident_id.in_([id for id, _ in found]), incident_rows.c.format == ROW_FORMAT)
    stored = dict(connection.execute(stored_query).all())
    missing = [id for id, _ in found if id not in stored]
    if missing:
        stored.update((row["id"], encode(row)) for row in query.incident_rows_by_id(connection, missing))
    # no row: no lead mention (which the live path leaves out too), or a value JSON cannot hold
    return [with_live(stored[id], review_status) for id, review_status in found if stored.get(id) is not None]


def state(connection: Connection) -> tuple[str, int]:
    """(epoch, version): changes with every write to an incident or its row."""
    (epoch, version), = STATE.tuples(connection)
    return epoch, version


STATE = Prepared(select(ledger_state.c.epoch, ledger_state.c.version).where(ledger_state.c.id == 1))
"""Built once: the linker reads the state twice per document (``linking.locked_state`` locks it)."""


def stale(connection: Connection) -> bool:
    """Whether the stored rows are of another format than this code's (or were never built)."""
    return connection.scalar(select(ledger_state.c.row_format).where(ledger_state.c.id == 1)) != ROW_FORMAT


def rebuild(connection: Connection) -> int:
    """Store every listed incident's row anew, a page at a time (keyset paging); how many."""
    stored = 0
    batch: list[dict[str, Any]] = []
    for row in query.iter_incident_rows(connection, None, page=REBUILD_PAGE):
        batch.append(row)
        if len(batch) == REBUILD_PAGE:
            _save(connection, batch)
            stored, batch = stored + len(batch), []
    _save(connection, batch)
    connection.execute(update(ledger_state).where(ledger_state.c.id == 1).values(row_format=ROW_FORMAT))
    return stored + len(batch)
