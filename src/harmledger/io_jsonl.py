"""JSON Lines reading that names the file and line of every bad record and goes on."""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Callable

from harmledger.reading import lone_surrogate, lone_surrogate_problem


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


# A ``\\uD800``-``\\uDFFF`` escape: JSON lets half of a UTF-16 pair stand alone, but no text can hold
# one (it cannot be encoded, hashed or stored), so a line with one unpaired is refused like bad UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_jsonl_lines(lines: Iterable[bytes]) -> Iterator[tuple[int, dict[str, Any] | None, str | None]]:
    """``(line number, record, None)`` for each JSON object, ``(line number, None, problem)`` for a bad line.

    A byte-order mark before the first line (editors on Windows write one) is no part of the record."""
    for number, raw in enumerate(lines, start=1):
        if number == 1:
            raw = raw.removeprefix(codecs.BOM_UTF8)
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
        except RecursionError:  # json gives up on arrays or objects nested some thousand deep
            yield number, None, "not valid JSON (nested too deeply to read)"
            continue
        if not isinstance(record, dict):
            yield number, None, f"expected a JSON object, got {type(record).__name__}"
            continue
        lone = _SURROGATE_ESCAPE.search(line) and _lone_surrogate(record)
        if lone:
            yield number, None, lone_surrogate_problem(lone)
            continue
        yield number, record, None


def _lone_surrogate(record: dict[str, Any]) -> str | None:
    """An unpaired surrogate in the strings (keys included) of a decoded record, at any depth; else None."""
    pending: list[Any] = [record]
    while pending:
        value = pending.pop()
        if isinstance(value, str):
            if found := lone_surrogate(value):
                return found
        elif isinstance(value, dict):
            pending.extend(value.keys())
            pending.extend(value.values())
        elif isinstance(value, list):
            pending.extend(value)
    return None


def json_problem(error: json.JSONDecodeError, line: str) -> str:
    """Where and what, in words: a record cut short is named as such, not as an error at its end."""
    if error.msg.startswith("Unterminated string"):
        return f"the line ends inside the string that starts at column {error.colno}"
    if error.pos >= len(line.rstrip()):
        return f"the line ends at column {error.colno - 1} before the JSON is complete"
    if error.msg.endswith(" at"):  # e.g. "Invalid control character at": the column completes it
        return f"{error.msg} column {error.colno}"
    return f"{error.msg} at column {error.colno}"
