"""What the command line counts reads as English: "1 mention stored", "1 warning", "2 mentions stored" (it had
printed "1 mentions stored" and "1 warnings")."""

from __future__ import annotations

from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.display import counted


def test_counted_is_plural_but_for_one():
    assert [counted(n, "warning") for n in (0, 1, 2)] == ["0 warnings", "1 warning", "2 warnings"]


def test_ingest_of_one_report_with_one_incident_says_one_mention(tmp_path):
    report = tmp_path / "report.txt"
    report.write_text("A drone strike killed two people in Kherson on Monday, the regional governor said.\n")
    result = CliRunner().invoke(app, ["ingest", str(report), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                                      "--published", "2024-05-07"])
    assert result.exit_code == 0, result.output
    assert "; 1 mention stored" in result.output
