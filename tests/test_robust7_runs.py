"""A run killed midway (kill -9) is marked 'interrupted' by the next run, and ``harmledger status`` says so
before that; a live run is never taken for a dead one (``store/runs.py``)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from datetime import timedelta

import pytest
from ledger_fixtures import db_url, ledger, migrate  # noqa: F401  (fixtures)
from sqlalchemy import create_engine, select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.dates import utc_now
from harmledger.store import runs
from harmledger.ledger import Ledger
from harmledger.store.schema import ingest_runs

REPORTS = [
    "KHARKIV, Ukraine (AP) — Russian shelling of a market in Kharkiv on Monday killed at least 7 people, the governor said.",
    "Two people were killed and five wounded when a drone hit an apartment block in Odesa overnight, officials said.",
    "A missile strike on Sumy killed 4 civilians, including a child, the regional administration said on Tuesday.",
    "Police said three men were shot dead outside a bar in Oakland late Saturday; a fourth was wounded.",
    "Shelling of Kherson's Dniprovskyi district killed one woman and injured two men, the city's military administration said.",
    "An air strike on a village near Izium killed 11 people, among them two children, Ukraine's prosecutor general said.",
]
DIE_AFTER = 3
KILLED_MIDWAY = """
import os, signal, sys
from harmledger.ingest.pool import extract_stream
from harmledger.ledger import Ledger

def stream(items):
    for n, result in enumerate(extract_stream(items)):
        if n == int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer or kill -9 does: no handler runs
        yield result

Ledger(sys.argv[1]).ingest_paths([sys.argv[2]], stream=stream)
"""


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("".join(json.dumps({"id": f"r{n}", "text": t, "published": "2024-03-04"}) + "\n" for n, t in enumerate(REPORTS)))
    return path


def _runs(url: str) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [dict(r) for r in connection.execute(select(ingest_runs).order_by(ingest_runs.c.id)).mappings()]
    finally:
        engine.dispose()


def test_a_run_killed_midway_is_shown_and_then_marked_interrupted_with_what_it_stored(db_url, feed):
    killed = subprocess.run([sys.executable, "-c", KILLED_MIDWAY, db_url, str(feed), str(DIE_AFTER)], capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    [row] = _runs(db_url)
    assert row["status"] == "running" and row["pid"] not in (None, os.getpid())  # nothing could write its end

    shown = CliRunner().invoke(app, ["status", "--db", db_url, "--json"])
    assert shown.exit_code == 0, shown.output
    last = json.loads(shown.output)["last_run"]
    assert (last["status"], last["added"]) == ("interrupted", DIE_AFTER)
    text = CliRunner().invoke(app, ["status", "--db", db_url])
    assert f"run {row['id']} interrupted" in text.output and "run the same ingest again" in text.output

    with Ledger(db_url) as again:
        summary = again.ingest_paths([feed])
    assert (summary.status, summary.added, summary.skipped) == ("done", len(REPORTS) - DIE_AFTER, DIE_AFTER)
    first, second = _runs(db_url)
    assert (first["status"], first["added"], first["failed"]) == ("interrupted", DIE_AFTER, 0)
    assert second["status"] == "done" and second["pid"] == os.getpid() and second["host"] == runs.host_identity()


def test_a_finished_run_is_not_dead_and_its_lock_is_given_back(db_url, feed):
    with Ledger(db_url) as opened:
        opened.ingest_paths([feed])
        with opened.engine.connect() as connection:
            [row] = [dict(r) for r in connection.execute(select(ingest_runs)).mappings()]
            assert row["status"] == "done" and not runs.is_dead(connection, row)
            if connection.dialect.name == "postgresql":
                assert runs._lock_is_free(connection, row["id"])


def _running_row(ledger: Ledger, **values) -> dict:
    row = {"started_at": utc_now(), "status": "running", "inputs": "feed.jsonl", "added": 0, "skipped": 0, "failed": 0, "warnings": 0,
           "host": runs.host_identity(), "pid": None, "heartbeat_at": None} | values
    with ledger.engine.begin() as connection:
        row["id"] = connection.execute(ingest_runs.insert().values(**row)).inserted_primary_key[0]
    return row


def test_a_live_run_in_another_session_is_alive_until_its_connection_ends(ledger):
    """On PostgreSQL the run's lock says; on SQLite its process (here: this one, which runs)."""
    holder = ledger.engine.connect()
    try:
        with holder.begin():
            row = _running_row(ledger, pid=os.getpid())
            runs.hold(holder, row["id"])
        with ledger.engine.connect() as other:
            assert not runs.is_dead(other, row)
        with ledger.engine.connect() as other:
            assert runs.mark_dead_runs(other) == []
    finally:
        runs.release(holder, row["id"])
        holder.close()


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="tells a reused pid by the start time /proc gives")
def test_a_pid_now_held_by_a_younger_process_is_a_dead_run(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/l.db") as opened, subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as younger:
        try:
            started_before = _running_row(opened, pid=younger.pid, started_at=utc_now() - timedelta(hours=1))
            started_after = _running_row(opened, pid=younger.pid, started_at=utc_now() + timedelta(minutes=1))
            with opened.engine.connect() as connection:
                assert runs.is_dead(connection, started_before)  # the pid was reused by a process born after the run
                assert not runs.is_dead(connection, started_after)
        finally:
            younger.kill()
        younger.wait()
        with opened.engine.connect() as connection:
            assert runs.is_dead(connection, started_after)  # now gone


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="tells a reused pid by the start time /proc gives")
def test_a_run_of_this_very_pid_from_before_this_process_is_dead(ledger):
    """A container restarted after an OOM kill keeps its hostname and gives harmledger the same pid again."""
    row = _running_row(ledger, pid=os.getpid(), started_at=utc_now() - timedelta(days=3650))
    with ledger.engine.connect() as connection:
        assert runs.is_dead(connection, row)


