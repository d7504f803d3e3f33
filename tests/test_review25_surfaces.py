"""Session 25's review of the reading surfaces: IncidentFilter's dates of mixed kinds and blank fields, the API's
and CLI's refusals naming the right field and quoting the user's words, UCDP's date precision of a span, a failed
run's stop time, a compressed export name refused, and a summary's singular."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import date, datetime

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from harmledger import IncidentFilter
from harmledger.cli import app
from harmledger.extract.when import resolve_when
from harmledger.ledger import Ledger
from harmledger.store.engine import LedgerError
from harmledger.store.export import _acled_time_precision, _ucdp_date_precision
from harmledger.store.query import FilterError
from harmledger.web.errors import ApiError
from harmledger.web.filters import incident_filter

runner = CliRunner()


@pytest.mark.parametrize("since, until", [
    (datetime(2024, 1, 2, 10), date(2024, 1, 5)),
    ("2024-01-02", datetime(2024, 1, 5, 23, 59)),
    (date(2024, 1, 2), "2024-01-05T08:00Z"),
    (datetime(2024, 1, 5, 6), datetime(2024, 1, 5, 22)),  # the same day, hours apart
])
def test_since_and_until_of_mixed_kinds_are_compared_as_days(since, until):
    IncidentFilter(since=since, until=until)


@pytest.mark.parametrize("since, until", [
    (datetime(2024, 1, 6, 10), date(2024, 1, 5)),
    ("2024-01-06", datetime(2024, 1, 5, 23, 59)),
])
def test_since_after_until_of_mixed_kinds_is_refused(since, until):
    with pytest.raises(FilterError, match="after until") as caught:
        IncidentFilter(since=since, until=until)
    assert caught.value.field == "since"


@pytest.mark.parametrize("field", ["country", "admin1", "since", "until", "event_type", "text", "document_id", "kind"])
def test_a_blank_field_is_no_filter(field):
    for blank in ("", "  "):
        assert getattr(IncidentFilter(**{field: blank}), field) is None


@pytest.mark.parametrize("fields, where", [
    ({"since": "last week"}, "query.since"),
    ({"until": "the 5th of May"}, "query.until"),
    ({"type": "Shelling"}, "query.type"),
    ({"kind": "events"}, "query.kind"),
    ({"country": "Ukraine"}, "query.country"),
])
def test_api_refusal_names_its_parameter(fields, where):
    with pytest.raises(ApiError) as caught:
        incident_filter(**fields)
    assert caught.value.details[0]["where"] == where, caught.value.details


def test_a_refused_date_names_its_field_in_python_too():
    with pytest.raises(FilterError, match=r"^until='yesterday' is not a date") as caught:
        IncidentFilter(until="yesterday")
    assert caught.value.field == "until"


def test_api_country_is_kept_as_the_code():
    assert incident_filter(country="ua").country == "UA"


def test_cli_quotes_the_country_as_given(tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    Ledger(db).close()
    for given in ("Ukraine", "Syria", "usa"):
        result = runner.invoke(app, ["incidents", "--db", db, "--country", given], env={"COLUMNS": "200"})
        assert result.exit_code == 2 and f"country={given!r}" in result.output, result.output


def test_query_module_reads_no_taxonomy_at_import():
    probe = "import harmledger.data as d; print(d.table.cache_info().currsize)"  # the package imports store.query
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0"


def _when(sentence: str) -> dict:
    """The first date ``sentence`` tells, as an exported row holds it."""
    found = resolve_when(sentence, date(2019, 6, 10))[0].when
    return {"start": found.start.isoformat(), "end": found.end.isoformat(), "precision": found.precision}


@pytest.mark.parametrize("sentence, ged, acled", [
    ("From 30 May to 2 June 2018, clashes killed 40 people in Hodeidah.", 2, 2),
    ("Between 3 and 5 March, shelling of the town killed 12 civilians, officials said.", 2, 2),
    ("Fighting between 1 and 14 April 2019 left at least 60 dead, the ministry said.", 4, 3),
    ("Gunmen killed four people on Saturday night, police said.", 1, 1),  # a night past midnight: a day known
    ("An airstrike on 2 May 2019 killed nine, according to local officials.", 1, 1),
])
def test_date_precision_of_a_span_of_days(sentence, ged, acled):
    when = _when(sentence)
    assert when["precision"] == "day"  # each end named to the day: the span, not the word, says how precise
    assert (_ucdp_date_precision(when), _acled_time_precision(when)) == (ged, acled)


REPORTS = [
    "KHARKIV, Ukraine (Reuters) - A Russian missile strike on a residential block in Kharkiv on Monday killed three people, the governor said.",
    "MOGADISHU (AP) - A car bomb exploded outside a hotel in Mogadishu on Tuesday, killing seven people, police said.",
]


def test_a_run_that_failed_is_recorded_as_ending_when_it_stopped(tmp_path, monkeypatch):
    """Its end could not be written when it failed (the database locked): the next run writes the time it stopped."""
    from harmledger import ledger as ledger_module
    from harmledger.store import engine as engine_module

    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)
    clock = [datetime(2024, 5, 3, 1, 0)]
    monkeypatch.setattr(ledger_module, "utc_now", lambda: clock[0])
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    ledger = Ledger(url)
    for n, report in enumerate(REPORTS):
        (tmp_path / f"{n}.txt").write_text(report)
    held: list[sqlite3.Connection] = []

    def lock(summary):
        if not held:
            held.append(sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None))
            held[0].execute("BEGIN IMMEDIATE")

    with pytest.raises(LedgerError, match="1 document was stored before and is kept"):
        ledger.ingest_paths([tmp_path], on_result=lock)
    held[0].rollback()
    clock[0] = datetime(2024, 5, 3, 2, 30)
    ledger.ingest_paths([tmp_path])
    with ledger.engine.connect() as connection:
        rows = connection.execute(text("SELECT status, finished_at FROM ingest_runs ORDER BY id")).all()
    assert [(status, str(end)[:16]) for status, end in rows] == [("failed", "2024-05-03 01:00"), ("done", "2024-05-03 02:30")]


@pytest.mark.parametrize("name, extra", [
    ("events.csv.gz", []), ("ged.csv.bz2", ["--format", "ucdp-csv"]), ("incidents.jsonl.xz", []),
    ("export.zip", []), ("events.geojson.ZST", []),
])
def test_export_refuses_a_compressed_file_name(tmp_path, name, extra):
    db = f"sqlite:///{tmp_path}/ledger.db"
    Ledger(db).close()
    result = runner.invoke(app, ["export", str(tmp_path / name), "--db", db, *extra], env={"COLUMNS": "200"})
    suffix = name.rsplit(".", 1)[1]
    assert result.exit_code == 2 and f".{suffix} compression" in result.output, result.output
    assert not (tmp_path / name).exists()


def test_export_writes_a_plain_name_still(tmp_path):
    db = f"sqlite:///{tmp_path}/ledger.db"
    Ledger(db).close()
    result = runner.invoke(app, ["export", str(tmp_path / "events.csv"), "--db", db])
    assert result.exit_code == 0 and (tmp_path / "events.csv").exists(), result.output
