"""Polling feeds into the ledger: what is new in each, fetched politely, handed to the ledger's writer.

One pass polls each feed once (``watch --once``; the long-running watcher
makes one pass per interval) and is one ingest run. A feed that fails is
recorded, backed off and reported as a read error of the run; the next feed
is polled all the same.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from sqlalchemy import Connection

from harmledger.dates import utc_now
from harmledger.ingest.readers import Item
from harmledger.ledger import IngestSummary, Ledger
from harmledger.model import ReadError, Record
from harmledger.reading import MAX_BYTES
from harmledger.store.engine import for_writing
from harmledger.watch import state
from harmledger.watch.article import read_article
from harmledger.watch.config import Feed, WatchList
from harmledger.watch.events import emit
from harmledger.watch.fetch import FetchError, Fetched, PoliteClient
from harmledger.watch.listing import MAX_XML_BYTES, Entry, ListingError, read_listing

HOST_FAILURES_TO_REST = 3
"""Transient failures in a row after which a host is left alone until the next pass."""
MAX_CHILD_SITEMAPS = 20
"""Sitemaps read from one sitemap index in one pass (news sites index years of archives)."""


@dataclass
class FeedReport:
    """One feed's part of a pass: ``outcome`` polled, not_modified, backing_off or failed."""

    url: str
    outcome: str = "polled"
    new: int = 0
    fetched: int = 0
    errors: int = 0
    reason: str | None = None


@dataclass
class PassReport:
    summary: IngestSummary
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def failed_feeds(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.outcome == "failed"]


