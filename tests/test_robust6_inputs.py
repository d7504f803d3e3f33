"""Inputs that a batch met badly on session 22's main: each is now named (file, line, problem) and the batch
goes on with the rest.

- A binary file saved as ``.jsonl`` gave one "not valid UTF-8" per stretch between newline bytes (18 errors
  for 4 KB of noise) instead of saying once that it is binary.
- An empty ``.jsonl`` file (an error, as an empty ``.txt``), and a directory with no file to read (a warning:
  a watched inbox is often empty), were an ingest of nothing, said nowhere.
- A title, source or URL that is a JSON object, list or number was stored as Python's text of it
  (``{'x': 1}`` as a title).
- One endless line (a feed that lost its newlines) was read whole into memory before it was refused.
- ``harmledger extract --jsonl`` on a missing file or a directory stopped with a traceback.
- A number of more than 4,300 digits anywhere in a line made ``json`` raise a plain ``ValueError``
  (Python's limit on converting digits to an int), which stopped the whole ingest with a traceback.
"""

from __future__ import annotations

import io
import json

from harmledger import Ledger
from harmledger.ingest import ReadError, ReaderOptions, Record, read_paths
from harmledger.io_jsonl import read_jsonl

KHARKIV = "At least 6 people were killed and 11 injured when shelling hit a market in Kharkiv, the governor said."
ODESA = "Two people were killed in a drone strike on Odesa on Monday, the regional governor said."
GAZA = "Health officials in Gaza said 14 people were killed in an air strike on a house in Rafah overnight."


def _line(text: str, **fields) -> bytes:
    return json.dumps({"text": text, "published": "2024-03-04", **fields}).encode() + b"\n"


def _read(*paths, **options) -> list:
    return list(read_paths([str(p) for p in paths], ReaderOptions(**options)))


def _texts(items) -> list[str]:
    return [i.text for i in items if isinstance(i, Record)]


def _problems(items) -> list[str]:
    return [f"{i.level}: {i}" for i in items if isinstance(i, ReadError)]


def test_a_binary_file_named_jsonl_is_one_error_not_one_per_newline_byte(tmp_path):
    noise = bytes(range(256)) * 16 + b"\n" + bytes(range(255, -1, -1)) * 16
    (tmp_path / "dump.jsonl").write_bytes(noise)
    (tmp_path / "utf16.jsonl").write_bytes(_line(ODESA).decode().encode("utf-16"))
    (tmp_path / "wire.jsonl").write_bytes(_line(KHARKIV))
    items = _read(tmp_path)
    assert _texts(items) == [KHARKIV]
    assert _problems(items) == [
        f"error: {tmp_path / 'dump.jsonl'}: binary data (NUL bytes: not UTF-8 JSON Lines); the file is skipped",
        f"error: {tmp_path / 'utf16.jsonl'}: binary data (NUL bytes: not UTF-8 JSON Lines); the file is skipped",
    ]


def test_a_nul_byte_deep_in_a_long_feed_is_only_that_lines_error(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(KHARKIV) * 200 + b'{"text": "Two \x00 killed"}\n' + _line(ODESA))
    items = _read(feed)
    assert _texts(items)[-1] == ODESA and len(_texts(items)) == 201
    assert _problems(items) == [f"error: {feed}:201: not valid JSON (Invalid control character at column 15)"]


def test_an_empty_feed_and_a_folder_with_nothing_to_read_are_named(tmp_path):
    (tmp_path / "today.jsonl").write_bytes(b"")
    (tmp_path / "blank.jsonl").write_bytes(b"\n  \n\r\n")
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "wire.jsonl").write_bytes(_line(GAZA))
    items = _read(tmp_path / "today.jsonl", tmp_path / "blank.jsonl", tmp_path / "pdfs", tmp_path / "wire.jsonl")
    assert _texts(items) == [GAZA]
    assert _problems(items) == [
        f"error: {tmp_path / 'today.jsonl'}: empty (no records)",
        f"error: {tmp_path / 'blank.jsonl'}: empty (no records)",
        f"warning: {tmp_path / 'pdfs'}: no file to read in this directory (none matches *.txt, *.md, *.html, *.htm, *.jsonl, *.csv)",
    ]


def test_a_folder_holding_reports_is_read_as_before(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "2024-03-04-odesa.txt").write_text(ODESA)
    assert _texts(_read(tmp_path)) == [ODESA] and _problems(_read(tmp_path)) == []


def test_metadata_that_is_no_text_is_named_and_left_out_not_stored_as_pythons_text_of_it(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        _line(KHARKIV, title={"en": "Market hit"}, source="Reuters", url=["https://example.org/a"])
        + _line(ODESA, title=2024, source=True, language="en")
        + _line(GAZA, title="Strike on Rafah house", url="https://example.org/b", published=20240304)
    )
    items = _read(feed)
    records = [i for i in items if isinstance(i, Record)]
    assert [(r.title, r.source, r.url) for r in records] == [
        (None, "Reuters", None), (None, None, None), ("Strike on Rafah house", None, "https://example.org/b")]
    assert [r.language for r in records] == [None, "en", None]
    assert _problems(items) == [
        f"warning: {feed}:1: url is a list, not text: ignored",
        f"warning: {feed}:1: title is an object, not text: ignored",
        f"warning: {feed}:2: source is true/false, not text: ignored",
        f"warning: {feed}:2: title is a number, not text: ignored",
        f"warning: {feed}:3: published date 20240304 is not YYYY-MM-DD; stored without one",
    ]


