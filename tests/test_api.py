"""The REST API over HTTP against the real app (uvicorn on a local port), on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json

import httpx
import pytest
from ledger_fixtures import BACKENDS, db_url, ledger, new_database_url  # noqa: F401  (fixtures)
from web_fixtures import fill, served

from harmledger.ledger import Ledger
from harmledger.store.export import ACLED_COLUMNS, FLAT_COLUMNS, UCDP_COLUMNS
from harmledger.web import Settings, create_app
from harmledger.web.server import running

TOKEN = "test-token-5f1c"
ERROR_KEYS = {"status", "code", "message"}


@pytest.fixture(scope="module", params=BACKENDS)
def filled(request, tmp_path_factory):
    """One filled ledger per back end, shared by the read-only tests of this module."""
    urls = new_database_url(request.param, tmp_path_factory.mktemp(request.param))
    url = next(urls)
    with Ledger(url) as opened:
        ids = fill(opened)
        yield opened, ids
    next(urls, None)  # drops the PostgreSQL database


@pytest.fixture(scope="module")
def api(filled):
    opened, ids = filled
    with served(opened) as base_url, httpx.Client(base_url=base_url, timeout=30) as client:
        client.ids = ids
        yield client


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    """The one error shape: ``{"error": {status, code, message[, details]}}`` with a JSON content type."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert ERROR_KEYS <= set(error) <= ERROR_KEYS | {"details"}
    assert error["status"] == status and isinstance(error["message"], str) and error["message"]
    if code:
        assert error["code"] == code
    return error


# ---- reading ------------------------------------------------------------------


def test_incidents_page_total_and_order(api, filled):
    body = api.get("/api/incidents").json()
    assert body["total"] == filled[0].count_incidents() >= 6 and body["limit"] == 100 and body["offset"] == 0
    dates = [row["date"] for row in body["incidents"]]
    assert dates == sorted(dates, reverse=True)
    first = body["incidents"][0]
    assert {"id", "document_id", "place", "killed", "injured", "evidence", "sources", "reports", "source", "date", "lead_mention_id"} <= set(first)
    paged = [api.get("/api/incidents", params={"limit": 3, "offset": n}).json()["incidents"] for n in range(0, body["total"] + 3, 3)]
    assert [row["id"] for page in paged for row in page] == [row["id"] for row in body["incidents"]]
    assert [len(p) for p in paged][-1] == 0 and all(len(p) == 3 for p in paged[:-2])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"country": "sy"}, {"riot"}),
        ({"type": "battles"}, {"battle"}),
        ({"min_killed": 7}, {"battle", "hostile", "odesa"}),
        ({"min_killed": 15, "country": "UA"}, {"battle", "odesa"}),  # Odesa's reconciled best is 16, its first report said 12
        ({"since": "2024-04-01", "until": "2024-04-30"}, {"battle"}),
        ({"q": "station"}, {"hostile"}),
        ({"bbox": "37,49,37.5,49.5"}, {"battle"}),
        ({"near": "50.45,30.52,10"}, {"hostile"}),
        ({"place": "Aleppo"}, {"riot"}),
        ({"place": "Syria"}, {"riot"}),
        ({"admin1": "kharkiv", "type": "Battles"}, {"battle"}),
        ({"kind": "event", "background": "false", "country": "SY"}, {"riot"}),
        ({"kind": "aggregate", "country": "SY"}, set()),
        ({"kind": "aggregate"}, {"aggregate"}),
        ({"q": "day of mourning"}, {"odesa"}),  # words of a follow-up find the incident it joined
    ],
)
def test_filters(api, params, expected):
    rows = api.get("/api/incidents", params=params).json()["incidents"]
    names = {name for name, id in api.ids.items() if id in {row["id"] for row in rows}}
    assert names == expected


def test_background_filter_splits_history_from_new(api):
    every = api.get("/api/incidents").json()
    new = api.get("/api/incidents", params={"background": "false"}).json()
    history = api.get("/api/incidents", params={"background": "true"}).json()
    assert new["total"] + history["total"] == every["total"]
    assert all(not row["background"] for row in new["incidents"]) and all(row["background"] for row in history["incidents"])


