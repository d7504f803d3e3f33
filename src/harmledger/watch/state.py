"""Each feed's state in the ledger: validators for conditional GETs, health and back-off, and the
links it has listed with what became of each.

An article is listed as ``pending`` as soon as its feed names it, so a watcher
killed half-way through a feed reads the rest next time even when the feed
answers 304; a link some feed has already read is not fetched again for another.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from itertools import islice
from typing import Any

from sqlalchemy import Connection, case, func, or_, select, update

from harmledger.store.schema import documents, feed_items, feeds
from harmledger.store.writer import insert_ignore
from harmledger.watch.config import Feed, Settings
from harmledger.watch.listing import Entry

TO_READ = ("pending", "error")


def ensure_feed(connection: Connection, feed: Feed) -> dict[str, Any]:
    """The feed's row (made on its first poll), its name brought up to date."""
    insert_ignore(connection, feeds, [{"url": feed.url, "name": feed.name, "failures": 0}])
    if feed.name:
        connection.execute(update(feeds).where(feeds.c.url == feed.url).values(name=feed.name))
    return dict(connection.execute(select(feeds).where(feeds.c.url == feed.url)).mappings().one())


def record_success(connection: Connection, url: str, now: datetime, etag: str | None, last_modified: str | None) -> None:
    connection.execute(
        update(feeds)
        .where(feeds.c.url == url)
        .values(etag=etag, last_modified=last_modified, last_polled=now, last_success=now, failures=0, retry_after=None)
    )


def record_failure(connection: Connection, url: str, now: datetime, reason: str, settings: Settings, asked: float | None = None) -> datetime:
    """Count the failure and set the back-off (``settings.backoff`` doubled per failure in a row, or
    longer if the server ``asked`` for more seconds with its Retry-After); its end.

    Written before anything is read, as in every transaction here: on SQLite a
    transaction that reads first cannot write once another watcher has.
    """
    failures = connection.execute(
        update(feeds)
        .where(feeds.c.url == url)
        .values(last_polled=now, last_error=reason, last_error_at=now, failures=feeds.c.failures + 1)
        .returning(feeds.c.failures)
    ).scalar_one()
    retry_after = now + timedelta(seconds=max(min(settings.backoff * 2 ** (failures - 1), settings.backoff_max), asked or 0))
    connection.execute(update(feeds).where(feeds.c.url == url).values(retry_after=retry_after))
    return retry_after


def list_entries(connection: Connection, feed_url: str, entries: Iterable[Entry], now: datetime) -> int:
    """Remember the feed's entries not seen in it before, as pending; how many were new."""
    rows = [
        {"feed_url": feed_url, "url": e.url, "status": "pending", "title": e.title, "published": e.published, "attempts": 0, "first_seen": now}
        for e in {e.url: e for e in entries}.values()
    ]
    if not rows:
        return 0
    dialect = importlib.import_module(f"sqlalchemy.dialects.{connection.dialect.name}")  # sqlite or postgresql: ON CONFLICT
    insert = dialect.insert(feed_items).on_conflict_do_nothing().returning(feed_items.c.url)
    return len(connection.execute(insert, rows).all())


def to_read(connection: Connection, feed_url: str, max_attempts: int, limit: int) -> list[dict[str, Any]]:
    """The feed's links still to read, oldest listed first, ``limit`` at most.

    A link read but whose document is not in the ledger is read again: the
    ledger checks a batch of articles before storing any, so a watcher killed
    in between has read links it never stored (its extraction failing also
    lands here, until ``max_attempts``).
    """
    query = (
        select(feed_items.c.url, feed_items.c.title, feed_items.c.published, feed_items.c.attempts)
        .select_from(feed_items.outerjoin(documents, documents.c.id == feed_items.c.document_id))
        .where(
            feed_items.c.feed_url == feed_url,
            feed_items.c.attempts < max_attempts,
            or_(feed_items.c.status.in_(TO_READ), (feed_items.c.status == "fetched") & documents.c.id.is_(None)),
        )
        .order_by(feed_items.c.first_seen, feed_items.c.url)
        .limit(limit)
    )
    return [dict(row) for row in connection.execute(query).mappings()]


def read_elsewhere(connection: Connection, urls: Iterable[str]) -> dict[str, str]:
    """``{url: document_id}`` for the links some feed has read (should its document never be stored,
    ``to_read`` offers the link again)."""
    found = {}
    for batch in _batches(urls):
        query = select(feed_items.c.url, feed_items.c.document_id).where(feed_items.c.url.in_(batch), feed_items.c.status == "fetched")
        found.update((row.url, row.document_id) for row in connection.execute(query))
    return found


def record_item(
    connection: Connection,
    feed_url: str,
    url: str,
    now: datetime,
    status: str,
    *,
    document_id: str | None = None,
    reason: str | None = None,
    tried: bool = True,
) -> None:
    values: dict[str, Any] = {"status": status, "document_id": document_id, "reason": reason}
    if tried:
        values |= {"attempts": feed_items.c.attempts + 1, "last_tried": now}
    connection.execute(update(feed_items).where(feed_items.c.feed_url == feed_url, feed_items.c.url == url).values(**values))


def feed_health(connection: Connection) -> list[dict[str, Any]]:
    """Every feed's state with its links counted by what became of them (for ``harmledger feeds``)."""
    tallies = {
        status: func.count(case((feed_items.c.status == status, 1))).label(status) for status in ("pending", "fetched", "error", "skipped")
    }
    query = (
        select(feeds, *tallies.values())
        .select_from(feeds.outerjoin(feed_items, feed_items.c.feed_url == feeds.c.url))
        .group_by(*feeds.c)
        .order_by(feeds.c.url)
    )
    return [plain(dict(row)) for row in connection.execute(query).mappings()]


def plain(row: dict[str, Any]) -> dict[str, Any]:
    """The row with its dates and times as ISO strings, ready for JSON and tables."""
    return {k: _iso(v) if isinstance(v, (date, datetime)) else v for k, v in row.items()}


def _iso(value: date | datetime) -> str:
    return value.isoformat(timespec="seconds") if isinstance(value, datetime) else value.isoformat()


def _batches(urls: Iterable[str], size: int = 500) -> Iterator[list[str]]:
    """``urls`` a few hundred at a time: a sitemap lists up to 50,000, more than SQLite binds in one query."""
    iterator = iter(urls)
    while batch := list(islice(iterator, size)):
        yield batch
