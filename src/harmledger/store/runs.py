"""Live and dead ingest runs: a run killed midway (SIGKILL, the OOM killer, a lost machine) never writes its own
end, so its ``ingest_runs`` row said 'running' for ever. The next run marks such rows 'interrupted' (with the
documents and errors they did store), and ``harmledger status`` shows them so.

How a run is known dead, most exact first:
- PostgreSQL: the run's connection holds a session advisory lock named after the run, taken in the transaction
  that makes its row, so no one sees the row before the lock. The server drops the lock when that connection
  ends, however its process died: a lock another session can take means a dead run, whatever host it ran on.
- this host: the run's process is gone, or its pid now belongs to a process that started after the run (a
  reused pid). Linux reads both from ``/proc``; other POSIX systems can only ask whether the pid exists. "This
  host" is the hostname and, where Linux tells them, the boot and the pid namespace (``host_identity``): a pid
  means nothing after a reboot or in another container, and containers that share their host's network share
  its hostname too.
- otherwise (another host's run on a shared SQLite file, a row written before migration 0018): its last sign
  of life, the heartbeat a run renews as it stores or skips documents or else its start, is older than ``STALE``.
"""

from __future__ import annotations

import os
import socket
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, text, update

from harmledger.dates import utc_now
from harmledger.store.schema import documents, ingest_errors, ingest_runs

HEARTBEAT_S = 60.0
"""How often a run renews its heartbeat (at most; only as it stores results or skips stored records)."""
STALE = timedelta(minutes=15)
"""A run with no other sign of life is dead this long after its last heartbeat."""
CLOCK_SLACK = timedelta(seconds=2)
"""Rounding between a process's start time (whole seconds of boot time, clock ticks) and a run's ``started_at``."""
LOCK_CLASS = 0x686C
"""The first key of the PostgreSQL advisory locks of ingest runs; the second is the run's id."""


def owner() -> dict[str, Any]:
    """The columns that say which process runs a new run."""
    return {"host": host_identity(), "pid": os.getpid()}


BOOT_ID = Path("/proc/sys/kernel/random/boot_id")
PID_NAMESPACE = Path("/proc/self/ns/pid")


def host_identity() -> str:
    """Where a pid names one process: the hostname, then the boot and pid namespace where Linux tells them
    (``vm (boot 9f54..., pid:[4026531836])``); at most the 255 characters of ``ingest_runs.host``."""
    scope = []
    try:
        scope.append(f"boot {BOOT_ID.read_text().strip()}")
    except OSError:
        pass
    try:
        scope.append(os.readlink(PID_NAMESPACE))
    except OSError:
        pass
    suffix = f" ({', '.join(scope)})" if scope else ""
    return socket.gethostname()[:255 - len(suffix)] + suffix


def hold(connection: Connection, run_id: int) -> None:
    """Take the run's lock on its own connection (PostgreSQL; nothing on SQLite); call inside the transaction that inserts its row."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_lock(:c, :r)"), {"c": LOCK_CLASS, "r": run_id})


def release(connection: Connection, run_id: int) -> None:
    """Give the run's lock back, so a pooled connection does not keep a finished run alive."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_unlock(:c, :r)"), {"c": LOCK_CLASS, "r": run_id})


class Heartbeat:
    """Renews a run's ``heartbeat_at`` at most every ``every`` seconds; a beat also takes back an
    'interrupted' another host gave a run that was only slow."""

    def __init__(self, run_id: int, every: float = HEARTBEAT_S) -> None:
        self.run_id = run_id
        self.every = every
        self.last = time.monotonic()

    def __call__(self, connection: Connection) -> None:
        if time.monotonic() - self.last < self.every:
            return
        self.last = time.monotonic()
        with connection.begin():
            connection.execute(update(ingest_runs).where(ingest_runs.c.id == self.run_id).values(heartbeat_at=utc_now(), status="running"))


def is_dead(connection: Connection, run: dict[str, Any], at: datetime | None = None) -> bool:
    """Whether a 'running' row's process is gone (the module docstring says how each case is told)."""
    if run["status"] != "running":
        return False
    if run["pid"] is not None:
        if connection.dialect.name == "postgresql":
            return _lock_is_free(connection, run["id"])
        if run["host"] == host_identity():
            alive = process_alive(run["pid"], run["started_at"])
            if alive is not None:
                return not alive
    return (at or utc_now()) - (run["heartbeat_at"] or run["started_at"]) > STALE


def mark_dead_runs(connection: Connection) -> list[int]:
    """Mark every dead 'running' row 'interrupted', with the documents it stored and the errors it logged; their ids."""
    with connection.begin():
        running = [dict(r) for r in connection.execute(select(ingest_runs).where(ingest_runs.c.status == "running")).mappings()]
        dead = [run["id"] for run in running if is_dead(connection, run)]
        for run_id in dead:
            connection.execute(
                update(ingest_runs).where(ingest_runs.c.id == run_id, ingest_runs.c.status == "running")
                .values(status="interrupted", **stored_by(connection, run_id))
            )
    return dead


def stored_by(connection: Connection, run_id: int) -> dict[str, int]:
    """What a run stored, counted from the rows it left (a killed run never wrote its own counts)."""
    added = connection.execute(select(func.count()).select_from(documents).where(documents.c.run_id == run_id)).scalar_one()
    levels = dict(connection.execute(
        select(ingest_errors.c.level, func.count()).where(ingest_errors.c.run_id == run_id).group_by(ingest_errors.c.level)
    ).all())
    return {"added": added, "failed": levels.get("error", 0), "warnings": levels.get("warning", 0)}


def process_alive(pid: int, since: datetime) -> bool | None:
    """Whether process ``pid`` of this host runs and started no later than ``since`` (naive UTC); None when this system cannot tell."""
    if pid <= 0:  # not a process of its own (0 and below name process groups)
        return None
    started = _linux_start(pid)
    if started is not None:
        return started is not _GONE and started <= since + CLOCK_SLACK
    if os.name != "posix":  # os.kill(pid, 0) would end the process on Windows
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    except OverflowError:  # no process has such a number
        return False
    return True


_GONE = datetime.min
"""``_linux_start``'s answer for a process that no longer runs (absent, or a zombie not yet reaped)."""


def _linux_start(pid: int) -> datetime | None:
    """When process ``pid`` started (naive UTC) from ``/proc``, ``_GONE``, or None without a readable Linux ``/proc``."""
    proc = Path("/proc")
    try:
        boot = next(int(line.split()[1]) for line in (proc / "stat").read_text().splitlines() if line.startswith("btime "))
    except (OSError, StopIteration, ValueError, IndexError):
        return None
    try:
        stat = (proc / str(pid) / "stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return _GONE
    except OSError:
        return None
    fields = stat[stat.rindex(")") + 2:].split()  # the command name in brackets may hold spaces; field 3 on
    if fields[0] in ("Z", "X"):
        return _GONE
    seconds = boot + int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time in clock ticks since boot
    return datetime.fromtimestamp(seconds, timezone.utc).replace(tzinfo=None)


def _lock_is_free(connection: Connection, run_id: int) -> bool:
    """Whether no session holds the run's lock (taken and at once given back when free)."""
    free = connection.execute(text("SELECT pg_try_advisory_lock(:c, :r)"), {"c": LOCK_CLASS, "r": run_id}).scalar_one()
    if free:
        release(connection, run_id)
    return bool(free)
