"""What the command line prints names files, records and article text: square brackets in them are words,
never Rich markup (a file named 'x[/].txt' ended `extract` with MarkupError; '[bold]' vanished from names)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from harmledger.cli import app, print_mentions
from harmledger.display import said
from harmledger.extract import extract

REPORT = ("OAKLAND, Calif. — Three people were shot dead and two wounded outside a bar in Oakland, California, "
          "late Saturday, police said on Sunday.")


def _flat(output: str) -> str:
    return " ".join(output.split())


def test_a_missing_file_whose_name_looks_like_markup_is_named_not_a_traceback(tmp_path):
    for name in ("notes[/].txt", "[bold]notes.txt", "[link=x]a[/link].txt"):
        result = CliRunner().invoke(app, ["extract", str(tmp_path / name)])
        assert result.exit_code == 1 and isinstance(result.exception, SystemExit), repr(result.exception)
        assert f"{tmp_path / name}: cannot read" in _flat(result.output)


def test_ingest_errors_status_and_the_incident_list_keep_bracketed_names(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "[bold]oakland.txt").write_text(REPORT)
    (inbox / "[red]notes.csv").write_text("x\n1\n")
    db = str(tmp_path / "ledger.db")
    ingest = CliRunner().invoke(app, ["ingest", str(inbox), "--db", db, "--no-progress", "--published", "2024-03-03"])
    assert ingest.exit_code == 1, ingest.output  # the csv has no text column
    assert f"error: {inbox / '[red]notes.csv'}: no text column" in _flat(ingest.output)
    assert "1 added" in ingest.output
    status = CliRunner().invoke(app, ["status", "--db", db])
    assert f"{inbox / '[red]notes.csv'}: no text column" in _flat(status.output)
    listed = CliRunner().invoke(app, ["incidents", "--db", db], env={"COLUMNS": "250"})
    assert listed.exit_code == 0 and "[bold]oakland.txt" in listed.output
    exported = CliRunner().invoke(app, ["export", str(tmp_path / "[x].jsonl"), "--db", db, "--format", "jsonl"])
    assert exported.exit_code == 0 and f"written to {tmp_path / '[x].jsonl'}" in _flat(exported.output)
    assert json.loads((tmp_path / "[x].jsonl").read_text().splitlines()[0])["killed"] is not None


def test_a_table_titled_by_a_bracketed_file_name_and_quoting_brackets_prints_them(capsys):
    mentions = extract("Police said 3 [three] people were shot dead in Oakland, California, on Saturday.", published="2024-03-02")
    assert mentions
    print_mentions(mentions, title="reports/[/]oakland.txt")
    printed = capsys.readouterr().out
    assert "reports/[/]oakland.txt" in printed


def test_said_colours_the_level_and_keeps_the_message_as_written():
    line = said("error: reports/[b]x.csv: no text column")
    assert line.plain == "error: reports/[b]x.csv: no text column" and line.spans[0].style == "red"
    assert said("warning: undated [sic]").spans[0].style == "yellow"
    assert said("[red]plain[/]").plain == "[red]plain[/]" and not said("[red]plain[/]").spans
