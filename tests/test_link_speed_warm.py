"""As the linker reads a ledger's index it decodes the fingerprints of the ledger's latest reports, as many as its
cache holds (``Linker._warm``): a process that has just read a ledger meets them as one that linked those reports
would, on SQLite and PostgreSQL. The latest are kept where the cache is smaller than the ledger, what the cache held is
never pushed out, and every decision is the same as a linker that reads each fingerprint when a report first meets it."""

from __future__ import annotations

import shutil

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from sqlalchemy import text
from test_link import FOLLOW_UPS
from test_link_order import SHOT_ON_ELM_STREET

from harmledger.ledger import Ledger
from harmledger.link import Linker, linker as linker_module
from harmledger.link.fingerprint import Fingerprint
from harmledger.store import linking

REPORTS = sorted([*FOLLOW_UPS, *SHOT_ON_ELM_STREET])


def _documents_by_day(connection) -> list[str]:
    return [r[0] for r in connection.execute(text(
        "SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.document_id = d.id AND m.incident_id IS NOT NULL) ORDER BY d.published, d.id"))]


def test_a_linker_that_reads_a_ledger_holds_its_reports_fingerprints_decoded(db_url):
    with Ledger(db_url) as ledger:
        for day, title, body in REPORTS:
            ledger.ingest_text(body, published=day, title=title)
        linker = Linker()
        with ledger.engine.connect() as connection, connection.begin():
            linker.prepare(connection)
            documents = _documents_by_day(connection)
            stored = linking.fingerprints_of(connection, documents)
    assert len(documents) >= len(REPORTS) - 1
    assert list(linker._fingerprints) == documents  # the latest last: they stay longest
    assert all(linker._fingerprints[d] == Fingerprint.from_bytes(stored[d]) for d in documents)


def test_a_small_cache_holds_the_latest_reports_and_keeps_what_it_held(tmp_path, monkeypatch):
    monkeypatch.setattr(linker_module, "FINGERPRINTS_CACHED", 3)
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        for day, title, body in REPORTS:
            ledger.ingest_text(body, published=day, title=title)
        with ledger.engine.connect() as connection, connection.begin():
            documents = _documents_by_day(connection)
            linker = Linker()
            linker.prepare(connection)
            assert list(linker._fingerprints) == documents[-3:]
            held = Linker()
            held._remember(documents[0], Fingerprint.from_bytes(linking.fingerprints_of(connection, [documents[0]])[documents[0]]))
            held.prepare(connection)
            assert list(held._fingerprints) == [documents[0], *documents[-2:]]


def _linked(path) -> list[tuple]:
    with Ledger(f"sqlite:///{path}") as ledger, ledger.engine.connect() as connection:
        return [tuple(r) for r in connection.execute(text("SELECT id, incident_id FROM mentions ORDER BY id"))] + [
            tuple(r) for r in connection.execute(text("SELECT * FROM incidents ORDER BY id"))]


def test_a_warmed_linker_links_every_report_as_a_cold_one_does(tmp_path, monkeypatch):
    half = len(REPORTS) // 2
    with Ledger(f"sqlite:///{tmp_path / 'warm.db'}") as ledger:
        for day, title, body in REPORTS[:half]:
            ledger.ingest_text(body, published=day, title=title)
        with ledger.engine.connect() as connection:
            first_half = set(_documents_by_day(connection))
    shutil.copyfile(tmp_path / "warm.db", tmp_path / "cold.db")
    met: dict[str, list[set[str]]] = {}  # each run's reads of fingerprints, in order
    reference = linking.fingerprints_of
    for name in ("warm", "cold"):
        met[name] = []
        with monkeypatch.context() as patched:
            if name == "cold":
                patched.setattr(Linker, "_warm", lambda self, connection: None)
            patched.setattr(linking, "fingerprints_of", lambda connection, ids, run=met[name]: run.append(set(ids)) or reference(connection, ids))
            with Ledger(f"sqlite:///{tmp_path / f'{name}.db'}") as ledger:  # a new process: its linker reads the ledger at its first report
                for day, title, body in REPORTS[half:]:
                    ledger.ingest_text(body, published=day, title=title)
    assert met["warm"][0] == first_half and not any(read & first_half for read in met["warm"][1:])  # read once, as the index was
    assert any(read & first_half for read in met["cold"])  # the cold one read them as its reports met them
    assert _linked(tmp_path / "warm.db") == _linked(tmp_path / "cold.db")