def test_document_filter_and_total_agree(api):
    incident = api.get(f"/api/incidents/{api.ids['battle']}").json()
    body = api.get("/api/incidents", params={"document_id": incident["document_id"]}).json()
    assert body["total"] == 1 and body["incidents"][0]["id"] == api.ids["battle"]
    follow_up = api.get(f"/api/incidents/{api.ids['odesa']}").json()["reports"][-1]["document_id"]
    assert [row["id"] for row in api.get("/api/incidents", params={"document_id": follow_up}).json()["incidents"]] == [api.ids["odesa"]]


def test_incident_has_claims_side_by_side_document_and_mentions(api):
    incident = api.get(f"/api/incidents/{api.ids['battle']}").json()
    assert incident["place"]["name"] == "Izium" and incident["event_type"] == "Battles" and incident["sources"] == 1
    assert [(c["speaker"], c["slot"], c["value"]) for c in incident["claims"]] == [("the army", "killed", 20), ("the governor", "injured", 25)]
    assert incident["claims"][0]["span"]["text"] == "killed 20 soldiers"
    assert incident["claims"][0]["source"] == "Front Line Daily" and incident["claims"][0]["url"] == "https://example.org/izium"
    assert incident["document"]["title"] == "Clashes near Izium" and "text" not in incident["document"]
    assert [m["id"] for m in incident["mentions"]] == [incident["lead_mention_id"]]
    assert incident["mentions"][0]["document"]["title"] == "Clashes near Izium"
    assert incident["figures"]["killed"] == {"low": 20, "best": 20, "high": 20, "contested": False, "children": None, "speakers": ["the army"]}


def test_two_reports_of_one_strike_are_one_incident_with_their_history(api):
    rows = api.get("/api/incidents", params={"place": "Odesa", "background": "false", "kind": "event"}).json()["incidents"]
    assert [row["id"] for row in rows] == [api.ids["odesa"]]
    odesa = rows[0]
    assert odesa["sources"] == 3 and len(odesa["reports"]) == 3
    assert [r["source"] for r in odesa["reports"]] == ["2024-03-04-odesa-drone.txt", "Kyiv Independent", "Ukrainska Pravda"]
    assert (odesa["killed"]["low"], odesa["killed"]["best"], odesa["killed"]["high"]) == (16, 16, 16)
    assert odesa["killed"]["span"]["text"].startswith("Sixteen people")
    detail = api.get(f"/api/incidents/{api.ids['odesa']}").json()
    assert [(h["published"], h["killed"]) for h in detail["history"]] == [("2024-03-04", 12), ("2024-03-05", 14), ("2024-03-06", 16)]
    assert [h["source"] for h in detail["history"]] == [r["source"] for r in odesa["reports"]]
    assert {c["document_id"] for c in detail["claims"]} == {r["document_id"] for r in odesa["reports"]}
    for step in detail["history"]:  # each step opens its report with this incident's evidence highlighted
        document = api.get(f"/api/documents/{step['document_id']}").json()
        assert any(h["mention_id"] == step["mention_id"] for h in document["highlights"])
        assert {m["incident_id"] for m in document["mentions"] if m["id"] == step["mention_id"]} == {api.ids["odesa"]}


def test_an_old_mention_id_redirects_to_its_incident(api):
    lead = api.get(f"/api/incidents/{api.ids['riot']}").json()["lead_mention_id"]
    response = api.get(f"/api/incidents/{lead}")
    assert response.status_code == 307 and response.headers["location"] == f"/api/incidents/{api.ids['riot']}"
    assert api.get(f"/api/incidents/{lead}", follow_redirects=True).json()["id"] == api.ids["riot"]


def test_document_text_and_highlights_line_up(api):
    incident = api.get(f"/api/incidents/{api.ids['hostile']}").json()
    document = api.get(f"/api/documents/{incident['document_id']}").json()
    assert document["text"].startswith("KYIV — A missile strike")
    assert document["highlights"], document
    for span in document["highlights"]:
        assert document["text"][span["start"]:span["end"]] == span["text"]
    assert {"evidence", "killed", "place"} <= {s["role"] for s in document["highlights"]}
    assert document["title"] == "<img src=x onerror=\"window.__pwned = 'title'\">Strike"  # stored as given; the page escapes it


