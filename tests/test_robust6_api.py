"""``POST /api/documents`` answered a body of arrays nested some thousand deep with a 500: ``json`` gives
up with ``RecursionError``, which the body reader did not catch (the review endpoints, read by FastAPI,
already answered 400). Now a 400 in the API's one error shape, and the server takes the next report."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from harmledger import Ledger
from harmledger.web import Settings, create_app

HEADERS = {"Authorization": "Bearer t", "Content-Type": "application/json"}


@pytest.fixture()
def client(tmp_path):
    with Ledger(f"sqlite:///{tmp_path}/l.db") as ledger:
        yield TestClient(create_app(Settings(token="t"), ledger=ledger), raise_server_exceptions=False)


@pytest.mark.parametrize("body", [
    b"[" * 100_000,
    b'{"text": "Two people were killed in Odesa.", "title": ' + b"[" * 5_000 + b"]" * 5_000 + b"}",
    b'{"a": ' * 5_000 + b"1" + b"}" * 5_000,
])
def test_a_body_nested_too_deeply_is_a_400_and_the_next_report_is_stored(client, body):
    answer = client.post("/api/documents", content=body, headers=HEADERS)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == {"status": 400, "code": "bad_request",
                                      "message": "the body is not valid JSON (nested too deeply to read)"}
    stored = client.post("/api/documents", headers=HEADERS,
                         json={"text": "Two people were killed in a drone strike on Odesa on Monday.", "published": "2024-03-04"})
    assert stored.status_code == 201, stored.text
