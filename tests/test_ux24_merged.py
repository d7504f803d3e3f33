"""A link to an incident that review later merged into another (a bookmark, a colleague's message, the page's
``#incident=`` hash) opens the incident it lives on in, as an old mention id does; so does ``Ledger.incident`` (it
had raised ``KeyError``)."""

from __future__ import annotations

import httpx
import pytest
from test_ux24_filters import REPORTS
from web_fixtures import served

from harmledger.ledger import Ledger
from harmledger.review.workspace import Workspace


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('ux24-merged')}/ledger.db") as ledger:
        for report in REPORTS:
            ledger.ingest_text(**report)
        first, second, third = (row["id"] for row in ledger.incidents(limit=3))
        review = Workspace(ledger.engine, user="desk")
        review.merge(second, third)  # third lives on in second
        review.merge(first, second)  # and second in first: a merge of a merge
        with served(ledger) as base_url, httpx.Client(base_url=base_url, timeout=30) as client:
            yield ledger, client, first, second, third


def test_a_merged_incidents_id_redirects_to_the_one_it_lives_on_in(merged):
    _, api, first, second, third = merged
    for gone in (second, third):
        answer = api.get(f"/api/incidents/{gone}")
        assert answer.status_code == 307 and answer.headers["location"] == f"/api/incidents/{first}"  # had been a 500
    survivor = api.get(f"/api/incidents/{third}", follow_redirects=True).json()
    assert survivor["id"] == first and survivor["sources"] == 3
    assert api.get(f"/api/incidents/{first}").status_code == 200
    assert api.get("/api/incidents/i-none").status_code == 404


def test_a_merged_incident_opens_as_the_one_it_lives_on_in(merged):
    ledger, _, first, second, third = merged
    survivor = ledger.incident(first)
    assert survivor["sources"] == 3 and len(survivor["mentions"]) == 3
    for gone in (second, third):
        found = ledger.incident(gone)
        assert found["id"] == first and found["sources"] == 3
        assert {m["document"]["source"] for m in found["mentions"]} == {"AP", "Commercial Appeal", "Reuters"}


def test_an_unknown_id_is_still_none(merged):
    ledger, *_ = merged
    assert ledger.incident("i-none") is None