def test_daily_stats_follow_the_filters(api):
    days = api.get("/api/stats/daily").json()["days"]
    by_day = {d["date"]: d for d in days}
    assert by_day["2024-04-02"] == {"date": "2024-04-02", "killed": 20, "injured": 25}
    assert by_day["2024-05-20"]["killed"] == 7
    assert [d["date"] for d in days] == sorted(by_day)
    only = api.get("/api/stats/daily", params={"country": "SY"}).json()["days"]
    assert only == [{"date": "2023-11-05", "killed": 2, "injured": 0}]


def test_daily_bar_counts_an_incident_once_and_never_an_aggregate(api):
    odesa = api.get(f"/api/incidents/{api.ids['odesa']}").json()
    aggregate = api.get(f"/api/incidents/{api.ids['aggregate']}").json()
    assert aggregate["kind"] == "aggregate" and aggregate["killed"]["best"] == 4 and aggregate["date"] == odesa["date"]
    days = {d["date"]: d for d in api.get("/api/stats/daily").json()["days"]}
    assert days[odesa["date"]]["killed"] == 16  # three reports (12, 14, 16) of one strike, and no aggregate's 4
    assert days[odesa["date"]]["injured"] == odesa["injured"]["best"]


def test_an_aggregate_is_never_a_point(api):
    collection = api.get("/api/export.geojson").json()
    features = {f["id"]: f for f in collection["features"]}
    assert features[api.ids["aggregate"]]["geometry"] is None and features[api.ids["aggregate"]]["properties"]["kind"] == "aggregate"
    assert features[api.ids["odesa"]]["geometry"]["type"] == "Point"
    points = [f for f in collection["features"] if f["geometry"]]
    assert all(f["properties"]["kind"] == "event" for f in points)


@pytest.mark.parametrize(("fmt", "columns"), [("csv", FLAT_COLUMNS), ("acled-csv", ACLED_COLUMNS), ("ucdp-csv", UCDP_COLUMNS)])
def test_csv_exports(api, fmt, columns):
    response = api.get("/api/export.csv", params={"format": fmt})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert tuple(rows[0]) == columns and len(rows) == api.get("/api/incidents").json()["total"]
    filtered = list(csv.DictReader(io.StringIO(api.get("/api/export.csv", params={"format": fmt, "country": "SY"}).text)))
    assert len(filtered) == 1
    odesa = list(csv.DictReader(io.StringIO(api.get("/api/export.csv", params={"format": fmt, "q": "day of mourning"}).text)))
    assert len(odesa) == 1  # one row per incident, however many reports tell it


def test_geojson_export(api):
    response = api.get("/api/export.geojson", params={"min_killed": 7})
    assert response.headers["content-type"].startswith("application/geo+json")
    collection = response.json()
    assert collection["type"] == "FeatureCollection"
    points = {f["id"]: f["geometry"]["coordinates"] for f in collection["features"] if f["geometry"]}
    assert points[api.ids["battle"]] == [37.2569, 49.2128]


