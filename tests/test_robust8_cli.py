"""The command line at its edges: a reader that stops early (``harmledger incidents | head``) ends every command
quietly with status 0, as ``export`` did and Unix tools do (Click said nothing and exited 1); and ``extract`` of
an empty file (``/dev/null``) says so with the error ``ingest`` gives, not ``[]``."""

from __future__ import annotations

import json
import os
import sys

import pytest
from typer.testing import CliRunner

from harmledger.cli import app

KYIV = ("A Russian missile strike on an apartment block in Kyiv's Solomianskyi district killed 4 people and injured 11 "
        "on Thursday, the city's military administration said.")
ODESA = "Two people were killed and eight wounded when Russian drones hit the port of Odesa overnight, Governor Oleh Kiper said."


@pytest.fixture
def report(tmp_path):
    path = tmp_path / "kyiv.txt"
    path.write_text(KYIV)
    return path


@pytest.fixture
def ledger_db(tmp_path, report):
    db = str(tmp_path / "ledger.db")
    result = CliRunner().invoke(app, ["ingest", str(report), "--db", db])
    assert result.exit_code == 0, result.output
    return db


@pytest.fixture
def feed(tmp_path):
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps({"id": f"w{n}", "text": text, "published": "2025-06-12"}) + "\n"
                            for n, text in enumerate((KYIV, ODESA))))
    return path


def _into_a_closed_pipe(monkeypatch, args: list[str]) -> int | str | None:
    """The exit status of ``harmledger ARGS`` whose standard output is a pipe its reader has closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    with open(write_end, "w") as closed:
        monkeypatch.setattr(sys, "stdout", closed)
        with pytest.raises(SystemExit) as ended:
            app(args, prog_name="harmledger")
        monkeypatch.undo()
    return ended.value.code


@pytest.mark.parametrize("command", [
    ["incidents", "--db", "{db}"],
    ["incidents", "--db", "{db}", "--format", "json"],
    ["incidents", "--db", "{db}", "--format", "csv"],
    ["export", "-", "--db", "{db}"],
    ["link", "{feed}"],
    ["extract", "{report}"],
    ["extract", "--jsonl", "{feed}"],
])
def test_every_command_writing_to_a_closed_pipe_ends_quietly_with_status_0(command, monkeypatch, capsys, ledger_db, feed, report):
    args = [a.format(db=ledger_db, feed=feed, report=report) for a in command]
    assert _into_a_closed_pipe(monkeypatch, args) == 0
    assert capsys.readouterr().err == ""


def test_a_command_that_fails_still_fails_when_its_output_is_piped(monkeypatch, tmp_path):
    assert _into_a_closed_pipe(monkeypatch, ["extract", str(tmp_path / "missing.txt")]) == 1


@pytest.mark.parametrize("content", [b"", b"\n\n  \t\n"])
def test_extract_of_an_empty_report_names_it_as_ingest_does(content, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    for path in [str(empty), *(["/dev/null"] if os.path.exists("/dev/null") else [])]:
        result = CliRunner().invoke(app, ["extract", path])
        assert result.exit_code == 1
        assert " ".join(result.output.split()) == f"error: {path}: empty (no text)"
    ingested = CliRunner().invoke(app, ["ingest", str(empty), "--db", str(tmp_path / "l.db")])
    assert f"{empty}: empty (no text)" in " ".join(ingested.output.split())
