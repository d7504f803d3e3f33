"""A ledger a newer harmledger migrated (a schema revision this version has no migration for) is refused with
words that say so, on both back ends, not with Alembic's traceback; the ledger is left as it was."""

from __future__ import annotations

import pytest
from ledger_fixtures import db_url  # noqa: F401  (fixture)
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from harmledger.cli import app
from harmledger.ledger import Ledger
from harmledger.store import LedgerError


def _stamp(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


def _revision(url: str) -> str:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
    finally:
        engine.dispose()


def test_a_ledger_of_a_newer_schema_is_named_as_such_and_left_alone(db_url):
    with Ledger(db_url) as made:
        made.ingest_text("Russian shelling of Kharkiv on Monday killed at least 4 people, the governor said.", published="2024-03-04")
    _stamp(db_url, "0142")
    with pytest.raises(LedgerError, match="its schema is not one this harmledger knows .*'0142'.*a newer harmledger made or upgraded it"):
        Ledger(db_url)
    result = CliRunner().invoke(app, ["status", "--db", db_url])
    assert result.exit_code == 2 and isinstance(result.exception, SystemExit)
    assert "a newer harmledger made or upgraded it" in " ".join(result.output.split())
    assert _revision(db_url) == "0142"
