"""The linker's in-memory index stays the ledger's: another writer's links are seen, a rolled-back
document leaves nothing behind, and what the linker keeps in place equals what a fresh read finds."""

import gc

import pytest
from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from test_link import ARREST_MONTHS_LATER, FOLLOW_UPS, SHOOTING, _lead_incident

from harmledger.ledger import Ledger
from harmledger.link.index import CandidateIndex, Postings
from harmledger.link.linker import _cell, incident_id
from harmledger.store import linking


def _ingest(ledger, report):
    day, title, text = report
    return ledger.ingest_text(text, published=day, title=title)[0]


def test_a_report_another_writer_linked_is_a_candidate(db_url):
    """The arrest report finds the shooting that another ledger (another process) stored after this
    ledger's linker had read its index."""
    with Ledger(db_url) as ours, Ledger(db_url) as theirs:
        _ingest(ours, FOLLOW_UPS[0])  # our linker reads its index: no shooting in it yet
        shooting = _ingest(theirs, SHOOTING)
        arrest = _ingest(ours, ARREST_MONTHS_LATER)
        with ours.engine.connect() as connection:
            assert _lead_incident(connection, arrest) == _lead_incident(connection, shooting)


def test_a_report_another_writer_linked_while_ours_linked_is_a_candidate(db_url, monkeypatch):
    """On PostgreSQL another writer may commit while our document links (SQLite's writer holds the ledger's
    lock meanwhile): our linker's index then misses what it wrote, and is read again for the next document."""
    if db_url.startswith("sqlite"):
        pytest.skip("SQLite's writer holds the ledger's lock while it links")
    with Ledger(db_url) as ours, Ledger(db_url) as theirs:
        _ingest(ours, FOLLOW_UPS[0])
        settle = ours.linker._index.settle
        shooting = []

        def interleaved(connection):
            if not shooting:
                shooting.append(_ingest(theirs, SHOOTING))
            settle(connection)

        monkeypatch.setattr(ours.linker._index, "settle", interleaved)
        _ingest(ours, FOLLOW_UPS[1])
        arrest = _ingest(ours, ARREST_MONTHS_LATER)
        with ours.engine.connect() as connection:
            assert _lead_incident(connection, arrest) == _lead_incident(connection, shooting[0])


def test_a_document_rolled_back_after_linking_is_no_candidate(db_url, monkeypatch):
    with Ledger(db_url) as ledger:
        refuse_after_linking(monkeypatch, ledger)
        with pytest.raises(RuntimeError):
            _ingest(ledger, SHOOTING)
        monkeypatch.undo()
        assert _held(ledger.linker._index) == _held(_fresh(ledger))  # undone in place, not read again
        arrest = _ingest(ledger, ARREST_MONTHS_LATER)
        with ledger.engine.connect() as connection:
            lead = next(m["id"] for m in linking.document_mentions(connection, arrest) if m["kind"] == "event" and not m["background"])
            assert _lead_incident(connection, arrest) == incident_id(lead)  # opened its own: the shooting is not in the ledger
        assert ledger.count_incidents() == 1


def test_what_the_linker_keeps_in_place_equals_a_fresh_read(db_url):
    with Ledger(db_url) as ledger:
        for report in (SHOOTING, *FOLLOW_UPS, ARREST_MONTHS_LATER):
            _ingest(ledger, report)
        fresh = _held(_fresh(ledger))
        assert fresh == _held(ledger.linker._index)
        assert fresh[1]  # incidents were read


def refuse_after_linking(monkeypatch, ledger):
    """Make each document's transaction fail once its mentions are linked."""
    link = ledger.linker.link_document

    def refused(*args):
        link(*args)
        raise RuntimeError("refused after linking")

    monkeypatch.setattr(ledger.linker, "link_document", refused)


def _fresh(ledger):
    index = CandidateIndex(_cell)
    with ledger.engine.connect() as connection, connection.begin():
        index.prepare(connection)
    return index


def _held(index):
    """Everything an index holds, less the empty lists and sets a key or cell leaves when it loses its last entry."""
    keys = {key: (list(postings.days), postings.incidents) for key, postings in index._keys.items() if postings.incidents}
    return keys, records(index), {cell: found for cell, found in index._cells.items() if found}


def records(index):
    """Incident id → what the index holds of it (as a plain tuple)."""
    return {index._numbering.ids[number]: found for number, found in enumerate(index._records) if found is not None}


def test_a_keys_postings_keep_a_days_incidents_in_id_order_whatever_order_they_came_in():
    """Postings hold incidents as numbers given in arrival order, yet a day's incidents sort by id, as SQL reads them."""
    postings = Postings([(5, "i-charlie"), (7, "i-alpha")])
    assert postings.add(5, "i-alpha") and postings.add(5, "i-bravo")
    assert not postings.add(5, "i-bravo")  # present: nothing added (insert_ignore)
    assert postings.incidents == ["i-alpha", "i-bravo", "i-charlie", "i-alpha"]
    assert postings.remove(5, "i-bravo") and not postings.remove(6, "i-alpha")
    assert postings.nearest(0, 7, 10, 2) == ["i-alpha", "i-charlie"]
    assert list(postings.days) == [5, 5, 7]


def test_what_the_index_holds_by_the_million_the_garbage_collector_does_not_walk(db_url):
    """A full collection walks every list and set: the index's postings and cells must not be either (at a million
    mentions they held 8.5 million references, 0.45 s a collection, paid by whichever document set one off)."""
    with Ledger(db_url) as ledger:
        _ingest(ledger, SHOOTING)
        index = _fresh(ledger)
    assert index._keys and index._cells
    arrays = [p.days for p in index._keys.values()] + [p.numbers for p in index._keys.values()]
    assert all(len(gc.get_referents(found)) <= 1 for found in arrays)  # their type at most, never their items
    dicts = [*index._cells.values(), index._numbering.numbers, index._numbering.ids]
    assert not any(gc.is_tracked(found) for found in dicts)


def test_what_the_process_holds_when_the_index_is_read_no_later_collection_walks():
    """Whatever the index leaves tracked, the process holds some 120,000 objects a full collection walks (40-80 ms in
    the middle of a document): reading the index freezes them, so a later collection walks only what came after."""
    held = [[day] for day in range(2000)]  # lists: tracked, whatever they hold
    with Ledger("sqlite://") as ledger:
        _ingest(ledger, SHOOTING)
        _fresh(ledger)
        walked = {id(found) for found in gc.get_objects()}
        assert not any(id(found) in walked for found in held)
        later = [[day] for day in range(10)]
        assert all(id(found) in {id(o) for o in gc.get_objects()} for found in later)


def test_a_fingerprint_read_back_holds_no_list_the_collector_walks():
    """The linker keeps 20,000 decoded fingerprints: each one's streets, ages, places and capitals as lists were four
    objects a full collection walked (half of all it walked after a bench's 300 reports at 100,000 mentions); as tuples
    of plain values the collector stops tracking them, and a fingerprint read back equals the one packed."""
    from datetime import date

    from harmledger.extract import extract
    from harmledger.link.fingerprint import Fingerprint, fingerprint

    day, title, body = SHOOTING
    published = date.fromisoformat(day)
    found = fingerprint(body, extract(body, published), title=title, url="https://www.example.org/a", published=published)
    again = Fingerprint.from_bytes(found.to_bytes())
    gc.collect()
    assert again == found and again.streets and again.capitals
    assert not any(gc.is_tracked(getattr(again, name)) for name in ("streets", "ages", "places", "capitals"))
