"""Monitoring commands (``watch``, ``feeds``, ``status``): a thin layer over ``harmledger.watch``.

Registered on the main ``harmledger`` app by ``register(app)``.
"""

from __future__ import annotations

import contextlib
import json
import signal
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table

from harmledger.cli.ledger import Db, err, open_ledger
from harmledger.display import counted, said
from harmledger.reading import InputError
from harmledger.store import LedgerError

if TYPE_CHECKING:
    from harmledger.ledger import Ledger
    from harmledger.watch.config import WatchList


def watch(
    feeds_file: Annotated[Optional[Path], typer.Argument(metavar="[FEEDS.toml]", help="Feeds to poll (a TOML file), with optional [settings].")] = None,
    feed: Annotated[Optional[list[str]], typer.Option("--feed", help="An RSS/Atom feed or sitemap URL (repeatable).")] = None,
    folder: Annotated[Optional[Path], typer.Option("--dir", help="A folder to ingest files from as they appear (instead of feeds).")] = None,
    db: Db = None,
    once: Annotated[bool, typer.Option("--once", help="One pass and exit (for cron): each feed polled, or the folder ingested; exit 1 if a feed (a file) failed.")] = False,
    settle: Annotated[float, typer.Option(min=0, help="--dir: seconds a file must stop changing before it is read.")] = 2.0,
    log_json: Annotated[bool, typer.Option("--log-json", help="One JSON object per event on stderr.")] = False,
) -> None:
    """Poll feeds (RSS, Atom, sitemaps) or a folder into the ledger; runs until SIGTERM or Ctrl-C unless --once."""
    from harmledger.watch.config import load_watch_list
    from harmledger.watch.events import printed

    if folder is not None and (feeds_file or feed):
        raise typer.BadParameter("watch feeds or a folder, not both (run two watchers)", param_hint="--dir")
    if folder is not None and not folder.is_dir():
        raise typer.BadParameter(f"{folder}: not a folder", param_hint="--dir")
    try:
        watch_list = load_watch_list(feeds_file, feed or []) if folder is None else None
    except InputError as error:
        err.print(said(str(error), "error"))
        raise typer.Exit(2) from None
    stop = threading.Event()
    with printed(log_json), open_ledger(db) as ledger, _stop_on_signals(stop):
        try:
            failed = _watch_feeds(ledger, watch_list, stop, once) if watch_list else _watch_folder(ledger, folder, stop, once, settle)
        except LedgerError as error:
            err.print(said(str(error), "error"))
            raise typer.Exit(2) from None
    if failed:
        raise typer.Exit(1)


def _watch_feeds(ledger: Ledger, watch_list: WatchList, stop: threading.Event, once: bool) -> bool:
    """Poll until ``stop`` (or once); with ``once``, whether a feed failed."""
    from harmledger.watch.feeds import FeedWatcher

    watcher = FeedWatcher(ledger, watch_list, stop)
    try:
        if once:
            return bool(watcher.poll().failed_feeds)
        watcher.run()
        return False
    finally:
        watcher.close()


def _watch_folder(ledger: Ledger, folder: Path, stop: threading.Event, once: bool, settle: float) -> bool:
    """Ingest the folder, then (unless ``once``) what appears in it until ``stop``; with ``once``, whether a file failed."""
    from harmledger.watch.folder import sweep, watch_folder

    if once:
        return bool(sweep(ledger, folder).failed)
    watch_folder(ledger, folder, stop, settle=settle)
    return False


def feeds(db: Db = None, as_json: Annotated[bool, typer.Option("--json", help="Print the feeds as JSON.")] = False) -> None:
    """Each watched feed's state: last success, last error, back-off, and its links by outcome."""
    from harmledger.watch.status import feed_states

    with open_ledger(db) as ledger:
        rows = feed_states(ledger)
    if as_json:
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        Console(markup=False).print(_feed_table(rows))


def status(db: Db = None, as_json: Annotated[bool, typer.Option("--json", help="Print the status as JSON.")] = False) -> None:
    """The ledger at a glance: documents, incidents, the last ingest and its errors, feed health."""
    from harmledger.watch.status import ledger_status

    with open_ledger(db) as ledger:
        found = ledger_status(ledger)
    if as_json:
        typer.echo(json.dumps(found, indent=2, ensure_ascii=False))
        return
    console = Console(highlight=False, soft_wrap=True, markup=False)
    console.print(f"{found['database']}: {found['documents']} documents, {found['incidents']} incidents")
    run = found["last_run"]
    if run is None:
        console.print("last ingest: none yet")
    else:
        console.print(
            f"last ingest: run {run['id']} {run['status']}, started {_utc(run['started_at'])}, finished {_utc(run['finished_at'])}: "
            f"{run['added']} added, {run['skipped']} skipped, {run['failed']} failed, {counted(run['warnings'], 'warning')}"
        )
        if run["status"] == "interrupted":
            console.print("  it stopped before it finished (its process ended): run the same ingest again to store the rest")
    for error in found["last_run_errors"]:
        where = f"{error['origin']}:{error['line']}" if error["line"] else error["origin"]
        console.print(f"  {error['level']}: {where}: {error['reason']}")
    if found["last_run_error_total"] > len(found["last_run_errors"]):
        console.print(f"  (and {found['last_run_error_total'] - len(found['last_run_errors'])} more in the ingest_errors table)")
    if found["feeds"]:
        console.print(_feed_table(found["feeds"]))


def _utc(instant: str | None) -> str:
    """A run's naive UTC time (``dates.utc_now``) said to be UTC: read bare, it passes for the reader's own clock."""
    return f"{instant.replace('T', ' ')} UTC" if instant else "-"


def register(app: typer.Typer) -> None:
    app.command()(watch)
    app.command()(feeds)
    app.command()(status)


def _feed_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"feeds ({len(rows)})")
    for column in ("feed", "health", "last success", "last error", "fetched", "to read", "skipped"):
        table.add_column(column, overflow="fold")
    for row in rows:
        last_error = f"{row['last_error_at']}: {row['last_error']}" if row["last_error"] else ""
        table.add_row(
            row["name"] or row["url"], row.get("health", ""), row["last_success"] or "never", last_error,
            str(row["fetched"]), str(row["pending"] + row["error"]), str(row["skipped"]),
        )
    return table


@contextlib.contextmanager
def _stop_on_signals(stop: threading.Event) -> Iterator[None]:
    """SIGTERM and Ctrl-C set ``stop``: the article in hand is finished and stored, the run closed, then the watcher exits."""
    def handler(signum: int, _frame: Any) -> None:
        err.print(f"{signal.Signals(signum).name}: stopping after the article in hand")
        stop.set()

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
