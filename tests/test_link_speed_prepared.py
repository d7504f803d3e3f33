"""What a prepared statement writes is what SQLAlchemy writes (``store/prepared.py`` builds the driver's parameters
itself: each value through its bind processor, a statement's own value where the caller leaves it out), on SQLite and
PostgreSQL: the incidents a real report's linking saved, written again through both, read back the same."""

from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from sqlalchemy import bindparam, select, update
from test_link import FOLLOW_UPS

from harmledger.ledger import Ledger
from harmledger.store import linking
from harmledger.store.prepared import Prepared
from harmledger.store.schema import incidents, mentions


def test_a_prepared_write_stores_what_sqlalchemy_stores(db_url):
    with Ledger(db_url) as ledger:
        for day, title, body in FOLLOW_UPS:
            ledger.ingest_text(body, published=day, title=title)
        with ledger.engine.connect() as connection, connection.begin():
            saved = [dict(r) for r in connection.execute(select(incidents).order_by(incidents.c.id)).mappings()]
            assert any(r["event_date"] is not None for r in saved) and any(r["killed"] is not None for r in saved)
            twin = [{**r, "id": "t" + r["id"][1:], "merged_into": None} for r in saved]
            linking.save_incidents(connection, twin)  # an upsert: each value through its processor (dates on SQLite)
            connection.execute(incidents.insert(), [{**r, "id": "s" + r["id"][1:], "merged_into": None} for r in saved])
            read = {r["id"]: dict(r) for r in connection.execute(select(incidents)).mappings()}
            for row in saved:
                through_prepared, through_sqlalchemy = read["t" + row["id"][1:]], read["s" + row["id"][1:]]
                assert {k: v for k, v in through_prepared.items() if k != "id"} == {k: v for k, v in through_sqlalchemy.items() if k != "id"}
                assert {k: type(v) for k, v in through_prepared.items()} == {k: type(v) for k, v in through_sqlalchemy.items()}

            # a value the statement holds (pinned=True) where the caller gives none
            mention = connection.scalar(select(mentions.c.id).order_by(mentions.c.id).limit(1))
            pin = Prepared(update(mentions).where(mentions.c.id == bindparam("mention")).values(pinned=True))
            pin.run(connection, [{"mention": mention}])
            assert connection.scalar(select(mentions.c.pinned).where(mentions.c.id == mention)) is True
