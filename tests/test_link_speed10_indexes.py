"""Every index of ``incidents`` is what some query of the list, its counts or the review queue walks on SQLite:
linking writes each new incident through all of them (some 65-90 µs of the 85-115 µs a row costs at 100,000 mentions; 21 µs with none), so one no
query chose could go, but none can (issue 10, session 23: ``EXPLAIN QUERY PLAN`` of each filter of
``bench.ingest.QUERIES``, page and count, and of the review queue). A new index, or a query that stops using one,
shows here first."""

from sqlalchemy import func, select

from harmledger.bench.ingest import QUERIES
from harmledger.ledger import Ledger
from harmledger.store import IncidentFilter
from harmledger.store.query import NEWEST_FIRST, conditions
from harmledger.store.schema import incidents


def _plan(connection, statement) -> str:
    sql = statement.compile(connection, compile_kwargs={"literal_binds": True})
    return " | ".join(r[3] for r in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}"))


def _query_plans(connection) -> dict[str, str]:
    """The plan of each list page and count the ingest bench times, and of the review queue's page and count."""
    plans = {}
    for name, fields in QUERIES.items():
        filters = IncidentFilter(**fields)
        page = select(incidents.c.id).where(*conditions(filters, "sqlite")).order_by(*NEWEST_FIRST).limit(100)
        count = select(func.count()).select_from(incidents).where(*conditions(filters, "sqlite", merged=True))
        plans[f"page {name}"], plans[f"count {name}"] = _plan(connection, page), _plan(connection, count)
    waiting = [incidents.c.review_status == "unreviewed", incidents.c.merged_into.is_(None)]
    queue = select(incidents.c.id).where(*waiting).order_by(incidents.c.contested.desc(), incidents.c.mistake_cost.desc(), incidents.c.id.desc()).limit(50)
    plans["review queue"] = _plan(connection, queue)
    plans["review queue count"] = _plan(connection, select(func.count()).select_from(incidents).where(*waiting))
    return plans


def test_every_incidents_index_is_walked_by_a_list_count_or_queue_query(tmp_path):
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger, ledger.engine.connect() as connection:
        indexes = set(connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'incidents' AND sql IS NOT NULL").scalars())
        plans = _query_plans(connection)
    # the unfiltered count scans whichever index is narrowest: any index would serve it, so it vouches for none
    chosen = [plan for name, plan in plans.items() if name != "count everything"]
    unused = {index for index in indexes if not any(f"INDEX {index} " in plan + " " for plan in chosen)}
    assert len(indexes) == 8 and not unused, (unused, plans)


def test_the_filters_that_need_them_walk_the_count_and_killed_indexes(tmp_path):
    """The two a quick look might take for spare: the killed index answers a toll floor's count (else a walk of every
    incident's date entry), the partial merged index keeps a page's "not merged" off the table rows."""
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger, ledger.engine.connect() as connection:
        plans = _query_plans(connection)
    assert "COVERING INDEX ix_incidents_killed (killed>?)" in plans["count min killed"]
    assert "ix_incidents_merged" in plans["page country"] and "ix_incidents_country_date" in plans["page country"]
