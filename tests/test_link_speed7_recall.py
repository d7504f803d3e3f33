"""Recall (``CandidateIndex.incidents_on``) reads a grid cell's event dates from the cell itself and opens only the
incidents dated in the recalled period: what it finds is what a walk of every incident of the box finds, and an
incident whose date a later report moved is recalled by its new date, not its old one."""

from datetime import date, timedelta

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from test_link_index import records

from harmledger.ledger import Ledger
from harmledger.link.index import CandidateIndex, Incident
from harmledger.link.linker import BOX_DEGREES, _cell

MARIUPOL = (47.0951, 37.5413)
DAY = date(2022, 3, 16)


def _index(incidents: dict[str, Incident]) -> CandidateIndex:
    index = CandidateIndex(_cell)
    for incident_id, incident in incidents.items():
        index._put(incident_id, incident)
    return index


def _on(index: CandidateIndex, start: date, end: date, event_type: str | None = None) -> list[str]:
    return index.incidents_on(lat=MARIUPOL[0], lon=MARIUPOL[1], box_degrees=BOX_DEGREES, start=start, end=end, event_type=event_type, limit=60)


def _walked(incidents: dict[str, Incident], start: date, end: date, event_type: str | None = None) -> list[str]:
    """What recall must find: every incident of the box, each read whole (as the index read them before)."""
    lat, lon = MARIUPOL
    found = [
        (i.event_date, incident_id) for incident_id, i in incidents.items()
        if i.lat is not None and abs(i.lat - lat) <= BOX_DEGREES and abs(i.lon - lon) <= 2 * BOX_DEGREES
        and i.event_date is not None and start <= i.event_date <= end and i.kind == "event" and not i.background and not i.merged
        and (not event_type or (i.event_type or event_type) == event_type)
    ]
    return [incident_id for _, incident_id in sorted(found)[:60]]


def _incidents() -> dict[str, Incident]:
    """Strikes, shelling and clashes around Mariupol over two months, some undated, one merged away, one a background
    incident and one an aggregate toll, at points spread over the box and just beyond it."""
    found = {}
    for n in range(240):
        lat = MARIUPOL[0] + (n % 13 - 6) * 0.055
        lon = MARIUPOL[1] + (n % 11 - 5) * 0.13
        when = None if n % 17 == 0 else DAY + timedelta(days=n % 61 - 30)
        kind = "aggregate" if n % 23 == 0 else "event"
        event_type = (None, "Explosions/Remote violence", "Battles")[n % 3]
        found[f"i{n:03d}"] = Incident(kind, n % 19 == 0, n % 29 == 0, event_type, lat, lon, when, when)
    return found


def test_recall_finds_what_a_walk_of_every_incident_of_the_box_finds():
    incidents = _incidents()
    index = _index(incidents)
    for start, end, event_type in [
        (DAY, DAY, None), (DAY - timedelta(days=3), DAY + timedelta(days=3), "Explosions/Remote violence"),
        (DAY - timedelta(days=30), DAY + timedelta(days=30), None), (DAY + timedelta(days=31), DAY + timedelta(days=40), None),
        (DAY - timedelta(days=7), DAY, "Battles"),
    ]:
        found = _on(index, start, end, event_type)
        assert found == _walked(incidents, start, end, event_type)
    assert _on(index, DAY - timedelta(days=3), DAY + timedelta(days=3))  # the week around the theatre strike holds some


def test_an_incident_whose_date_a_later_report_moved_is_recalled_by_its_new_date():
    """A first report dated the strike on the day it was published; the council's statement a day later set it a day
    earlier. The refreshed row is what the linker puts in the index (``CandidateIndex.assigned``): recall of that earlier
    day finds it, recall of the day it was first dated no longer does."""
    index = _index({})
    row = {"id": "itheatre", "kind": "event", "background": False, "event_type": "Explosions/Remote violence",
           "lat": MARIUPOL[0], "lon": MARIUPOL[1], "event_date": DAY + timedelta(days=1), "last_reported": DAY + timedelta(days=1)}
    index.assigned({}, [row])
    assert _on(index, DAY + timedelta(days=1), DAY + timedelta(days=1)) == ["itheatre"]
    index.assigned({}, [{**row, "event_date": DAY, "last_reported": DAY + timedelta(days=2)}])
    assert _on(index, DAY, DAY) == ["itheatre"]
    assert _on(index, DAY + timedelta(days=1), DAY + timedelta(days=1)) == []
    index.assigned({}, [{**row, "event_date": None}])
    assert _on(index, date.min + timedelta(days=1), date.max) == []  # undated: never recalled


def test_a_ledgers_cells_hold_its_incidents_dates_and_recall_of_the_strikes_day_finds_the_strike(db_url):
    """End to end: a suburb's shelling in February and the theatre strike in March, both in the box around Mariupol. The
    index read from the ledger holds each placed incident's event date in its cell, and recall of the strike's day (the
    Wednesday before the report) finds the strike and not the shelling a month earlier."""
    earlier = ("2022-02-14", "Shelling damages homes in Mariupol suburb",
               "Shelling on Sunday damaged several homes in a suburb of Mariupol and wounded two residents, the regional "
               "administration said.")
    strike = ("2022-03-17", "Air strike hits Mariupol drama theatre",
              "A Russian air strike on Wednesday hit the drama theatre in Mariupol where hundreds of civilians were "
              "sheltering, the city council said. At least 300 people were killed in the theatre, officials said.")
    with Ledger(db_url) as ledger:
        for day, title, text in (earlier, strike):
            ledger.ingest_text(text, published=day, title=title)
        index = ledger.linker._index
        with ledger.engine.connect() as connection, connection.begin():
            index.prepare(connection)
        cells = {incident_id: day for found in index._cells.values() for incident_id, day in found.items()}
        assert sorted(cells.values()) == sorted(i[6].toordinal() for i in records(index).values() if i[4] is not None and i[6])
        found = index.incidents_on(lat=MARIUPOL[0], lon=MARIUPOL[1], box_degrees=BOX_DEGREES, start=date(2022, 3, 16),
                                   end=date(2022, 3, 17), event_type=None, limit=60)
        assert len(found) == 1 and Incident._make(records(index)[found[0]]).event_date == date(2022, 3, 16)


def test_the_cells_hold_one_number_a_day_however_many_incidents_share_it():
    """A million incidents' dates held each as its own number were 27 MiB more index; a day's incidents share one."""
    index = _index(_incidents())
    held: dict[int, list[int]] = {}
    for found in index._cells.values():
        for day in found.values():
            held.setdefault(day, []).append(id(day))
    shared = [ids for day, ids in held.items() if day and len(ids) > 1]
    assert shared and all(len(set(ids)) == 1 for ids in shared)
