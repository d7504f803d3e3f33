"""``harmledger serve``: the REST API and the web page over a ledger (registered on the main app by ``register``)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from harmledger.cli.ledger import Create, Db, err, require_ledger, sane_workers
from harmledger.display import said

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000


def serve(
    db: Db = None,
    create: Create = False,
    host: Annotated[str, typer.Option(help="Address to listen on (127.0.0.1: this machine only).")] = DEFAULT_HOST,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = DEFAULT_PORT,
    token: Annotated[Optional[str], typer.Option(help="A bearer token that acts as an admin (POST /api/documents, review, users; beside the tokens of `harmledger users add`); default $HARMLEDGER_TOKEN.", show_default=False)] = None,
    max_upload_kb: Annotated[int, typer.Option(min=1, help="Largest request body POST /api/documents accepts, in KiB.")] = 2048,
    tiles: Annotated[Optional[str], typer.Option(help="Online tile URL template offered beside the offline base map, e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png.", show_default=False)] = None,
    tiles_attribution: Annotated[Optional[str], typer.Option(help="Attribution shown with --tiles.", show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option(min=1, callback=sane_workers, help="Server processes; default: one per core this process may use (a process answers one request at a time in Python).", show_default=False)] = None,
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the web page: map, timeline, filters, incidents and their evidence."""
    from harmledger.web import Settings

    require_ledger(db, create)
    settings = Settings(db=db, token=token, max_upload_bytes=max_upload_kb * 1024, tiles=tiles, tiles_attribution=tiles_attribution)
    serve_ledger(settings, host, port, workers or default_workers())


def default_workers() -> int:
    """One server process per core this process may run on: on 2 cores under 20 concurrent clients, 2 workers
    answered 40% more requests per second than 1 at the same p95 (``make bench-load``); more than the cores
    only adds switching."""
    from harmledger.ingest.pool import usable_cores

    return usable_cores()


def serve_ledger(settings, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, workers: int = 1) -> None:
    """Run the app until interrupted, printing where it is."""
    from harmledger.store import LedgerError
    from harmledger.store.engine import shown
    from harmledger.web import create_app
    from harmledger.web.app import vendor_missing
    from harmledger.web.server import Server, config, serve_workers

    try:
        app = create_app(settings)
    except LedgerError as error:
        err.print(said(str(error), "error"))
        raise typer.Exit(2) from None
    missing = vendor_missing()
    if missing:
        err.print(said(f"the page's libraries are not installed ({', '.join(missing)}): run `make setup`; the API works without them", "warning"))
    writes = ("POST /api/documents accepts the bearer token or an analyst's" if settings.token
              else "writes need an analyst's token: harmledger users add NAME --role analyst")
    shown_host = f"[{host}]" if ":" in host else host

    processes = f"{workers} workers; " if workers > 1 else ""

    def announce(bound: int) -> None:
        typer.echo(f"harmledger: serving {shown(app.state.ledger.url)} at http://{shown_host}:{bound}  (API docs at /docs; {processes}{writes}; Ctrl-C stops)")

    if workers == 1:
        Server(config(app, host, port), on_ready=announce).run()
        return
    app.state.ledger.close()  # opened here only to check (and migrate) the database before the workers start
    serve_workers(settings, host, port, workers, on_ready=announce)


def register(app: typer.Typer) -> None:
    app.command()(serve)
