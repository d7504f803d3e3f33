"""Statements the linker runs on the driver's cursor (``store/prepared.py``) give what SQLAlchemy gives:
the same rows, keys, values and value types, on SQLite and PostgreSQL; a driver's error is SQLAlchemy's."""

import pytest
from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from sqlalchemy.exc import IntegrityError
from test_link import FOLLOW_UPS

from harmledger.ledger import Ledger
from harmledger.review.overlay import _CORRECTIONS, _VERDICTS
from harmledger.store import linking, query, rows
from harmledger.store.prepared import Prepared
from harmledger.store.schema import documents, incidents, mentions


def test_prepared_statements_read_what_sqlalchemy_reads(db_url):
    with Ledger(db_url) as ledger:
        for day, title, body in FOLLOW_UPS:
            ledger.ingest_text(body, published=day, title=title)
        with ledger.engine.connect() as connection, connection.begin():
            incident_ids = list(connection.scalars(incidents.select().with_only_columns(incidents.c.id)))
            mention_ids = list(connection.scalars(mentions.select().with_only_columns(mentions.c.id)))
            document_ids = list(connection.scalars(documents.select().with_only_columns(documents.c.id)))
            asked = [
                (linking._DOCUMENT_MENTIONS, {"document_id": document_ids[0]}),
                (linking._INCIDENT_MENTIONS, {"ids": incident_ids}),
                (linking._INCIDENT_MEMBERS, {"ids": incident_ids}),
                (linking._CLAIMS, {"ids": incident_ids}),
                (linking._FINGERPRINTS, {"ids": document_ids}),
                (rows.STATE, {}),
                (query._ROWS_BY_ID, {"ids": incident_ids}),
                (query._COUNTS, {"ids": mention_ids}),
                (query._SPANS, {"ids": mention_ids}),
                (query._SOURCES, {"ids": mention_ids}),
                (query._CLAIMS_WITH_SPANS, {"ids": incident_ids}),  # an IN over the statement's own values
                (query._REPORTS, {"ids": incident_ids}),
                (_CORRECTIONS, {"ids": incident_ids}),
                (_VERDICTS, {"ids": incident_ids}),
            ]
            for statement, params in asked:
                expected = [dict(r) for r in connection.execute(statement.statement, params).mappings()]
                found = statement.rows(connection, params)
                assert found == expected
                assert [[(k, type(v)) for k, v in r.items()] for r in found] == [[(k, type(v)) for k, v in r.items()] for r in expected]
            assert any(found for statement, params in asked[:12] if (found := statement.rows(connection, params)))
            assert [type(v) for v in rows.STATE.tuples(connection)[0]] == [str, int]


def test_a_prepared_write_raises_sqlalchemys_error(db_url):
    with Ledger(db_url) as ledger, ledger.engine.connect() as connection, connection.begin():
        insert = Prepared(documents.insert())
        row = {"id": "d1", "text": "x", "published": None, "language": "en", "origin": "test", "ingested_at": None}
        insert.run(connection, [row])
        with pytest.raises(IntegrityError):
            insert.run(connection, [row])
