"""Writing one document and its mentions: one transaction, nothing written twice.

A figure too wide for the ledger's 64-bit count columns never reaches the
database: the writer refuses the document with ``RecordRefused`` (SQLite would
raise a bare OverflowError, PostgreSQL an "out of range" error), and the
ledger records it as that document's error and goes on.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Table, select
from sqlalchemy.dialects import postgresql, sqlite

from harmledger.dates import parse_date
from harmledger.model import ReadError, Record
from harmledger.model import Count, Mention, Place
from harmledger.store.prepared import Prepared
from harmledger.store.schema import COUNT_MAX, counts, documents, ingest_errors, mentions, places, sources, spans


class RecordRefused(ValueError):
    """A document the ledger cannot store as it is; the message says which value and why."""


@dataclass(frozen=True)
class Written:
    """The rows ``write_document`` stored for one document, table by table: the linker builds what it would read back
    of a document it has just been given (its mentions, their figures, spans and named sources) from these instead,
    some four statements a report (``linking.written_mentions``)."""

    document: dict[str, Any]
    mentions: list[dict[str, Any]] = field(default_factory=list)
    counts: list[dict[str, Any]] = field(default_factory=list)
    spans: list[dict[str, Any]] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)
    places: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Place id → its row, as stored (a place's id hashes its fields, so a row stored before is the same)."""

    def mention_ids(self) -> frozenset[str]:
        return frozenset(m["id"] for m in self.mentions)


def write_document(connection: Connection, record: Record, found: list[Mention], run_id: int | None, now: datetime) -> Written | None:
    """Store ``record`` with its mentions: the rows written; None (and nothing written) when it is already stored.

    The caller wraps this in one transaction, so a kill at any point leaves the
    document either whole or absent. Raises ``RecordRefused`` before writing anything
    when a figure is wider than the count columns.
    """
    _check_figures(found)
    row = {
        "id": record.id,
        "text": record.text,
        "source": record.source,
        "url": record.url,
        "title": record.title,
        "published": record.published,
        "published_at": record.published_at,
        "language": record.language or "en",
        "origin": record.where,
        "ingested_at": now,
        "run_id": run_id,
    }
    inserted = connection.execute(_dialect(connection).insert(documents).on_conflict_do_nothing().returning(documents.c.id), row)
    if inserted.first() is None:
        return None
    mention_rows, count_rows, span_rows, source_rows, place_rows = [], [], [], [], {}
    for ordinal, mention in enumerate(found, start=1):
        mention_id = f"{record.id}-{ordinal}"
        place_id = None
        if mention.place is not None:
            place_id = place_key(mention.place)
            place_rows[place_id] = _place_row(place_id, mention.place)
            span_rows += _span_rows(mention_id, "place", [mention.place.span])
        if mention.when is not None:
            span_rows += _span_rows(mention_id, "when", [mention.when.span])
        for slot, count in mention.counts().items():
            count_rows.append(_count_row(mention_id, slot, count))
            span_rows += _span_rows(mention_id, slot, [count.span])
        span_rows += _span_rows(mention_id, "evidence", mention.evidence)
        source_rows += [{"mention_id": mention_id, "ordinal": n, "name": name} for n, name in enumerate(mention.sources, start=1)]
        mention_rows.append(_mention_row(mention_id, record, ordinal, mention, place_id))
    if place_rows:
        insert_ignore(connection, places, list(place_rows.values()))
    for table, rows in ((mentions, mention_rows), (counts, count_rows), (spans, span_rows), (sources, source_rows)):
        if rows:
            connection.execute(table.insert(), rows)
    return Written(row, mention_rows, count_rows, span_rows, source_rows, place_rows)


def _check_figures(found: list[Mention]) -> None:
    for ordinal, mention in enumerate(found, start=1):
        for slot, count in mention.counts().items():
            for name in ("value", "low", "best", "high", "children"):
                number = getattr(count, name)
                if number is not None and abs(number) > COUNT_MAX:
                    raise RecordRefused(f"mention {ordinal}: the {slot} figure {number:,} is wider than the ledger's counts hold (at most {COUNT_MAX:,})")


def write_error(connection: Connection, error: ReadError, run_id: int | None, now: datetime) -> None:
    connection.execute(
        ingest_errors.insert(),
        {"run_id": run_id, "origin": error.origin, "line": error.line, "level": error.level, "reason": error.reason, "at": now},
    )


