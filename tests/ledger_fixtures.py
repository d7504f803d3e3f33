"""Database fixtures for the ledger tests: every store test runs on SQLite and on PostgreSQL.

PostgreSQL comes from ``$HARMLEDGER_TEST_PG_URL`` (``.ci/run`` starts a server
and sets it; locally ``source .ci/postgres`` does the same). Each test gets a
fresh database of its own, dropped afterwards. Import the fixtures into a test
module with ``from ledger_fixtures import db_url, ledger``.

``db_url`` is a blank database (a test that opens it runs every migration, as a new
ledger does). ``ledger`` is opened on a copy of one ledger the migrations built once per
session and back end: running the migrations takes about a second a ledger, a copy a few
milliseconds, and the copy is the same schema (``test_store`` checks it against the
declared one).
"""

from __future__ import annotations

import os
import sqlite3
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager

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


def new_database_url(backend: str, tmp_path, template: str | None = None) -> Iterator[str]:
    """A new database, blank or a copy of ``template`` (a closed database's URL); a PostgreSQL one is dropped afterwards."""
    if backend == "sqlite":
        path = tmp_path / "ledger.db"
        if template:
            with closing(sqlite3.connect(make_url(template).database)) as source, closing(sqlite3.connect(path)) as target:
                source.backup(target)
        yield f"sqlite:///{path}"
        return
    base = postgres_base_url()
    name = f"hl_test_{uuid.uuid4().hex[:12]}"
    copied = f' TEMPLATE "{make_url(template).database}"' if template else ""
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"{copied}'))
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


@pytest.fixture(scope="session")
def migrated_templates(tmp_path_factory) -> Iterator[Callable[[str], str]]:
    """Per back end, the URL of an empty ledger at the latest revision, made on first use and kept
    closed (PostgreSQL copies a database only while no one is connected to it)."""
    made: dict[str, str] = {}
    drops = []

    def template(backend: str) -> str:
        if backend not in made:
            urls = new_database_url(backend, tmp_path_factory.mktemp(f"template-{backend}"))
            url = next(urls)
            with Ledger(url):
                pass
            made[backend] = url
            drops.append(urls)
        return made[backend]

    yield template
    for urls in drops:
        next(urls, None)  # drops the PostgreSQL template


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> Iterator[str]:
    yield from new_database_url(request.param, tmp_path)


@pytest.fixture(params=BACKENDS)
def ledger(request, tmp_path, migrated_templates) -> Iterator[Ledger]:
    copy = contextmanager(new_database_url)(request.param, tmp_path, migrated_templates(request.param))
    with copy as url, Ledger(url) as opened:
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
