"""kill -9 in the middle of an ingest, then run it again: exactly the rows of an uninterrupted run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from ledger_fixtures import db_url  # noqa: F401  (fixture)
from sqlalchemy import create_engine, func, select

from harmledger.ledger import Ledger
from harmledger.store.schema import CONTENT_TABLES, documents

RECORDS = 120
PLACES = ["Kharkiv", "Odesa", "Sumy", "Kherson", "Dnipro", "Lviv", "Mykolaiv", "Zaporizhzhia"]
VOLATILE = {"ingested_at", "run_id"}
KILL_INSIDE_TRANSACTION = """
import os, signal, sys
import harmledger.ledger as ledger
real = ledger.write_document
calls = 0
def write_then_die(*args, **kwargs):
    global calls
    calls += 1
    added = real(*args, **kwargs)
    if calls == int(os.environ["KILL_AT"]):
        os.kill(os.getpid(), signal.SIGKILL)  # rows written, transaction not committed
    return added
ledger.write_document = write_then_die
from harmledger.cli import app
sys.argv[0] = "harmledger"
app()
"""


def _feed(path: Path) -> Path:
    with open(path, "w") as handle:
        for n in range(RECORDS):
            place = PLACES[n % len(PLACES)]
            text = (
                f"Report {n}. Russian shelling of {place} on Monday killed at least {n % 17 + 1} people and injured {n % 23 + 2}, "
                f"the regional governor said. Rescuers searched the rubble of a five-storey building where 40 people lived. "
                f"Two days earlier a drone strike near {place} killed {n % 5 + 1} civilians, officials said. " * 2
            )
            handle.write(json.dumps({"id": f"r{n}", "text": text, "published": f"2024-03-{n % 28 + 1:02d}"}) + "\n")
    return path


def _ingest_command(feed: Path, url: str, workers: int) -> list[str]:
    return ["ingest", str(feed), "--db", url, "--workers", str(workers), "--no-progress"]


def _content(url: str) -> dict[str, list[tuple]]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table.name: sorted(
                    tuple(str(v) for k, v in row._mapping.items() if k not in VOLATILE)
                    for row in connection.execute(select(table))
                )
                for table in CONTENT_TABLES
            }
    finally:
        engine.dispose()


def _documents(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(select(func.count()).select_from(documents)).scalar_one()
    except Exception:  # the schema may not exist yet
        return 0
    finally:
        engine.dispose()


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The rows an uninterrupted run stores (SQLite; compared across back ends as text)."""
    folder = tmp_path_factory.mktemp("reference")
    feed = _feed(folder / "feed.jsonl")
    url = f"sqlite:///{folder}/reference.db"
    with Ledger(url) as ledger:
        summary = ledger.ingest_paths([feed])
    assert summary.added == RECORDS and summary.failed == 0
    return feed, _content(url)


def _run_cli(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "harmledger.cli", *args], capture_output=True, text=True, timeout=300, **kwargs)


def _same_rows(got: dict, want: dict) -> None:
    for table, rows in want.items():
        assert len(got[table]) == len(rows), table
        assert got[table] == rows, table


def test_kill_9_from_outside_midway_then_resume(db_url, reference):
    feed, want = reference
    url = db_url
    process = subprocess.Popen([sys.executable, "-m", "harmledger.cli", *_ingest_command(feed, url, workers=2)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 120
        while _documents(url) < 40:
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "ingest did not get going"
            time.sleep(0.02)
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
    stored = _documents(url)
    assert 40 <= stored < RECORDS, "the kill should land midway"
    resumed = _run_cli(_ingest_command(feed, url, workers=2))
    assert resumed.returncode == 0, resumed.stderr
    assert f"{RECORDS - stored} added, {stored} skipped" in resumed.stderr
    _same_rows(_content(url), want)


def test_kill_9_inside_a_document_transaction_then_resume(db_url, reference):
    feed, want = reference
    url = db_url
    killed = subprocess.run([sys.executable, "-c", KILL_INSIDE_TRANSACTION, *_ingest_command(feed, url, workers=1)],
                            capture_output=True, text=True, timeout=300, env={**os.environ, "KILL_AT": "25"})
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert _documents(url) == 24  # the 25th document's rows were written but never committed
    resumed = _run_cli(_ingest_command(feed, url, workers=1))
    assert resumed.returncode == 0, resumed.stderr
    assert f"{RECORDS - 24} added, 24 skipped" in resumed.stderr
    _same_rows(_content(url), want)