def test_a_published_field_of_zero_or_an_empty_list_is_named_not_silently_dropped(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(_line(KHARKIV, published=0) + _line(ODESA, published=[]))
    items = _read(feed, published=None)
    assert [r.published for r in items if isinstance(r, Record)] == [None, None]
    assert _problems(items) == [
        f"warning: {feed}:1: published date 0 is not YYYY-MM-DD; stored without one",
        f"warning: {feed}:2: published date [] is not YYYY-MM-DD; stored without one",
    ]


def test_an_endless_line_is_refused_without_being_held_whole_and_the_next_line_is_read(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b'{"text": "' + b"killed " * 30_000 + b'"}\n' + _line(ODESA))
    items = _read(feed, max_bytes=20_000)
    assert _texts(items) == [ODESA]
    assert _problems(items) == [f"error: {feed}:1: the line is over the 80,000-byte limit for one record; skipped"]


def test_bounded_lines_reads_no_more_than_its_limit_into_one_line():
    from harmledger.io_jsonl import bounded_lines

    lines = list(bounded_lines(io.BytesIO(b"a" * 1000 + b"\nshort\n" + b"b" * 50), limit=100))
    assert [len(line) for line in lines] == [101, 6, 50]
    assert lines[1:] == [b"short\n", b"b" * 50]


def test_reading_jsonl_that_cannot_be_opened_is_reported_not_raised(tmp_path):
    problems = []
    (tmp_path / "folder.jsonl").mkdir()
    assert list(read_jsonl(tmp_path / "missing.jsonl", problems.append)) == []
    assert list(read_jsonl(tmp_path / "folder.jsonl", problems.append)) == []
    assert problems == [f"{tmp_path / 'missing.jsonl'}: cannot read (No such file or directory)",
                        f"{tmp_path / 'folder.jsonl'}: cannot read (Is a directory)"]


def test_an_ingest_over_every_such_input_stores_the_good_records_and_names_the_rest(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "dump.jsonl").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "in" / "empty.jsonl").write_bytes(b"")
    (tmp_path / "in" / "feed.jsonl").write_bytes(_line(KHARKIV, title=["x"]) + _line(ODESA) + b'{"text": "cut')
    (tmp_path / "nothing").mkdir()
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        summary = ledger.ingest_paths([tmp_path / "in", tmp_path / "nothing"])
        again = ledger.ingest_paths([tmp_path / "in"])
    assert (summary.added, summary.failed, summary.warnings) == (2, 3, 2)
    assert (again.added, again.skipped) == (0, 2)


def test_counting_records_for_the_progress_bar_never_opens_a_pipe(tmp_path):
    """``ingest FOLDER --progress`` hung for good on a named pipe in the folder: the reader skips it, but
    the count for the bar opened it, which waits for a writer that never comes. The alarm only turns
    such a hang into a failure."""
    import os
    import signal

    from harmledger.ingest.progress import estimate_records

    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "feed.jsonl").write_bytes(_line(KHARKIV) + _line(ODESA))

    class Hung(Exception):  # not an OSError, which the count takes for an unreadable file
        pass

    def hung(*_):
        raise Hung("the count opened the pipe and waits for a writer")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        total = estimate_records([str(tmp_path)], ReaderOptions())
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert total == 3  # two lines, and one for the pipe


def test_a_number_too_long_for_python_is_that_lines_error_and_the_ingest_goes_on(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        _line(KHARKIV)
        + b'{"text": "Four people were killed in Lviv.", "views": ' + b"7" * 4_301 + b"}\n"
        + b'{"text": "Five people were killed in Sumy.", "score": -0.' + b"5" * 10_000 + b"}\n"
        + _line(ODESA)
    )
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        summary = ledger.ingest_paths([feed])
    assert (summary.added, summary.failed) == (3, 1)
    assert [e for e in summary.errors if e.startswith("error")] == [
        f"error: {feed}:2: not valid JSON (a number of more than 4,300 digits, too long to read)"]


def test_an_empty_watched_inbox_swept_once_is_no_failure(tmp_path):
    """``watch --dir --once`` (cron) exits 1 when a file failed: an empty inbox is the usual case, not a failure."""
    from harmledger.watch.folder import sweep

    (tmp_path / "inbox").mkdir()
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        summary = sweep(ledger, tmp_path / "inbox")
    assert (summary.added, summary.failed, summary.warnings) == (0, 0, 1)


def test_a_file_of_prose_named_jsonl_is_one_error_not_one_stored_per_line(tmp_path):
    """A log or an essay saved as .jsonl stored an error per line (20,000 lines: 20,000 rows, 29 s)."""
    essay = tmp_path / "notes.jsonl"
    essay.write_text("".join(f"Day {n}: shelling reported near the front, no figures yet.\n" for n in range(5_000)))
    items = _read(essay)
    assert _problems(items) == [
        f"error: {essay}: none of the first 100 lines is a JSON object (line 1: not valid JSON (Expecting value at column 1)): "
        "not JSON Lines; the file is skipped"]


def test_bad_lines_before_the_first_record_are_each_named_when_records_follow(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(b"# exported 2024-03-04\n" * 99 + _line(KHARKIV) + b"oops\n" + _line(ODESA))
    items = _read(feed)
    assert _texts(items) == [KHARKIV, ODESA]
    problems = _problems(items)
    assert len(problems) == 100 and problems[0] == f"error: {feed}:1: not valid JSON (Expecting value at column 1)"
    assert problems[-1] == f"error: {feed}:101: not valid JSON (Expecting value at column 1)"
    assert [i.line for i in items[98:101]] == [99, 100, 101]
