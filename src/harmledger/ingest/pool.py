"""Extraction for a stream of records: inline, or in worker processes feeding one writer.

Results come back in input order, and only a bounded number of chunks is in
flight at once, so memory stays flat however long the input is (``Pool.imap``
would read the whole input ahead into its task queue).
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice

from harmledger.ingest.readers import Item
from harmledger.model import ReadError, Record
from harmledger.model import Mention

CHUNK = 16
CHUNKS_IN_FLIGHT_PER_WORKER = 3


@dataclass(frozen=True)
class Extracted:
    record: Record
    mentions: list[Mention]
    fingerprint: str | None = None
    """The document's linking fingerprint (JSON), computed here so the single writer only compares."""


Result = Extracted | ReadError


def extract_stream(items: Iterable[Item], workers: int = 1) -> Iterator[Result]:
    """Each record with its mentions (read errors pass through), in input order."""
    if workers <= 1:
        for item in items:
            yield _extract_one(item)
        return
    iterator = iter(items)
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        warm_up()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_die_with_parent) as pool:
        pending: deque[Future[list[Result]]] = deque()
        try:
            while True:
                while len(pending) < workers * CHUNKS_IN_FLIGHT_PER_WORKER:
                    chunk = list(islice(iterator, CHUNK))
                    if not chunk:
                        break
                    pending.append(pool.submit(_extract_chunk, chunk))
                if not pending:
                    return
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


WARM_UP = "Two people were killed in Kyiv on Monday, police said."


def warm_up() -> None:
    """One extraction before forking, so that what extract loads lazily (word tables, the
    gazetteer) is loaded once and shared copy-on-write, not once per worker."""
    from harmledger.extract import extract

    try:
        extract(WARM_UP)
    except Exception:  # a broken extractor shows up, record by record, in the ingest itself
        pass


def _die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when the writer dies (kill -9 included), instead of lingering."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _extract_chunk(chunk: list[Item]) -> list[Result]:
    return [_extract_one(item) for item in chunk]


def _extract_one(item: Item) -> Result:
    if isinstance(item, ReadError):
        return item
    from harmledger.extract import extract
    from harmledger.link import fingerprint

    try:
        found = extract(item.text, item.published)
        return Extracted(item, found, fingerprint(item.text, found, title=item.title, url=item.url, published=item.published).to_json())
    except Exception as error:  # one bad article must not stop the batch: record it and go on
        return ReadError(item.origin, f"extraction failed ({type(error).__name__}: {error})", item.line)
