"""``Ledger.incident`` of an incident review merged into another gives the incident it lives on in (through
merges of merges), as the API's redirect does; it had raised ``KeyError``."""

from __future__ import annotations

import pytest
from test_ux24_filters import REPORTS

from harmledger.ledger import Ledger
from harmledger.review.workspace import Workspace


@pytest.fixture(scope="module")
def merged(tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('ux25-merged')}/ledger.db") as ledger:
        for report in REPORTS:
            ledger.ingest_text(**report)
        first, second, third = (row["id"] for row in ledger.incidents(limit=3))
        review = Workspace(ledger.engine, user="desk")
        review.merge(second, third)
        review.merge(first, second)
        yield ledger, first, second, third


def test_a_merged_incident_opens_as_the_one_it_lives_on_in(merged):
    ledger, first, second, third = merged
    survivor = ledger.incident(first)
    assert survivor["sources"] == 3 and len(survivor["mentions"]) == 3
    for gone in (second, third):
        found = ledger.incident(gone)
        assert found["id"] == first and found["sources"] == 3
        assert {m["document"]["source"] for m in found["mentions"]} == {"AP", "Commercial Appeal", "Reuters"}


def test_an_unknown_id_is_still_none(merged):
    ledger, *_ = merged
    assert ledger.incident("i-none") is None
