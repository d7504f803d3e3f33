"""Issue 12, item 6: the CLI says what it does (tried as a new user would)."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.io_jsonl import parse_jsonl_lines

REPORT = "KYIV, March 4 - A missile strike on Odesa killed at least 5 people on Monday, police said."


def run(*args, **kwargs):
    return CliRunner().invoke(app, [str(a) for a in args], **kwargs)


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", [["extract", "{report}"], ["incidents"], ["export", "-"]])
def test_an_unknown_format_is_a_usage_error(tmp_path, report, command):
    args = [a.format(report=report) for a in command] + ["--format", "xlsx", "--db", tmp_path / "l.db"]
    result = run(*(args if command[0] != "extract" else args[:-2]))
    assert result.exit_code == 2 and "xlsx" in result.output


@pytest.mark.parametrize("command", [["incidents"], ["export", "-"], ["serve", "--port", "0"]])
def test_a_missing_sqlite_ledger_is_an_error_not_a_new_empty_one(tmp_path, command):
    typo = tmp_path / "typo.db"
    result = run(*command, "--db", typo)
    assert result.exit_code == 2 and f"no ledger at {typo}" in result.output and "--create" in result.output
    assert not typo.exists()


def test_create_and_ingest_make_a_new_ledger(tmp_path, report):
    made = run("incidents", "--db", tmp_path / "new.db", "--create", "--format", "json")
    assert made.exit_code == 0 and json.loads(made.stdout) == [] and (tmp_path / "new.db").exists()
    assert run("ingest", report, "--db", tmp_path / "fresh.db").exit_code == 0
    assert run("incidents", "--db", tmp_path / "fresh.db").exit_code == 0


def test_the_extract_table_has_date_place_and_type(report):
    result = run("extract", report, "--format", "table", "--published", "2024-03-05")
    assert result.exit_code == 0, result.output
    header = next(line for line in result.output.splitlines() if "killed" in line and "evidence" in line)
    assert all(column in header for column in ("date", "place", "type"))
    assert "2024-03-04" in result.output and "Explosions/Remote violence" in result.output


def test_a_piped_table_is_not_squeezed_to_80_columns(report, monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    result = run("extract", report, "--format", "table", "--published", "2024-03-05")
    lines = result.output.splitlines()
    assert max(map(len, lines)) > 80
    assert any("killed at least 5 people" in line for line in lines)  # the evidence on one line, not folded


def test_help_does_not_contradict_itself():
    text = run("ingest", "--help", env={"COLUMNS": "200"}).output
    assert "Show a progress bar" in text and "[default: no-progress]" not in text and "[default: progress]" not in text


def test_repeats_within_one_input_are_named_as_such(tmp_path, report):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"text": REPORT}) + "\n" + json.dumps({"text": REPORT}) + "\n", encoding="utf-8")
    first = run("ingest", feed, "--db", tmp_path / "l.db")
    assert "1 added, 0 skipped (already stored), 1 repeated within the input (stored once)" in first.output
    again = run("ingest", feed, "--db", tmp_path / "l.db")
    assert "0 added, 2 skipped (already stored)" in again.output and "repeated" not in again.output


@pytest.mark.parametrize("line, problem", [
    (b'{"text": "abc"\n', "the line ends at column 14 before the JSON is complete"),
    (b'{"text": "abc\n', "the line ends inside the string that starts at column 10"),
    (b'{"text": "a\tb"}\n', "Invalid control character at column 12"),
    (b'{"text": abc}\r\n', "Expecting value at column 10"),
])
def test_jsonl_errors_point_at_the_right_column_in_plain_words(line, problem):
    [(_, record, found)] = list(parse_jsonl_lines([line]))
    assert record is None and found == f"not valid JSON ({problem})"
