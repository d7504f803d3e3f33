"""Review on both back ends: corrections that survive new reports and re-ingest, merges and splits the
linker keeps, rejected incidents and mentions that tell none, and an audit of every change."""

from __future__ import annotations

import json
from datetime import date

import pytest
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from review_fixtures import DEPOT, DEPOT_LATER, DNIPRO, MALL, MALL_LATER, TWO_STRIKES, KHARKIV, mall, report, strike
from sqlalchemy import select

from harmledger.ledger import Ledger
from harmledger.review.errors import Conflict, Invalid, NotFound
from harmledger.review.workspace import Workspace
from harmledger.store import linking
from harmledger.store.schema import mentions


def incident_of(ledger: Ledger, mention_id: str) -> str:
    with ledger.engine.connect() as connection:
        return connection.scalar(select(mentions.c.incident_id).where(mentions.c.id == mention_id))


def row(ledger: Ledger, incident_id: str) -> dict:
    with ledger.engine.connect() as connection:
        return linking.incident_row(connection, incident_id)


def test_corrections_survive_new_reports_and_reingest(ledger, tmp_path):
    first, second = mall(ledger)
    incident = incident_of(ledger, f"{first}-1")
    assert incident == incident_of(ledger, f"{second}-1")
    ana = Workspace(ledger, "ana")
    ana.correct(incident, {"killed": {"value": 21, "qualifier": "at_least"}, "weapon": "rocket", "perpetrator": "Russia",
                           "attribution": "alleged", "date": {"start": "2022-06-27", "precision": "day"},
                           "place": {"name": "Kremenchuk", "admin1": "Poltava", "country": "ua", "lat": 49.07, "lon": 33.41}},
                comment="the city's own list")
    corrected = row(ledger, incident)
    assert (corrected["killed"], corrected["killed_low"], corrected["killed_high"]) == (21, 21, None)
    assert (corrected["weapon"], corrected["perpetrator"], corrected["attribution"], corrected["review_status"]) == ("rocket", "Russia", "alleged", "corrected")
    assert (corrected["lat"], corrected["lon"], corrected["country"]) == (49.07, 33.41, "UA")
    later = report(ledger, MALL_LATER, "Amstor mall rescue ends in Kremenchuk", "2022-06-30", strike(MALL_LATER, "killed 20", 20, date(2022, 6, 27)))
    assert incident_of(ledger, f"{later}-1") == incident  # the new report joins the corrected incident ...
    again = {"text": MALL, "title": "Missile hits Amstor mall in Kremenchuk", "published": "2022-06-27"}
    (tmp_path / "again.jsonl").write_text(json.dumps(again) + "\n", encoding="utf-8")
    ledger.ingest_paths([tmp_path])  # ... and reading a report again (text and title: its identity) changes nothing
    after = row(ledger, incident)
    assert after["sources"] == 3
    assert {k: after[k] for k in corrected if k not in ("sources", "last_reported")} == {k: corrected[k] for k in corrected if k not in ("sources", "last_reported")}
    with Ledger(ledger.url) as reopened:
        assert row(reopened, incident)["killed"] == 21


def test_audit_lists_every_change_with_before_and_after(ledger):
    first, _ = mall(ledger)
    incident = incident_of(ledger, f"{first}-1")
    ana, ben = Workspace(ledger, "ana"), Workspace(ledger, "ben")
    ana.confirm(incident)
    ben.correct(incident, {"killed": {"value": 19, "qualifier": "exact"}}, comment="morgue count")
    ana.correct(incident, {"killed": {"value": 20, "qualifier": "about"}, "weapon": None})
    ben.reject(incident, comment="duplicate of a wire story")
    entries = ana.audit(incident)
    assert [(e["action"], e["user"]) for e in entries] == [("confirm", "ana"), ("correct", "ben"), ("correct", "ana"), ("reject", "ben")]
    assert entries[0]["before"] == {"review_status": "unreviewed"} and entries[0]["after"] == {"review_status": "confirmed"}
    assert entries[1]["before"] == {"killed": {"low": 18, "best": 18, "high": 18}}
    assert entries[1]["after"]["killed"]["best"] == 19 and entries[1]["comment"] == "morgue count"
    assert entries[2]["before"] == {"killed": entries[1]["after"]["killed"], "weapon": "missile"}
    assert entries[2]["after"]["weapon"] is None and entries[2]["after"]["killed"] == {"value": 20, "qualifier": "about", "low": None, "best": 20, "high": None}
    assert entries[3]["after"] == {"review_status": "rejected"} and all(e["at"].endswith("Z") for e in entries)
    assert row(ledger, incident)["review_status"] == "rejected"  # rejected, and still there to query


