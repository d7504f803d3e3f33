"""The filters as a desk types them: "at least 0 killed" is every incident, the shootings that wounded and killed
no one among them (their killed toll is unknown, not below zero); at least 1 keeps only the deadly ones; the map's
points asked for aggregate tolls only are none, since no aggregate is a point."""

from __future__ import annotations

import csv
import io

import httpx
import pytest
from web_fixtures import served

from harmledger.ledger import Ledger

REPORTS = [
    {"published": "2024-05-20", "source": "AP", "title": "Shooting at Atlanta gas station kills one",
     "text": "ATLANTA — One man was killed and two others were wounded in a shooting at a gas station in southwest Atlanta on "
             "Sunday night, police said."},
    {"published": "2024-05-18", "source": "Commercial Appeal", "title": "Three wounded outside Memphis nightclub",
     "text": "MEMPHIS, Tenn. — Three people were wounded in a shooting outside a nightclub in downtown Memphis early Saturday, "
             "police said. All three were taken to Regional One Health in non-critical condition."},
    {"published": "2024-05-19", "source": "Reuters", "title": "Drone strike on Kharkiv wounds five",
     "text": "KHARKIV, Ukraine — A Russian drone strike on a residential district of Kharkiv wounded five people on Sunday, "
             "regional governor Oleh Syniehubov said."},
]


@pytest.fixture(scope="module")
def api(tmp_path_factory):
    with Ledger(f"sqlite:///{tmp_path_factory.mktemp('ux24-filters')}/ledger.db") as ledger:
        for report in REPORTS:
            ledger.ingest_text(**report)
        with served(ledger) as base_url, httpx.Client(base_url=base_url, timeout=30) as client:
            yield client


def test_at_least_none_killed_selects_every_incident(api):
    every = api.get("/api/incidents").json()
    assert every["total"] == 3 and sum(1 for row in every["incidents"] if row["killed"] is None) == 2
    assert api.get("/api/incidents", params={"min_killed": 0}).json()["total"] == 3  # had been 1: the wounded-only left out
    exported = list(csv.DictReader(io.StringIO(api.get("/api/export.csv", params={"min_killed": 0}).text)))
    assert len(exported) == 3
    days = api.get("/api/stats/daily", params={"min_killed": 0}).json()["days"]
    assert sum(day["injured"] for day in days) == 2 + 3 + 5


def test_at_least_one_killed_keeps_the_deadly_ones(api):
    deadly = api.get("/api/incidents", params={"min_killed": 1}).json()
    assert deadly["total"] == 1 and deadly["incidents"][0]["source"] == "AP"


def test_map_points_of_aggregates_only_are_none(api):
    events = api.get("/api/map/points").json()["points"]
    assert len(events) == 3 and api.get("/api/map/points", params={"kind": "event"}).json()["points"] == events
    assert api.get("/api/map/points", params={"kind": "aggregate"}).json()["points"] == []  # had been the 3 events