def test_a_run_of_another_host_or_an_old_row_is_judged_by_its_last_heartbeat(ledger):
    now = utc_now()
    elsewhere = {"host": "another-machine.example", "pid": 4242}
    fresh = _running_row(ledger, **elsewhere, started_at=now - timedelta(hours=3), heartbeat_at=now - timedelta(minutes=1))
    silent = _running_row(ledger, **elsewhere, started_at=now - timedelta(hours=3), heartbeat_at=now - runs.STALE - timedelta(minutes=1))
    legacy = _running_row(ledger, host=None, started_at=now - timedelta(days=2))  # written before migration 0018
    with ledger.engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            assert not runs.is_dead(connection, fresh)
            assert runs.is_dead(connection, silent)
        else:  # the lock tells on PostgreSQL, wherever the run is: no session holds theirs
            assert runs.is_dead(connection, fresh) and runs.is_dead(connection, silent)
        assert runs.is_dead(connection, legacy)
    with ledger.engine.connect() as connection:
        marked = runs.mark_dead_runs(connection)
    assert set(marked) >= {silent["id"], legacy["id"]}


def test_a_heartbeat_renews_the_row_and_takes_back_a_wrong_interrupted(ledger):
    row = _running_row(ledger, pid=os.getpid(), status="interrupted")
    beat = runs.Heartbeat(row["id"], every=0)
    with ledger.engine.connect() as connection:
        beat(connection)
        renewed = connection.execute(select(ingest_runs).where(ingest_runs.c.id == row["id"])).mappings().one()
    assert renewed["status"] == "running" and renewed["heartbeat_at"] is not None


@pytest.mark.parametrize("pid", [0, -1, 2**40])
def test_a_pid_no_process_can_have_never_signals_anything(pid):
    assert runs.process_alive(pid, utc_now()) in (False, None)


def test_migration_0018_both_ways_keeps_every_run_and_error(db_url, feed):
    with Ledger(db_url) as opened:
        opened.ingest_paths([feed, str(feed.with_name("missing.txt"))])
    kept = ("id", "status", "inputs", "added", "skipped", "failed", "warnings")
    before = [[run[k] for k in kept] for run in _runs(db_url)]
    migrate(db_url, "0017", down=True)
    assert [[run[k] for k in kept] for run in _runs_at_0017(db_url)] == before
    with Ledger(db_url):  # opening migrates up again
        pass
    [run] = _runs(db_url)
    assert (run["status"], run["added"], run["failed"], run["host"], run["pid"]) == ("done", len(REPORTS), 1, None, None)


def _runs_at_0017(url: str) -> list[dict]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return [dict(r) for r in connection.exec_driver_sql("SELECT * FROM ingest_runs ORDER BY id").mappings()]
    finally:
        engine.dispose()
