"""Opening a ledger database: URL defaults, SQLite settings, a clear error when it does not answer."""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

DEFAULT_URL = "sqlite:///harmledger.db"
ENV_VAR = "HARMLEDGER_DB"
CONNECT_TIMEOUT_S = 5


class LedgerError(Exception):
    """The database cannot be used; the message names the (password-free) URL and the problem."""


def resolve_url(url: str | None) -> str:
    """``url``, else ``$HARMLEDGER_DB``, else ``./harmledger.db``; a bare path means a SQLite file."""
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def open_engine(url: str) -> Engine:
    """An engine on ``url`` with the schema migrated to the latest revision."""
    try:
        engine = _engine(url)
    except (ArgumentError, ImportError) as error:
        raise LedgerError(f"{shown(url)}: not a usable database URL ({error})") from None
    from alembic import command  # imported here: `import harmledger` stays light
    from alembic.config import Config

    try:
        with engine.begin() as connection:
            config = Config()
            config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as error:
        engine.dispose()
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        raise LedgerError(f"{shown(url)}: cannot open the database ({reason})") from None
    return engine


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": 30})
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", lambda connection: connection.exec_driver_sql("BEGIN"))
        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)


def _sqlite_settings(dbapi_connection, _record) -> None:
    """WAL with synchronous=NORMAL: a committed document survives kill -9 (not power loss) at
    a fraction of FULL's fsync cost; foreign keys on, as PostgreSQL always has them; and real
    transactions around DDL too, so a migration killed midway leaves nothing half-made."""
    dbapi_connection.isolation_level = None  # the driver's own BEGIN skips DDL; the "begin" event emits ours
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()