def stored_runs(connection: Connection, ids: set[str]) -> dict[str, int | None]:
    """Which of ``ids`` are stored already, each with the run that stored it (one query for a chunk of records)."""
    if not ids:
        return {}
    return dict(connection.execute(select(documents.c.id, documents.c.run_id).where(documents.c.id.in_(ids))).all())


def insert_ignore(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows``, skipping those whose key is already there."""
    _insert_ignore_statement(connection.dialect.name, table).run(connection, rows)


@lru_cache(maxsize=64)
def _insert_ignore_statement(dialect: str, table: Table) -> Prepared:
    """The insert of ``insert_ignore``, built once per table (the linker inserts keys for every report)."""
    return Prepared(_DIALECTS[dialect].insert(table).on_conflict_do_nothing())


def upsert(connection: Connection, table: Table, row: dict[str, Any], key: list[str]) -> None:
    """Insert ``row``, or update the row with the same ``key`` to it."""
    upsert_all(connection, table, [row], key)


def upsert_all(connection: Connection, table: Table, rows: list[dict[str, Any]], key: list[str]) -> None:
    """Insert ``rows`` (all with the same columns), or update those with the same ``key`` to them."""
    if rows:
        _upsert_statement(connection.dialect.name, table, tuple(rows[0]), tuple(key)).run(connection, rows)


@lru_cache(maxsize=256)
def _upsert_statement(dialect: str, table: Table, columns: tuple[str, ...], key: tuple[str, ...]) -> Prepared:
    """The upsert of ``columns`` into ``table``, built once per shape (the linker saves an incident per report)."""
    statement = _DIALECTS[dialect].insert(table)
    changed = {name: statement.excluded[name] for name in columns if name not in key}
    return Prepared(statement.on_conflict_do_update(index_elements=list(key), set_=changed) if changed else statement.on_conflict_do_nothing())


_DIALECTS = {"sqlite": sqlite, "postgresql": postgresql}


def _dialect(connection: Connection) -> Any:
    return _DIALECTS[connection.dialect.name]


def place_key(place: Place) -> str:
    """The same place always gets the same id, whichever document names it first."""
    fields = (place.geonames_id, place.name, place.admin1, place.country, place.lat, place.lon, place.precision)
    return hashlib.sha256(repr(fields).encode("utf-8")).hexdigest()[:32]


def _place_row(place_id: str, place: Place) -> dict[str, Any]:
    return {
        "id": place_id,
        "geonames_id": place.geonames_id,
        "name": place.name,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "precision": place.precision,
    }


def _mention_row(mention_id: str, record: Record, ordinal: int, mention: Mention, place_id: str | None) -> dict[str, Any]:
    when, place = mention.when, mention.place
    return {
        "id": mention_id,
        "document_id": record.id,
        "ordinal": ordinal,
        "kind": mention.kind,
        "background": bool(mention.background),
        "event_type": mention.event_type,
        "sub_event_type": mention.sub_event_type,
        "weapon": mention.weapon,
        "target": mention.target,
        "perpetrator": mention.perpetrator,
        "attribution": mention.attribution,
        "confidence": mention.confidence,
        "place_id": place_id,
        "when_start": parse_date(when.start) if when else None,
        "when_end": parse_date(when.end) if when else None,
        "when_precision": when.precision if when else None,
        "event_date": (parse_date(when.start) if when else None) or record.published,
        "killed": best_figure(mention.killed),
        "injured": best_figure(mention.injured),
        "country": place.country.upper() if place and place.country else None,
        "admin1": place.admin1 if place else None,
        "lat": place.lat if place else None,
        "lon": place.lon if place else None,
    }


def _count_row(mention_id: str, slot: str, count: Count) -> dict[str, Any]:
    return {
        "mention_id": mention_id,
        "slot": slot,
        "value": count.value,
        "qualifier": count.qualifier,
        "low": count.low,
        "best": count.best,
        "high": count.high,
        "children": count.children,
        "civilians": count.civilians,
        "military": count.military,
        "speaker": count.speaker,
    }


def _span_rows(mention_id: str, role: str, found: list) -> list[dict[str, Any]]:
    return [
        {"mention_id": mention_id, "role": role, "ordinal": n, "start": s.start, "end": s.end, "text": s.text, "part": s.part}
        for n, s in enumerate((s for s in found if s is not None), start=1)
    ]


def best_figure(count: Count | None) -> int | None:
    """The figure sums and filters use: ``best`` per DESIGN.md's conventions, else the stated value."""
    if count is None:
        return None
    return count.best if count.best is not None else count.value