# ---- errors -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "params", "status", "code"),
    [
        ("/api/incidents/no-such-id", {}, 404, "not_found"),
        ("/api/documents/no-such-id", {}, 404, "not_found"),
        ("/api/nothing-here", {}, 404, "not_found"),
        ("/api/incidents", {"limit": 0}, 422, "invalid_request"),
        ("/api/incidents", {"limit": 100000}, 422, "invalid_request"),
        ("/api/incidents", {"since": "last week"}, 422, "invalid_request"),
        ("/api/incidents", {"since": "2024-02-01", "until": "2024-01-01"}, 422, "invalid_request"),
        ("/api/incidents", {"bbox": "1,2,3"}, 422, "invalid_request"),
        ("/api/incidents", {"bbox": "40,44,30,50"}, 422, "invalid_request"),
        ("/api/incidents", {"near": "50,30,nan"}, 422, "invalid_request"),
        ("/api/incidents", {"country": "Ukraine"}, 422, "invalid_request"),
        ("/api/incidents", {"place": "Qqqxzv Wwwkrp"}, 422, "unknown_place"),
        ("/api/stats/daily", {"min_killed": -1}, 422, "invalid_request"),
        ("/api/export.csv", {"format": "xlsx"}, 422, "invalid_request"),
        ("/api/incidents", {"kind": "rumour"}, 422, "invalid_request"),
        ("/api/incidents", {"background": "perhaps"}, 422, "invalid_request"),
    ],
)
def test_every_error_has_the_one_shape(api, path, params, status, code):
    error = assert_error(api.get(path, params=params), status, code)
    if status == 422 and code == "invalid_request" and "details" in error:
        assert all({"where", "problem"} <= set(d) for d in error["details"])


def test_wrong_method_and_unexpected_failure_have_the_shape_too(api, filled, monkeypatch):
    assert_error(api.delete("/api/incidents"), 405, "method_not_allowed")
    opened, _ = filled

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk on fire")

    app = create_app(Settings(), ledger=opened)
    monkeypatch.setattr(opened, "incident_page", broken)
    with running(app) as base_url:
        error = assert_error(httpx.get(base_url + "/api/incidents"), 500, "internal_error")
    assert "disk on fire" not in error["message"]  # internals stay in the server log


# ---- writing ------------------------------------------------------------------

REPORT = {"text": "KHARKIV, Ukraine — Russian shelling killed 4 people and injured 11 on Tuesday, the governor said.",
          "source": "Test Wire", "published": "2024-06-04", "title": "Shelling in Kharkiv"}


@pytest.fixture
def writable(ledger):  # noqa: F811  (ledger_fixtures' fixture: a fresh ledger per back end)
    with served(ledger, token=TOKEN, max_upload_bytes=4096) as base_url, httpx.Client(base_url=base_url, timeout=120) as client:
        yield client


def test_post_document_with_token_ingests_once(writable):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    first = writable.post("/api/documents", json=REPORT, headers=headers)
    assert first.status_code == 201, first.text
    body = first.json()
    assert body["added"] is True and body["incidents"] and body["url"] == f"/api/documents/{body['document_id']}"
    incident = writable.get(f"/api/incidents/{body['incidents'][0]}").json()
    assert incident["killed"]["value"] == 4 and incident["killed"]["best"] == 4 and incident["source"] == "Test Wire" and incident["sources"] == 1
    again = writable.post("/api/documents", json=REPORT, headers=headers)
    assert again.status_code == 200 and again.json()["added"] is False
    assert writable.get("/api/incidents").json()["total"] == len(body["incidents"])


