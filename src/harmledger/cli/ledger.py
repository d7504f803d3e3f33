"""The ledger's commands (``ingest``, ``incidents``, ``export``): a thin layer over ``harmledger.Ledger``.

Registered on the main ``harmledger`` app by ``register(app)`` in ``cli.py``.
"""

from __future__ import annotations

import contextlib
import json
import sys
from datetime import date
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.table import Table

from harmledger.cli.choices import choices
from harmledger.dates import parse_date, read_instant
from harmledger.display import counted, errors as err, figure, said, table_console
from harmledger.ingest.pool import checked_workers
from harmledger.ingest.readers import META_COLUMNS, PATTERNS, TEXT_COLUMNS, ReaderOptions
from harmledger.store import IncidentFilter, LedgerError
from harmledger.store.engine import missing_sqlite_file
from harmledger.store.schema import COUNT_MAX
from harmledger.ledger import EXPORT_FORMATS, Ledger
from harmledger.store.export import write_flat_csv, write_geojson

DB_HELP = "Database URL (sqlite:///file.db, postgresql+psycopg://user:pw@host/db) or a SQLite path; default $HARMLEDGER_DB, else ./harmledger.db."
Db = Annotated[Optional[str], typer.Option("--db", help=DB_HELP, show_default=False)]
Create = Annotated[bool, typer.Option("--create", help="Make a new, empty ledger when the SQLite file does not exist (ingest always does).")]


def open_ledger(url: str | None, create: bool = True) -> Ledger:
    """The ledger at ``url``; exit 2 with the reason when it cannot be opened, or when it is a SQLite
    file that does not exist and ``create`` is off (a mistyped --db must not answer with an empty ledger)."""
    require_ledger(url, create)
    try:
        return Ledger(url)
    except LedgerError as error:
        err.print(said(str(error), "error"))
        raise typer.Exit(2) from None


def sane_workers(value: int | None) -> int | None:
    """The ``--workers`` options' check: a number of processes this machine can run (``ingest.pool.checked_workers``)."""
    if value is not None:
        try:
            checked_workers(value)
        except ValueError as error:
            raise typer.BadParameter(str(error)) from None
    return value


def require_ledger(url: str | None, create: bool) -> None:
    missing = None if create else missing_sqlite_file(url)
    if missing is not None:
        err.print(said(f"no ledger at {missing}: `harmledger ingest PATH --db {missing}` makes one (or pass --create for an empty one)", "error"))
        raise typer.Exit(2)


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files (.txt .md .html .jsonl .csv), directories (recursive), glob patterns, or - for stdin.")],
    db: Db = None,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, callback=sane_workers, help="Extraction processes feeding the one writer.")] = 1,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD, or with a time: 2024-03-04T15:00Z, a time without a zone taken as UTC) for records that carry none.")] = None,
    text_column: Annotated[Optional[list[str]], typer.Option("--text-column", help="JSONL/CSV field holding the text; repeat to give fall-backs.")] = None,
    meta: Annotated[Optional[list[str]], typer.Option("--meta", help="FIELD=COLUMN: where source, url, title, published or language is (repeatable).")] = None,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", help="File patterns a directory contributes (repeatable).")] = None,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", show_default=False,
                                                     help="Show a progress bar; without either option, only when stderr is a terminal.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    scheduler: Annotated[Optional[str], typer.Option(help="Extract on the Dask cluster of this scheduler (tcp://HOST:8786); this process writes.")] = None,
    dask_workers: Annotated[Optional[int], typer.Option(min=1, callback=sane_workers, help="Extract on a local Dask cluster of N worker processes.")] = None,
) -> None:
    """Read, extract and store articles; bad inputs are reported and skipped; exit 1 if any failed."""
    options = ReaderOptions(
        text_columns=tuple(text_column) if text_column else TEXT_COLUMNS,
        meta_columns=_meta_columns(meta or []),
        patterns=tuple(glob) if glob else PATTERNS,
        published=_date(published, "--published"),
        published_at=read_instant(published),
    )
    ledger = open_ledger(db)
    with ledger, _extraction(scheduler, dask_workers, workers) as stream:
        try:
            summary = ledger.ingest_paths(paths, workers=workers, progress=sys.stderr.isatty() if progress is None else progress, options=options, stream=stream)
        except LedgerError as error:
            err.print(said(str(error), "error"))
            raise typer.Exit(2) from None
    for message in summary.errors:
        err.print(said(message))
    if summary.failed + summary.warnings > len(summary.errors):
        err.print(f"(and more: every error is in the ingest_errors table, run {summary.run_id})")
    if as_json:
        typer.echo(json.dumps(summary.as_dict()))
    else:
        repeats = f", {summary.duplicates} repeated within the input (stored once)" if summary.duplicates else ""
        warned = f", {counted(summary.warnings, 'warning')}" if summary.warnings else ""
        err.print(
            f"ingest: {summary.added} added, {summary.skipped} skipped (already stored){repeats}, {summary.failed} failed"
            f"{warned}; {counted(summary.mentions, 'mention')} stored"
        )
    if summary.failed:
        raise typer.Exit(1)


