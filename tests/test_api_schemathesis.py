"""Schemathesis over the OpenAPI document, on SQLite and PostgreSQL: no request the document allows, nor
any it refuses, gets a server error or an answer the document does not describe.

Requests the document refuses are checked on SQLite only: the API refuses them before any query,
so the back end makes no difference to them, and they are the slow half (negative generation).

Bounded and derandomized (the same examples every run), so it is a regression test, not a
fuzzing campaign; a longer run is ``schemathesis run http://127.0.0.1:8000/openapi.json``
against ``harmledger serve``.
"""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from ledger_fixtures import BACKENDS, new_database_url
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance, status_code_conformance
from web_fixtures import fill

from harmledger.ledger import Ledger
from harmledger.web import Settings, create_app

TOKEN = "schemathesis-token"
EXAMPLES_PER_OPERATION = 30
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def api_schema(request, tmp_path_factory):
    urls = new_database_url(request.param, tmp_path_factory.mktemp(request.param))
    with Ledger(next(urls)) as opened:
        fill(opened)
        yield schemathesis.openapi.from_asgi("/openapi.json", create_app(Settings(token=TOKEN), ledger=opened))
    next(urls, None)  # drops the PostgreSQL database


@pytest.mark.parametrize(
    ("api_schema", "mode"),
    [*((backend, GenerationMode.POSITIVE) for backend in BACKENDS), ("sqlite", GenerationMode.NEGATIVE)],
    ids=[*(f"{backend}-valid" for backend in BACKENDS), "sqlite-invalid"],
    indirect=["api_schema"],
)
def test_no_server_error_and_no_schema_violation(api_schema, mode):
    """Every operation, with requests the document allows (valid) and ones it refuses (invalid).
    (Schemathesis's own pytest plugin does not run under this pytest, so the operations are looped here.)"""
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 7
    for operation in operations:

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=EXAMPLES_PER_OPERATION, derandomize=True, deadline=None, suppress_health_check=list(HealthCheck), database=None)
        def calls(case):
            case.call_and_validate(headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)

        try:
            calls()
        except Unsatisfiable:  # no parameters to get wrong (GET /api/config)
            assert mode is GenerationMode.NEGATIVE
        except Exception as error:
            raise AssertionError(f"{operation.label} ({mode.value}): {error}") from error
