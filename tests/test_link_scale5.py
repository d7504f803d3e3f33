"""What the candidate walk reads of each incident by number (issue 10, scale) stays what the ledger holds: through the
linker's own writes, a document rolled back, and an incident moved whole into another."""

from datetime import date

import pytest
from test_link import ARREST_MONTHS_LATER, FOLLOW_UPS, SHOOTING, TWO_CHICAGO_SHOOTINGS
from test_link_index import _fresh, _ingest, refuse_after_linking
from test_link_order import SHOT_ON_ELM_STREET

from harmledger.ledger import Ledger
from harmledger.link import Linker
from harmledger.link.index import Postings
from harmledger.model import Record
from harmledger.store import linking


def _walked(index):
    """Incident id → what the walk reads of it (its kind's code, 0 where gone or merged; minus its last report's ordinal)."""
    kinds = {code: kind for kind, code in index._kind_codes.items()}
    return {
        incident: (kinds.get(index._walkable[number]), index._recency[number] if index._walkable[number] else None)
        for incident, number in index._numbering.numbers.items() if number < len(index._walkable)
    }


def _live(walked):
    return {incident: found for incident, found in walked.items() if found[0] is not None}


def test_the_walk_reads_the_incidents_a_fresh_read_finds_after_links_and_a_rollback(tmp_path, monkeypatch):
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        _ingest(ledger, SHOOTING)
        refuse_after_linking(monkeypatch, ledger)
        with pytest.raises(RuntimeError):
            _ingest(ledger, FOLLOW_UPS[0])
        monkeypatch.undo()
        for report in (*FOLLOW_UPS[1:], ARREST_MONTHS_LATER):
            _ingest(ledger, report)
        held, fresh = _walked(ledger.linker._index), _walked(_fresh(ledger))
    assert _live(held) == _live(fresh) and _live(fresh)
    assert {kind for kind, _ in _live(fresh).values()} == {"event"}


def test_an_incident_moved_into_another_is_walked_no_more_and_back_once_undone(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        for day, text in zip(("2017-01-09", "2017-01-15"), TWO_CHICAGO_SHOOTINGS):
            ledger.ingest_text(text, published=day)
        index = _fresh(ledger)
    survivor, absorbed = sorted(_live(_walked(index)))[:2]
    before = _walked(index)
    index.absorbed(survivor, absorbed, [])
    assert _walked(index)[absorbed] == (None, None) and _walked(index)[survivor] == before[survivor]
    index._undo()
    assert _walked(index) == before


def test_a_keys_nearest_pairs_as_numbers_are_those_of_its_nearest_incidents():
    postings = Postings([(5, "i-charlie"), (7, "i-alpha"), (9, "i-bravo"), (30, "i-delta")])
    for start, day, end, count in ((0, 7, 10, 2), (0, 6, 40, 3), (8, 40, 40, 5)):
        assert [postings.ids.ids[n] for n in postings.nearest_numbers(start, day, end, count)] == postings.nearest(start, day, end, count)
    assert [postings.ids.ids[n] for n in postings.nearest_numbers(0, 7, 10, 2)] == ["i-alpha", "i-charlie"]


def test_a_report_that_relinks_several_incidents_reads_their_candidates_fingerprints_once(tmp_path, monkeypatch):
    """Each incident linked again brings some 50 candidates of its own at a million mentions: their fingerprints are read
    in one statement for all of them, not one per incident (nothing has moved before the first is linked again)."""
    reports = [Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in SHOT_ON_ELM_STREET]
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        ledger.ingest_records([reports[2], reports[0]], inputs=["test"])  # the arrest and the first report: two incidents
        linker = Linker()  # a fresh linker: no fingerprint read yet
        reads = []
        fingerprints_of = linking.fingerprints_of
        monkeypatch.setattr(linking, "fingerprints_of", lambda connection, ids: reads.append(ids) or fingerprints_of(connection, ids))
        with ledger.engine.connect() as connection, connection.begin():
            linker.prepare(connection)
            leads = {i: m for i, found in linker._index.members(linking.incident_ids(connection)).items() for m in found if m.lead}
            linker._members(connection, list(leads))  # the leads' fingerprints, as the document that relinks them read them
            reads.clear()
            linker._relink(connection, leads)
    assert len(leads) == 2 and len(reads) == 1


def test_an_undated_report_s_incident_is_linked_again_by_its_lead_s_own_day(tmp_path):
    """A lead whose document has no publication date is found by the day its text tells (``when_start``), as the
    mention rows are by ``event_date``; the index's members carry no ``event_date`` of their own."""
    reports = [Record(text=text, origin=title, title=title, published=None) for _, title, text in SHOT_ON_ELM_STREET]
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        ledger.ingest_records([reports[2], reports[0]], inputs=["test"])
        linker = Linker()
        with ledger.engine.connect() as connection, connection.begin():
            linker.prepare(connection)
            leads = {i: m for i, found in linker._index.members(linking.incident_ids(connection)).items() for m in found if m.lead}
            assert leads and all(m.published is None for m in leads.values())
            linker._members(connection, list(leads))  # their fingerprints read, as the document that relinks them read them
            linker._relink(connection, leads)
