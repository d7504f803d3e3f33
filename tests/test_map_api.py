"""The map's own endpoints on both back ends: compact points for every placed event the filters select, and town names for the base map."""

from __future__ import annotations

import httpx
import pytest
from ledger_fixtures import BACKENDS, new_database_url
from web_fixtures import fill, served

from harmledger.ledger import Ledger


@pytest.fixture(scope="module", params=BACKENDS)
def client(request, tmp_path_factory):
    for url in new_database_url(request.param, tmp_path_factory.mktemp("map")):  # one URL; a PostgreSQL database is dropped after
        with Ledger(url) as ledger:
            ids = fill(ledger)
            with served(ledger) as base_url, httpx.Client(base_url=base_url, timeout=60) as opened:
                yield opened, ids


def test_points_are_every_placed_event_of_the_filters_in_pages(client):
    api, ids = client
    listed = api.get("/api/incidents", params={"kind": "event", "limit": 1000}).json()["incidents"]
    placed = {row["id"] for row in listed if row["place"] and row["place"]["lat"] is not None}
    answer = api.get("/api/map/points").json()
    assert answer["columns"][:4] == ["id", "lat", "lon", "killed"] and answer["next"] is None
    assert {row[0] for row in answer["points"]} == placed and ids["aggregate"] not in placed
    battle = next(dict(zip(answer["columns"], row)) for row in answer["points"] if row[0] == ids["battle"])
    assert (battle["killed"], battle["injured"], battle["event_type"], battle["date"], battle["place"]) == (20, 25, "Battles", "2024-04-02", "Izium")
    pages, after = [], ""
    while after is not None:
        page = api.get("/api/map/points", params={"limit": 2, "after": after}).json()
        pages.append([row[0] for row in page["points"]])
        after = page["next"]
    assert sum(pages, []) == sorted(placed) and max(map(len, pages)) == 2
    riots = api.get("/api/map/points", params={"type": "Riots"}).json()["points"]
    assert [row[0] for row in riots] == [ids["riot"]]


def test_place_names_are_the_largest_towns_in_view(client):
    api, _ = client
    ukraine = [p["name"] for p in api.get("/api/map/places", params={"west": 22, "south": 44, "east": 40, "north": 53, "limit": 5}).json()["places"]]
    assert ukraine[0] == "Kyiv" and "Kharkiv" in ukraine
    around_kharkiv = api.get("/api/map/places", params={"west": 35.5, "south": 49.3, "east": 37, "north": 50.5, "limit": 20}).json()["places"]
    assert around_kharkiv[0]["name"] == "Kharkiv" and len(around_kharkiv) == 20  # zoomed in: smaller towns come in
    assert all(a["population"] >= b["population"] for a, b in zip(around_kharkiv, around_kharkiv[1:]))
    assert api.get("/api/map/places", params={"west": -30, "south": -50, "east": -29, "north": -49}).json()["places"] == []
    assert api.get("/api/map/places", params={"west": 40, "south": 44, "east": 22, "north": 53}).status_code == 422
