"""``POST /api/documents`` answered two bodies with a 500, where ``json`` gives up other than with a syntax
error: arrays nested some thousand deep (``RecursionError``) and a number of more than 4,300 digits (a plain
``ValueError``: Python's limit on converting digits to an int). The body reader caught neither (the review
endpoints, read by FastAPI, already answered 400). Now a 400 in the API's one error shape, and the server
takes the next report."""

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


NESTED = "the body is not valid JSON (nested too deeply to read)"
LONG_NUMBER = "the body is not valid JSON (a number of more than 4,300 digits, too long to read)"


@pytest.mark.parametrize("body, message", [
    (b"[" * 100_000, NESTED),
    (b'{"text": "Two people were killed in Odesa.", "title": ' + b"[" * 5_000 + b"]" * 5_000 + b"}", NESTED),
    (b'{"a": ' * 5_000 + b"1" + b"}" * 5_000, NESTED),
    (b'{"text": "Two people were killed in Odesa.", "published": ' + b"9" * 5_000 + b"}", LONG_NUMBER),
    (b'{"text": "Two people were killed in Odesa.", "tags": [-' + b"1" * 4_301 + b"]}", LONG_NUMBER),
])
def test_a_body_json_gives_up_on_is_a_400_and_the_next_report_is_stored(client, body, message):
    answer = client.post("/api/documents", content=body, headers=HEADERS)
    assert answer.status_code == 400, answer.text
    assert answer.json()["error"] == {"status": 400, "code": "bad_request", "message": message}
    stored = client.post("/api/documents", headers=HEADERS,
                         json={"text": "Two people were killed in a drone strike on Odesa on Monday.", "published": "2024-03-04"})
    assert stored.status_code == 201, stored.text


def test_a_syntax_error_in_the_body_is_named_in_words(client):
    answer = client.post("/api/documents", content=b'{"text": "Two people were killed in Odesa.",}', headers=HEADERS)
    assert answer.status_code == 400
    assert answer.json()["error"]["message"] == \
        "the body is not valid JSON (Expecting property name enclosed in double quotes at column 45)"


def test_a_body_that_is_no_utf8_is_named_as_such(client):
    answer = client.post("/api/documents", content=b'{"text": "Two people were killed in \xff Odesa."}', headers=HEADERS)
    assert answer.status_code == 400
    assert "invalid start byte" in answer.json()["error"]["message"]
