"""Watch events as log lines: ``event key=value ...`` for people, one JSON object a line with ``--log-json``.

Every event goes through ``emit`` to the ``harmledger.watch`` logger, so a
host application can route them like any other log; ``printed`` is how the
CLI prints them.
"""

from __future__ import annotations

import contextlib
import json
import logging
import sys
from datetime import datetime, timezone
from collections.abc import Iterator
from typing import Any, TextIO

LOGGER = logging.getLogger("harmledger.watch")


def emit(event: str, level: int = logging.INFO, **fields: Any) -> None:
    LOGGER.log(level, event, extra={"fields": fields})


class JsonLines(logging.Formatter):
    """``{"time", "level", "event", ...fields}``: one object per event, for log shippers and ``jq``."""

    def format(self, record: logging.LogRecord) -> str:
        line = {"time": _time(record), "level": record.levelname.lower(), "event": record.getMessage()}
        line |= getattr(record, "fields", {})
        return json.dumps(line, ensure_ascii=False, default=str)


class Plain(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        fields = " ".join(f"{k}={v}" for k, v in getattr(record, "fields", {}).items() if v is not None)
        return f"{_time(record)} {record.levelname.lower():7} {record.getMessage()} {fields}".rstrip()


@contextlib.contextmanager
def printed(json_lines: bool, stream: TextIO | None = None, level: int = logging.INFO) -> Iterator[None]:
    """Print watch events to ``stream`` (standard error) while in the block."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines() if json_lines else Plain())
    LOGGER.addHandler(handler)
    LOGGER.setLevel(level)
    try:
        yield
    finally:
        LOGGER.removeHandler(handler)


def _time(record: logging.LogRecord) -> str:
    return datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds")
