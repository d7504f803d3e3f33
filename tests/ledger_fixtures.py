"""Database fixtures for the ledger tests: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``$HARMLEDGER_TEST_PG_URL`` (``.ci/run`` starts a server
and sets it; locally ``source .ci/postgres`` does the same). Each test gets a
fresh database of its own, dropped afterwards. Import the fixtures into a test
module with ``from ledger_fixtures import db_url, ledger``.
"""

from __future__ import annotations

import os
import time
import uuid
import warnings
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from harmledger.ledger import Ledger

PG_ENV = "HARMLEDGER_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"]


def postgres_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"${PG_ENV} is not set: in CI .ci/run must start PostgreSQL and export it")
        pytest.skip(f"${PG_ENV} is not set, so there is no PostgreSQL server to test against (`source .ci/postgres` starts one)")
    return url


def new_database_url(backend: str, tmp_path) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path}/ledger.db"
        return
    base = postgres_base_url()
    name = f"hl_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
        _drop(admin, name)
    finally:
        admin.dispose()


def _drop(admin, name: str) -> None:
    """Drop a test database; a backend of a killed client may take a moment to go, so retry, then warn."""
    for attempt in range(5):
        try:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError as error:  # OperationalError, or InsufficientPrivilege while another role still holds it
            last = error
            time.sleep(0.5 * (attempt + 1))
    warnings.warn(f"test database {name} left behind: {last}", stacklevel=1)


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    yield from new_database_url(request.param, tmp_path)


@pytest.fixture
def ledger(db_url) -> Iterator[Ledger]:
    with Ledger(db_url) as opened:
        yield opened


def migrate(url: str, revision: str, *, down: bool = False) -> None:
    """Move the ledger at ``url`` to the schema of ``revision`` (down to it, or up), as a ledger of that time was."""
    from pathlib import Path

    from alembic import command
    from alembic.config import Config

    import harmledger.store.engine as engine_module

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(Path(engine_module.__file__).with_name("migrations")))
            config.attributes["connection"] = connection
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()
