"""Exports: ACLED and UCDP columns and rules, one row per linked incident, GeoJSON, JSON Lines with evidence, Parquet; and the CLI over them."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from typer.testing import CliRunner

from web_fixtures import ODESA_FOLLOW_UPS, ODESA_SAMPLE, SAMPLES

from harmledger.cli import app
from harmledger.model import Count, Mention, Place, Span, When
from harmledger.store.export import ACLED_COLUMNS, UCDP_COLUMNS, acled_fatalities

REPORT = "A missile strike on Kharkiv killed at least 16 people and injured dozens, officials said."


def _store(ledger) -> str:
    killed = Span(REPORT.index("killed"), REPORT.index(" people") + 7, "killed at least 16 people")
    injured = Span(REPORT.index("injured"), REPORT.index(","), "injured dozens")
    mention = Mention(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack", weapon="missile",
        perpetrator="Military Forces of Russia (2000-)",
        place=Place(706483, "Kharkiv", "Kharkiv", "UA", 49.98081, 36.25272, "town", Span(20, 27, "Kharkiv")),
        when=When(date(2022, 5, 2), date(2022, 5, 2), "day", None),
        killed=Count(16, "at_least", 16, 16, None, span=killed, speaker="officials"),
        injured=Count(24, "vague", 24, 24, None, span=injured, speaker="officials"),
        evidence=[killed, injured], sources=["officials"],
    )
    ledger.add(REPORT, [mention, Mention(killed=Count(2, "exact", 2, 2, 2))], source="Wire", title="Kharkiv strike", published="2022-05-03")
    return REPORT


def _export(ledger, fmt: str) -> str:
    buffer = io.StringIO()
    ledger.export(fmt, buffer)
    return buffer.getvalue()


def test_acled_csv(ledger):
    _store(ledger)
    rows = list(csv.DictReader(io.StringIO(_export(ledger, "acled-csv"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    strike = next(r for r in rows if r["location"] == "Kharkiv")
    assert strike["event_date"] == "2022-05-02" and strike["year"] == "2022" and strike["time_precision"] == "1"
    assert strike["geo_precision"] == "1" and strike["admin1"] == "Kharkiv" and float(strike["latitude"]) == pytest.approx(49.98081)
    assert strike["fatalities"] == "16" and strike["actor1"] == "Military Forces of Russia (2000-)" and strike["source"] == "Wire"
    assert strike["notes"] == "killed at least 16 people … injured dozens"
    assert strike["event_id_cnty"].startswith("UA-")
    bare = next(r for r in rows if r["location"] == "")
    assert bare["event_date"] == "2022-05-03" and bare["time_precision"] == "2" and bare["fatalities"] == "2"


def test_ucdp_csv(ledger):
    _store(ledger)
    rows = list(csv.DictReader(io.StringIO(_export(ledger, "ucdp-csv"))))
    assert tuple(rows[0]) == UCDP_COLUMNS
    strike = next(r for r in rows if r["where_description"] == "Kharkiv")
    assert (strike["best"], strike["low"], strike["high"]) == ("16", "16", "16")
    assert (strike["date_start"], strike["date_end"], strike["date_prec"], strike["where_prec"]) == ("2022-05-02", "2022-05-02", "1", "1")
    assert strike["adm_1"] == "Kharkiv" and strike["source_headline"] == "Kharkiv strike"


def test_geojson_jsonl_parquet(ledger, tmp_path):
    _store(ledger)
    collection = json.loads(_export(ledger, "geojson"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == 2
    located = next(f for f in collection["features"] if f["geometry"])
    assert located["geometry"] == {"type": "Point", "coordinates": [36.25272, 49.98081]}
    assert located["properties"]["killed"] == 16
    lines = [json.loads(line) for line in _export(ledger, "jsonl").splitlines()]
    full = next(r for r in lines if r["place"])
    assert full["killed"]["span"]["text"] == "killed at least 16 people" and full["injured"]["qualifier"] == "vague"
    assert full["evidence"][1] == {"start": REPORT.index("injured"), "end": REPORT.index(","), "text": "injured dozens"}
    import pyarrow.parquet as pq

    written = ledger.export("parquet", tmp_path / "out.parquet")
    table = pq.read_table(tmp_path / "out.parquet")
    assert written == table.num_rows == 2 and {"lat", "killed", "killed_low", "sources", "source_names", "evidence", "source"} <= set(table.column_names)
    assert json.loads(_export(ledger, "json")) == lines


def _odesa(ledger) -> None:
    """The Odesa sample and its two follow-ups: one strike told by three reports, its toll rising 12 → 14 → 16."""
    ledger.ingest_paths([SAMPLES / ODESA_SAMPLE])
    for report in ODESA_FOLLOW_UPS:
        ledger.ingest_text(**report)


def test_one_row_per_incident_with_its_sources_and_figures(ledger):
    _odesa(ledger)
    ucdp = [r for r in csv.DictReader(io.StringIO(_export(ledger, "ucdp-csv"))) if r["where_description"] == "Odesa" and r["best"] != "0"]
    assert len(ucdp) == 1
    assert (ucdp[0]["low"], ucdp[0]["best"], ucdp[0]["high"], ucdp[0]["number_of_sources"]) == ("16", "16", "16", "3")
    assert ucdp[0]["source_article"] == "2024-03-04-odesa-drone.txt; Kyiv Independent; Ukrainska Pravda"
    acled = next(r for r in csv.DictReader(io.StringIO(_export(ledger, "acled-csv"))) if r["event_id_cnty"].endswith(ucdp[0]["id"]))
    assert acled["fatalities"] == "16" and acled["source"] == ucdp[0]["source_article"]
    flat = next(r for r in csv.DictReader(io.StringIO(_export(ledger, "csv"))) if r["id"] == ucdp[0]["id"])
    assert (flat["killed"], flat["killed_low"], flat["killed_high"], flat["sources"]) == ("16", "16", "16", "3")
    assert flat["source_urls"] == "https://example.org/odesa-14; https://example.org/odesa-16"
    collection = json.loads(_export(ledger, "geojson"))
    aggregates = [f for f in collection["features"] if f["properties"]["kind"] == "aggregate"]
    assert aggregates and all(f["geometry"] is None for f in aggregates)  # a toll over two regions is no point


@pytest.mark.parametrize(
    ("count", "fatalities"),
    [
        (None, 0),
        ({"value": 16, "qualifier": "exact", "low": 16, "span": None}, 16),
        ({"value": 59, "qualifier": "more_than", "low": 60, "span": None}, 59),
        ({"value": 5, "qualifier": "range", "low": 5, "span": None}, 5),
        ({"value": 18, "qualifier": "exact", "low": 0, "span": None}, 0),  # contested: another party says none
        ({"value": 24, "qualifier": "vague", "low": 24, "span": {"text": "dozens were killed"}}, 12),
        ({"value": 200, "qualifier": "vague", "low": 200, "span": {"text": "hundreds died"}}, 100),
        ({"value": 20, "qualifier": "vague", "low": 20, "span": {"text": "tens of people"}}, 10),
        ({"value": 3, "qualifier": "vague", "low": 3, "span": {"text": "several people were killed"}}, 10),
    ],
)
def test_acled_fatalities_are_conservative(count, fatalities):
    assert acled_fatalities(count) == fatalities


def test_cli_ingest_incidents_export(db_url, tmp_path):
    runner = CliRunner()
    (tmp_path / "2022-05-02-kharkiv.txt").write_text(REPORT)
    (tmp_path / "broken.jsonl").write_text('{"text": "Four people were killed in Sumy, police said."}\nnot json\n')
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", db_url, "--no-progress", "--json"])
    assert result.exit_code == 1  # one line failed; the rest is stored
    summary = json.loads(result.stdout.strip().splitlines()[-1])
    assert (summary["added"], summary["failed"]) == (2, 1)
    assert f"{tmp_path / 'broken.jsonl'}:2: not valid JSON" in result.stderr
    again = runner.invoke(app, ["ingest", str(tmp_path / "2022-05-02-kharkiv.txt"), "--db", db_url, "--no-progress"])
    assert again.exit_code == 0 and "0 added, 1 skipped" in again.stderr
    listed = runner.invoke(app, ["incidents", "--db", db_url, "--format", "json", "--min-killed", "10"])
    assert [r["killed"]["value"] for r in json.loads(listed.stdout)] == [16]
    table = runner.invoke(app, ["incidents", "--db", db_url, "--since", "2022-05-01"])
    assert table.exit_code == 0 and "≥16" in table.stdout
    as_csv = runner.invoke(app, ["incidents", "--db", db_url, "--format", "csv"])
    assert as_csv.stdout.startswith("id,document_id,")
    bad = runner.invoke(app, ["incidents", "--db", db_url, "--near", "50,30"])
    assert bad.exit_code == 2 and "LAT,LON,KM" in bad.output
    assert "16/16/16" in table.stdout and "sources" in table.stdout  # the reconciled low/best/high and the number of reports
    out = tmp_path / "acled.csv"
    exported = runner.invoke(app, ["export", "--format", "acled-csv", str(out), "--db", db_url])
    assert exported.exit_code == 0 and out.read_text().startswith(",".join(ACLED_COLUMNS))
    every = len(out.read_text().splitlines()) - 1
    filtered = runner.invoke(app, ["export", "--format", "ucdp-csv", "-", "--db", db_url, "--min-killed", "10", "--country", "ua", "--kind", "event",
                                   "--no-background", "--since", "2022-05-01", "--q", "missile strike"])
    assert filtered.exit_code == 0, filtered.output
    assert len(filtered.stdout.splitlines()) - 1 == 1 < every and "export: 1 incident written" in filtered.stderr
    assert runner.invoke(app, ["export", "-", "--db", db_url, "--kind", "rumour"]).exit_code == 2
    near = runner.invoke(app, ["incidents", "--db", db_url, "--format", "json", "--place", "Kharkiv"])
    assert [r["killed"]["best"] for r in json.loads(near.stdout)] == [16]  # the strike placed in Kharkiv; the unplaced figure left out
    unknown = runner.invoke(app, ["export", "-", "--db", db_url, "--place", "Qqqxzv Wwwkrp"])
    assert unknown.exit_code == 2 and "not a known place" in unknown.output


def test_cli_unreachable_database_is_named():
    result = CliRunner().invoke(app, ["incidents", "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/ledger"])
    assert result.exit_code == 2
    assert "postgresql+psycopg://u:***@127.0.0.1:1/ledger: cannot open the database" in result.stderr


def test_demo_ledger_ingests_the_samples_into_a_fresh_file(tmp_path, capsys):
    from harmledger.cli.ledger import demo_ledger

    db_file = tmp_path / "demo.db"
    demo_ledger(db_file)
    demo_ledger(db_file)  # fresh each time: the second run adds the samples again instead of skipping them
    captured = capsys.readouterr()
    assert captured.err.count("demo: 3 sample reports ingested") == 2
    assert "incidents in" in captured.out and "≥12" in captured.out
