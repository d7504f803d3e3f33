"""Issue 12, item 5: every parameter is checked before a query runs, so no value is a 500 or an empty 200.

On SQLite and PostgreSQL over HTTP (the real app on a local port), with the values the
probe found: a NUL character, offsets and tolls of 2^63, Unix timestamps as dates.
"""

from __future__ import annotations

import httpx
import pytest
from ledger_fixtures import BACKENDS, new_database_url
from test_api import assert_error
from web_fixtures import fill, served

from harmledger.ledger import Ledger
from harmledger.web import exporting

TOKEN = "validation-token"
TOO_BIG = str(2**63)
READS = ["/api/incidents", "/api/stats/daily", "/api/export.csv", "/api/export.geojson"]


@pytest.fixture(scope="module", params=BACKENDS)
def api(request, tmp_path_factory):
    urls = new_database_url(request.param, tmp_path_factory.mktemp(request.param))
    with Ledger(next(urls)) as opened:
        fill(opened)
        with served(opened, token=TOKEN) as base_url, httpx.Client(base_url=base_url, timeout=60) as client:
            client.ledger = opened
            yield client
    next(urls, None)


@pytest.mark.parametrize("path", READS)
@pytest.mark.parametrize("params", [
    {"q": "\x00"}, {"admin1": "\x00"}, {"type": "a\x00b"}, {"document_id": "\x00"}, {"place": "\x00"},
    {"min_killed": TOO_BIG}, {"until": "0"}, {"since": "1700000000"},
], ids=["q-nul", "admin1-nul", "type-nul", "document-nul", "place-nul", "min-killed-2^63", "until-0", "since-timestamp"])
def test_bad_parameters_are_422_before_anything_runs(api, path, params):
    error = assert_error(api.get(path, params=params), 422, "invalid_request")
    assert error["details"][0]["where"] == f"query.{next(iter(params))}"
    if "\x00" in str(params):
        assert "NUL" in error["message"]


def test_offset_past_64_bits_is_422_and_the_largest_is_an_empty_page(api):
    assert_error(api.get("/api/incidents", params={"offset": TOO_BIG}), 422, "invalid_request")
    page = api.get("/api/incidents", params={"offset": 2**63 - 1, "min_killed": 2**63 - 1})
    assert page.status_code == 200 and page.json()["incidents"] == []


@pytest.mark.parametrize("path", ["/api/incidents/%00", "/api/documents/%00"])
def test_ids_with_nul_are_422(api, path):
    assert_error(api.get(path), 422, "invalid_request")


def test_iso_dates_still_work(api):
    assert api.get("/api/incidents", params={"since": "2024-01-01", "until": "2024-12-31T23:00:00Z"}).status_code == 200


def test_an_export_failing_at_once_is_an_error_status_not_an_empty_200(api, monkeypatch):
    def refused(*_args, **_kwargs):
        raise RuntimeError("the query was refused")

    monkeypatch.setattr(api.ledger, "export", refused)
    assert_error(api.get("/api/export.csv"), 500, "internal_error")


def test_an_export_failing_midway_ends_in_a_truncated_body(api, monkeypatch):
    def fails_after_a_chunk(_fmt, out, _filters=None):
        out.write("id\n" + "row\n" * exporting.CHUNK_CHARS)
        raise RuntimeError("the connection was lost")

    monkeypatch.setattr(api.ledger, "export", fails_after_a_chunk)
    with pytest.raises(httpx.TransportError):  # an incomplete chunked body, or the connection reset under it
        api.get("/api/export.csv")


def test_posted_dates_are_iso_only_and_refused_values_are_422(api):
    headers = {"Authorization": f"Bearer {TOKEN}"}
    error = assert_error(api.post("/api/documents", json={"text": "Two killed in Kyiv.", "published": 0}, headers=headers), 422)
    assert error["details"][0]["where"] == "body.published" and "not a date" in error["message"]
    response = api.post("/api/documents", json={"text": "Two were killed in Kyiv, police said.", "title": "A\x00B"}, headers=headers)
    if api.ledger.engine.dialect.name == "postgresql":
        assert "NUL" in assert_error(response, 422, "invalid_request")["message"]
    else:
        assert response.status_code == 201


def test_openapi_says_what_post_answers(api):
    post = api.get("/openapi.json").json()["paths"]["/api/documents"]["post"]
    assert {"400", "401", "403", "413", "415", "422"} <= set(post["responses"])
    text = post["requestBody"]["content"]["application/json"]["schema"]["properties"]["text"]
    assert text["pattern"] == r"\S"  # a blank text is refused, and the document says so
    assert_error(api.post("/api/documents", json={"text": " \n\t "}, headers={"Authorization": f"Bearer {TOKEN}"}), 422)
