"""JSON Lines reading that names the file and line of every bad record and goes on."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Callable


def warn(message: str) -> None:
    print(f"harmledger: {message}", file=sys.stderr)


def read_jsonl(path: Path, on_error: Callable[[str], None] = warn) -> Iterator[dict[str, Any]]:
    """Each JSON object of ``path``; a malformed line is reported through ``on_error`` and skipped."""
    with open(path, "rb") as handle:
        for number, record, problem in parse_jsonl_lines(handle):
            if problem:
                on_error(f"{path}:{number}: {problem}")
            else:
                yield record


def parse_jsonl_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """``(line number, record, None)`` for each JSON object, ``(line number, None, problem)`` for a bad line."""
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = raw.decode("utf-8").rstrip("\r\n")  # the line ending is not part of the record
            record = json.loads(line)
        except UnicodeDecodeError as error:
            yield number, None, f"not valid UTF-8 ({error.reason} at byte {error.start})"
            continue
        except json.JSONDecodeError as error:
            yield number, None, f"not valid JSON ({json_problem(error, line)})"
            continue
        if not isinstance(record, dict):
            yield number, None, f"expected a JSON object, got {type(record).__name__}"
            continue
        yield number, record, None


def json_problem(error: json.JSONDecodeError, line: str) -> str:
    """Where and what, in words: a record cut short is named as such, not as an error at its end."""
    if error.msg.startswith("Unterminated string"):
        return f"the line ends inside the string that starts at column {error.colno}"
    if error.pos >= len(line.rstrip()):
        return f"the line ends at column {error.colno - 1} before the JSON is complete"
    if error.msg.endswith(" at"):  # e.g. "Invalid control character at": the column completes it
        return f"{error.msg} column {error.colno}"
    return f"{error.msg} at column {error.colno}"
