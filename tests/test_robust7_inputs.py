"""Inputs whose size says nothing of their length: a device or a ``/proc`` file reports 0 bytes, and
``/dev/zero`` never ends. Named on the command line they are read (a pipe is, by design), but only to
one byte past the limit for a report, so `extract` and `ingest` answer instead of reading for ever.

Pages in the charset they declare: a saved page or a fetched one in windows-1252 (older and regional news
sites) was refused as 'not valid UTF-8' although its head (or its server) said what it is."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ingest.readers import ReaderOptions, read_paths
from harmledger.model import ReadError, Record
from harmledger.reading import InputError, read_report

ENDLESS = [p for p in ("/dev/zero", "/dev/urandom") if os.path.exists(p)]
endless = pytest.mark.skipif(not ENDLESS, reason="no endless device on this system")


@endless
@pytest.mark.parametrize("device", ENDLESS)
def test_an_endless_device_is_one_report_over_the_limit_read_no_further(device):
    with pytest.raises(InputError, match=f"{device}: over the 1,000-byte limit for one report"):
        read_report(Path(device), max_bytes=1_000)
    result = CliRunner().invoke(app, ["extract", device])
    assert result.exit_code == 1 and "over the 5,242,880-byte limit" in " ".join(result.output.split())


@endless
def test_an_ingest_naming_devices_and_a_proc_file_reads_what_it_can_and_names_the_rest(tmp_path):
    report = tmp_path / "kharkiv.txt"
    report.write_text("Russian shelling of Kharkiv on Monday killed at least 4 people and wounded 9, the regional governor said.")
    items = list(read_paths([*ENDLESS, "/dev/null", str(report)], ReaderOptions(max_bytes=10_000)))
    errors = {i.origin: i.reason for i in items if isinstance(i, ReadError)}
    assert errors == {**{d: "over the 10,000-byte limit for one report" for d in ENDLESS}, "/dev/null": "empty (no text)"}
    assert [i.origin for i in items if isinstance(i, Record)] == [str(report)]


ARTICLE = ("KHARKIV, Ukraine \u2014 Russian shelling of Kharkiv\u2019s Saltivka district on Monday killed at least 4 people "
           "and wounded 9, the regional governor said. \u201cThe caf\u00e9 was full,\u201d a witness said.")


def _page(head: str, body: str = ARTICLE) -> str:
    return (f"<html><head>{head}<title>Shelling kills 4 in Kharkiv</title></head><body><article><h1>Shelling kills 4</h1>"
            f"<p>{body}</p><p>Emergency crews worked through the night to clear the rubble.</p></article></body></html>")


@pytest.mark.parametrize("head, encoding", [
    ('<meta charset="windows-1252">', "cp1252"),
    ('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">', "cp1252"),  # read as browsers do
    ("<meta charset=iso-8859-15>", "iso-8859-15"),
])
def test_a_saved_page_in_the_charset_it_declares_is_read_in_it(tmp_path, head, encoding):
    body = ARTICLE if encoding == "cp1252" else ARTICLE.replace("\u2014", "-").replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    page = tmp_path / "kharkiv.html"
    page.write_bytes(_page(head, body).encode(encoding))
    [record] = [i for i in read_paths([str(page)], ReaderOptions()) if isinstance(i, Record)]
    assert "caf\u00e9 was full" in record.text and ("Kharkiv\u2019s" in record.text or encoding != "cp1252")


def test_a_utf8_page_that_declares_latin1_is_still_read_as_utf8(tmp_path):
    page = tmp_path / "mislabelled.html"
    page.write_bytes(_page('<meta charset="iso-8859-1">').encode("utf-8"))
    [record] = [i for i in read_paths([str(page)], ReaderOptions()) if isinstance(i, Record)]
    assert "Kharkiv\u2019s Saltivka" in record.text and "caf\u00e9" in record.text


@pytest.mark.parametrize("head, words", [
    ("", "not valid UTF-8 (invalid start byte"),
    ('<meta charset="klingon-8">', "not valid UTF-8, and the charset it declares ('klingon-8') is not a text encoding Python knows"),
    ('<meta charset="hex">', "not valid UTF-8, and the charset it declares ('hex') is not a text encoding Python knows"),
    ('<meta charset="base64">', "not valid UTF-8, and the charset it declares ('base64') is not a text encoding Python knows"),
])
def test_a_page_that_is_no_utf8_and_declares_nothing_usable_is_named(tmp_path, head, words):
    page = tmp_path / "page.html"
    page.write_bytes(_page(head).encode("cp1252"))
    [error] = list(read_paths([str(page)], ReaderOptions()))
    assert isinstance(error, ReadError) and words in error.reason


def test_a_fetched_page_is_read_in_the_charset_its_server_gives():
    import httpx

    from harmledger.watch.article import read_article
    from harmledger.watch.fetch import Fetched

    plain = ARTICLE.encode("cp1252")
    for content_type in ("text/plain; charset=windows-1252", 'text/plain;charset="Windows-1252"'):
        page = Fetched("https://news.example.org/kharkiv", 200, plain, httpx.Headers({"content-type": content_type}))
        [record] = [i for i in read_article(page, source=None, title=None, published=None) if isinstance(i, Record)]
        assert record.text == ARTICLE
    unlabelled = Fetched("https://news.example.org/kharkiv", 200, plain, httpx.Headers({"content-type": "text/plain"}))
    [error] = read_article(unlabelled, source=None, title=None, published=None)
    assert isinstance(error, ReadError) and "not valid UTF-8" in error.reason