def test_merge_holds_and_a_new_report_joins_the_survivor(ledger):
    first, _ = mall(ledger)
    depot = report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
    survivor, other = incident_of(ledger, f"{first}-1"), incident_of(ledger, f"{depot}-1")
    assert survivor != other
    merged = Workspace(ledger, "ana").merge(survivor, other, comment="one strike, misplaced")
    assert merged["sources"] == 3 and merged["review_status"] == "corrected"
    assert row(ledger, other)["merged_into"] == survivor and incident_of(ledger, f"{depot}-1") == survivor
    later = report(ledger, DEPOT_LATER, "Funerals for Zhovtneve bus depot drivers", "2022-06-29",
                   strike(DEPOT_LATER, "4 drivers killed", 4, date(2022, 6, 27), DNIPRO))
    assert incident_of(ledger, f"{later}-1") == survivor
    with pytest.raises(Conflict, match="merged into"):
        Workspace(ledger, "ana").confirm(other)
    assert [e["action"] for e in Workspace(ledger, "ana").audit(other)] == ["merged_into"]
    listed = [r["id"] for r in ledger.incidents(limit=100)]
    assert survivor in listed and other not in listed  # the survivor tells it; the merged row stays for the audit


def test_split_and_not_an_incident_stay_where_the_analyst_put_them(ledger):
    first, second = mall(ledger)
    incident = incident_of(ledger, f"{first}-1")
    ana = Workspace(ledger, "ana")
    new = ana.split(incident, [f"{second}-1"], comment="a second strike that day")
    assert incident_of(ledger, f"{second}-1") == new["id"] != incident
    assert (new["killed"], new["sources"], new["review_status"]) == (18, 1, "unreviewed")
    assert (row(ledger, incident)["killed"], row(ledger, incident)["sources"]) == (16, 1)
    with pytest.raises(Conflict, match="leave it empty"):
        ana.split(incident, [f"{first}-1"])
    with pytest.raises(Invalid, match="is not in incident"):
        ana.split(incident, [f"{second}-1"])
    two = report(ledger, TWO_STRIKES, "Kharkiv shelled", "2024-05-06", strike(TWO_STRIKES, "killed 3 people", 3, date(2024, 5, 6), KHARKIV),
                 strike(TWO_STRIKES, "killed 2 people", 2, date(2024, 5, 6), DNIPRO))
    ana.merge(incident_of(ledger, f"{two}-1"), incident_of(ledger, f"{two}-2"))
    target = incident_of(ledger, f"{two}-1")
    ana.not_an_incident(f"{two}-2", comment="the same strike told twice")
    assert incident_of(ledger, f"{two}-2") is None and row(ledger, target)["killed"] == 3
    with Ledger(ledger.url) as reopened:  # opening links what is unlinked: not this mention
        assert incident_of(reopened, f"{two}-2") is None
    with pytest.raises(Conflict, match="reject the incident instead"):
        ana.not_an_incident(f"{two}-1")
    with pytest.raises(NotFound):
        ana.not_an_incident("no-such-mention")
    assert [e["action"] for e in ana.audit(incident)] == ["split"]
    assert [e["action"] for e in ana.audit(new["id"])] == ["split_from"]


def test_corrections_are_checked(ledger):
    first, _ = mall(ledger)
    ana, incident = Workspace(ledger, "ana"), incident_of(ledger, f"{first}-1")
    for changes, message in [
        ({"killed": {"value": -1}}, "killed.value"),
        ({"killed": {"value": 3, "qualifier": "roughly"}}, "qualifier 'roughly'"),
        ({"weapon": "trebuchet"}, "'trebuchet' is not one of"),
        ({"sub_event_type": "Armed clash"}, "not a sub-event type of 'Explosions/Remote violence'"),
        ({"date": {"start": "2022-06-30", "end": "2022-06-01"}}, "before the start"),
        ({"place": {"name": "Kyiv\x00", "lat": 50.4, "lon": 30.5}}, "place.name"),
        ({"place": {"query": "Kyiv", "country": "Ukraine"}}, "ISO alpha-2"),
        ({"place": {"name": "Kyiv", "lat": 95, "lon": 30.5}}, "place.lat"),
        ({"colour": "red"}, "not a field"),
        ({}, "no field"),
    ]:
        with pytest.raises(Invalid, match=message):
            ana.correct(incident, changes)
    with pytest.raises(NotFound):
        ana.correct("i-none", {"weapon": "rocket"})
    assert ana.audit(incident) == []


def test_the_migration_keeps_the_case_blind_indexes(ledger):
    """Adding the review columns must not rebuild a table: SQLite's rebuild drops expression indexes."""
    query = ("SELECT name FROM sqlite_master WHERE type = 'index'" if ledger.url.startswith("sqlite")
             else "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
    with ledger.engine.connect() as connection:
        names = set(connection.exec_driver_sql(query).scalars())
    assert {"ix_mentions_admin1_date", "ix_mentions_type_date", "ix_incidents_admin1_date", "ix_incidents_review_queue"} <= names


def test_a_corrected_place_and_weapon_are_what_the_incident_list_shows(ledger):
    first, _ = mall(ledger)
    incident = incident_of(ledger, f"{first}-1")
    Workspace(ledger, "ana").correct(incident, {"place": {"query": "Poltava", "country": "UA"}, "weapon": "artillery"})
    listed = next(r for r in ledger.incidents(limit=100) if r["id"] == incident)
    assert (listed["place"]["name"], listed["weapon"]) == ("Poltava", "artillery")
