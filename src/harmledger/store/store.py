"""``Store``: the ledger's database, which only persists and queries (SQLite or PostgreSQL).

The pipeline's stages are run by ``harmledger.ledger.Ledger`` above this; nothing here
reads, extracts or links.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import astuple, dataclass
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Connection, Engine, select

from harmledger.model import BODY
from harmledger.store import query, rows
from harmledger.store.cache import StateCache
from harmledger.store.engine import for_writing, open_engine, resolve_url, shown
from harmledger.store.query import IncidentFilter
from harmledger.store.schema import documents, mentions, spans


@dataclass(frozen=True)
class Page:
    """A page of incidents as the API sends it: ``rows`` is the JSON array of their rows, encoded."""

    state: str
    """The ledger's epoch and version: the same for every answer until an incident changes (an ETag)."""
    total: int
    rows: bytes


class Store:
    """The database behind a ledger.

    ``url`` is a SQLAlchemy URL (``sqlite:///file.db``, ``postgresql+psycopg://...``)
    or a plain path to a SQLite file; by default ``$HARMLEDGER_DB``, else
    ``./harmledger.db``. The schema is created or migrated on open.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.engine: Engine = open_engine(self.url)
        self.cache = StateCache()
        """Pages and totals for the ledger's current state (``rows.state``): see ``store/cache.py``."""
        self._rebuild_stale_rows()

    def __repr__(self) -> str:
        return f"{type(self).__name__}({shown(self.url)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def incidents(self, filters: IncidentFilter | None = None, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """A page of linked incidents, newest first (by event date, else published date); see ``query``
        for a row's fields (the lead mention's place, date and evidence, the reconciled figures, ``sources``)."""
        with self.engine.connect() as connection:
            return [json.loads(row) for row in rows.page_rows(connection, filters, limit, offset)]

    def incident_page(self, filters: IncidentFilter | None = None, limit: int = 100, offset: int = 0) -> Page:
        """A page with its total as the API sends it: the stored rows joined, no row decoded
        (``store/rows.py``); answered from the cache while no incident has changed."""
        key = ("page", _key(filters), limit, offset)
        with self.engine.connect() as connection:  # one read transaction: the state, the total and the rows agree
            state = rows.state(connection)
            page = self.cache.get(state, key)
            if page is None:
                found = ",".join(rows.page_rows(connection, filters, limit, offset))
                page = Page(f"{state[0]}-{state[1]}", self._count(connection, state, filters), f"[{found}]".encode())
                self.cache.put(state, key, page, len(page.rows))
        return page

    def iter_incidents(self, filters: IncidentFilter | None = None) -> Iterator[dict[str, Any]]:
        """Every selected incident, in id order, streamed (for exports)."""
        with self.engine.connect() as connection:
            yield from query.iter_incident_rows(connection, filters)

    def count_incidents(self, filters: IncidentFilter | None = None) -> int:
        with self.engine.connect() as connection:
            return self._count(connection, rows.state(connection), filters)

    def _count(self, connection: Connection, state: tuple[str, int], filters: IncidentFilter | None) -> int:
        """The number of incidents ``filters`` select: a scan of an index (6 ms at 100,000 incidents), so kept
        for the state it was counted in (a page's every offset has the same total)."""
        key = ("count", _key(filters))
        total = self.cache.get(state, key)
        if total is None:
            total = query.count_rows(connection, filters)
            self.cache.put(state, key, total, 64)
        return total

    def _rebuild_stale_rows(self) -> None:
        """Store every incident's list row anew when they are of another format than this code's (a ledger
        upgraded from before migration 0010, or a change of the row's shape): checked by a read, so opening
        a ledger whose rows are current takes no write lock."""
        with self.engine.connect() as connection:
            if not rows.stale(connection):
                return
        with for_writing(self.engine).begin() as connection:
            if rows.stale(connection):  # another process may have rebuilt them meanwhile
                rows.rebuild(connection)

    def incident_of_mention(self, mention_id: str) -> str | None:
        """The incident a mention (``<document>-<ordinal>``, the ids rows had before linking) is part of now."""
        with self.engine.connect() as connection:
            return connection.scalar(select(mentions.c.incident_id).where(mentions.c.id == mention_id))

    def document(self, id: str) -> dict[str, Any] | None:
        """A document's text, its mentions (each with its ``incident_id``), and every evidence span to highlight (sorted by offset)."""
        with self.engine.connect() as connection:
            meta = self._document_meta(connection, id, with_text=True)
            if meta is None:
                return None
            meta["mentions"] = query.rows_where(connection, mentions.c.document_id == id)
            highlights = select(spans, mentions.c.ordinal).join(mentions, mentions.c.id == spans.c.mention_id).where(mentions.c.document_id == id)
            meta["highlights"] = sorted(
                (
                    {"start": s["start"], "end": s["end"], "text": s["text"], "part": s["part"], "mention_id": s["mention_id"], "role": s["role"]}
                    for s in connection.execute(highlights).mappings()
                ),
                key=lambda h: (h["part"] != BODY, h["start"], h["end"], h["mention_id"], h["role"]),
            )
            return meta

    def daily_stats(self, filters: IncidentFilter | None = None) -> list[dict[str, Any]]:
        """``[{date, killed, injured}]`` per day, each incident's reconciled best counted once (no aggregates, no history)."""
        with self.engine.connect() as connection:
            return query.daily(connection, filters)

    def export(self, fmt: str, out: str | Path | IO[str], filters: IncidentFilter | None = None) -> int:
        """Write the incidents in ``fmt`` (see ``harmledger.store.export.FORMATS``); the number written."""
        from harmledger.store.export import export

        return export(self, fmt, out, filters)

    def _document_meta(self, connection: Connection, id: str, with_text: bool = False) -> dict[str, Any] | None:
        columns = [c for c in documents.c if with_text or c.name != "text"]
        row = connection.execute(select(*columns).where(documents.c.id == id)).mappings().first()
        if row is None:
            return None
        out = dict(row)
        for key in ("published", "ingested_at"):
            out[key] = out[key].isoformat() if out.get(key) else None
        return out


def _key(filters: IncidentFilter | None) -> tuple:
    return astuple(filters) if filters is not None else ()
