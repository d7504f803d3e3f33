"""CLI surfaces with bad numbers and bad names: a worker count no machine should fork is refused with the limit
(never a fork bomb or a traceback), and ``geocode --jsonl`` says why it gives null."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ingest.pool import WORKERS_PER_CORE, checked_workers, extract_stream, usable_cores
from harmledger.ledger import Ledger
from harmledger.reading import InputError
from harmledger.watch.config import load_watch_list
from harmledger.store.schema import ingest_runs

TOO_MANY = WORKERS_PER_CORE * usable_cores() + 1


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("A Russian missile strike on Dnipro killed 3 people and wounded 12 on Tuesday, the regional governor said.")
    return path


@pytest.mark.parametrize("args", [
    ["ingest", "{report}", "--workers", "10000"],
    ["ingest", "{report}", "--workers", str(TOO_MANY)],
    ["ingest", "{report}", "--dask-workers", "10000"],
    ["link", "{report}", "--workers", "10000"],
    ["serve", "--workers", "10000"],
])
def test_a_worker_count_beyond_the_machine_is_refused_with_the_limit(args, report, tmp_path):
    db = str(tmp_path / "ledger.db")
    if args[0] != "link":
        args = [*args, "--db", db]
    result = CliRunner().invoke(app, [a.format(report=report) for a in args])
    assert result.exit_code == 2 and result.exception is not None and isinstance(result.exception, SystemExit), result.output
    assert f"give 1 to {WORKERS_PER_CORE * usable_cores()}" in " ".join(result.output.split()).replace("│ ", "").replace(" │", "")
    assert not (tmp_path / "ledger.db").exists() or args[0] == "serve"


@pytest.mark.parametrize("workers", ["0", "-1"])
def test_no_worker_is_refused_too(workers, report, tmp_path):
    result = CliRunner().invoke(app, ["ingest", str(report), "--db", str(tmp_path / "l.db"), "--workers", workers])
    assert result.exit_code == 2 and "--workers" in result.output


def test_the_library_refuses_the_same_numbers_before_a_run_begins(tmp_path, report):
    assert checked_workers(1) == 1 and checked_workers(WORKERS_PER_CORE * usable_cores()) == WORKERS_PER_CORE * usable_cores()
    for workers in (0, -1, 10_000):
        with pytest.raises(ValueError, match="worker processes: give 1 to"):
            list(extract_stream([], workers=workers))
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        with pytest.raises(ValueError, match="10000 worker processes"):
            ledger.ingest_paths([report], workers=10_000)
        with ledger.engine.connect() as connection:
            assert connection.execute(ingest_runs.select()).first() is None  # no run was begun, so none stays 'running'
        assert ledger.ingest_paths([report], workers=2).added == 1


def test_geocode_jsonl_gives_the_reason_beside_each_null(tmp_path):
    queries = tmp_path / "queries.jsonl"
    rows = [
        {"id": "town", "query": "Kramatorsk, Donetsk Oblast", "country": "UA"},
        {"id": "unknown", "query": "Zzyzxqorp Heights"},
        {"id": "blank", "query": "   "},
        {"id": "cyrillic", "query": "Краматорськ"},
        {"id": "bad-country", "query": "Kharkiv", "country": "Ukraine"},
        {"id": "no-query"},
    ]
    queries.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    result = CliRunner().invoke(app, ["geocode", "--jsonl", str(queries)])
    assert result.exit_code == 0, result.output
    lines = {line["id"]: line for line in map(json.loads, result.stdout.splitlines())}
    assert lines["town"]["place"]["name"] == "Kramatorsk" and "reason" not in lines["town"]
    assert "no place named 'Zzyzxqorp Heights'" in lines["unknown"]["reason"]
    assert lines["blank"]["reason"] == lines["no-query"]["reason"] == "empty query"
    assert "Latin" in lines["cyrillic"]["reason"]
    assert "ISO alpha-2" in lines["bad-country"]["reason"]
    assert all(lines[i]["place"] is None for i in ("unknown", "blank", "cyrillic", "bad-country", "no-query"))


@pytest.mark.parametrize("url, words", [
    ("http://[::1", "not a URL that parses (Invalid IPv6 URL)"),
    ("https://news.example.org:99999/rss", "not a URL that parses (Port out of range"),
    ("https://news.example.org:rss/feed", "not a URL that parses"),
    ("http://", "names no host"),
    ("http:// /feed.xml", "names no host"),
])
def test_a_feed_url_that_cannot_be_fetched_is_named_at_start_not_failed_at_every_poll(url, words, tmp_path):
    with pytest.raises(InputError, match=words.replace("(", r"\(").replace(")", r"\)")):
        load_watch_list(None, [url])
    listed = tmp_path / "feeds.toml"
    listed.write_text(f'[[feed]]\nurl = "{url}"\n')
    result = CliRunner().invoke(app, ["watch", str(listed), "--db", str(tmp_path / "l.db"), "--once"])
    assert result.exit_code == 2 and words in " ".join(result.output.split()) and "[[feed]] #1" in result.output, result.output


def test_feed_urls_that_parse_are_kept_as_given():
    given = ["https://news.example.org/rss", "http://[::1]:8080/feed", "http://127.0.0.1:8000/sitemap.xml"]
    assert [feed.url for feed in load_watch_list(None, given).feeds] == given