@contextlib.contextmanager
def _extraction(scheduler: str | None, dask_workers: int | None, workers: int) -> Iterator[Any]:
    """The extraction stream: None (the local process pool of ``--workers``), or a Dask cluster's."""
    if scheduler is None and dask_workers is None:
        yield None
        return
    if workers > 1 or (scheduler and dask_workers):
        raise typer.BadParameter("choose one of --workers, --scheduler and --dask-workers", param_hint="--scheduler")
    from harmledger.ingest.dask import ClusterError, dask_client, dask_stream

    try:
        with dask_client(scheduler, dask_workers or 0) as client:
            yield dask_stream(client)
    except ClusterError as error:
        err.print(said(str(error), "error"))
        raise typer.Exit(2) from None


Country = Annotated[Optional[str], typer.Option(help="ISO alpha-2 country, e.g. UA.")]
Admin1 = Annotated[Optional[str], typer.Option(help="First-level admin area, e.g. 'Kharkiv'.")]
Since = Annotated[Optional[str], typer.Option(help="From this event date (YYYY-MM-DD).")]
Until = Annotated[Optional[str], typer.Option(help="Up to this event date (YYYY-MM-DD).")]
Near = Annotated[Optional[str], typer.Option(help="LAT,LON,KM: within KM of a point.")]
Bbox = Annotated[Optional[str], typer.Option(help="WEST,SOUTH,EAST,NORTH in degrees.")]
EventType = Annotated[Optional[str], typer.Option("--type", "--event-type", help="ACLED event type.")]
MinKilled = Annotated[Optional[int], typer.Option(min=0, max=COUNT_MAX, help="At least this many killed (reconciled best).")]
Text = Annotated[Optional[str], typer.Option("--text", "--q", help="Words (as a phrase) in the text or title of any report of the incident.")]
Kind = Annotated[Optional[choices("Kind", "event", "aggregate")], typer.Option(help="event (one incident) or aggregate (a toll over many places or days).")]
Background = Annotated[Optional[bool], typer.Option("--background/--no-background", help="Only history retold / only incidents told as new (both when absent).", show_default=False)]
DocumentId = Annotated[Optional[str], typer.Option(help="Only the incidents one document tells.")]
ExportFormat = choices("ExportFormat", *EXPORT_FORMATS)
Place = Annotated[Optional[str], typer.Option(help="A place name, geocoded offline: a town selects 25 km around it, a region its admin1, a country its code.")]


def incident_filter(country: str | None, admin1: str | None, since: str | None, until: str | None, near: str | None, bbox: str | None,
                    event_type: str | None, min_killed: int | None, text: str | None, kind: Any, background: bool | None,
                    document_id: str | None, place: str | None) -> IncidentFilter:
    """The filters of ``incidents`` and ``export``: the API's query parameters, checked by the API's own
    checks (a NaN point, a latitude past the pole, a box upside down are usage errors, not empty answers)."""
    from harmledger.web.errors import ApiError
    from harmledger.web.filters import incident_filter as checked

    try:
        return checked(country=country, admin1=admin1, since=_date(since, "--since"), until=_date(until, "--until"), near=near, bbox=bbox,
                       place=place, type=event_type, min_killed=min_killed, q=text, document_id=document_id, background=background,
                       kind=kind and kind.value)
    except ApiError as error:
        where = next((d["where"] for d in error.details or [] if isinstance(d, dict) and "where" in d), "")
        raise typer.BadParameter(str(error), param_hint=_OPTION_OF.get(where, where.replace("query.", "--") or None)) from None


