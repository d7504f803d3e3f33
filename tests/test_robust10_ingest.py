"""One ingest batch holding bad records of every kind, on SQLite and PostgreSQL alike: each bad one is named
with its file, line and problem, the rest are stored, and running the batch again stores nothing twice.

What this round found (session 24's probe):
- one byte that is no UTF-8 in a CSV file ended the file there ("the rest of the file is skipped"): a
  20,000-row export lost every row after a single mis-encoded name. Now that row alone is refused;
- a language longer than the ledger's 8 characters ("zh-Hant-TW", a word) and a NUL character in a title,
  source or URL were stored on SQLite and refused, the whole document with them, on PostgreSQL. Now the
  language is shortened as a language tag is (or dropped) and the field dropped, each with a warning;
- a NUL character in the text was stored on SQLite only: now it is the record's error on both back ends;
- a file name that is no UTF-8 aborted the whole ingest (below).
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path

import pytest
from ledger_fixtures import ledger  # noqa: F401  (fixture)
from sqlalchemy import select

from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.model import ReadError, Record
from harmledger.store.schema import documents, ingest_errors, ingest_runs

REPORTS = [
    "KHARKIV, Ukraine (Reuters) - Russian shelling of Kharkiv on Monday killed 4 people and wounded 9, the governor said.",
    "Israeli strikes on a house in Khan Younis killed at least 9 Palestinians overnight, the Gaza health ministry said.",
    "Two men were shot dead and a teenager wounded in a drive-by shooting in Houston on Sunday evening, police said.",
    "A roadside bomb killed three soldiers near Kidal in northern Mali on Tuesday, the army said in a statement.",
    "Gunmen killed 12 villagers in an attack on Zike, Plateau State, late on Saturday, a local official told AFP.",
    "A drone strike on a market in El Fasher killed 15 civilians on Wednesday, according to a local resistance committee.",
]
POISON = "POISONED-REPORT: a fire at a warehouse in Lagos killed 2 guards, police said."


def _jsonl(path, rows: list[object]) -> None:
    path.write_bytes(b"".join((row if isinstance(row, bytes) else json.dumps(row).encode()) + b"\n" for row in rows))


@pytest.fixture
def batch(tmp_path):
    """A JSONL feed and a CSV export, each with good records among bad ones; the lines of the good ones."""
    feed = tmp_path / "feed.jsonl"
    _jsonl(feed, [
        {"id": "a1", "text": REPORTS[0], "published": "2024-03-04", "language": "en"},
        {"id": ["a2"], "text": 42, "published": "2024-03-04"},                                   # 2: text a number
        {"id": "a1", "text": REPORTS[1], "published": 20231107, "title": "x" * 100_000},          # 3: same id, other text
        {"id": "a4", "text": "Shelling\u0000 killed 3 in Kherson.", "published": "2024-03-04"},  # 4: NUL in the text
        {"id": "a5", "text": REPORTS[2], "published": "2023-05-14", "language": "en-Latn-US-x-newsroom",
         "title": "Two shot dead\u0000", "source": "Houston\u0000 Chronicle"},                   # 5: stored, three warnings
        b'{"id": "a6", "text": "caf\xe9 bombing killed 4 in Kyiv"}',                              # 6: not UTF-8
        {"id": "a7", "text": POISON, "published": "2024-03-04"},                                  # 7: extract raises
        {"id": "a8" * 200_000, "text": REPORTS[3], "published": ["2024-03-05"]},                 # 8: huge id, list date
        {"id": "a9", "text": "x" * 300_000},                                                     # 9: text over the limit
        {"id": "a10", "text": REPORTS[4], "published": "2024-06-08", "language": "verylongword"},  # 10: language dropped
        {"id": "a11", "text": REPORTS[4], "notes": "n" * 1_000_000},                              # 11: line over the limit
    ])
    export = tmp_path / "export.csv"
    export.write_bytes(
        b"id,text,published,language\n"
        + f'c1,"{REPORTS[5]}",2024-04-17,ar\n'.encode()
        + b'c2,"Beir\xfbt blast killed 6",2024-04-17,ar\n'                                         # 3: cp1252 byte
        + b'c3,"' + POISON.encode() + b'",2024-04-17,zh-Hant-TW\n'                                # 4: extract raises
        + f'c4,"{REPORTS[0]}",2024-03-04,en\n'.encode()                                           # 5: again (feed line 1)
    )
    return feed, export


def _explode(real):
    def extract(text, *args, **kwargs):
        if text.startswith("POISONED-REPORT"):
            raise RuntimeError("an extractor bug")
        return real(text, *args, **kwargs)
    return extract


def _stored(ledger) -> tuple[list[tuple], list[tuple]]:
    with ledger.engine.connect() as connection:
        docs = sorted(connection.execute(select(documents.c.origin, documents.c.title, documents.c.source, documents.c.language)).all(),
                      key=lambda row: row.origin or "")
        errors = sorted(connection.execute(select(ingest_errors.c.run_id, ingest_errors.c.origin, ingest_errors.c.line,
                                                  ingest_errors.c.level, ingest_errors.c.reason)).all())
    return docs, errors


def test_a_batch_of_bad_records_names_each_stores_the_rest_and_reruns_to_nothing(ledger, batch, monkeypatch):
    feed, export = batch
    extract_module = importlib.import_module("harmledger.extract")  # ``harmledger.extract`` is also the function
    monkeypatch.setattr(extract_module, "extract", _explode(extract_module.extract))
    options = ReaderOptions(max_bytes=200_000)  # lines of 800,000 bytes at most: the 200 MB line of a real feed, scaled
    summary = ledger.ingest_paths([feed, export], options=options)
    assert (summary.added, summary.duplicates, summary.failed) == (6, 1, 8), summary.errors

    docs, errors = _stored(ledger)
    languages = {d.origin: d.language for d in docs}
    assert set(languages) == {f"{feed}:{n}" for n in (1, 3, 5, 8, 10)} | {f"{export}:2"}
    assert (languages[f"{feed}:1"], languages[f"{feed}:5"], languages[f"{export}:2"]) == ("en", "en-Latn", "ar")
    assert languages[f"{feed}:10"] != "verylongword"  # dropped (the ledger may tell the language itself)
    [houston] = [d for d in docs if d.language == "en-Latn"]
    assert (houston.title, houston.source) == (None, None)
    failed = {(line, origin): message for _run, origin, line, level, message in errors if level == "error"}
    assert set(failed) == {(2, str(feed)), (4, str(feed)), (6, str(feed)), (7, str(feed)), (9, str(feed)), (11, str(feed)),
                           (3, str(export)), (4, str(export))}
    assert "NUL character" in failed[4, str(feed)] and "not valid UTF-8" in failed[6, str(feed)]
    assert "extraction failed (RuntimeError: an extractor bug)" in failed[7, str(feed)]
    assert "extraction failed" in failed[4, str(export)] and "byte 0xfb in the row from line 3" in failed[3, str(export)]
    warned = {(line, message) for _run, origin, line, level, message in errors if level == "warning" and origin == str(feed)}
    assert {(5, "title holds a NUL character (\\u0000): ignored"), (5, "source holds a NUL character (\\u0000): ignored"),
            (5, "language 'en-Latn-US-x-newsroom' is longer than the 8 characters a ledger keeps: kept as 'en-Latn'"),
            (10, "language 'verylongword' is longer than the 8 characters a ledger keeps: ignored")} <= warned

    again = ledger.ingest_paths([feed, export], options=options)
    assert (again.added, again.skipped, again.failed) == (0, 7, 8)  # the repeat counts as stored before, now
    assert _stored(ledger)[0] == docs


def test_a_csv_row_that_is_no_utf8_is_refused_alone_and_the_rows_after_it_are_read(tmp_path):
    export = tmp_path / "wire.csv"
    export.write_bytes(b"headline,body,date\n"
                       + b'"Kharkiv","' + REPORTS[0].encode() + b'",2024-03-04\n'
                       + b'"S\xe3o Paulo","Policia: 3 mortos em S\xe3o Paulo",2024-03-04\n'      # Latin-1 among UTF-8
                       + b'"Houston","' + REPORTS[2].encode() + b'",2023-05-14,\xff\n'          # a stray byte past the columns
                       + b'"Mali","' + REPORTS[3].encode() + b'",2024-03-05\n')
    items = list(read_paths([str(export)], ReaderOptions()))
    assert [(i.line, i.title) for i in items if isinstance(i, Record)] == [(2, "Kharkiv"), (5, "Mali")]
    assert [(e.line, e.reason) for e in items if isinstance(e, ReadError)] == [
        (3, "not valid UTF-8 (byte 0xe3 in the row from line 3): the row is skipped"),
        (4, "not valid UTF-8 (byte 0xff in the row from line 4): the row is skipped"),
    ]


def test_a_csv_whose_header_is_no_utf8_is_named_once(tmp_path):
    export = tmp_path / "notes.csv"
    export.write_bytes(b"fecha,regi\xf3n,notes\n2024-03-04,Sucre,\"" + REPORTS[3].encode() + b"\"\n")
    [error] = list(read_paths([str(export)], ReaderOptions()))
    assert (error.line, error.reason) == (1, "not valid UTF-8 (byte 0xf3 in the header line); the file is skipped")


@pytest.mark.parametrize("tag, kept", [("zh-Hant-TW", "zh-Hant"), ("sr-Latn-RS", "sr-Latn"), ("english-language", "english"),
                                        ("Ukrainian", None), ("es-419", "es-419"), ("en", "en")])
def test_a_language_is_shortened_as_a_language_tag_is(tmp_path, tag, kept):
    feed = tmp_path / "feed.jsonl"
    _jsonl(feed, [{"text": REPORTS[1], "language": tag}])
    items = list(read_paths([str(feed)], ReaderOptions()))
    [record] = [i for i in items if isinstance(i, Record)]
    assert record.language == kept
    assert bool([i for i in items if isinstance(i, ReadError)]) == (len(tag) > 8)


def _non_utf8_name(folder, name: bytes):
    """``folder / name`` for a file name that is no UTF-8 (Linux takes any bytes; some file systems refuse them)."""
    try:
        path = os.path.join(os.fsencode(folder), name)
        open(path, "wb").close()
    except OSError:
        pytest.skip("this file system takes only UTF-8 file names")
    return os.fsdecode(path)


def test_files_whose_names_are_no_utf8_are_read_and_named_with_escapes(ledger, tmp_path):
    """A Latin-1 file name from an old archive or a zip (``caf\\xe9.txt``) came through as a lone surrogate,
    and storing its first record aborted the whole ingest with a UnicodeEncodeError."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    latin1 = _non_utf8_name(inbox, b"Mal\xed-2024-03-05.txt")
    with open(latin1, "w") as handle:
        handle.write(REPORTS[3])
    feeds = _non_utf8_name(tmp_path, b"fil\xe9")
    os.remove(feeds)
    os.mkdir(feeds)
    _jsonl(Path(feeds) / "wire.jsonl", [{"text": REPORTS[4], "published": "2024-06-08"}])
    missing = os.fsdecode(os.path.join(os.fsencode(tmp_path), b"gon\xe9.txt"))

    summary = ledger.ingest_paths([inbox, feeds, missing])
    assert (summary.added, summary.failed) == (2, 1), summary.errors
    docs, errors = _stored(ledger)
    assert {d.origin for d in docs} == {f"{inbox}/Mal\\xed-2024-03-05.txt", f"{tmp_path}/fil\\xe9/wire.jsonl:1"}
    assert [(origin, message) for _run, origin, _line, level, message in errors if level == "error"] == [
        (f"{tmp_path}/gon\\xe9.txt", "cannot read (No such file or directory)")]
    with ledger.engine.connect() as connection:
        inputs = connection.execute(select(ingest_runs.c.inputs).where(ingest_runs.c.id == summary.run_id)).scalar_one()
    assert inputs.splitlines() == [str(inbox), f"{tmp_path}/fil\\xe9", f"{tmp_path}/gon\\xe9.txt"]
