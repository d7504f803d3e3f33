"""Opening a ledger database: URL defaults, SQLite settings, a clear error when it does not answer."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

DEFAULT_URL = "sqlite:///harmledger.db"
ENV_VAR = "HARMLEDGER_DB"
CONNECT_TIMEOUT_S = 5
BUSY_TIMEOUT_S = 30
"""How long a SQLite writer waits for another process's write transaction to end."""
WRITE_LOCK = "harmledger_write_lock"
"""Execution option of ``for_writing`` engines: their SQLite transactions begin IMMEDIATE."""
MIGRATION_LOCK_ID = 0x68617276  # any constant: the key of PostgreSQL's advisory lock around migrations


class LedgerError(Exception):
    """The database cannot be used; the message names the (password-free) URL and the problem."""


def resolve_url(url: str | None) -> str:
    """``url``, else ``$HARMLEDGER_DB``, else ``./harmledger.db``; a bare path means a SQLite file."""
    url = url or os.environ.get(ENV_VAR) or DEFAULT_URL
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def missing_sqlite_file(url: str | None) -> Path | None:
    """The SQLite file ``url`` (resolved as ``resolve_url`` does) names when it does not exist; None otherwise."""
    try:
        parsed = make_url(resolve_url(url))
    except ArgumentError:
        return None  # not a URL at all: opening it says so
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    path = Path(parsed.database)
    return None if path.exists() else path


def shown(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def db_reason(error: Exception) -> str:
    """What the database said, in one line: the driver's message without SQLAlchemy's statement and parameters."""
    return str(getattr(error, "orig", None) or error).strip().splitlines()[0]


def open_engine(url: str) -> Engine:
    """An engine on ``url`` with the schema migrated to the latest revision."""
    try:
        engine = _engine(url)
    except (ArgumentError, ImportError) as error:
        raise LedgerError(f"{shown(url)}: not a usable database URL ({error})") from None
    from alembic import command  # imported here: `import harmledger` stays light
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    try:
        with for_writing(engine).begin() as connection:
            if connection.dialect.name == "postgresql":  # two processes opening one new database migrate in turn
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_ID})")
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except SQLAlchemyError as error:
        engine.dispose()
        raise LedgerError(f"{shown(url)}: cannot open the database ({db_reason(error)})") from None
    except CommandError as error:
        unknown = _unknown_revisions(engine, config)
        engine.dispose()
        if unknown:  # a revision this version has no migration for: a newer harmledger wrote it
            raise LedgerError(f"{shown(url)}: its schema is not one this harmledger knows ({error}); "
                              "a newer harmledger made or upgraded it: open it with that version") from None
        raise LedgerError(f"{shown(url)}: cannot migrate its schema ({error})") from None
    return engine


def _unknown_revisions(engine: Engine, config) -> list[str]:
    """The schema revisions the database is stamped with that this harmledger has no migration for. Only they
    mean a newer harmledger; a stamp of known revisions Alembic refuses (two of one line, say) is another fault."""
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util import CommandError

    script = ScriptDirectory.from_config(config)
    try:
        with engine.connect() as connection:
            stamped = MigrationContext.configure(connection).get_current_heads()
    except SQLAlchemyError:
        return []
    unknown = []
    for revision in stamped:
        try:
            script.get_revision(revision)
        except CommandError:
            unknown.append(revision)
    return unknown


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"timeout": BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_settings)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_S} if parsed.get_backend_name() == "postgresql" else {}
    return create_engine(parsed, connect_args=connect_args, pool_pre_ping=True)


def for_writing(engine: Engine) -> Engine:
    """``engine`` for transactions that write: on SQLite they take the write lock at BEGIN.

    A deferred transaction that reads first and writes later cannot wait for the
    lock when another process wrote in between (SQLite answers "database is
    locked" at once, whatever the busy timeout); one that begins IMMEDIATE waits
    up to ``BUSY_TIMEOUT_S`` for it. Readers stay deferred, so in WAL mode they
    never wait for a writer.
    """
    return engine.execution_options(**{WRITE_LOCK: True})


def _sqlite_begin(connection: Connection) -> None:
    """SQLAlchemy's pysqlite recipe (the driver's own BEGIN is off, see ``_sqlite_settings``), IMMEDIATE for writers."""
    connection.exec_driver_sql("BEGIN IMMEDIATE" if connection.get_execution_options().get(WRITE_LOCK) else "BEGIN")


def _sqlite_settings(dbapi_connection, _record) -> None:
    """WAL with synchronous=NORMAL: a committed document survives kill -9 (not power loss) at
    a fraction of FULL's fsync cost; foreign keys on, as PostgreSQL always has them; and real
    transactions around DDL too, so a migration killed midway leaves nothing half-made."""
    dbapi_connection.isolation_level = None  # the driver's own BEGIN skips DDL; the "begin" event emits ours
    cursor = dbapi_connection.cursor()
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


WAL_RETRY_S = 0.02


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """``PRAGMA journal_mode=WAL``, tried again while another process switches the same new file. Two connections
    that both read a new database and then both ask for the exclusive lock the switch needs deadlock, and SQLite
    answers one of them "database is locked" at once, whatever the busy timeout: one of two ingests started together
    into one new file failed so."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_S)