_OPTION_OF = {"query.q": "--text", "query.type": "--type"}
"""The CLI's name of an API query parameter, where it differs from --NAME."""


def incidents(
    db: Db = None, create: Create = False, country: Country = None, admin1: Admin1 = None, since: Since = None, until: Until = None,
    near: Near = None, bbox: Bbox = None, event_type: EventType = None, min_killed: MinKilled = None, text: Text = None, kind: Kind = None,
    background: Background = None, document_id: DocumentId = None, place: Place = None,
    limit: Annotated[int, typer.Option(min=1, max=COUNT_MAX, help="Incidents to list.")] = 100,
    offset: Annotated[int, typer.Option(min=0, max=COUNT_MAX, help="Incidents to skip first (the next page starts at --limit).")] = 0,
    format: Annotated[choices("IncidentsFormat", "table", "json", "csv", "geojson"), typer.Option("--format", help="How to print them.")] = "table",
) -> None:
    """List linked incidents, newest first, with their number of sources and reconciled low / best / high.

    One row per event, however many reports tell it."""
    filters = incident_filter(country, admin1, since, until, near, bbox, event_type, min_killed, text, kind, background, document_id, place)
    with open_ledger(db, create) as ledger:
        rows = ledger.incidents(filters, limit=limit, offset=offset)
        total = ledger.count_incidents(filters) if format == "table" or len(rows) == limit else None
    if format != "table" and total is not None and total > offset + len(rows):
        err.print(f"incidents: {offset + 1}–{offset + len(rows)} of {total} listed (--limit and --offset for more; "
                  "`harmledger export` writes every one)")
    if format == "json":
        typer.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif format == "csv":
        write_flat_csv(iter(rows), sys.stdout)
    elif format == "geojson":
        write_geojson(iter(rows), sys.stdout)
    else:
        print_incidents(rows, total)


def export(
    out: Annotated[str, typer.Argument(help="Output file, or - for stdout (not for parquet).")],
    format: Annotated[Optional[ExportFormat], typer.Option(
        "--format", show_default=False, help="The columns or file format to write; default by the file's suffix "
        "(.csv, .geojson, .json, .jsonl, .parquet), else jsonl.")] = None,
    db: Db = None, create: Create = False, country: Country = None, admin1: Admin1 = None, since: Since = None, until: Until = None,
    near: Near = None, bbox: Bbox = None, event_type: EventType = None, min_killed: MinKilled = None, text: Text = None, kind: Kind = None,
    background: Background = None, document_id: DocumentId = None, place: Place = None,
) -> None:
    """Write the selected incidents (every one by default) as ACLED or UCDP GED CSV, CSV, GeoJSON, JSON, JSON Lines or Parquet.

    One row per incident, however many reports tell it. ACLED's fatalities are its conservative figure; UCDP's
    best / low / high and the other formats' killed / injured are the reconciled figures (the module
    harmledger.store.export says which figure each column holds). JSON and JSON Lines hold every field and each
    evidence span. As gold: the reviewed incidents as eval records (documents, not incidents) for harmledger eval."""
    filters = incident_filter(country, admin1, since, until, near, bbox, event_type, min_killed, text, kind, background, document_id, place)
    format = format or format_of(out)
    if Path(out).suffix.lower() in COMPRESSED_SUFFIXES:
        raise typer.BadParameter(f"{out}: export writes no {Path(out).suffix} compression; write {Path(out).stem} and compress it",
                                 param_hint="OUT")
    with open_ledger(db, create) as ledger:
        try:
            written = ledger.export(format.value, out, filters)
            sys.stdout.flush()  # all of it out before it is said to be written
        except BrokenPipeError:  # `export - | head`: the reader has had enough (the CLI ends quietly)
            raise
        except (OSError, ValueError) as error:
            err.print(said(f"{out}: {_reason(error)}", "error"))
            raise typer.Exit(1) from None
    noun = "document" if format == "gold" else "incident"
    err.print(f"export: {counted(written, noun)} written to {out} ({format.value})")


