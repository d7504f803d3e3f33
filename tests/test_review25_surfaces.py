"""Session 25's review of the reading surfaces: IncidentFilter's dates of mixed kinds and blank fields, the API's
and CLI's refusals naming the right field and quoting the user's words, UCDP's date precision of a span, a failed
run's stop time, a compressed export name refused, and a summary's singular."""

from __future__ import annotations

import subprocess
import sys
from datetime import date, datetime

import pytest
from typer.testing import CliRunner

from harmledger import IncidentFilter
from harmledger.cli import app
from harmledger.ledger import Ledger
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
