"""The ingest progress bar (Rich): documents done, rate and ETA, added / skipped / failed."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from harmledger.ingest.readers import STDIN, ReaderOptions


class IngestProgress:
    def __init__(self, paths: list[str], options: ReaderOptions) -> None:
        self.total = estimate_records(paths, options)
        self.done = 0
        self._progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            TextColumn("{task.fields[tally]}"),
            console=Console(stderr=True),
            transient=False,
        )
        self._task = self._progress.add_task("ingest", total=self.total, rate="–", tally="")

    def start(self) -> None:
        self._progress.start()

    def stop(self) -> None:
        self._progress.stop()

    def advance(self, summary: Any) -> None:
        self.done += 1
        task = self._progress.tasks[0]
        elapsed = task.elapsed or 0
        rate = f"{self.done / elapsed:,.0f}" if elapsed > 0.5 else "–"
        tally = f"+{summary.added} ={summary.skipped + summary.duplicates} ✗{summary.failed}"  # = : there already
        total = self.total if self.total is None or self.done <= self.total else self.done
        self._progress.update(self._task, completed=self.done, total=total, rate=rate, tally=tally)


def estimate_records(paths: list[str], options: ReaderOptions) -> int | None:
    """About how many records ``paths`` hold (lines of JSONL/CSV, one per other file); None for stdin."""
    total = 0
    for raw in paths:
        if raw == STDIN:
            return None
        path = Path(raw)
        files = [path] if not path.is_dir() else [Path(d) / n for d, _, names in os.walk(path) for n in names]
        for file in files:
            total += _records_in(file)
    return total or None


def _records_in(file: Path) -> int:
    """Lines of a regular JSONL/CSV file; 1 for anything else. A pipe is never opened to count: in a folder
    its reader skips it, and opening it waited for a writer forever; named alone, counting would eat the stream."""
    if file.suffix.lower() not in (".jsonl", ".csv"):
        return 1
    try:
        if not stat.S_ISREG(file.stat().st_mode):
            return 1
        with open(file, "rb") as handle:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: handle.read(1 << 20), b""))
    except OSError:
        return 1
    return max(lines - (file.suffix.lower() == ".csv"), 1)