SUFFIX_FORMATS = {".csv": "csv", ".geojson": "geojson", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
"""``export``'s format where ``--format`` is not given: ``events.csv`` had been written as JSON Lines."""


COMPRESSED_SUFFIXES = (".gz", ".bz2", ".xz", ".zip", ".zst")
"""Refused: ``events.csv.gz`` had been written as plain JSON Lines under a name that promises a compressed file."""


def format_of(out: str) -> Any:
    """The export format a file's suffix names (``jsonl`` for stdout and any other name)."""
    return ExportFormat(SUFFIX_FORMATS.get(Path(out).suffix.lower(), "jsonl"))


def _reason(error: Exception) -> str:
    """An error's words without Python's decoration (``[Errno 2] ...: 'x.csv'``): the file is named already."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror[:1].lower() + error.strerror[1:]
    return str(error)


def print_incidents(rows: list[dict[str, Any]], total: int | None = None, title: str = "incidents") -> None:
    table = Table(title=f"{title} ({len(rows)} of {total})" if total is not None else title, show_lines=False)
    for column in ("date", "place", "type", "killed", "low/best/high", "injured", "sources", "source", "evidence"):
        table.add_column(column, overflow="fold", no_wrap=column in ("date", "killed", "low/best/high", "injured", "sources"),
                         ratio=3 if column == "evidence" else 1)
    for row in rows:
        place = row["place"]["name"] if row["place"] else ""
        kind = row["event_type"] or row["kind"]
        if row["kind"] == "aggregate":
            kind += " (aggregate)"
        if row["background"]:
            kind += " (background)"
        evidence = " … ".join(s["text"] for s in row["evidence"])
        table.add_row(row["date"] or "", place, kind, figure(row["killed"]), _low_best_high(row["killed"]), figure(row["injured"]),
                      str(row["sources"]), row["source"] or "", evidence)
    table_console().print(table)


def _low_best_high(count: dict[str, Any] | None) -> str:
    """``12/16/18``: the reconciled low, best and high (``-`` where a bound is unknown)."""
    if count is None:
        return ""
    return "/".join("-" if count[key] is None else str(count[key]) for key in ("low", "best", "high"))


def demo_ledger(db_file: Path = Path("harmledger-demo.db")) -> None:
    """The bundled sample reports into a fresh SQLite file, then its incidents table (for ``harmledger demo``)."""
    from importlib import resources

    for stale in (db_file, Path(f"{db_file}-wal"), Path(f"{db_file}-shm")):
        stale.unlink(missing_ok=True)
    samples = resources.files("harmledger").joinpath("samples")
    with Ledger(f"sqlite:///{db_file}") as ledger, resources.as_file(samples) as folder:
        summary = ledger.ingest_paths([folder], options=ReaderOptions(patterns=("*.txt",)))
        rows = ledger.incidents(limit=1000)
    err.print(f"demo: {summary.added} sample reports ingested into {db_file} ({summary.mentions} mentions, {len(rows)} incidents)")
    print_incidents(rows, len(rows), title=f"incidents in {db_file}")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command()(incidents)
    app.command()(export)


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint=option) from None


def _meta_columns(pairs: list[str]) -> dict[str, tuple[str, ...]]:
    columns = dict(META_COLUMNS)
    for pair in pairs:
        field, _, column = pair.partition("=")
        if field not in META_COLUMNS or not column:
            raise typer.BadParameter(f"{pair!r}: expected FIELD=COLUMN with FIELD one of {', '.join(META_COLUMNS)}", param_hint="--meta")
        columns[field] = (column,)
    return columns
