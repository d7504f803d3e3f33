"""``Ledger``: the Python API, and the orchestrator of ingest → extract → link → store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import partial
from itertools import islice
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, update
from sqlalchemy.exc import DataError, OperationalError

from harmledger.dates import parse_date, read_instant, utc_now
from harmledger.ingest.pool import Extracted, checked_workers, extract_stream
from harmledger.ingest.readers import Item, ReaderOptions, path_name, read_paths
from harmledger.link import Linker, fingerprint
from harmledger.link.report import describe
from harmledger.model import COUNT_SLOTS, Mention, ReadError, Record, document_id
from harmledger.reading import lone_surrogate, lone_surrogate_problem
from harmledger.store.engine import LedgerError, db_reason, for_writing, shown
from harmledger.store import linking, query, runs
from harmledger.store.export import FORMATS
from harmledger.store.export import _opened as opened  # the store's own opening of a path, "-" or a handle
from harmledger.store.query import IncidentFilter
from harmledger.store.schema import ingest_runs, mentions
from harmledger.store.store import Store
from harmledger.store.writer import RecordRefused, stored_runs, write_document, write_error

Stream = Callable[[Iterable[Item]], Iterable[Extracted | ReadError]]
"""Extraction over a stream of read items: results (or read errors) out, in input order."""

GOLD_FORMAT = "gold"
"""The export format the ledger adds to the store's (``EXPORT_FORMATS``)."""
EXPORT_FORMATS = (*FORMATS, GOLD_FORMAT)
MAX_ERRORS_KEPT = 200
"""Messages an ``IngestSummary`` keeps in memory; every error is in the ``ingest_errors`` table."""


@dataclass
class IngestSummary:
    """What one ingest run did."""

    run_id: int | None = None
    added: int = 0
    skipped: int = 0
    """Documents stored before this run."""
    duplicates: int = 0
    """Documents that came again within this run's input (stored once, at their first appearance)."""
    failed: int = 0
    warnings: int = 0
    mentions: int = 0
    errors: list[str] = field(default_factory=list)
    status: str = "running"

    def as_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in ("run_id", "status", "added", "skipped", "duplicates", "failed", "warnings", "mentions", "errors")}


