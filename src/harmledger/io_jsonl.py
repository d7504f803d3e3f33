"""JSON Lines reading that names the file and line of every bad record and goes on."""

from __future__ import annotations

import codecs
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Callable, Protocol

from harmledger.reading import MAX_BYTES, InputError, has_an_end, lone_surrogate, lone_surrogate_problem, packed_problem


def warn(message: str) -> None:
    print(f"harmledger: {message}", file=sys.stderr)


def read_jsonl(path: Path, on_error: Callable[[str], None] = warn) -> Iterator[dict[str, Any]]:
    """Each JSON object of ``path``; a malformed line, or a file that cannot be read, is reported
    through ``on_error`` and skipped."""
    return (record for _, record in numbered_jsonl(path, on_error))


def numbered_jsonl(path: Path, on_error: Callable[[str], None] = warn) -> Iterator[tuple[int, dict[str, Any]]]:
    """``read_jsonl`` with the line number of each record."""
    try:
        with open(path, "rb") as handle:
            for number, record, problem in parse_jsonl_lines(bounded_lines(handle)):
                if problem:
                    on_error(f"{path}:{number}: {problem}" if number else f"{path}: {problem}")
                else:
                    yield number, record
    except OSError as error:
        on_error(f"{path}: cannot read ({error.strerror or error})")


def line_limit(max_bytes: int) -> int:
    """The longest line read as a record whose text may hold ``max_bytes``: room for JSON's escapes
    (``\\u0436`` is six bytes for two) and the record's metadata."""
    return 4 * max_bytes


MAX_LINE = line_limit(MAX_BYTES)
SNIFF = 8192
"""The bytes at the start of a file in which a NUL byte marks it as binary (as ``reading.decode_report``)."""


class BinaryLines(Protocol):
    def readline(self, size: int = -1, /) -> bytes: ...


class LineWithoutEnd(InputError):
    """A line over the limit in a stream (a pipe or device) that gave no end to it within ``STREAM_SKIP``
    times the limit (``/dev/zero``, or a FIFO fed bytes and no newline), so nothing after it is read."""


STREAM_SKIP = 8
"""How many times the line limit of a stream's over-long line is read past, looking for its end: a long line
piped in (``zcat feed.jsonl.gz | harmledger ingest -``) is skipped and the records after it read, while a stream
with no end to its line (only a regular file's size says it has one) is given up on, not read for ever."""


def bounded_lines(handle: BinaryLines, limit: int = MAX_LINE) -> Iterator[bytes]:
    """The lines of ``handle``, each cut to ``limit + 1`` bytes (the rest of a longer one is read and
    dropped), so that a file that is one endless line costs memory for ``limit`` bytes, not for all of it.
    In a stream, a longer line with no end within ``STREAM_SKIP`` times the limit raises ``LineWithoutEnd``."""
    ends = has_an_end(handle)
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            skipped = len(line)
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                skipped += len(rest)
                if not ends and skipped > STREAM_SKIP * limit:
                    raise LineWithoutEnd(f"the line is over the {limit:,}-byte limit for one record and this pipe or "
                                         f"device gave no end to it in {skipped:,} bytes; the rest of it is skipped")
        yield line


# A ``\\uD800``-``\\uDFFF`` escape: JSON lets half of a UTF-16 pair stand alone, but no text can hold
# one (it cannot be encoded, hashed or stored), so a line with one unpaired is refused like bad UTF-8.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


NOT_JSONL_LINES = 100
"""Lines at the start of a file none of which is a JSON object, after which it is no JSON Lines file (a log or
an essay saved as ``.jsonl``): one error for the file, not one stored per line of it."""

Parsed = tuple[int | None, dict[str, Any] | None, str | None]