class FeedWatcher:
    """Polls ``watch_list``'s feeds into ``ledger``; ``stop`` (set on SIGTERM) ends a pass between two articles."""

    def __init__(self, ledger: Ledger, watch_list: WatchList, stop: threading.Event | None = None) -> None:
        self.ledger = ledger
        self.feeds = watch_list.feeds
        self.settings = watch_list.settings
        self.stop = stop or threading.Event()
        self.client = PoliteClient(self.settings, self.stop)

    def close(self) -> None:
        self.client.close()

    def run(self) -> None:
        """Poll each feed every ``interval`` seconds (its own, else the settings') until ``stop`` is set."""
        due_at = {feed.url: 0.0 for feed in self.feeds}
        while not self.stop.is_set():
            due = [feed for feed in self.feeds if due_at[feed.url] <= time.monotonic()]
            if due:
                self.poll(due)
                for feed in due:
                    due_at[feed.url] = time.monotonic() + (feed.interval if feed.interval is not None else self.settings.interval)
            self.stop.wait(max(0.0, min(due_at.values()) - time.monotonic()))

    def poll(self, feeds: list[Feed] | None = None) -> PassReport:
        """One pass over ``feeds`` (default all): one ingest run of every article new in them."""
        feeds = self.feeds if feeds is None else feeds
        reports: list[FeedReport] = []
        emit("pass.start", feeds=len(feeds))
        summary = self.ledger.ingest_records(self._items(feeds, reports), inputs=[feed.url for feed in feeds])
        report = PassReport(summary, reports)
        emit(
            "pass.done",
            run=summary.run_id, added=summary.added, skipped=summary.skipped, failed=summary.failed,
            feeds_failed=len(report.failed_feeds), stopped=self.stop.is_set() or None,
        )
        return report

    def _items(self, feeds: list[Feed], reports: list[FeedReport]) -> Iterator[Item]:
        for feed in feeds:
            if self.stop.is_set():
                return
            report = FeedReport(feed.url)
            reports.append(report)
            try:
                yield from self._feed_items(feed, report)
            except Exception as error:  # one failing feed never stops the others: record it, poll the next
                reason = f"{type(error).__name__}: {error}"
                self._failed(feed, report, reason)
                yield ReadError(feed.url, reason)

    def _feed_items(self, feed: Feed, report: FeedReport) -> Iterator[Item]:
        with self._writing() as connection:
            known = state.ensure_feed(connection, feed)
        if known["retry_after"] and known["retry_after"] > utc_now():  # nothing fetched for it, its pages included
            report.outcome = "backing_off"
            emit("feed.backing_off", url=feed.url, until=known["retry_after"].isoformat(timespec="seconds"), failures=known["failures"])
            return
        try:
            page, entries, validators = self._listing(feed, known)
        except ListingError as error:
            self._failed(feed, report, str(error))
            yield ReadError(feed.url, str(error))
            return
        except FetchError as error:
            self._failed(feed, report, error.reason, error.retry_after)
            yield ReadError(feed.url, error.reason)
            return
        with self._writing() as connection:
            report.new = state.list_entries(connection, feed.url, entries, utc_now())
            state.record_success(connection, feed.url, utc_now(), *validators)
        report.outcome = "not_modified" if page.not_modified else "polled"
        emit("feed.polled", url=feed.url, status=page.status, entries=len(entries), new=report.new)
        yield from self._articles(feed, report)

    def _listing(self, feed: Feed, known: dict) -> tuple[Fetched, list[Entry], tuple[str | None, str | None]]:
        """The feed's answer, its entries (none on a 304), and the validators to send next time."""
        page = self.client.get(feed.url, max_bytes=MAX_XML_BYTES, etag=known["etag"], last_modified=known["last_modified"])
        if page.not_modified:
            return page, [], (known["etag"], known["last_modified"])
        listing = read_listing(page.content, page.url, page.headers.get("content-type"))
        if listing.warning:
            emit("feed.malformed", logging.WARNING, url=feed.url, reason=listing.warning)
        validators = (page.headers.get("etag"), page.headers.get("last-modified"))
        if listing.kind != "sitemapindex":
            return page, listing.entries, validators
        # An index's validators say nothing of its sitemaps, which change under it: always fetch it whole.
        return page, self._sitemaps(feed, listing.entries), (None, None)

    def _sitemaps(self, feed: Feed, children: list[Entry]) -> list[Entry]:
        entries: list[Entry] = []
        if len(children) > MAX_CHILD_SITEMAPS:
            emit("feed.sitemaps_capped", logging.WARNING, url=feed.url, listed=len(children), read=MAX_CHILD_SITEMAPS)
        for child in children[:MAX_CHILD_SITEMAPS]:
            try:
                page = self.client.get(child.url, max_bytes=MAX_XML_BYTES)
                entries += read_listing(page.content, page.url, page.headers.get("content-type")).entries
            except (FetchError, ListingError) as error:
                emit("feed.sitemap_failed", logging.WARNING, url=feed.url, sitemap=child.url, reason=str(error))
        return entries

    def _articles(self, feed: Feed, report: FeedReport) -> Iterator[Item]:
        """The feed's links still to read, each fetched and read, or read already through another feed.

        A host that times out or answers 429/5xx ``HOST_FAILURES_TO_REST`` times
        in a row is left alone for the rest of the pass: its links stay to be
        read next time.
        """
        with self.ledger.engine.connect() as connection:
            todo = state.to_read(connection, feed.url, self.settings.max_attempts, self.settings.per_pass)
            elsewhere = state.read_elsewhere(connection, [item["url"] for item in todo])
        failing: Counter[str] = Counter()
        for item in todo:
            url, host = item["url"], urlsplit(item["url"]).netloc
            if self.stop.is_set():
                return
            if url in elsewhere:
                self._record(feed, url, "fetched", document_id=elsewhere[url], tried=False)
                continue
            if failing[host] >= HOST_FAILURES_TO_REST:
                continue
            try:
                page = self.client.get(url, max_bytes=MAX_BYTES)
            except FetchError as error:
                failing[host] = failing[host] + 1 if error.transient else 0
                yield self._fetch_failed(feed, item, error, report)
                continue
            failing[host] = 0
            yield from self._read(feed, item, page, report)

    def _fetch_failed(self, feed: Feed, item: dict, error: FetchError, report: FeedReport) -> ReadError:
        retry = error.transient and item["attempts"] + 1 < self.settings.max_attempts
        self._record(feed, item["url"], "error" if retry else "skipped", reason=error.reason)
        report.errors += 1
        emit("article.failed", logging.WARNING, url=item["url"], reason=error.reason, retry=retry)
        return ReadError(item["url"], error.reason)

    def _read(self, feed: Feed, item: dict, page: Fetched, report: FeedReport) -> list[Item]:
        found = read_article(page, source=feed.name, title=item["title"], published=item["published"])
        record = next((r for r in found if isinstance(r, Record)), None)
        if record is None:
            report.errors += 1
            self._record(feed, item["url"], "skipped", reason=found[0].reason)
            emit("article.skipped", logging.WARNING, url=item["url"], reason=found[0].reason)
        else:
            report.fetched += 1
            self._record(feed, item["url"], "fetched", document_id=record.id)
            emit("article.read", url=item["url"], document=record.id, title=record.title)
        return found

    def _writing(self) -> contextlib.AbstractContextManager[Connection]:
        """A transaction that writes feed state: each is short, and writes before it reads."""
        return for_writing(self.ledger.engine).begin()

    def _record(self, feed: Feed, url: str, status: str, **values) -> None:
        with self._writing() as connection:
            state.record_item(connection, feed.url, url, utc_now(), status, **values)

    def _failed(self, feed: Feed, report: FeedReport, reason: str, asked: float | None = None) -> None:
        report.outcome, report.reason = "failed", reason
        with self._writing() as connection:
            retry_after = state.record_failure(connection, feed.url, utc_now(), reason, self.settings, asked)
        emit("feed.failed", logging.WARNING, url=feed.url, reason=reason, retry_after=retry_after.isoformat(timespec="seconds"))

