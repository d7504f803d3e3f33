"""The review API over HTTP on both back ends: every role, every action, the audit and the queue, one error shape."""

from __future__ import annotations

from datetime import date

import httpx
import pytest
from ledger_fixtures import db_url, ledger  # noqa: F401  (fixtures)
from review_fixtures import DEPOT, DNIPRO, mall, report, strike
from web_fixtures import served

from harmledger.review.users import add_user
from harmledger.store.engine import for_writing

SERVER_TOKEN = "server-secret"


@pytest.fixture
def api(ledger):
    """A client on the served app, the incident ids, and a token per role."""
    first, second = mall(ledger)
    depot = report(ledger, DEPOT, "Missile hits Zhovtneve bus depot", "2022-06-27", strike(DEPOT, "killed 4 drivers", 4, date(2022, 6, 27), DNIPRO))
    with for_writing(ledger.engine).begin() as connection:
        tokens = {role: add_user(connection, f"{role}-1", role) for role in ("reader", "analyst", "admin")}
    with served(ledger, token=SERVER_TOKEN) as base_url, httpx.Client(base_url=base_url) as client:
        incidents = {row["id"]: row for row in client.get("/api/review/queue").json()["incidents"]}
        yield client, tokens, incidents, {"mall": f"{first}-1", "update": f"{second}-1", "depot": f"{depot}-1"}


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def assert_error(response, status, code, words):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert (error["status"], error["code"]) == (status, code) and words in error["message"], error


def test_roles(api):
    client, tokens, incidents, _ = api
    some = next(iter(incidents))
    for path, body in [(f"/api/incidents/{some}/confirm", None), (f"/api/incidents/{some}/correct", {"changes": {"weapon": "rocket"}})]:
        assert_error(client.post(path, json=body), 401, "unauthorized", "Authorization")
        assert_error(client.post(path, json=body, headers=auth("hl_000000000000_" + "x" * 43)), 401, "unauthorized", "not one this server knows")
        assert_error(client.post(path, json=body, headers=auth(tokens["reader"])), 403, "forbidden", "reader-1' is a reader: this needs analyst")
    new_user = {"name": "zoe", "role": "analyst"}
    assert_error(client.post("/api/users", json=new_user, headers=auth(tokens["analyst"])), 403, "forbidden", "this needs admin")
    assert_error(client.get("/api/users", headers=auth(tokens["reader"])), 403, "forbidden", "this needs admin")
    made = client.post("/api/users", json=new_user, headers=auth(tokens["admin"]))
    assert made.status_code == 201 and made.json()["token"].startswith("hl_")
    assert_error(client.post("/api/users", json=new_user, headers=auth(SERVER_TOKEN)), 409, "conflict", "exists already")
    listed = client.get("/api/users", headers=auth(SERVER_TOKEN)).json()["users"]
    assert [(u["name"], u["role"], u["created_by"]) for u in listed][-1] == ("zoe", "analyst", "admin-1")
    assert all("token" not in str(u) for u in listed)
    confirmed = client.post(f"/api/incidents/{some}/confirm", json={"comment": "checked"}, headers=auth(made.json()["token"]))
    assert confirmed.status_code == 200 and confirmed.json()["incident"]["review_status"] == "confirmed"
    by_server = client.post(f"/api/incidents/{some}/reject", headers=auth(SERVER_TOKEN))
    assert by_server.status_code == 200
    audit = client.get(f"/api/incidents/{some}/audit").json()["entries"]  # reading needs no token
    assert [(e["action"], e["user"], e["comment"]) for e in audit] == [("confirm", "zoe", "checked"), ("reject", "server-token", None)]