def parse_jsonl_lines(lines: Iterable[bytes], max_line: int = MAX_LINE) -> Iterator[Parsed]:
    """``(line number, record, None)`` for each JSON object, ``(line number, None, problem)`` for a bad line,
    ``(None, None, problem)`` for a file that holds no records (empty, binary, or no JSON object in its
    first ``NOT_JSONL_LINES`` lines: then nothing else).

    A byte-order mark before the first line (editors on Windows write one) is no part of the record."""
    start = 0  # bytes before this line
    lines_read = False
    before_first: list[Parsed] = []  # the problems before the first record, held until it shows the file is JSON Lines
    number = 0
    cut_short: Parsed | None = None
    try:
        for number, raw in enumerate(lines, start=1):
            if number == 1 and (problem := packed_problem(raw[:16])):
                yield None, None, f"{problem}; the file is skipped"
                return
            if start < SNIFF and b"\x00" in raw[:SNIFF - start]:
                yield None, None, "binary data (NUL bytes: not UTF-8 JSON Lines); the file is skipped"
                return
            start += len(raw)
            if number == 1:
                raw = raw.removeprefix(codecs.BOM_UTF8)
            if not raw.strip():
                continue
            lines_read = True
            parsed = _parsed_line(number, raw, max_line)
            if parsed[1] is None and before_first is not None:
                before_first.append(parsed)
                if len(before_first) == NOT_JSONL_LINES:
                    first, _, problem = before_first[0]
                    yield None, None, (f"none of the first {NOT_JSONL_LINES} lines is a JSON object (line {first}: {problem}): "
                                       "not JSON Lines; the file is skipped")
                    return
                continue
            if before_first is not None:
                yield from before_first
                before_first = None
            yield parsed
    except LineWithoutEnd as error:  # a stream's endless line: the problems held before it, then it, then nothing
        cut_short, lines_read = (number + 1, None, str(error)), True
    yield from before_first or ()
    if cut_short:
        yield cut_short
    if not lines_read:
        yield None, None, "empty (no records)"


def _parsed_line(number: int, raw: bytes, max_line: int) -> Parsed:
    if len(raw) > max_line:
        return number, None, f"the line is over the {max_line:,}-byte limit for one record; skipped"
    try:
        line = raw.decode("utf-8").rstrip("\r\n")  # the line ending is not part of the record
        record = read_json(line)
    except UnicodeDecodeError as error:
        return number, None, f"not valid UTF-8 ({error.reason} at byte {error.start})"
    except NotJson as error:
        return number, None, str(error)
    if not isinstance(record, dict):
        return number, None, f"expected a JSON object, got {type(record).__name__}"
    lone = _SURROGATE_ESCAPE.search(line) and _lone_surrogate(record)
    if lone:
        return number, None, lone_surrogate_problem(lone)
    return number, record, None


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


class NotJson(ValueError):
    """Text ``json`` refuses; the message says why in words ("not valid JSON (...)")."""


def read_json(text: str | bytes) -> Any:
    """``json.loads``, refusing with ``NotJson`` whatever way it gives up: a syntax error, arrays or objects
    nested some thousand deep (``RecursionError``), a number of more digits than Python converts (a plain
    ``ValueError``): each is one record's error (or one request's 400), never the batch's or the server's."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise NotJson(f"not valid JSON ({json_problem(error, error.doc)})") from None
    except RecursionError:
        raise NotJson("not valid JSON (nested too deeply to read)") from None
    except UnicodeDecodeError:  # bytes that are no text: the caller names the encoding
        raise
    except ValueError:
        raise NotJson(f"not valid JSON (a number of more than {sys.get_int_max_str_digits():,} digits, too long to read)") from None


def json_problem(error: json.JSONDecodeError, line: str) -> str:
    """Where and what, in words: a record cut short is named as such, not as an error at its end."""
    if error.msg.startswith("Unterminated string"):
        return f"the line ends inside the string that starts at column {error.colno}"
    if error.pos >= len(line.rstrip()):
        return f"the line ends at column {error.colno - 1} before the JSON is complete"
    if error.msg.endswith(" at"):  # e.g. "Invalid control character at": the column completes it
        return f"{error.msg} column {error.colno}"
    return f"{error.msg} at column {error.colno}"
