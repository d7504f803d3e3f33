"""A run renews its heartbeat while it skips records already stored, not only as it stores new ones: a re-run of a
big feed can skip for longer than ``runs.STALE`` before its first new record, and a run judged by its heartbeat
(another host's, on a shared SQLite file) was then taken for dead while it worked."""

from __future__ import annotations

import json
from functools import partial

import pytest
from ledger_fixtures import ledger, migrate  # noqa: F401  (fixtures)
from sqlalchemy import select

from harmledger.ingest.pool import extract_stream
from harmledger.store import runs
from harmledger.store.schema import ingest_runs

REPORTS = [
    "DNIPRO, Ukraine (Reuters) - A Russian missile hit a five-storey building in Dnipro on Friday, killing 3 people, the governor said.",
    "Israeli strikes on a house in Khan Younis killed at least 9 Palestinians overnight, the Gaza health ministry said.",
    "Two men were shot dead and a teenager wounded in a drive-by shooting in Houston on Sunday evening, police said.",
]


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": f"w{n}", "text": t, "published": "2025-02-07"}) + "\n" for n, t in enumerate(REPORTS)))
    return path


def _run_row(ledger, run_id: int) -> dict:
    with ledger.engine.connect() as connection:
        return dict(connection.execute(select(ingest_runs).where(ingest_runs.c.id == run_id)).mappings().one())


def _watching(ledger, seen: list[dict]):
    """A stream that, once every record has passed the check for stored ones, reads the running run's row."""
    def stream(items):
        yield from extract_stream(items)
        with ledger.engine.connect() as connection:
            seen.extend(dict(r) for r in connection.execute(select(ingest_runs).where(ingest_runs.c.status == "running")).mappings())
    return stream


def test_a_rerun_that_skips_every_record_still_beats(ledger, feed, monkeypatch):
    assert ledger.ingest_paths([feed]).added == len(REPORTS)
    monkeypatch.setattr(runs, "Heartbeat", partial(runs.Heartbeat, every=0.0))
    seen: list[dict] = []
    summary = ledger.ingest_paths([feed], stream=_watching(ledger, seen))
    assert (summary.status, summary.added, summary.skipped) == ("done", 0, len(REPORTS))
    [running] = seen
    assert running["id"] == summary.run_id and running["heartbeat_at"] is not None
    assert running["heartbeat_at"] >= running["started_at"]
    assert _run_row(ledger, summary.run_id)["status"] == "done"


def test_skipping_beats_no_more_often_than_the_interval(ledger, feed):
    ledger.ingest_paths([feed])
    seen: list[dict] = []
    summary = ledger.ingest_paths([feed], stream=_watching(ledger, seen))
    assert summary.skipped == len(REPORTS) and seen[0]["heartbeat_at"] is None  # HEARTBEAT_S has not passed
