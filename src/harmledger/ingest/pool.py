"""Extraction for a stream of records: inline, or in worker processes feeding one writer
(``harmledger.ingest.dask`` sends the same chunks to a Dask cluster instead).

Results come back in input order, and only a bounded number of chunks is in
flight at once, so memory stays flat however long the input is (``Pool.imap``
would read the whole input ahead into its task queue).
"""

from __future__ import annotations

import multiprocessing
import os
import warnings
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Protocol

from harmledger.ingest.readers import Item
from harmledger.model import ReadError, Record
from harmledger.model import Mention

CHUNK = 16
CHUNKS_IN_FLIGHT_PER_WORKER = 3
WORKERS_PER_CORE = 4
"""The most processes a pool (or a local cluster, or a server) starts per core it may use: extraction is
CPU-bound, so processes beyond the cores only share them, and each loads its own gazetteer (hundreds of MB).
A mistyped ``--workers 10000`` is refused with this limit rather than forking ten thousand processes."""


def usable_cores() -> int:
    """The cores this process may run on (its CPU affinity where the system has one)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def checked_workers(workers: int) -> int:
    """``workers`` when a sane number of processes for this machine; ValueError that says the limit otherwise."""
    most = WORKERS_PER_CORE * usable_cores()
    if not 1 <= workers <= most:
        raise ValueError(f"{workers} worker processes: give 1 to {most} on this machine ({WORKERS_PER_CORE} for each of the {usable_cores()} "
                         f"cores it may use); processes beyond the cores only share them, and each loads its own gazetteer")
    return workers


@dataclass(frozen=True)
class Extracted:
    record: Record
    mentions: list[Mention]
    fingerprint: bytes | None = None
    """The document's linking fingerprint (packed), computed here so the single writer only compares."""
    warnings: tuple[str, ...] = ()
    """What a reader of this document's figures should know (a figure beyond belief, a time budget
    spent, nothing that dates it): recorded as warnings of the ingest run."""


Result = Extracted | ReadError


def extract_stream(items: Iterable[Item], workers: int = 1) -> Iterator[Result]:
    """Each record with its mentions (read errors pass through), in input order; ``workers``: processes
    (1: this one), at most ``WORKERS_PER_CORE`` per usable core (ValueError beyond)."""
    if checked_workers(workers) == 1:
        for item in items:
            yield _extract_one(item)
        return
    forking = "fork" in multiprocessing.get_all_start_methods()
    if forking:
        warm_up()
    context = multiprocessing.get_context("fork" if forking else "spawn")
    with _RestartingPool(workers, context) as pool:
        yield from chunks_in_order(pool.submit, items, workers * CHUNKS_IN_FLIGHT_PER_WORKER)


WORKER_DIED = "extraction killed its worker process (out of memory?); the batch went on without it"


class _RestartingPool:
    """A process pool that a dead worker does not end: the operating system's out-of-memory killer
    (or any signal) breaks a ``ProcessPoolExecutor`` for good, and with it the whole ingest. The
    pool starts afresh, and the chunks that were out are extracted again one record at a time, so
    that the record that kills a worker again is that record's error and the rest are stored."""

    def __init__(self, workers: int, context: multiprocessing.context.BaseContext) -> None:
        self._start = lambda: ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_die_with_parent)
        self._executor = self._start()

    def __enter__(self) -> _RestartingPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._executor.shutdown(cancel_futures=True)

    def submit(self, chunk: list[Item]) -> _Retried:
        return _Retried(self, chunk, self._executor, self._executor.submit(extract_chunk, chunk))

    def restart(self, broken: ProcessPoolExecutor) -> None:
        """A fresh executor, unless one already replaced ``broken``."""
        if self._executor is broken:
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()

    def alone(self, item: Item) -> Result:
        """``item`` extracted by itself; its error if its worker dies again."""
        executor = self._executor
        try:
            return executor.submit(extract_chunk, [item]).result()[0]
        except BrokenProcessPool:
            self.restart(executor)
            return ReadError(item.origin, WORKER_DIED, item.line) if isinstance(item, Record) else item


@dataclass
class _Retried:
    """One chunk's future; a broken pool's chunk is extracted again, record by record."""

    pool: _RestartingPool
    chunk: list[Item]
    executor: ProcessPoolExecutor
    future: Future[list[Result]]

    def result(self) -> list[Result]:
        try:
            return self.future.result()
        except BrokenProcessPool:
            self.pool.restart(self.executor)
            return [self.pool.alone(item) for item in self.chunk]

    def cancel(self) -> object:
        return self.future.cancel()


class Submitted(Protocol):
    """A future of ``concurrent.futures`` or of Dask: what ``chunks_in_order`` needs of one."""

    def result(self) -> list[Result]: ...

    def cancel(self) -> object: ...


def chunks_in_order(submit: Callable[[list[Item]], Submitted], items: Iterable[Item], in_flight: int) -> Iterator[Result]:
    """``items`` in chunks of ``CHUNK`` through ``submit``, at most ``in_flight`` chunks out at once,
    results yielded in input order (a process pool's or a Dask cluster's: the same bound, the same order)."""
    iterator = iter(items)
    pending: deque[Submitted] = deque()
    try:
        while True:
            while len(pending) < in_flight:
                chunk = list(islice(iterator, CHUNK))
                if not chunk:
                    break
                pending.append(submit(chunk))
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


def extract_chunk(chunk: list[Item]) -> list[Result]:
    return [_extract_one(item) for item in chunk]


def _extract_one(item: Item) -> Result:
    if isinstance(item, ReadError):
        return item
    from harmledger.extract import ExtractWarning, extract
    from harmledger.extract.when import UNDATED
    from harmledger.link import fingerprint

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ExtractWarning)
            found = extract(item.text, item.published, title=item.title)
        notes = [str(w.message) for w in caught if issubclass(w.category, ExtractWarning)]
        undated = sum(1 for m in found if UNDATED in m.warnings)
        if undated:
            notes.append(f"undated: no publication date, dateline or stated date dates {undated} of its {len(found)} incidents")
        print_ = fingerprint(item.text, found, title=item.title, url=item.url, published=item.published).to_bytes()
        return Extracted(item, found, print_, tuple(notes))
    except Exception as error:  # one bad article must not stop the batch: record it and go on
        return ReadError(item.origin, f"extraction failed ({type(error).__name__}: {error})", item.line)