class Ledger(Store):
    """The orchestrator: reads inputs, extracts their incidents, links them, and hands rows to its store.

    Queries (``incidents``, ``document``, ``daily_stats``, ``export``) are the store's; ``incident``, which
    reads the link stage's claims and history, is here.
    Opening a ledger links any mentions stored before linking existed.
    """

    def __init__(self, url: str | None = None) -> None:
        super().__init__(url)
        self.linker = Linker()
        self._unclosed: list[tuple[IngestSummary, datetime]] = []
        """Runs of this ledger whose end the database refused (locked, or gone, then): written as the next run begins."""
        with self.engine.connect() as connection:  # a read first: opening a linked ledger takes no write lock
            pending = linking.unlinked_documents(connection)
        if pending:
            with for_writing(self.engine).begin() as connection:
                self.linker.link_pending(connection)

    # ---- one incident ---------------------------------------------------------

    def incident(self, id: str) -> dict[str, Any] | None:
        """One linked incident: its row (as ``incidents`` gives it) plus

        - ``claims``: every figure every source gave (document, published, published_at, speaker, slot, value,
          qualifier, low/best/high, children, background), in publication order, each with its
          report's ``source``, ``title``, ``url`` and the ``span`` of its words;
        - ``history``: one entry per report in publication order (by day, then by the time of day where the
          source gave one: ``published_at``, ISO in UTC with Z) with the figures it gave, and the
          ``mention_id`` that opens its evidence;
        - ``figures``: the reconciled low / best / high per slot (``link/reconcile.py``);
        - ``document``: the lead mention's report (metadata);
        - ``mentions``: the incident's mentions in publication order, each with its ``document``'s
          metadata (no text: ``document(id)`` has it, with the spans to highlight).

        An incident review merged into another gives the one it lives on in (through merges of merges; its
        ``id`` says which), as the API's redirect does: the caller asked for that event, which now has those
        reports, and a merged row alone has no mentions left to show (it had raised ``KeyError``).
        """
        with self.engine.connect() as connection:
            id = query.survivor_of(connection, id) or id
            found = query.incident_rows_by_id(connection, [id])
            described = describe(connection, id) if found else None
            if described is None:
                return None
            members = query.rows_where(connection, mentions.c.incident_id == id)
            metas = {d: self._document_meta(connection, d) for d in {m["document_id"] for m in members}}
        members.sort(key=lambda m: (m["published"] or "9999", m["document_id"], m["id"]))
        for member in members:
            member["document"] = metas[member["document_id"]]
        row = found[0]
        row["document"] = metas[row["document_id"]]  # the lead mention's report
        row["mentions"] = members
        row["claims"] = [_claim(c, members) for c in described["claims"]]
        row["claims"].sort(key=lambda c: (c["published"] or "9999", c["published_at"] or "~", c["document_id"], c["mention_id"], COUNT_SLOTS.index(c["slot"])))
        row["history"] = [_step(h, members) for h in described["history"]]
        row["figures"] = described["figures"]
        return row

    # ---- ingest -------------------------------------------------------------

    def ingest_paths(
        self,
        paths: Iterable[str | Path],
        *,
        workers: int = 1,
        published: date | str | None = None,
        progress: bool = False,
        options: ReaderOptions | None = None,
        on_result: Callable[[IngestSummary], None] | None = None,
        stream: Stream | None = None,
    ) -> IngestSummary:
        """Read, extract and store every article of ``paths``; bad inputs are recorded and skipped.

        Each document is written in its own transaction and already-stored
        documents are skipped before extraction, so a run that was killed can
        simply be started again.
        """
        paths = [str(p) for p in paths]
        options = options or ReaderOptions()
        if published is not None:
            options = replace(options, published=parse_date(published), published_at=read_instant(published))
        bar = None
        if progress:
            from harmledger.ingest.progress import IngestProgress

            bar = IngestProgress(paths, options)
        return self.ingest_records(read_paths(paths, options), inputs=paths, workers=workers, stream=stream, bar=bar, on_result=on_result)

    def ingest_records(
        self,
        items: Iterable[Item],
        *,
        inputs: list[str],
        workers: int = 1,
        stream: Stream | None = None,
        bar: Any = None,
        on_result: Callable[[IngestSummary], None] | None = None,
    ) -> IngestSummary:
        """One ingest run over records read elsewhere (a feed, a watched folder); ``inputs`` names them in ``ingest_runs``.

        ``stream`` runs the extraction (default: ``extract_stream`` on ``workers``
        processes; a Dask cluster's in ``harmledger.ingest.dask``); whatever runs
        it, every result is written here, by this one writer, in input order.
        """
        if stream is None:
            checked_workers(workers)  # before the run's row: a refused number of processes starts no run
        with for_writing(self.engine).connect() as connection:
            try:
                self._close_unclosed(connection)
                summary = IngestSummary(run_id=self._start_run(connection, inputs))
            except OperationalError as error:  # another writer kept the lock past the busy timeout, a server went away
                raise LedgerError(f"{shown(self.url)}: the ingest could not begin ({db_reason(error)}); nothing was stored: "
                                  "run it again") from None
            heartbeat = runs.Heartbeat(summary.run_id)
            items = self._unseen(connection, items, summary, bar, heartbeat)
            try:
                if bar:
                    bar.start()
                for result in (stream or partial(extract_stream, workers=workers))(items):
                    self._store(connection, result, summary)
                    heartbeat(connection)
                    if bar:
                        bar.advance(summary)
                    if on_result:
                        on_result(summary)
                summary.status = "done"
            except OperationalError as error:
                summary.status = "failed"
                self._close_or_keep(connection, summary)  # a connection that still answers closes the run and gives its lock back
                raise LedgerError(
                    f"{shown(self.url)}: the database stopped answering ({db_reason(error)}); "
                    f"{summary.added} {'document was' if summary.added == 1 else 'documents were'} stored before and "
                    f"{'is' if summary.added == 1 else 'are'} kept: run the same ingest again to go on"
                ) from None
            except BaseException as error:
                summary.status = "interrupted" if isinstance(error, KeyboardInterrupt) else "failed"
                self._close_or_keep(connection, summary)  # the original error is the one to report
                raise
            finally:
                if bar:
                    bar.stop()
            self._finish_run(connection, summary)
        return summary

    def ingest_text(
        self,
        text: str,
        *,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: date | str | None = None,
    ) -> tuple[str, bool]:
        """Extract and store one article; ``(document_id, added)``, added False when it was already stored."""
        from harmledger.extract import extract

        return self.add(text, extract(text, parse_date(published), title=title), source=source, url=url, title=title, published=published)

    def add(
        self,
        text: str,
        found: list[Mention],
        *,
        source: str | None = None,
        url: str | None = None,
        title: str | None = None,
        published: date | str | None = None,
    ) -> tuple[str, bool]:
        """Store one article with mentions extracted elsewhere (an import, a re-run, a test)."""
        if not text or not text.strip():
            raise ValueError("cannot store an empty text")
        for value in (text, title, source, url):
            if value and (lone := lone_surrogate(value)):  # no hash or database takes it
                raise RecordRefused(f"{source or url or '<text>'}: not stored: {lone_surrogate_problem(lone)}")
        record = Record(text=text, origin=source or url or "<text>", source=source, url=url, title=title, published=parse_date(published),
                        published_at=read_instant(published))
        document_print = fingerprint(text, found, title=title, url=url, published=record.published).to_bytes()
        try:
            with for_writing(self.engine).begin() as connection:
                written = write_document(connection, record, found, None, utc_now())
                if written is not None:
                    self.linker.link_document(connection, record.id, document_print, written)
        except DataError as error:
            raise RecordRefused(f"{record.origin}: not stored: {db_reason(error)}") from None
        return record.id, written is not None

    def export(self, fmt: str, out: str | Path | IO[str], filters: IncidentFilter | None = None) -> int:
        """The store's formats, and ``gold``: the reviewed incidents as eval records (``review/gold.py``),
        read from documents and reviews rather than incident rows, so it takes no filters."""
        if fmt != GOLD_FORMAT:
            return super().export(fmt, out, filters)
        if filters not in (None, IncidentFilter()):
            raise ValueError("the gold export writes every judged document: it takes no filters")
        from harmledger.review.gold import write_gold

        with opened(out) as handle:
            return write_gold(self.engine, handle)

    def _unseen(
        self, connection: Connection, items: Iterable[Item], summary: IngestSummary, bar: Any, heartbeat: runs.Heartbeat
    ) -> Iterator[Item]:
        """``items`` less the documents already stored (checked a chunk at a time, before extraction). The run
        beats here too: a long stretch of stored records (a re-run of a big feed) stores nothing to beat by."""
        iterator = iter(items)
        while chunk := list(islice(iterator, 64)):
            known = {i.id: _stored_ids(i) for i in chunk if isinstance(i, Record)}
            with connection.begin():
                stored = stored_runs(connection, {id for ids in known.values() for id in ids})
            for item in chunk:
                if isinstance(item, Record) and (seen := next((id for id in known[item.id] if id in stored), None)):
                    _count_seen(summary, stored[seen])
                    if bar:
                        bar.advance(summary)
                else:
                    yield item
            heartbeat(connection)

    def _store(self, connection: Connection, result: Extracted | ReadError, summary: IngestSummary) -> None:
        if isinstance(result, ReadError):
            self._record_error(connection, result, summary)
            return
        record = result.record
        try:
            with connection.begin():  # the document's own transaction: refused, it leaves nothing behind
                written = write_document(connection, record, result.mentions, summary.run_id, utc_now())
                if written is not None:
                    self.linker.link_document(connection, record.id, result.fingerprint, written)
        except (RecordRefused, DataError) as error:
            # A value this document carries is refused (a figure too wide, a NUL character on
            # PostgreSQL): that is this record's error, not the run's. Anything else (a lost
            # connection, a constraint the writer should have kept) still stops the run.
            self._record_error(connection, ReadError(record.origin, f"not stored: {db_reason(error)}", record.line), summary)
            return
        if written is not None:
            summary.added += 1
            summary.mentions += len(result.mentions)
            for note in result.warnings:
                self._record_error(connection, ReadError(record.origin, note, record.line, level="warning"), summary)
        else:  # stored since the check before extraction: by this run (a repeat in its input) or another
            with connection.begin():
                _count_seen(summary, stored_runs(connection, {record.id}).get(record.id))

    def _record_error(self, connection: Connection, error: ReadError, summary: IngestSummary) -> None:
        with connection.begin():
            write_error(connection, error, summary.run_id, utc_now())
        if error.level == "error":
            summary.failed += 1
        else:
            summary.warnings += 1
        if len(summary.errors) < MAX_ERRORS_KEPT:
            summary.errors.append(f"{error.level}: {error}")

    def _start_run(self, connection: Connection, paths: list[str]) -> int:
        """A new run's row, owned by this process (``store/runs.py``); runs whose process died are marked interrupted first."""
        runs.mark_dead_runs(connection)
        with connection.begin():
            result = connection.execute(
                ingest_runs.insert().values(started_at=utc_now(), status="running", inputs="\n".join(map(path_name, paths)), added=0, skipped=0, failed=0,
                                            warnings=0, **runs.owner())
            )
            run_id = result.inserted_primary_key[0]
            runs.hold(connection, run_id)  # before the row is seen, so no one takes the new run for a dead one
            return run_id

    def _close_or_keep(self, connection: Connection, summary: IngestSummary) -> None:
        """Write a stopped run's end; where the database refuses that too, keep it, with the time it stopped, for the
        next run to write: else its row says 'running' for as long as this process lives (a watcher's, a server's),
        though nothing runs, and written later it would end when the next run began."""
        stopped = utc_now()
        try:
            self._finish_run(connection, summary, stopped)
        except Exception:
            self._unclosed.append((summary, stopped))

    def _close_unclosed(self, connection: Connection) -> None:
        while self._unclosed:
            self._finish_run(connection, *self._unclosed[0])
            self._unclosed.pop(0)

    def _finish_run(self, connection: Connection, summary: IngestSummary, finished_at: datetime | None = None) -> None:
        """Write the run's end: its counts, its status and when it ended (now, unless it stopped earlier)."""
        if connection.in_transaction():
            connection.rollback()
        with connection.begin():
            connection.execute(
                update(ingest_runs)
                .where(ingest_runs.c.id == summary.run_id)
                .values(finished_at=finished_at or utc_now(), status=summary.status, added=summary.added,
                        skipped=summary.skipped + summary.duplicates, failed=summary.failed, warnings=summary.warnings)
            )
            runs.release(connection, summary.run_id)


