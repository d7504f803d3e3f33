"""A record the database refuses is that record's error, never the run's; SQLite writers wait for each other.

Issue 12: a figure too wide for its column (SQLite: 10^21; PostgreSQL: 3,000,000,000
in a 32-bit column) or a NUL character in a JSONL text (PostgreSQL) stopped the whole
ingest with nothing in ``ingest_errors``; two ingests into one new SQLite file failed
with "database is locked" at once although a 30 s wait is configured.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from sqlalchemy import select

import harmledger.extract  # noqa: F401  (its ``extract`` is replaced in a test)
from harmledger.ledger import Ledger
from harmledger.model import Count, Mention, Span
from harmledger.store import IncidentFilter
from harmledger.store.engine import _engine, for_writing
from harmledger.store.schema import COUNT_MAX, documents, ingest_errors
from harmledger.store.writer import RecordRefused

FIGURE = re.compile(r"killed=(\d+)")


def _stated_figure(text: str, published=None, *, title=None) -> list[Mention]:
    """Extraction that takes the figure as written (``killed=N``): the store is tested whatever
    bound the extractor puts on figures."""
    found = FIGURE.search(text)
    if found is None:
        return []
    n = int(found.group(1))
    span = Span(found.start(), found.end(), found.group(0))
    return [Mention(killed=Count(n, "exact", n, n, n, span=span), evidence=[span], sources=["police"])]


def _jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return path


def _errors(ledger: Ledger) -> list[tuple[int, str]]:
    with ledger.engine.connect() as connection:
        query = select(ingest_errors.c.line, ingest_errors.c.reason).where(ingest_errors.c.level == "error").order_by(ingest_errors.c.id)
        return [tuple(r) for r in connection.execute(query)]


def test_refused_records_are_reported_and_the_run_goes_on(ledger, tmp_path, monkeypatch):
    monkeypatch.setattr(sys.modules["harmledger.extract"], "extract", _stated_figure)
    earlier, _ = ledger.add("Stored before: killed=4 in Kharkiv.", _stated_figure("killed=4"))
    feed = _jsonl(tmp_path / "feed.jsonl", [
        "First report: killed=2 in Kyiv.",
        "Absurd report: killed=999999999999999999999 in Kyiv.",  # wider than 64 bits: the writer refuses it
        "Big report: killed=3000000000 in Odesa.",  # past 32 bits: BIGINT holds it
        "A NUL \x00 inside: killed=5 in Sumy.",  # PostgreSQL's text refuses NUL, so the reader does on both back ends
        "Last report: killed=7 in Lviv.",
    ])
    summary = ledger.ingest_paths([feed])
    assert summary.status == "done"
    assert (summary.added, summary.failed) == (3, 2)
    killed = sorted(row["killed"]["value"] for row in ledger.incidents())
    assert killed == [2, 4, 7, 3_000_000_000]
    assert ledger.document(earlier) is not None
    errors = _errors(ledger)
    assert errors[0][0] == 2 and "not stored: mention 1: the killed figure 999,999,999,999,999,999,999 is wider" in errors[0][1]
    assert errors[1][0] == 4 and "NUL" in errors[1][1]
    assert any("feed.jsonl:2: not stored" in message for message in summary.errors)


def test_the_issue_inputs_through_real_extraction_stop_nothing(ledger, tmp_path):
    feed = _jsonl(tmp_path / "feed.jsonl", [
        "Two people were killed in shelling of Kharkiv, police said.",
        "999,999,999,999,999,999,999 people were killed in shelling of Kyiv, police said.",
        "3,000,000,000 people were killed in shelling of Odesa, police said.",
        "Five people were killed in \x00 Sumy, officials said.",
        "Four people were killed in Lviv, officials said.",
    ])
    summary = ledger.ingest_paths([feed])
    assert summary.status == "done" and summary.added + summary.failed == 5
    with ledger.engine.connect() as connection:
        stored = set(connection.scalars(select(documents.c.text)))
    assert {"Two people were killed in shelling of Kharkiv, police said.", "Four people were killed in Lviv, officials said."} <= stored
    assert len(_errors(ledger)) == summary.failed


def test_a_figure_wider_than_the_columns_never_reaches_the_database(ledger):
    text = "Absurd: killed=1"
    mention = _stated_figure(text)[0]
    mention.killed.best = COUNT_MAX + 1
    with pytest.raises(RecordRefused, match="wider than the ledger's counts hold"):
        ledger.add(text, [mention])
    with ledger.engine.connect() as connection:
        assert connection.scalar(select(documents.c.id)) is None


def test_add_refused_by_the_database_is_a_value_error_naming_it(ledger):
    text = "NUL \x00 in the text: killed=3"
    if ledger.engine.dialect.name == "sqlite":
        assert ledger.add(text, _stated_figure(text))[1]
        return
    with pytest.raises(RecordRefused, match="not stored: .*NUL"):
        ledger.add(text, _stated_figure(text), source="wire")


def test_readers_do_not_wait_for_a_writer(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/l.db") as opened:
        with for_writing(opened.engine).begin() as writer:
            writer.execute(documents.insert().values(id="x", text="held"))
            assert opened.count_incidents(IncidentFilter()) == 0  # a deferred reader in WAL mode: no lock wait


def test_two_ingests_into_one_new_sqlite_file_both_finish(tmp_path):
    db = tmp_path / "shared.db"
    commands = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        _jsonl(folder / "feed.jsonl", [f"{n} people were killed in shelling of village {name}{n}, police said." for n in range(2, 42)])
        commands.append([sys.executable, "-m", "harmledger.cli", "ingest", str(folder), "--db", str(db), "--json"])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    runs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env) for c in commands]
    outputs = [run.communicate(timeout=300) for run in runs]
    for run, (out, error) in zip(runs, outputs):
        assert run.returncode == 0, error
        assert json.loads(out)["added"] == 40
    with Ledger(f"sqlite:///{db}") as opened, opened.engine.connect() as connection:
        assert connection.scalar(select(documents.c.id).where(documents.c.text.like("% village a2,%"))) is not None
        assert len(list(connection.scalars(select(documents.c.id)))) == 80


def _open_when_both_ready(url: str, barrier, answers) -> None:
    barrier.wait()
    try:
        with for_writing(_engine(url)).begin() as connection:
            connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS opened (x)")
        answers.put("opened")
    except Exception as error:  # any failure is the answer the parent asserts on
        answers.put(f"{type(error).__name__}: {error}")


def test_two_processes_opening_one_new_sqlite_file_at_once_both_open(tmp_path):
    """Both switch the new file to WAL at the same moment: SQLite refuses one at once (no busy wait), so the
    switch is tried again; before, about one pair in four failed with "database is locked"."""
    forked = multiprocessing.get_context("fork")
    answers = forked.Queue()
    for trial in range(24):
        barrier = forked.Barrier(2)
        url = f"sqlite:///{tmp_path}/new{trial}.db"
        runs = [forked.Process(target=_open_when_both_ready, args=(url, barrier, answers)) for _ in range(2)]
        for run in runs:
            run.start()
        for run in runs:
            run.join(60)
        assert [answers.get(timeout=5), answers.get(timeout=5)] == ["opened", "opened"], f"trial {trial}"
