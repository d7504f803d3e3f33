"""JSON Lines and CSV that stopped a whole ingest or lost records: each line (row) that cannot be
a record is named (file, line, problem) and the batch goes on with the next.

- A byte-order mark before the first line (a file saved by a Windows editor) lost the first record.
- ``"\\ud800"``: JSON may escape half of a UTF-16 pair alone, but the string it gives cannot be
  encoded, so hashing the text raised ``UnicodeEncodeError`` and the ingest stopped.
- Arrays or objects nested some thousand deep made ``json`` raise ``RecursionError``: the same.
- The same half pair in a text given to ``Ledger.ingest_text`` raised there too.
- A CSV quote never closed made the rest of the file, rows and all, one report's text, silently.
"""

from __future__ import annotations

import codecs
import io
import json
import sys

import pytest
from fastapi.testclient import TestClient

from harmledger import Ledger
from harmledger.ingest import ReadError, ReaderOptions, Record, read_paths
from harmledger.store.writer import RecordRefused
from harmledger.web import Settings, create_app

KHARKIV = "At least 6 people were killed and 11 injured when shelling hit a market in Kharkiv, the governor said."
ODESA = "Two people were killed in a drone strike on Odesa on Monday, the regional governor said."
LVIV = "Three people were killed in Lviv on Monday night"  # no comma: a CSV field without quotes


def _line(text: str, **fields) -> bytes:
    return json.dumps({"text": text, "published": "2024-03-01", **fields}).encode() + b"\n"


def _read(path) -> list:
    return list(read_paths([str(path)], ReaderOptions()))


def _texts(items) -> list[str]:
    return [i.text for i in items if isinstance(i, Record)]


def _problems(items) -> list[str]:
    return [str(i) for i in items if isinstance(i, ReadError)]


def test_a_byte_order_mark_before_the_first_line_is_not_part_of_its_record(tmp_path):
    feed = tmp_path / "windows.jsonl"
    feed.write_bytes(b"\xef\xbb\xbf" + _line(KHARKIV) + _line(ODESA))
    items = _read(feed)
    assert _texts(items) == [KHARKIV, ODESA] and _problems(items) == []


def test_standard_input_with_a_byte_order_mark_is_still_read_as_json_lines(monkeypatch):
    data = b"\xef\xbb\xbf" + _line(KHARKIV) + _line(ODESA)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data))))
    items = list(read_paths(["-"], ReaderOptions()))
    assert _texts(items) == [KHARKIV, ODESA]


def test_a_lone_surrogate_escape_is_that_lines_error_and_a_paired_one_is_text(tmp_path):
    feed = tmp_path / "escaped.jsonl"
    feed.write_bytes(
        b'{"text": "Four people were killed in Odesa \\ud800."}\n'
        b'{"text": "Five people were killed in Lviv \\ud83d\\ude00."}\n'
        b'{"text": "Six killed.", "tags": [{"\\udc00": 1}]}\n'
        + _line(KHARKIV)
    )
    items = _read(feed)
    assert _texts(items) == ["Five people were killed in Lviv \U0001f600.", KHARKIV]
    assert _problems(items) == [
        f"{feed}:1: not valid text (\\ud800 is half of a UTF-16 surrogate pair, with no other half)",
        f"{feed}:3: not valid text (\\udc00 is half of a UTF-16 surrogate pair, with no other half)",
    ]


def test_json_nested_thousands_deep_is_that_lines_error(tmp_path):
    feed = tmp_path / "nested.jsonl"
    feed.write_bytes(b'{"text": "Three killed.", "x": ' + b"[" * 100_000 + b"]" * 100_000 + b"}\n" + _line(KHARKIV))
    items = _read(feed)
    assert _texts(items) == [KHARKIV]
    assert _problems(items) == [f"{feed}:1: not valid JSON (nested too deeply to read)"]


def test_an_ingest_goes_on_past_every_such_line_and_keeps_the_records_around_them(tmp_path):
    feed = tmp_path / "batch.jsonl"
    feed.write_bytes(
        b"\xef\xbb\xbf" + _line(KHARKIV)
        + b'{"text": "Four people were killed in Odesa \\udfff."}\n'
        + b"[" * 50_000 + b"\n"
        + _line(ODESA)
    )
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        summary = ledger.ingest_paths([feed])
    assert (summary.added, summary.failed) == (2, 2)
    assert [e.split(": ", 1)[1] for e in summary.errors if e.startswith("error")] == [
        f"{feed}:2: not valid text (\\udfff is half of a UTF-16 surrogate pair, with no other half)",
        f"{feed}:3: not valid JSON (nested too deeply to read)",
    ]


def test_a_csv_quote_never_closed_is_named_and_does_not_swallow_the_rows_after_it_into_one_report(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text(f'id,text\n1,"{KHARKIV}"\n2,"Four people were killed in Odesa.\n3,{LVIV}\n4,{LVIV}\n')
    items = _read(feed)
    assert _texts(items) == [KHARKIV]
    assert _problems(items) == [
        f"{feed}:3: a quote opened in the row from line 3 is never closed: the rest of the file would be one row, so it is skipped"]


def test_csv_quotes_that_close_are_read_as_before(tmp_path):
    feed = tmp_path / "feed.csv"
    feed.write_text(f'id,text\n1,"{KHARKIV}\nThe ""market"" burned."\n2,A 5" shell: {LVIV}\n3,{LVIV}')
    items = _read(feed)
    assert _texts(items) == [f'{KHARKIV}\nThe "market" burned.', f'A 5" shell: {LVIV}', LVIV]
    assert [i.line for i in items] == [3, 4, 5] and _problems(items) == []


def test_a_report_saved_as_utf16_with_its_byte_order_mark_is_read(tmp_path):
    """Notepad's "Unicode": every other byte is a NUL, which was refused as binary data."""
    (tmp_path / "notepad.txt").write_bytes(KHARKIV.encode("utf-16"))
    (tmp_path / "big-endian.txt").write_bytes(codecs.BOM_UTF16_BE + ODESA.encode("utf-16-be"))
    (tmp_path / "cut.txt").write_bytes(KHARKIV.encode("utf-16")[:-1])
    items = _read(tmp_path)
    assert _texts(items) == [ODESA, KHARKIV]
    assert _problems(items) == [f"{tmp_path / 'cut.txt'}: not valid UTF-16 (truncated data at byte 204)"]


def test_a_lone_surrogate_in_a_text_given_to_the_ledger_or_the_api_is_refused_and_nothing_stored(tmp_path):
    """Python and JSON strings can hold half of a UTF-16 pair; the ledger refuses it as this report's error."""
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        with pytest.raises(RecordRefused, match=r"\\ud800 is half of a UTF-16 surrogate pair"):
            ledger.ingest_text("Shelling of Kharkiv on Monday killed 2 people. \ud800", published="2024-03-04")
        client = TestClient(create_app(Settings(token="t"), ledger=ledger))
        answer = client.post("/api/documents", headers={"Authorization": "Bearer t", "Content-Type": "application/json"},
                             content=b'{"text": "Shelling of Kharkiv killed 2 people.", "title": "Kharkiv \\udfff"}')
        assert answer.status_code == 422, answer.text
        assert "unicode" in answer.json()["error"]["message"]  # pydantic's own refusal: a guard
        assert ledger.incidents() == []