def _claim(claim: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    """A claim with the report it comes from and the words it was read from."""
    member = next(m for m in members if m["id"] == claim["mention_id"])
    count = member.get(claim["slot"]) or {}
    document = member["document"] or {}
    return {**claim, "source": member["source"], "title": document.get("title"), "url": document.get("url"), "span": count.get("span")}


def _step(step: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    """A history entry with its report's names and the mention whose evidence it opens (told as new first)."""
    told = sorted((m for m in members if m["document_id"] == step["document_id"]), key=lambda m: (m["background"], m["id"]))
    lead = told[0] if told else None
    return {**step, "mention_id": lead and lead["id"], "source": lead and lead["source"], "title": lead and lead["title"]}


def _stored_ids(record: Record) -> tuple[str, ...]:
    """The ids a record may be stored under: its own, and for a titled record the id of its text alone,
    under which ledgers stored it before extraction read titles (``model.document_id``)."""
    return (record.id, document_id(record.text)) if record.title else (record.id,)


def _count_seen(summary: IngestSummary, stored_by_run: int | None) -> None:
    """A document found stored: a duplicate within the input when this run stored it, else skipped."""
    if stored_by_run is not None and stored_by_run == summary.run_id:
        summary.duplicates += 1
    else:
        summary.skipped += 1
