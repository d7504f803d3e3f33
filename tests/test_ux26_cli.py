"""The filters and help a researcher meets first: a filter that cannot select anything (a country named in
full, a kind misspelt, a date in words) is refused by the Python API's ``IncidentFilter`` and by the CLI
instead of answering an empty list that reads as "no such incidents"; help texts show their brackets
("[settings]" had vanished as Rich markup) and their sentences whole (a summary broke where its docstring's
line did)."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from harmledger import IncidentFilter
from harmledger.cli import app
from harmledger.ledger import Ledger

runner = CliRunner()


@pytest.mark.parametrize("fields, problem", [
    ({"country": "Ukraine"}, "ISO alpha-2"),
    ({"country": "U.S."}, "ISO alpha-2"),
    ({"kind": "events"}, "event, aggregate"),
    ({"since": "last week"}, "not a date"),
    ({"until": "2024-02-30"}, "not a date"),
    ({"near": (49.99, 36.23)}, "(lat, lon, km)"),
    ({"bbox": (22.0, 44.0, 40.0)}, "(west, south, east, north)"),
    ({"since": "2024-02-01", "until": "2024-01-01"}, "after until"),
    ({"min_killed": -1}, "0 or more"),
    ({"event_type": "Battle"}, "one of Battles, "),
    ({"event_type": "shooting"}, "Violence against civilians"),
])
def test_incident_filter_refuses_what_selects_nothing(fields, problem):
    with pytest.raises(ValueError, match=problem.replace("(", r"\(").replace(")", r"\)")):
        IncidentFilter(**fields)


def test_incident_filter_keeps_what_it_took_before():
    assert IncidentFilter(country="ua", kind="aggregate", since="2024-01-01", near=(49.99, 36.23, 25)).country == "ua"
    assert IncidentFilter(bbox=(22.0, 44.0, 40.0, 53.0)).bbox == (22.0, 44.0, 40.0, 53.0)
    assert IncidentFilter(event_type="explosions/remote violence").event_type == "explosions/remote violence"


def test_cli_refuses_a_country_by_name(tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    Ledger(db).close()
    for command in (["incidents"], ["export", "-"]):
        result = runner.invoke(app, [*command, "--db", db, "--country", "Ukraine"], env={"COLUMNS": "200"})
        assert result.exit_code == 2 and "--country" in result.output and "ISO alpha-2" in result.output, result.output
    assert runner.invoke(app, ["incidents", "--db", db, "--country", "ua", "--format", "json"]).exit_code == 0


def test_help_keeps_brackets_and_whole_sentences():
    watch = runner.invoke(app, ["watch", "--help"], env={"COLUMNS": "200"}).output
    assert "with optional [settings]." in watch
    listing = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}).output
    assert "List linked incidents, newest first, with their number of sources and reconciled low / best / high." in listing
    export = runner.invoke(app, ["export", "--help"], env={"COLUMNS": "200"}).output
    assert "ACLED's fatalities are its conservative figure; UCDP's best / low / high" in export  # one paragraph, not one line each
    assert "``" not in listing + export


TULSA = ("TULSA, Okla. (AP) — Two people were killed and three others wounded when a gunman opened fire at a bar in Tulsa "
         "on Friday night, police said.")
KHARKIV = ("KHARKIV, Ukraine — A Russian drone strike on a residential district of Kharkiv killed one woman and wounded five "
           "people on Sunday, regional governor Oleh Syniehubov said.")


@pytest.fixture(scope="module")
def two_incidents(tmp_path_factory):
    db = f"sqlite:///{tmp_path_factory.mktemp('ux26-cli')}/ledger.db"
    with Ledger(db) as ledger:
        ledger.ingest_text(TULSA, published="2024-06-01", source="AP")
        ledger.ingest_text(KHARKIV, published="2024-05-19", source="Ukrainska Pravda")
        assert ledger.count_incidents() == 2
    return db


@pytest.mark.parametrize("name, starts", [
    ("events.csv", "id,document_id,"), ("events.CSV", "id,document_id,"), ("map.geojson", '{"type": "FeatureCollection"'),
    ("all.json", "[\n{"), ("feed.ndjson", '{"id": '), ("notes.txt", '{"id": '),
])
def test_export_takes_its_format_from_the_file_name(two_incidents, tmp_path, name, starts):
    out = tmp_path / name
    result = runner.invoke(app, ["export", str(out), "--db", two_incidents])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith(starts)  # events.csv had been written as JSON Lines


def test_export_format_option_still_wins_and_parquet_by_name(two_incidents, tmp_path):
    import pyarrow.parquet as pq

    assert runner.invoke(app, ["export", str(tmp_path / "ged.csv"), "--format", "ucdp-csv", "--db", two_incidents]).exit_code == 0
    assert (tmp_path / "ged.csv").read_text().startswith("id,year,country,date_start")
    assert runner.invoke(app, ["export", str(tmp_path / "all.parquet"), "--db", two_incidents]).exit_code == 0
    assert pq.read_table(tmp_path / "all.parquet").num_rows == 2


def test_a_partial_list_says_so_on_stderr(two_incidents):
    first = runner.invoke(app, ["incidents", "--db", two_incidents, "--format", "csv", "--limit", "1"])
    assert first.exit_code == 0 and len(first.stdout.splitlines()) == 2
    assert "1–1 of 2 listed" in first.stderr and "harmledger export" in first.stderr
    whole = runner.invoke(app, ["incidents", "--db", two_incidents, "--format", "json"])
    assert len(json.loads(whole.stdout)) == 2 and "listed" not in whole.stderr  # all of it: nothing to say


def test_the_python_api_names_a_wrong_argument(two_incidents):
    with Ledger(two_incidents) as ledger:
        with pytest.raises(TypeError, match="IncidentFilter"):
            ledger.incidents({"country": "UA"})  # had raised AttributeError: 'dict' object has no attribute 'country'
        with pytest.raises(ValueError, match="0 or more"):
            ledger.incidents(limit=-1)  # SQLite had read it as no limit and listed every incident
        with pytest.raises(ValueError, match="0 or more"):
            ledger.incidents(offset=-5)
        assert len(ledger.incidents(IncidentFilter(country="UA"))) == 1 and ledger.incidents(limit=0) == []


def test_an_unknown_event_type_is_refused_by_the_cli_and_the_api(two_incidents):
    from fastapi.testclient import TestClient

    from harmledger.web.app import create_app

    result = runner.invoke(app, ["incidents", "--db", two_incidents, "--type", "Battle"], env={"COLUMNS": "200"})
    assert result.exit_code == 2 and "--type" in result.output and "Battles" in result.output
    with Ledger(two_incidents) as ledger:
        client = TestClient(create_app(ledger=ledger))
        refused = client.get("/api/incidents", params={"type": "Battle"})
        assert refused.status_code == 422 and refused.json()["error"]["details"][0]["where"] == "query.type"
        assert client.get("/api/export.csv", params={"format": "ucdp-csv", "type": "Riot"}).status_code == 422
        listed = client.get("/api/incidents", params={"type": "violence against civilians"})
        assert listed.status_code == 200 and listed.json()["total"] == 1


def test_status_says_its_times_are_utc(tmp_path):
    (tmp_path / "tulsa.txt").write_text(TULSA, encoding="utf-8")
    db = f"sqlite:///{tmp_path}/ledger.db"
    assert runner.invoke(app, ["ingest", str(tmp_path / "tulsa.txt"), "--db", db, "--published", "2024-06-01"]).exit_code == 0
    result = runner.invoke(app, ["status", "--db", db], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    line = next(line for line in result.output.splitlines() if line.startswith("last ingest:"))
    started = line.split("started ")[1].split(",")[0]
    assert line.count(" UTC") == 2 and re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)? UTC", started), line
