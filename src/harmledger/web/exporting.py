"""The ledger's exports as a streamed HTTP body.

``Ledger.export`` writes to a file object; here it writes from a worker thread
into a bounded queue that the response drains, so a large export neither waits
to finish nor sits whole in memory, and the export code stays the ledger's own.

An HTTP status goes out before the body, so ``started_export`` waits for the
first chunk before the response starts: an export that fails at once (its query
refused) is an error status, not a 200 with an empty body. One that fails later
raises in the response, which then ends without its last chunk: the client sees
a truncated body, never one that looks complete.
"""

from __future__ import annotations

import io
import itertools
import queue
import threading
from collections.abc import Iterator

from harmledger.store import IncidentFilter
from harmledger.ledger import Ledger

CHUNK_CHARS = 64 * 1024
_DONE = object()


class _Pipe(io.TextIOBase):
    """A text file whose writes are gathered into chunks and handed to the queue."""

    def __init__(self, chunks: queue.Queue, stop: threading.Event) -> None:
        self.chunks, self.stop, self.buffer = chunks, stop, []
        self.size = 0

    def write(self, text: str) -> int:
        self.buffer.append(text)
        self.size += len(text)
        if self.size >= CHUNK_CHARS:
            self.flush()
        return len(text)

    def flush(self) -> None:
        if self.buffer:
            _put(self.chunks, "".join(self.buffer), self.stop)
            self.buffer, self.size = [], 0

    def writable(self) -> bool:
        return True


def _put(chunks: queue.Queue, item: object, stop: threading.Event) -> None:
    """Put, giving up once the reader has gone (a client that hung up must not leave the writer blocked)."""
    while not stop.is_set():
        try:
            chunks.put(item, timeout=0.5)
            return
        except queue.Full:
            continue
    raise _ReaderGone


class _ReaderGone(Exception):
    pass


def stream_export(ledger: Ledger, fmt: str, filters: IncidentFilter | None) -> Iterator[str]:
    """The export as text chunks; an error in the writer is raised in the reader."""
    chunks: queue.Queue = queue.Queue(maxsize=16)
    stop = threading.Event()

    def run() -> None:
        pipe = _Pipe(chunks, stop)
        try:
            ledger.export(fmt, pipe, filters)
            pipe.flush()
            _put(chunks, _DONE, stop)
        except _ReaderGone:
            return
        except BaseException as error:  # handed to the reader, which raises it
            try:
                _put(chunks, error, stop)
            except _ReaderGone:
                return

    threading.Thread(target=run, name=f"export-{fmt}", daemon=True).start()
    try:
        while (item := chunks.get()) is not _DONE:
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def started_export(ledger: Ledger, fmt: str, filters: IncidentFilter | None) -> Iterator[str]:
    """``stream_export`` once its first chunk is there (call it before answering: it raises what the export raises)."""
    chunks = stream_export(ledger, fmt, filters)
    first = next(chunks, None)
    return chunks if first is None else itertools.chain([first], chunks)
