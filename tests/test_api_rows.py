"""The list's stored rows (store/rows.py) and its page cache never answer stale: after a report links in,
a correction, a verdict, a merge, a split or a mention taken out, the list shows what the live build shows.
On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date

import httpx
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures: SQLite and PostgreSQL)
from review_fixtures import DEPOT, DNIPRO, MALL, MALL_LATER, MALL_UPDATE, TWO_STRIKES, KHARKIV, report, strike
from sqlalchemy import select, update
from web_fixtures import served

from harmledger.ledger import Ledger
from harmledger.review.workspace import Workspace
from harmledger.store import IncidentFilter, query, rows
from harmledger.store.engine import for_writing
from harmledger.store.schema import incident_rows, incidents, ledger_state, mentions


def page(ledger: Ledger, filters: IncidentFilter | None = None) -> dict:
    """The list as the API sends it (through the page cache), decoded."""
    found = ledger.incident_page(filters, limit=100, offset=0)
    return {"total": found.total, "incidents": json.loads(found.rows)}


def live(ledger: Ledger, ids: list[str]) -> list[dict]:
    """The same rows built from the tables now, as before rows were stored."""
    with ledger.engine.connect() as connection:
        return query.incident_rows_by_id(connection, ids)


def stored(ledger: Ledger, ids: list[str]) -> list[dict]:
    """The rows as stored (with their live columns), in the order of ``ids``: every one there and current."""
    with ledger.engine.connect() as connection:
        query_ = select(incidents.c.id, incidents.c.review_status, incident_rows.c.row, incident_rows.c.format).join(
            incident_rows, incident_rows.c.incident_id == incidents.c.id).where(incidents.c.id.in_(ids))
        found = {id: (status, row, format) for id, status, row, format in connection.execute(query_)}
    assert set(found) == set(ids) and {format for _, _, format in found.values()} <= {rows.ROW_FORMAT}
    return [json.loads(rows.with_live(found[id][1], found[id][0])) for id in ids]


def listed(ledger: Ledger, incident_id: str) -> dict:
    """The incident's row in the list, after checking that every listed row is exactly its live build, and so is its stored row."""
    shown = page(ledger)
    ids = [r["id"] for r in shown["incidents"]]
    assert shown["incidents"] == live(ledger, ids) == stored(ledger, ids)
    assert shown["total"] == ledger.count_incidents() == len(shown["incidents"])
    return next(r for r in shown["incidents"] if r["id"] == incident_id)


def incident_of(ledger: Ledger, mention_id: str) -> str:
    with ledger.engine.connect() as connection:
        return connection.scalar(select(mentions.c.incident_id).where(mentions.c.id == mention_id))


def test_the_list_follows_new_reports_and_every_review_action(ledger):
    first = report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
    mall = incident_of(ledger, f"{first}-1")
    row = listed(ledger, mall)  # cached now: the same page is asked again below
    assert (row["killed"]["best"], row["sources"], row["review_status"]) == (16, 1, "unreviewed")

    second = report(ledger, MALL_UPDATE, "Amstor mall death toll rises in Kremenchuk", "2022-06-28", strike(MALL_UPDATE, "rose to 18", 18, date(2022, 6, 27)))
    assert incident_of(ledger, f"{second}-1") == mall
    row = listed(ledger, mall)  # a new mention linked in
    assert (row["killed"]["best"], row["killed"]["value"], row["sources"], len(row["reports"])) == (18, 18, 2, 2)

    ana = Workspace(ledger, "ana")
    ana.correct(mall, {"killed": {"value": 21, "qualifier": "at_least"}, "weapon": "rocket"})
    row = listed(ledger, mall)
    assert (row["killed"]["best"], row["weapon"], row["review_status"]) == (21, "rocket", "corrected")

    ana.confirm(mall)  # a verdict writes the status alone, without recomputing the incident
    assert listed(ledger, mall)["review_status"] == "confirmed"

    depot = report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
    other = incident_of(ledger, f"{depot}-1")
    assert listed(ledger, other)["sources"] == 1 and page(ledger)["total"] == 2
    ana.merge(mall, other)
    row = listed(ledger, mall)
    assert (row["sources"], len(row["reports"]), row["review_status"]) == (3, 3, "corrected")
    assert [r["id"] for r in page(ledger)["incidents"]] == [mall] and page(ledger)["total"] == 1  # the merged one is gone
    for filters in (IncidentFilter(country="UA"), IncidentFilter(min_killed=1), IncidentFilter(bbox=(30.0, 45.0, 40.0, 52.0))):
        assert [r["id"] for r in page(ledger, filters)["incidents"]] == [mall] and ledger.count_incidents(filters) == 1, filters

    split = ana.split(mall, [f"{depot}-1"])
    assert listed(ledger, split["id"])["killed"]["best"] == 4 and listed(ledger, mall)["sources"] == 2

    later = report(ledger, MALL_LATER, "Amstor mall rescue ends", "2022-06-30", strike(MALL_LATER, "killed 20", 20, date(2022, 6, 27)))
    assert incident_of(ledger, f"{later}-1") == mall
    row = listed(ledger, mall)  # the correction still stands over the new report
    assert (row["sources"], row["killed"]["best"]) == (3, 21)

    two = report(ledger, TWO_STRIKES, "Kharkiv shelled", "2024-05-06", strike(TWO_STRIKES, "killed 3 people", 3, date(2024, 5, 6), KHARKIV),
                 strike(TWO_STRIKES, "killed 2 people", 2, date(2024, 5, 6), DNIPRO))
    kharkiv = incident_of(ledger, f"{two}-1")
    ana.merge(kharkiv, incident_of(ledger, f"{two}-2"))
    assert listed(ledger, kharkiv)["sources"] == 1
    ana.not_an_incident(f"{two}-2")
    assert listed(ledger, kharkiv)["killed"]["best"] == 3
    assert ledger.incidents(limit=100) == page(ledger)["incidents"]  # the library's list reads the same rows


