"""Watching a folder: files that appear (or change) are ingested once they have stopped growing.

A file being written shows up before its last byte does; ingesting it then
would store a truncated article under its own hash, and the whole one again
later. So a changed file is only read once its size and modification time
have held still for ``settle`` seconds, and names that editors, downloaders
and ``rsync`` use while writing (hidden files, ``.part``, ``.tmp``,
``.crdownload``, ``~``) are never read: write to such a name and rename for an
instant hand-over.
"""

from __future__ import annotations

import fnmatch
import logging
import threading
import time
from pathlib import Path

import watchfiles

from harmledger.ingest.readers import PATTERNS
from harmledger.ledger import IngestSummary, Ledger
from harmledger.watch.events import emit


class Settling:
    """Files seen changing, each ready once ``(size, mtime)`` has held still for ``settle`` seconds."""

    def __init__(self, settle: float) -> None:
        self.settle = settle
        self._seen: dict[Path, tuple[tuple[int, int] | None, float]] = {}

    def touch(self, path: Path, now: float) -> None:
        self._seen[path] = (_signature(path), now)

    def __len__(self) -> int:
        return len(self._seen)

    def ready(self, now: float) -> list[Path]:
        """The files that held still long enough (forgotten from here on); gone files are dropped."""
        done = []
        for path, (signature, since) in list(self._seen.items()):
            current = _signature(path)
            if current is None:
                del self._seen[path]
            elif current != signature:
                self._seen[path] = (current, now)
            elif now - since >= self.settle:
                done.append(path)
                del self._seen[path]
        return sorted(done)


def is_article_file(path: str, patterns: tuple[str, ...] = PATTERNS) -> bool:
    """A name the readers take (``patterns``) and no writer's temporary name."""
    name = Path(path).name.lower()
    if name.startswith((".", "~")) or name.endswith(("~", ".part", ".tmp", ".crdownload")):
        return False
    return any(fnmatch.fnmatch(name, pattern) for pattern in patterns)


def watch_folder(ledger: Ledger, root: Path, stop: threading.Event, settle: float = 2.0, patterns: tuple[str, ...] = PATTERNS) -> None:
    """Ingest what ``root`` holds, then each file that appears or changes under it, until ``stop`` is set."""
    emit("folder.start", path=str(root), settle=settle)
    sweep(ledger, root)
    settling = Settling(settle)
    tick_ms = max(50, int(settle * 250))
    changes_seen = watchfiles.watch(
        root,
        watch_filter=lambda change, path: change != watchfiles.Change.deleted and is_article_file(path, patterns),
        stop_event=stop,
        yield_on_timeout=True,
        rust_timeout=tick_ms,
        debounce=tick_ms,
        step=min(50, tick_ms),
    )
    for changes in changes_seen:
        now = time.monotonic()
        for _, path in changes:
            settling.touch(Path(path), now)
        ready = settling.ready(now)
        if ready:
            _ingest(ledger, ready, "folder.ingested")
    emit("folder.stop", path=str(root), unsettled=len(settling) or None)


def sweep(ledger: Ledger, root: Path) -> IngestSummary:
    """Ingest what ``root`` holds now (``watch --dir --once``; already-stored documents are skipped)."""
    return _ingest(ledger, [root], "folder.swept")


def _ingest(ledger: Ledger, paths: list[Path], event: str) -> IngestSummary:
    summary = ledger.ingest_paths(paths)
    emit(event, files=len(paths), run=summary.run_id, added=summary.added, skipped=summary.skipped, failed=summary.failed)
    for message in summary.errors:  # "error: ..." or "warning: ..." (stored with a caveat, e.g. undated)
        level, _, _ = message.partition(":")
        emit(f"folder.{level}", logging.WARNING, message=message)
    return summary


def _signature(path: Path) -> tuple[int, int] | None:
    """Size and modification time: what changes while a file is being written; None when it is gone."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns
