"""An incident's point is held once in the linker's index: read from the incidents' and the mentions' tables, each
incident held its point twice (its own row's and its lead member's, two float objects each: 46 MiB at a million
mentions); the incident now holds the numbers of the member placed at its point."""

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from test_link import FOLLOW_UPS, SHOOTING
from test_link_index import _fresh, _ingest, records

from harmledger.ledger import Ledger
from harmledger.link.index import Incident, Member


def test_an_incident_read_holds_its_point_as_the_member_placed_there_holds_it(db_url):
    with Ledger(db_url) as ledger:
        for report in (SHOOTING, *FOLLOW_UPS):
            _ingest(ledger, report)
        index = _fresh(ledger)
    placed = [Incident._make(found) for found in records(index).values() if found[Incident._fields.index("lat")] is not None]
    assert placed
    for incident in placed:
        there = [Member._make(m) for m in incident.members if (m[3], m[4]) == (incident.lat, incident.lon)]
        assert there and incident.lat is there[0].lat and incident.lon is there[0].lon


def test_an_incident_whose_point_no_member_holds_keeps_its_own():
    """An incident placed where none of its members is (an analyst's correction) keeps its own point."""
    from datetime import date

    from harmledger.link.index import _placed_once

    member = ("m-1", "d-1", 1, 41.88, -87.63, date(2024, 5, 1), False, date(2024, 5, 2), True)
    moved = Incident("event", False, False, "shooting", 41.79, -87.60, date(2024, 5, 1), date(2024, 5, 2), (member,))
    assert _placed_once(moved) == moved
    same = moved._replace(lat=float("41.88"), lon=float("-87.63"))
    assert _placed_once(same).lat is member[3] and _placed_once(same) == same
