"""JSON Lines reading that names the file and line of every bad record and goes on."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable


def warn(message: str) -> None:
    print(f"harmledger: {message}", file=sys.stderr)


def read_jsonl(path: Path, on_error: Callable[[str], None] = warn) -> Iterator[dict[str, Any]]:
    """Each JSON object of ``path``; a malformed line is reported through ``on_error`` and skipped."""
    with open(path, "rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                record = json.loads(raw.decode("utf-8"))
            except UnicodeDecodeError as error:
                on_error(f"{path}:{number}: not valid UTF-8 ({error.reason} at byte {error.start})")
                continue
            except json.JSONDecodeError as error:
                on_error(f"{path}:{number}: not valid JSON ({error.msg} at column {error.colno})")
                continue
            if not isinstance(record, dict):
                on_error(f"{path}:{number}: expected a JSON object, got {type(record).__name__}")
                continue
            yield record
