"""The "undated" warning names a report that nothing dates (no publication date, no dateline, no stated day), as
issue 11 asks; a dated report's recalled incident told with no day carries no date by design (it is history, not
the news) and had been warned "no publication date ... dates this incident", and ingest had reported such a dated
report as undated."""

from __future__ import annotations

from datetime import date

from harmledger.extract import extract
from harmledger.extract.when import UNDATED

import war_fixtures

_RECALLED = (
    "A man was shot and killed outside a bar on Main Street in Dayton on Wednesday night, police said. "
    "The bar was the scene of an earlier shooting in which two people died."
)


def test_a_dated_reports_recalled_incident_told_with_no_day_is_not_called_undated():
    found = extract(_RECALLED, published="2018-03-29")
    assert [m.when is None for m in found] == [False, True]
    assert all(UNDATED not in m.warnings for m in found)


def test_a_report_nothing_dates_is_still_called_undated(monkeypatch):
    war_fixtures.read_as_of(monkeypatch, date(2026, 11, 29))
    found = extract("Two people were killed when a drone struck a market in Kherson, the regional governor said.")
    assert found and all(m.when is None and UNDATED in m.warnings for m in found)
