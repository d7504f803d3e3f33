"""What the linker's index holds by the incident stays out of the garbage collector's walks after a document links: the
index is frozen as it is read (``freeze_held``), and a write into it must not bring any of it back into a generation the
collector walks (a dict of plain tuples is untracked when frozen, and the first new tuple written into it tracked it again:
at a million incidents the next two collections walked a million entries, 10-30 ms each, inside a document's linking)."""

import gc

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from test_link import ARREST_MONTHS_LATER, FOLLOW_UPS, SHOOTING, _lead_incident
from test_link_index import _fresh, _ingest, records

from harmledger.ledger import Ledger


def _walked_by_incident(index) -> list[str]:
    """The index's containers with an entry per incident (or more) that a later collection walks."""
    walked = {id(found) for found in gc.get_objects()}
    held = len(records(index))
    return [name for name, found in vars(index).items() if isinstance(found, (list, dict)) and len(found) >= held and id(found) in walked]


def test_a_document_linked_after_the_index_is_read_leaves_what_it_holds_by_the_incident_unwalked(db_url):
    """Another writer's reports make our linker read its index again at our next report, which then writes its
    incident into it: nothing the index holds by the incident is walked by the collections after that."""
    with Ledger(db_url) as ours, Ledger(db_url) as theirs:
        _ingest(ours, FOLLOW_UPS[0])
        for report in (SHOOTING, FOLLOW_UPS[1]):
            _ingest(theirs, report)
        _ingest(ours, ARREST_MONTHS_LATER)  # read again (frozen), then written: the arrest's incident
        index = ours.linker._index
        assert len(records(index)) >= 2
        assert _walked_by_incident(index) == []
        gc.collect(0)
        gc.collect(1)
        assert _walked_by_incident(index) == []


def test_the_incidents_the_index_holds_are_the_ledgers_after_a_write_and_a_read_again(db_url):
    """Held by number, the incidents the index keeps in place as a report links equal what a fresh read finds, and a
    report's incident read by id is the one it joined."""
    with Ledger(db_url) as ledger:
        shooting = _ingest(ledger, SHOOTING)
        _ingest(ledger, FOLLOW_UPS[0])
        index = ledger.linker._index
        assert records(index) == records(_fresh(ledger))
        with ledger.engine.connect() as connection:
            incident = _lead_incident(connection, shooting)
        assert index.holds(incident) and not index.holds("i-none")
        assert {m.document_id for m in index.members([incident])[incident]} >= {shooting}