def test_a_missing_or_outdated_row_is_built_live_and_rebuilt_on_opening(ledger):
    first = report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
    depot = report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
    before = page(ledger)
    mall = incident_of(ledger, f"{first}-1")
    with for_writing(ledger.engine).begin() as connection:  # as a ledger stored before migration 0010, or by an older row format
        connection.execute(incident_rows.delete().where(incident_rows.c.incident_id == mall))
        connection.execute(update(incident_rows).values(format=rows.ROW_FORMAT - 1))
        connection.execute(update(ledger_state).values(row_format=None))
    assert page(ledger) == before  # built live meanwhile (the write emptied the cache)
    with Ledger(ledger.url) as reopened:
        with reopened.engine.connect() as connection:
            stored = dict(connection.execute(select(incident_rows.c.incident_id, incident_rows.c.format)).all())
            assert connection.scalar(select(ledger_state.c.row_format)) == rows.ROW_FORMAT
        assert stored == {mall: rows.ROW_FORMAT, incident_of(ledger, f"{depot}-1"): rows.ROW_FORMAT}
        assert page(reopened) == before


def test_every_write_to_an_incident_raises_the_version(ledger):
    first = report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
    mall = incident_of(ledger, f"{first}-1")
    seen = []
    for act in (lambda: None, lambda: Workspace(ledger, "ana").confirm(mall), lambda: Workspace(ledger, "ana").reject(mall),
                lambda: report(ledger, MALL_UPDATE, "Toll rises", "2022-06-28", strike(MALL_UPDATE, "rose to 18", 18, date(2022, 6, 27)))):
        act()
        with ledger.engine.connect() as connection:
            seen.append(rows.state(connection))
    assert len({epoch for epoch, _ in seen}) == 1
    versions = [version for _, version in seen]
    assert versions == sorted(versions) and len(set(versions)) == len(versions)


def test_the_list_answers_304_while_nothing_changed(ledger):
    report(ledger, MALL, "Missile hits Amstor mall in Kremenchuk", "2022-06-27", strike(MALL, "killed 16 people", 16, date(2022, 6, 27)))
    with served(ledger) as base_url, httpx.Client(base_url=base_url) as client:
        first = client.get("/api/incidents")
        assert first.status_code == 200 and first.headers["content-type"] == "application/json"
        tag = first.headers["etag"]
        assert first.json()["total"] == 1 and first.json()["incidents"][0]["killed"]["best"] == 16
        again = client.get("/api/incidents", headers={"If-None-Match": tag})
        assert again.status_code == 304 and again.headers["etag"] == tag and again.content == b""
        assert client.get("/api/incidents", headers={"If-None-Match": '"something-else"'}).status_code == 200
        report(ledger, MALL_UPDATE, "Toll rises", "2022-06-28", strike(MALL_UPDATE, "rose to 18", 18, date(2022, 6, 27)))
        changed = client.get("/api/incidents", headers={"If-None-Match": tag})
        assert changed.status_code == 200 and changed.headers["etag"] != tag
        assert changed.json()["incidents"][0]["killed"]["best"] == 18
