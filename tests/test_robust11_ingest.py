"""Ingest faults of session 25's probe: each is named with its file and the problem, the batch goes on, and what
was stored stays stored.

- A feed saved compressed ("feed.jsonl.gz", named .jsonl or .csv by a download), an archive or a PDF, whole
  or cut short, was "binary data (NUL bytes)" or "not valid UTF-8 (invalid start byte at byte 1)": now the
  error says what the file is and what to do;
- a file removed between the folder's listing and its reading, a feed written to while it is read, a link
  that points at itself, a folder linked to its parent;
- a disk that fills up in the middle of a run.
"""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import sqlite3
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import event, text

from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.ledger import Ledger
from harmledger.model import ReadError, Record
from harmledger.store.engine import LedgerError

REPORTS = [
    "A car bomb killed five people at a checkpoint in Mogadishu on Thursday, police said.",
    "Two people were shot dead outside a nightclub in Memphis early on Sunday, police said.",
    "Russian shelling killed a woman and wounded three people in Kherson on Friday, the regional governor said.",
]
FEED = "".join(json.dumps({"id": f"r{n}", "text": text, "published": "2024-05-03"}) + "\n" for n, text in enumerate(REPORTS)).encode()
EVERY_FILE = ReaderOptions(patterns=("*",))


def _zip(payload: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("reports.jsonl", payload)
    return out.getvalue()


PACKED = {
    "feed.jsonl.gz": (gzip.compress(FEED), "gzip-compressed data, not a text report (decompress it first)"),
    "cut.txt.gz": (gzip.compress(FEED)[:30], "gzip-compressed data, not a text report (decompress it first)"),
    "feed.jsonl": (gzip.compress(FEED), "gzip-compressed data, not a text report (decompress it first); the file is skipped"),
    "export.csv": (gzip.compress(b"text\nA bomb killed 2.\n"), "gzip-compressed data, not a text report (decompress it first); the file is skipped"),
    "reports.zip": (_zip(FEED), "a zip archive, not a text report (extract its files first)"),
    "cut.zip": (_zip(FEED)[:25], "a zip archive, not a text report (extract its files first)"),
    "feed.bz2": (bz2.compress(FEED), "bzip2-compressed data, not a text report (decompress it first)"),
    "feed.xz": (lzma.compress(FEED), "xz-compressed data, not a text report (decompress it first)"),
    "statement.txt": (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n", "a PDF document, not a text report (save its text as .txt first)"),
}


def _read(*paths, options=EVERY_FILE) -> list[Record | ReadError]:
    return list(read_paths(paths, options))


def test_compressed_archived_and_pdf_files_are_named_for_what_they_are(tmp_path):
    for name, (data, _) in PACKED.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "kept.txt").write_text(REPORTS[0])
    items = _read(tmp_path)
    assert {Path(i.origin).name: i.reason for i in items if isinstance(i, ReadError)} == {n: why for n, (_, why) in PACKED.items()}
    assert [i.text for i in items if isinstance(i, Record)] == [REPORTS[0]]


def test_a_report_that_begins_with_the_letters_of_a_format_is_still_text(tmp_path):
    texts = ["PK Sharma, a head constable, was shot dead by militants in Srinagar on Monday, police said.",
             "BZh, a local militia, said its fighters killed 4 soldiers near Kidal.",
             "7z Street was sealed off after two people were stabbed there, officers said."]
    for n, report in enumerate(texts):
        (tmp_path / f"{n}.txt").write_text(report)
    assert [i.text for i in _read(tmp_path)] == texts


def test_a_file_removed_between_the_listing_and_its_reading_is_named_and_the_next_is_read(tmp_path):
    for n, report in enumerate(REPORTS):
        (tmp_path / f"{n}.txt").write_text(report)
    items = read_paths([tmp_path], ReaderOptions())
    first = next(items)
    (tmp_path / "1.txt").unlink()  # os.walk listed it already
    rest = list(items)
    assert first.text == REPORTS[0]
    assert [str(i) for i in rest if isinstance(i, ReadError)] == [f"{tmp_path / '1.txt'}: cannot read (No such file or directory)"]
    assert [i.text for i in rest if isinstance(i, Record)] == [REPORTS[2]]


def test_a_feed_written_to_while_it_is_read_names_its_half_written_line_and_a_rerun_stores_it(tmp_path):
    feed = tmp_path / "live.jsonl"
    lines = FEED.decode().splitlines(keepends=True)
    feed.write_text(lines[0])
    items = read_paths([feed], ReaderOptions())
    assert next(items).text == REPORTS[0]
    with open(feed, "a") as writer:  # the crawler appends a record, then half of the next
        writer.write(lines[1] + lines[2][:40])
        writer.flush()
        rest = list(items)
    assert [i.text for i in rest if isinstance(i, Record)] == [REPORTS[1]]
    [half] = [i for i in rest if isinstance(i, ReadError)]
    assert half.line == 3 and half.reason.startswith("not valid JSON")
    feed.write_text("".join(lines))  # the writer finished: the same ingest again stores the rest, nothing twice
    ledger = Ledger(f"sqlite:///{tmp_path / 'ledger.db'}")
    assert (ledger.ingest_paths([feed]).added, ledger.ingest_paths([feed]).added) == (3, 0)


def test_links_that_loop_are_named_once_and_the_walk_ends(tmp_path):
    (tmp_path / "a.txt").write_text(REPORTS[0])
    (tmp_path / "loop1.txt").symlink_to(tmp_path / "loop2.txt")
    (tmp_path / "loop2.txt").symlink_to(tmp_path / "loop1.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "parent").symlink_to(tmp_path)  # followed, the walk would never end
    (tmp_path / "sub" / "z.txt").write_text(REPORTS[1])
    items = _read(tmp_path, options=ReaderOptions())
    assert [i.text for i in items if isinstance(i, Record)] == REPORTS[:2]
    assert [str(i) for i in items if isinstance(i, ReadError)] == [
        f"{tmp_path / name}: cannot read (Too many levels of symbolic links)" for name in ("loop1.txt", "loop2.txt")]


def _pages(url: str) -> int:
    with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
        return connection.execute("PRAGMA page_count").fetchone()[0]


def test_a_disk_that_fills_midway_stops_the_run_keeps_what_was_stored_and_a_rerun_goes_on(tmp_path):
    """SQLite's page limit stands for a full disk: the same SQLITE_FULL ("database or disk is full")."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = Ledger(url)
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"id": f"r{n}", "text": f"{REPORTS[n % 3]} Report {n}. " + "More details followed. " * 40,
                                        "published": "2024-05-03"}) + "\n" for n in range(60)))
    limit = _pages(url) + 12  # room for a few documents, not for sixty
    ledger.engine.dispose()
    full = lambda connection, _: connection.execute(f"PRAGMA max_page_count={limit}")  # noqa: E731
    event.listen(ledger.engine, "connect", full)
    with pytest.raises(LedgerError) as caught:
        ledger.ingest_paths([feed])
    message = str(caught.value)
    assert message.startswith(f"{url}: ") and "(database or disk is full)" in message and "run the same ingest again" in message
    kept = int(message.split("; ")[1].split()[0])
    assert 0 < kept < 60
    event.remove(ledger.engine, "connect", full)
    ledger.engine.dispose()  # space freed
    with ledger.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar() == kept
    again = ledger.ingest_paths([feed])
    assert (again.added, again.skipped, again.failed) == (60 - kept, kept, 0)
    with ledger.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM documents")).scalar() == 60
        assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"


@pytest.fixture
def impatient(monkeypatch):
    """SQLite waits this long for another writer's lock before it answers "database is locked" (30 s in use)."""
    from harmledger.store import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)


def _second_writer(url: str) -> sqlite3.Connection:
    """Another process's write transaction, holding the ledger's write lock until it ends."""
    other = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


def test_a_ledger_locked_by_another_writer_when_a_run_begins_is_named_and_the_next_run_stores_it(tmp_path, impatient):
    """A watcher keeps its ledger open between polls: a run that cannot take the lock was SQLAlchemy's error, SQL and all."""
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = Ledger(url)
    (tmp_path / "a.txt").write_text(REPORTS[0])
    other = _second_writer(url)
    with pytest.raises(LedgerError) as caught:
        ledger.ingest_paths([tmp_path / "a.txt"])
    assert str(caught.value) == f"{url}: the ingest could not begin (database is locked); nothing was stored: run it again"
    other.rollback()
    assert ledger.ingest_paths([tmp_path / "a.txt"]).added == 1


def test_a_ledger_locked_by_another_writer_midway_keeps_what_the_run_stored(tmp_path, impatient):
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = Ledger(url)
    for n, report in enumerate(REPORTS):
        (tmp_path / f"{n}.txt").write_text(report)
    held: list[sqlite3.Connection] = []
    with pytest.raises(LedgerError) as caught:
        ledger.ingest_paths([tmp_path], on_result=lambda summary: held or held.append(_second_writer(url)))
    assert f"{url}: the database stopped answering (database is locked); 1 document was stored before and is kept" in str(caught.value)
    with ledger.engine.connect() as connection:  # its end could not be written either: the row still says running
        assert connection.execute(text("SELECT status FROM ingest_runs")).scalar() == "running"
    held[0].rollback()
    again = ledger.ingest_paths([tmp_path])
    assert (again.added, again.skipped) == (2, 1)
    with ledger.engine.connect() as connection:  # written as the next run began, not left 'running' while this process lives
        rows = connection.execute(text("SELECT status, added FROM ingest_runs ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [("failed", 1), ("done", 2)]
