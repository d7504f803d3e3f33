"""A ledger's health at a glance (``harmledger status``): what it holds, its last run and that run's
errors, and each watched feed's state."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select

from harmledger.dates import utc_now
from harmledger.ledger import Ledger
from harmledger.store.engine import shown
from harmledger.store.runs import is_dead, stored_by
from harmledger.store.schema import documents, ingest_errors, ingest_runs
from harmledger.watch.state import feed_health, plain

ERRORS_SHOWN = 20


def ledger_status(ledger: Ledger) -> dict[str, Any]:
    """What ``harmledger status`` shows, as JSON-ready data."""
    incidents = ledger.count_incidents()
    with ledger.engine.connect() as connection:
        stored = connection.execute(select(func.count()).select_from(documents)).scalar_one()
        last = connection.execute(select(ingest_runs).order_by(ingest_runs.c.id.desc()).limit(1)).mappings().first()
        errors, error_total = [], 0
        if last is not None:
            last = dict(last)
            if is_dead(connection, last):  # the next run will mark it so; status only reads
                last |= {"status": "interrupted", **stored_by(connection, last["id"])}
            where = ingest_errors.c.run_id == last["id"]
            error_total = connection.execute(select(func.count()).select_from(ingest_errors).where(where)).scalar_one()
            columns = select(ingest_errors.c.origin, ingest_errors.c.line, ingest_errors.c.level, ingest_errors.c.reason)
            errors = [dict(row) for row in connection.execute(columns.where(where).order_by(ingest_errors.c.id).limit(ERRORS_SHOWN)).mappings()]
    return {
        "database": shown(ledger.url),
        "documents": stored,
        "incidents": incidents,
        "last_run": plain(last) if last else None,
        "last_run_errors": errors,
        "last_run_error_total": error_total,
        "feeds": feed_states(ledger),
    }


def feed_states(ledger: Ledger) -> list[dict[str, Any]]:
    """Every watched feed's row, its links counted by outcome, and its ``health``."""
    with ledger.engine.connect() as connection:
        return [feed | {"health": health(feed)} for feed in feed_health(connection)]


def health(feed: dict[str, Any]) -> str:
    """ok, failing (the last poll failed), backing_off (not polled again until ``retry_after``) or never_polled."""
    if feed["retry_after"] and datetime.fromisoformat(feed["retry_after"]) > utc_now():
        return "backing_off"
    if feed["failures"]:
        return "failing"
    return "ok" if feed["last_success"] else "never_polled"
