"""Watching a folder: files are read once they stop changing, and writers' temporary names never."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ledger import Ledger
from harmledger.store.schema import documents
from harmledger.watch.folder import Settling, is_article_file, watch_folder

REPORT = "Two people were killed and five wounded when a drone hit a house in Sumy on Monday, the governor said.\n"


def test_a_file_is_ready_only_once_it_has_held_still_for_the_settle_time(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("first half")
    settling = Settling(settle=2.0)
    settling.touch(path, now=0.0)
    assert settling.ready(now=1.5) == []
    with path.open("a") as handle:
        handle.write(" and the rest, some time later")
    assert settling.ready(now=1.9) == []  # it grew: the clock starts again
    assert settling.ready(now=3.8) == []
    assert settling.ready(now=4.0) == [path] and len(settling) == 0
    settling.touch(tmp_path / "gone.txt", now=5.0)
    assert settling.ready(now=9.0) == [] and len(settling) == 0


@pytest.mark.parametrize(
    "name, read",
    [("report.txt", True), ("feed.JSONL", True), ("page.html", True), ("report.txt.part", False), (".report.txt.swp", False),
     (".report.txt", False), ("report.txt~", False), ("page.html.crdownload", False), ("photo.jpg", False)],
)
def test_temporary_names_are_never_read(name, read):
    assert is_article_file(f"/in/{name}") is read


def test_watching_reads_what_is_there_then_each_file_once_complete(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "old.txt").write_text("Earlier: " + REPORT)
    stop = threading.Event()
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        watcher = threading.Thread(target=watch_folder, args=(ledger, inbox, stop), kwargs={"settle": 0.4})
        watcher.start()
        try:
            _wait_for(ledger, 1)
            with (inbox / "slow.txt").open("w") as handle:  # written in three parts, 0.15 s apart
                for part in ("Kyiv: ", "Three people were killed ", "in a missile strike on Tuesday.\n"):
                    handle.write(part)
                    handle.flush()
                    time.sleep(0.15)
            (inbox / "renamed.txt.part").write_text("Odesa: " + REPORT)
            (inbox / "renamed.txt.part").rename(inbox / "renamed.txt")
            texts = _wait_for(ledger, 3)
        finally:
            stop.set()
            watcher.join(timeout=10)
    assert not watcher.is_alive()
    assert sorted(texts) == sorted(["Earlier: " + REPORT, "Kyiv: Three people were killed in a missile strike on Tuesday.\n", "Odesa: " + REPORT])


def _wait_for(ledger: Ledger, documents_wanted: int, seconds: float = 60) -> list[str]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        with ledger.engine.connect() as connection:
            texts = list(connection.execute(select(documents.c.text)).scalars())
        if len(texts) >= documents_wanted:
            time.sleep(0.5)  # and nothing more turns up
            with ledger.engine.connect() as connection:
                return list(connection.execute(select(documents.c.text)).scalars())
        time.sleep(0.05)
    raise AssertionError(f"{documents_wanted} documents expected within {seconds} s; {len(texts)} stored")


def test_watch_dir_once_ingests_what_is_there_and_says_what_failed(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "report.txt").write_text(REPORT)
    (tmp_path / "in" / "empty.txt").write_text("")
    result = CliRunner().invoke(app, ["watch", "--dir", str(tmp_path / "in"), "--once", "--db", str(tmp_path / "l.db"), "--log-json"])
    events = [json.loads(line) for line in result.stderr.splitlines()]
    assert result.exit_code == 1 and [e["event"] for e in events] == ["folder.swept", "folder.error", "folder.warning"]
    assert (events[0]["added"], events[0]["failed"]) == (1, 1) and "empty.txt: empty (no text)" in events[1]["message"]
    assert "report.txt: undated" in events[2]["message"]  # nothing dates the report: stored, and said
