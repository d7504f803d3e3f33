"""Stored fingerprints: packed and unpacked unchanged, and ledgers of JSON fingerprints converted both ways."""

import json
from datetime import date

from ledger_fixtures import db_url, migrate  # noqa: F401  (fixture: SQLite and PostgreSQL)
from sqlalchemy import create_engine, select, text
from test_link import FOLLOW_UPS

from harmledger.extract import extract
from harmledger.ledger import Ledger
from harmledger.link.fingerprint import Fingerprint, fingerprint
from harmledger.store.schema import fingerprints


def test_a_packed_fingerprint_unpacks_to_the_same_values_in_the_same_order():
    for day, title, body in FOLLOW_UPS:
        published = date.fromisoformat(day)
        found = fingerprint(body, extract(body, published), title=title, url="https://www.example.org/a", published=published)
        again = Fingerprint.from_bytes(found.to_bytes())
        assert again == found
        for name in ("content", "title", "names"):  # keys() reads a vector's heaviest terms first
            assert list(getattr(again, name).items()) == list(getattr(found, name).items())
        assert again.keys == found.keys and found.evidence and found.sites


def test_migration_0013_packs_a_ledgers_json_fingerprints_and_0012_reads_them_back(db_url):
    with Ledger(db_url) as ledger:
        for day, title, body in FOLLOW_UPS:
            ledger.ingest_text(body, published=day, title=title)

    def stored():
        with Ledger(db_url) as ledger, ledger.engine.connect() as connection:
            return dict(connection.execute(select(fingerprints.c.document_id, fingerprints.c.data)).all())

    packed = stored()
    assert len(packed) == len(FOLLOW_UPS)
    migrate(db_url, "0012", down=True)
    engine = create_engine(db_url)
    with engine.connect() as connection:
        as_json = dict(connection.execute(text("SELECT document_id, data FROM fingerprints")).all())
    engine.dispose()
    assert {d: json.loads(t)["published"] for d, t in as_json.items()} == {d: Fingerprint.from_bytes(p).published.isoformat() for d, p in packed.items()}
    assert stored() == packed  # opening the ledger migrates it up again
