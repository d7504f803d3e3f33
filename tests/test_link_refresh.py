"""A refresh builds the incidents' list rows from what it read to recompute them (``query.recomputed_rows``) instead
of reading them back: the stored rows are byte for byte what the live query builds, for incidents told by one report
and by several, after a correction of the place and the figures; on SQLite and PostgreSQL. On SQLite, a refresh runs
six reads for all its incidents, none of which reads an incident's row back."""

from __future__ import annotations

from datetime import date

import pytest
from ledger_fixtures import db_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from review_fixtures import DEPOT, DNIPRO, MALL, MALL_UPDATE, report, strike
from sqlalchemy import select, update
from test_link import FOLLOW_UPS, SEED
from test_link_order import SHOT_ON_ELM_STREET

from harmledger.ledger import Ledger
from harmledger.link import Linker
from harmledger.link.linker import refresh_all
from harmledger.model import Record
from harmledger.review.workspace import Workspace
from harmledger.store import linking, query, rows
from harmledger.store.schema import incident_rows, incidents, link_keys, mentions


def stored_and_live(ledger: Ledger) -> tuple[dict[str, str], dict[str, str]]:
    """Every incident's stored row, and the same row built by the live query now (both as stored: JSON without live columns)."""
    with ledger.engine.connect() as connection:
        ids = linking.incident_ids(connection)
        stored = dict(connection.execute(select(incident_rows.c.incident_id, incident_rows.c.row)).all())
        live = {row["id"]: rows.encode(row) for row in query.incident_rows_by_id(connection, ids)}
    return stored, live


@pytest.mark.skipif(not SEED.exists(), reason="the seed report is in ../shared/data (not part of the project)")
def test_the_seed_and_its_follow_ups_store_the_rows_the_live_query_builds(db_url):
    with Ledger(db_url) as ledger:
        ledger.ingest_text(SEED.read_text(encoding="utf-8"), published="2022-06-27", title="Russian missile strike on Kremenchuk mall")
        for day, title, text in FOLLOW_UPS:
            ledger.ingest_text(text, published=day, title=title)
        stored, live = stored_and_live(ledger)
    assert stored == live and len(stored) >= 2
    several = [row for row in map(rows.json.loads, stored.values()) if row["sources"] == 3]
    assert len(several) == 1 and [r["published"] for r in several[0]["reports"]] == ["2022-06-27", "2022-06-28", "2022-06-29"]
    assert several[0]["killed"]["best"] == 20 and several[0]["killed"]["span"] is not None


def test_rows_built_in_place_hold_an_analysts_place_and_figures(db_url):
    with Ledger(db_url) as ledger:
        first = report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
        report(ledger, MALL_UPDATE, "Amstor mall death toll rises in Kremenchuk", "2022-06-28", strike(MALL_UPDATE, "rose to 18", 18, date(2022, 6, 27)))
        report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
        with ledger.engine.connect() as connection:
            mall = linking.document_mentions(connection, first)[0]["incident_id"]
        place = {"name": "Kremenchuk", "admin1": "Poltava", "country": "UA", "lat": 49.07, "lon": 33.41, "precision": "near"}
        Workspace(ledger, "ana").correct(mall, {"place": place, "killed": {"value": 21, "qualifier": "at_least"}})
        stored, live = stored_and_live(ledger)
    assert stored == live
    row = rows.json.loads(stored[mall])
    assert (row["place"]["precision"], row["killed"]["best"], row["sources"]) == ("near", 21, 2)


def test_a_refresh_reads_no_row_back_and_six_tables_in_all(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
        report(ledger, MALL_UPDATE, "Amstor mall death toll rises in Kremenchuk", "2022-06-28", strike(MALL_UPDATE, "rose to 18", 18, date(2022, 6, 27)))
        report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
        before, _ = stored_and_live(ledger)
        with ledger.engine.connect() as connection, connection.begin():
            ids = linking.incident_ids(connection)
            statements: list[str] = []
            driver = connection.connection.driver_connection
            driver.set_trace_callback(lambda sql: statements.append(sql) if not sql.startswith("--") else None)  # "--": a trigger's
            refresh_all(connection, ids)
            driver.set_trace_callback(None)
        after, live = stored_and_live(ledger)
    assert len(ids) == 2 and after == before == live
    reads = [sql for sql in statements if sql.startswith("SELECT")]
    assert not [sql for sql in reads if "AS i_id" in sql]  # the live query's first read: incidents beside their lead mentions
    assert len(reads) == 6, "\n".join(sql[:70] for sql in reads)  # mentions, claims, corrections, verdicts, the leads' spans and sources
    assert {sql.split()[2] for sql in statements if not sql.startswith("SELECT")} == {"incidents", "incident_rows"}


def test_a_report_that_relinks_several_incidents_reads_the_incidents_their_reports_tell_once(tmp_path):
    """Each incident linked again is matched against the incidents its lead's report does not already tell: one read
    for all the leads' reports, not one per incident (a report at a million mentions relinks up to eight)."""
    reports = [Record(text=text, origin=title, title=title, published=date.fromisoformat(day)) for day, title, text in SHOT_ON_ELM_STREET]
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        ledger.ingest_records([reports[2], reports[0]], inputs=["test"])  # the arrest and the first report: two incidents
        linker = Linker()
        with ledger.engine.connect() as connection, connection.begin():
            linker.prepare(connection)
            leads = {i: m for i, found in linker._index.members(linking.incident_ids(connection)).items() for m in found if m.lead}
            statements: list[str] = []
            driver = connection.connection.driver_connection
            driver.set_trace_callback(statements.append)
            linker._relink(connection, leads)
            driver.set_trace_callback(None)
    by_document = [sql for sql in statements if sql.startswith("SELECT") and "mentions.document_id" in sql.split("WHERE")[-1]]
    assert len(leads) == 2 and len(by_document) == 1, by_document


def test_an_incident_is_absorbed_whole_unless_reviewed_pinned_or_gone(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/ledger.db") as ledger:
        first = report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
        depot = report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
        with ledger.engine.connect() as connection:
            mall, other = (linking.document_mentions(connection, d)[0]["incident_id"] for d in (first, depot))
        Workspace(ledger, "ana").confirm(other)
        with ledger.engine.connect() as connection, connection.begin():
            assert linking.absorb(connection, mall, other) is None  # reviewed
            assert linking.absorb(connection, mall, "i-no-such-incident") is None
            connection.execute(update(incidents).where(incidents.c.id == other).values(review_status="unreviewed"))
            connection.execute(update(mentions).where(mentions.c.incident_id == other).values(pinned=True))
            assert linking.absorb(connection, mall, other) is None  # an analyst placed one of its mentions
            connection.execute(update(mentions).where(mentions.c.incident_id == other).values(pinned=False))
            keys = linking.absorb(connection, mall, other)
            keyed = {incident: set(connection.scalars(select(link_keys.c.key).where(link_keys.c.incident_id == incident))) for incident in (mall, other)}
            assert keys and {key for key, _ in keys} <= keyed[mall] and not keyed[other]  # its keys are the survivor's
            assert [m["incident_id"] for m in linking.document_mentions(connection, depot)] == [mall]
            assert linking.incident_row(connection, other) is None and connection.scalar(select(incident_rows.c.incident_id).where(
                incident_rows.c.incident_id == other)) is None