def test_writes_refused_without_the_token(writable):
    missing = assert_error(writable.post("/api/documents", json=REPORT), 401, "unauthorized")
    assert "Bearer" in missing["message"]
    assert writable.post("/api/documents", json=REPORT).headers["www-authenticate"].startswith("Bearer")
    assert_error(writable.post("/api/documents", json=REPORT, headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
    assert_error(writable.post("/api/documents", json=REPORT, headers={"Authorization": f"Basic {TOKEN}"}), 401, "unauthorized")
    assert writable.get("/api/incidents").json()["total"] == 0


def test_server_without_a_token_refuses_writes_without_a_users_token(ledger, monkeypatch):  # noqa: F811
    monkeypatch.delenv("HARMLEDGER_TOKEN", raising=False)
    with served(ledger) as base_url:
        for headers in ({}, {"Authorization": "Bearer anything"}):
            assert_error(httpx.post(base_url + "/api/documents", json=REPORT, headers=headers), 401, "unauthorized")
        assert httpx.get(base_url + "/api/config").json()["writable"] is False


def test_token_from_the_environment(ledger, monkeypatch):  # noqa: F811
    monkeypatch.setenv("HARMLEDGER_TOKEN", "from-env")
    with served(ledger) as base_url:
        response = httpx.post(base_url + "/api/documents", json=REPORT, headers={"Authorization": "Bearer from-env"}, timeout=120)
    assert response.status_code == 201, response.text


def test_bad_bodies_are_refused_with_the_shape(writable):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    big = {"text": "x" * 5000}
    assert_error(writable.post("/api/documents", json=big, headers=headers), 413, "too_large")
    chunks = (part.encode() for part in [json.dumps(big)[i:i + 1000] for i in range(0, 5100, 1000)])
    streamed = writable.post("/api/documents", content=chunks, headers={**headers, "Content-Type": "application/json"})
    assert_error(streamed, 413, "too_large")  # no Content-Length: counted as it arrives
    assert_error(writable.post("/api/documents", content=b"text=hi", headers={**headers, "Content-Type": "text/plain"}), 415)
    assert_error(writable.post("/api/documents", content=b"{not json", headers={**headers, "Content-Type": "application/json"}), 400, "bad_request")
    error = assert_error(writable.post("/api/documents", json={"title": "no text"}, headers=headers), 422, "invalid_request")
    assert error["details"][0]["where"] == "body.text"
    assert_error(writable.post("/api/documents", json={"text": "   "}, headers=headers), 422)
    assert_error(writable.post("/api/documents", json={"text": "a", "published": "soon"}, headers=headers), 422)
    assert writable.get("/api/incidents").json()["total"] == 0


# ---- docs and page ------------------------------------------------------------


def test_openapi_and_docs_are_served_offline(api):
    spec = api.get("/openapi.json").json()
    assert {"/api/incidents", "/api/incidents/{incident_id}", "/api/documents/{document_id}", "/api/stats/daily",
            "/api/export.csv", "/api/export.geojson", "/api/documents"} <= set(spec["paths"])
    assert "post" in spec["paths"]["/api/documents"] and "requestBody" in spec["paths"]["/api/documents"]["post"]
    docs = api.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "cdn" not in docs.lower()


def test_page_is_served_with_a_strict_policy_and_no_outside_scripts(api):
    page = api.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "object-src 'none'" in policy
    assert "http" not in page.text.split("<body", 1)[1]  # every script and style from this server
    assert api.get("/static/app.js").status_code == 200
    assert api.head("/").status_code == 200


# ---- the command ----------------------------------------------------------------


def test_serve_command_prints_its_address_and_answers(tmp_path):
    import re
    import select
    import subprocess
    import sys

    db = tmp_path / "served.db"
    command = [sys.executable, "-m", "harmledger.cli", "serve", "--db", str(db), "--port", "0", "--token", TOKEN, "--create"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert select.select([server.stdout], [], [], 120)[0], "serve printed nothing in 120 s"
        line = server.stdout.readline()
        address = re.search(r"at (http://127\.0\.0\.1:\d+) ", line)
        assert address, line + server.stderr.read()
        assert "accepts the bearer token" in line
        # the first report a fresh process extracts also loads the gazetteer: allow for a loaded machine
        response = httpx.post(address.group(1) + "/api/documents", json=REPORT, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=120)
        assert response.status_code == 201, response.text
        assert httpx.get(address.group(1) + "/api/incidents").json()["total"] >= 1
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_serve_command_names_a_database_it_cannot_open():
    from typer.testing import CliRunner

    from harmledger.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", "postgresql+psycopg://u:pw@127.0.0.1:1/ledger"])
    assert result.exit_code == 2
    assert "postgresql+psycopg://u:***@127.0.0.1:1/ledger: cannot open the database" in result.stderr


def test_online_tiles_are_an_option_the_policy_allows(ledger):  # noqa: F811
    from harmledger.web.app import content_security_policy

    tiles = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    assert "img-src 'self' data: https://*.tile.example.org;" in content_security_policy(tiles)
    assert "img-src 'self' data:;" in content_security_policy(None)
    with served(ledger, tiles=tiles, tiles_attribution="© example") as base_url:
        config = httpx.get(base_url + "/api/config").json()
        assert config["tiles"] == tiles and config["tiles_attribution"] == "© example"
        assert "https://*.tile.example.org" in httpx.get(base_url + "/").headers["content-security-policy"]