def test_every_action_over_http(api):
    client, tokens, incidents, mentions = api
    analyst = auth(tokens["analyst"])
    queue = client.get("/api/review/queue").json()
    assert queue["total"] == 2 and [i["killed"] for i in queue["incidents"]] == [18, 4]  # the costlier mistake first
    mall_id, depot_id = (i["id"] for i in queue["incidents"])
    corrected = client.post(f"/api/incidents/{mall_id}/correct", headers=analyst,
                            json={"changes": {"killed": {"value": 16, "qualifier": "at_least"}, "place": {"query": "Kremenchuk", "country": "UA"}}})
    assert corrected.status_code == 200, corrected.text
    body = corrected.json()["incident"]
    assert (body["killed"], body["admin1"], body["review_status"]) == (16, "Poltava", "corrected")
    assert_error(client.post(f"/api/incidents/{mall_id}/correct", headers=analyst, json={"changes": {"place": {"query": "Nowhereville Zzyzx"}}}),
                 422, "invalid_request", "the gazetteer has no place for 'Nowhereville Zzyzx'")
    assert_error(client.post(f"/api/incidents/{mall_id}/correct", headers=analyst, json={"changes": {}}), 422, "invalid_request", "changes")
    found = client.get("/api/review/place", params={"q": "Kremenchuk", "country": "UA"}).json()["place"]
    assert (found["name"], found["admin1"]) == ("Kremenchuk", "Poltava")
    assert_error(client.get("/api/review/place", params={"q": "Nowhereville Zzyzx"}), 404, "not_found", "no place for 'Nowhereville Zzyzx'")
    split = client.post(f"/api/incidents/{mall_id}/split", headers=analyst, json={"mentions": [mentions["update"]]})
    assert split.status_code == 201 and split.json()["incident"]["sources"] == 1
    new_id = split.json()["incident"]["id"]
    merged = client.post(f"/api/incidents/{mall_id}/merge", headers=analyst, json={"other": new_id, "comment": "one strike after all"})
    assert merged.status_code == 200 and merged.json()["incident"]["sources"] == 2
    assert_error(client.post(f"/api/incidents/{new_id}/confirm", headers=analyst), 409, "conflict", f"merged into '{mall_id}'")
    assert_error(client.post(f"/api/incidents/{mall_id}/merge", headers=analyst, json={"other": mall_id}), 422, "invalid_request", "into itself")
    gone = client.post(f"/api/mentions/{mentions['update']}/not-an-incident", headers=analyst, json={"comment": "a quote"})
    assert gone.status_code == 200 and gone.json()["incident"]["sources"] == 1
    assert_error(client.post(f"/api/mentions/{mentions['depot']}/not-an-incident", headers=analyst), 409, "conflict", "reject the incident instead")
    assert_error(client.post("/api/incidents/i-none/reject", headers=analyst), 404, "not_found", "no incident with id 'i-none'")
    assert_error(client.get("/api/incidents/i-none/audit"), 404, "not_found", "'i-none'")
    actions = [e["action"] for e in client.get(f"/api/incidents/{mall_id}/audit").json()["entries"]]
    assert actions == ["correct", "split", "merge", "not_an_incident"]
    assert client.get("/api/review/queue").json()["total"] == 1  # the depot waits; the mall was corrected
    assert depot_id in {i["id"] for i in client.get("/api/review/queue").json()["incidents"]}


def test_an_analysts_token_ingests_a_report_and_a_readers_does_not(api):
    client, tokens, _, _ = api
    report = {"text": "KHARKIV, Ukraine — Russian shelling killed 4 people on Tuesday, the governor said.", "published": "2024-06-04"}
    assert_error(client.post("/api/documents", json=report, headers=auth(tokens["reader"])), 403, "forbidden", "this needs analyst")
    stored = client.post("/api/documents", json=report, headers=auth(tokens["analyst"]), timeout=120)
    assert stored.status_code == 201, stored.text
    assert client.get(f"/api/documents/{stored.json()['document_id']}").status_code == 200


def test_the_page_learns_whose_token_it_holds_and_what_a_correction_takes(api):
    client, tokens, _, _ = api
    assert client.get("/api/review/me", headers=auth(tokens["reader"])).json() == {"name": "reader-1", "role": "reader"}
    assert client.get("/api/review/me", headers=auth(SERVER_TOKEN)).json() == {"name": "server-token", "role": "admin"}
    assert_error(client.get("/api/review/me"), 401, "unauthorized", "Authorization")
    choices = client.get("/api/review/choices").json()
    assert "Armed clash" in choices["event_types"]["Battles"] and "missile" in choices["weapons"]
    assert "at_least" in choices["qualifiers"] and "alleged" in choices["attributions"] and "killed" in choices["fields"]
