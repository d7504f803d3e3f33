"""Readers: files, directories and standard input in; one ``Record`` per article out.

A record's own date (a JSONL/CSV field, the HTML's metadata, a
``YYYY-MM-DD-`` file-name prefix) wins; ``ReaderOptions.published``
(``--published``) dates the records that carry none. Where that date gives a time of
day too, the record keeps the instant, in UTC (``dates.read_instant``: a time without a
zone is taken as UTC), in ``published_at``.

Every reader is a generator that streams (a 20,000-article JSONL file is never
held in memory) and never raises for bad input: it yields a ``ReadError`` that
names the file (and line) and the problem, and goes on with the rest.
"""

from __future__ import annotations

import codecs
import csv
import fnmatch
import glob
import io
import itertools
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from harmledger.dates import read_date, read_instant
from harmledger.io_jsonl import BinaryLines, bounded_lines, line_limit, parse_jsonl_lines
from harmledger.model import ReadError, Record
from harmledger.reading import MAX_BYTES, InputError, decode_report, lone_surrogate, not_blank, nul_problem, packed_problem, read_bounded

TEXT_COLUMNS = ("text", "body", "content", "article", "notes")
META_COLUMNS = {
    "source": ("source", "publisher", "outlet", "site"),
    "url": ("url", "link"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate"),
    "language": ("language", "lang"),
}
PATTERNS = ("*.txt", "*.md", "*.html", "*.htm", "*.jsonl", "*.csv")
STDIN = "-"
_DATED_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})")


@dataclass(frozen=True)
class ReaderOptions:
    """How to read: which columns hold the text and metadata, which files a directory contributes."""

    text_columns: tuple[str, ...] = TEXT_COLUMNS
    meta_columns: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(META_COLUMNS))
    patterns: tuple[str, ...] = PATTERNS
    published: date | None = None
    published_at: datetime | None = None
    max_bytes: int = MAX_BYTES


Item = Record | ReadError


def read_paths(paths: Iterable[str | Path], options: ReaderOptions | None = None) -> Iterator[Item]:
    """Every article of ``paths`` (files, directories, glob patterns, ``-`` for stdin), in order."""
    options = options or ReaderOptions()
    for raw in paths:
        name = str(raw)
        if name == STDIN:
            yield from read_stdin(options)
        elif Path(name).is_dir():
            yield from _or_nothing_found(read_directory(Path(name), options), path_name(name), options)
        elif not os.path.lexists(name) and glob.has_magic(name):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield ReadError(path_name(name), "no file matches this pattern")
            for match in matches:
                yield from (read_directory(Path(match), options) if Path(match).is_dir() else read_file(Path(match), options))
        else:
            yield from read_file(Path(name), options)


def path_name(path: str | Path) -> str:
    """A path as text every terminal, file and database takes: the bytes of a file name that are no UTF-8
    (which Python keeps as lone surrogates, and which then aborted the whole ingest when its first record
    was stored) are written as escapes, ``caf\\xe9.txt``."""
    name = os.fspath(path)
    return name if lone_surrogate(name) is None else os.fsencode(name).decode("utf-8", "backslashreplace")


def read_directory(root: Path, options: ReaderOptions) -> Iterator[Item]:
    """Files under ``root`` that match ``options.patterns``, recursively, in sorted order."""
    problems: list[OSError] = []
    for folder, subfolders, names in os.walk(root, onerror=problems.append):
        yield from (ReadError(path_name(p.filename or folder), f"cannot read directory ({p.strerror})") for p in problems)
        problems.clear()
        subfolders.sort()
        for name in sorted(names):
            if any(fnmatch.fnmatch(name.lower(), pattern) for pattern in options.patterns):
                yield from _read_found(Path(folder) / name, options)
    yield from (ReadError(path_name(p.filename or root), f"cannot read directory ({p.strerror})") for p in problems)


def _or_nothing_found(items: Iterator[Item], name: str, options: ReaderOptions) -> Iterator[Item]:
    """A directory's items; a warning naming the patterns when it holds no file they match (a folder of
    PDFs, a mistyped path to another folder), which would otherwise read as an ingest of nothing. Not an
    error: a watched inbox is empty most of the time (``watch --dir --once`` exits 1 on an error)."""
    found = False
    for item in items:
        found = True
        yield item
    if not found:
        yield ReadError(name, f"no file to read in this directory (none matches {', '.join(options.patterns)})", level="warning")


def _read_found(path: Path, options: ReaderOptions) -> Iterator[Item]:
    """A file a directory walk found; a pipe, socket or device there is skipped, since reading one
    would wait for a writer forever (named on the command line, a pipe is read: ``<(zcat feed.gz)``)."""
    try:
        regular = stat.S_ISREG(path.stat().st_mode)
    except OSError as error:
        yield ReadError(path_name(path), f"cannot read ({error.strerror or error})")
        return
    if regular:
        yield from read_file(path, options)
    else:
        yield ReadError(path_name(path), "not a regular file (a pipe, socket or device): skipped")


def read_file(path: Path, options: ReaderOptions) -> Iterator[Item]:
    """The articles of one file, by its extension (anything unknown is read as plain text)."""
    suffix = path.suffix.lower()
    try:
        if suffix == ".jsonl":
            with open(path, "rb") as handle:
                yield from read_jsonl_records(handle, path_name(path), options)
        elif suffix == ".csv":
            with open(path, "rb") as handle:
                yield from read_csv_records(handle, path_name(path), options)
        else:
            size = path.stat().st_size
            if size > options.max_bytes:
                raise InputError(f"{size:,} bytes is over the {options.max_bytes:,}-byte limit for one report")
            with open(path, "rb") as handle:
                data = read_bounded(handle, options.max_bytes)
            yield from read_single(data, path_name(path), suffix, options)
    except OSError as error:
        yield ReadError(path_name(path), f"cannot read ({error.strerror or error})")
    except InputError as error:
        yield ReadError(path_name(path), _strip_name(str(error), path_name(path)))


def read_stdin(options: ReaderOptions) -> Iterator[Item]:
    """Standard input: JSON Lines when it starts with ``{``, else one plain-text report."""
    stream: BinaryIO = sys.stdin.buffer
    head = stream.peek(1) if hasattr(stream, "peek") else b""
    data = None
    if not head:
        data = stream.read()
        head = data
    if head.removeprefix(codecs.BOM_UTF8).lstrip()[:1] == b"{":
        source = io.BytesIO(data) if data is not None else stream
        yield from read_jsonl_records(source, "<stdin>", options)
    else:
        data = data if data is not None else stream.read(options.max_bytes + 1)
        try:
            yield from read_single(data, "<stdin>", ".txt", options)
        except InputError as error:
            yield ReadError("<stdin>", _strip_name(str(error), "<stdin>"))


def read_single(data: bytes, name: str, suffix: str, options: ReaderOptions, charset: str | None = None) -> Iterator[Item]:
    """One report from the bytes of a ``.txt``/``.md``/``.html`` file; ``charset``: the one a web server gave
    for them. Bytes that are no UTF-8 are read in that charset, or in the one an HTML page declares in its head."""
    if charset is None and suffix in (".html", ".htm"):
        charset = meta_charset(data)
    text = decode_report(data, name, options.max_bytes, declared=charset)
    if suffix in (".html", ".htm"):
        yield from _read_html(text, name, options)
        return
    not_blank(text, name)
    title = _markdown_title(text) if suffix == ".md" else None
    dated = _DATED_NAME.match(Path(name).name)
    published = read_date(dated.group(1)) if dated else None
    yield Record(text=text, origin=name, title=title, **_dated(published, None, options))


def read_jsonl_records(handle: BinaryLines, name: str, options: ReaderOptions) -> Iterator[Item]:
    """One record a line (the eval suites' ``{id, text, published, ...}`` works as is)."""
    limit = line_limit(options.max_bytes)
    for number, record, problem in parse_jsonl_lines(bounded_lines(handle, limit), limit):
        if problem:
            yield ReadError(name, problem, number)
        else:
            yield from record_items(record, name, number, options)


# Fed to the CSV reader after a file's last line. The csv module (lenient) says nothing of a quote
# never closed: it reads the rest of the file into that field, rows and all. This line then ends up
# inside the field, which tells; else it is a row of its own, skipped.
_CSV_END = "\ue000end of file\ue000"


def read_csv_records(handle: BinaryIO, name: str, options: ReaderOptions) -> Iterator[Item]:
    """One article a row; the first of ``options.text_columns`` present in the header is the text."""
    csv.field_size_limit(max(options.max_bytes, csv.field_size_limit()))
    if problem := packed_problem(handle.peek(16)[:16] if hasattr(handle, "peek") else b""):
        yield ReadError(name, f"{problem}; the file is skipped")
        return
    # Bytes that are no UTF-8 come through as lone surrogates (which valid UTF-8 never decodes to), so the
    # row that holds them is refused and the rows after it are read, as JSON Lines' are.
    text_stream = io.TextIOWrapper(handle, encoding="utf-8-sig", errors="surrogateescape", newline="")
    reader = csv.DictReader(itertools.chain(text_stream, [_CSV_END]))
    try:
        header = [] if reader.fieldnames == [_CSV_END] else reader.fieldnames or []
        if undecoded := _undecoded_byte(dict.fromkeys(header)):
            yield ReadError(name, f"not valid UTF-8 (byte 0x{undecoded:02x} in the header line); the file is skipped", 1)
            return
        if not [c for c in options.text_columns if c in header]:
            shown = ", ".join(header) if header else "none (empty file)"
            yield ReadError(name, f"no text column (looked for {', '.join(options.text_columns)}; the columns are {shown})")
            return
        start = reader.line_num + 1
        for row in reader:
            if row[header[0]] == _CSV_END:
                break
            if any(isinstance(value, str) and value.endswith(_CSV_END) for value in row.values()):
                yield ReadError(name, f"a quote opened in the row from line {start} is never closed: the rest of the file "
                                      "would be one row, so it is skipped", start)
            elif undecoded := _undecoded_byte(row):
                yield ReadError(name, f"not valid UTF-8 (byte 0x{undecoded:02x} in the row from line {start}): the row is skipped", start)
            else:
                yield from record_items(row, name, reader.line_num, options)
            start = reader.line_num + 1
    except csv.Error as error:
        yield ReadError(name, f"malformed CSV ({error}); the rest of the file is skipped", reader.line_num)


_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


def _undecoded_byte(row: dict[str | None, Any]) -> int | None:
    """The first byte of a CSV row (its keys too: a header's names) that UTF-8 could not decode (kept as a
    surrogate escape), else None."""
    for value in [*row, *row.values()]:
        for text in value if isinstance(value, list) else [value]:  # a row's extra fields come as a list
            if isinstance(text, str) and (found := _ESCAPED_BYTE.search(text)):
                return ord(found.group()) - 0xDC00
    return None


def record_items(row: dict[str, Any], name: str, line: int, options: ReaderOptions) -> Iterator[Item]:
    """The record one JSONL object or CSV row holds, after the warnings its metadata earns; or the error
    that says why it holds none."""
    text = next((row[c] for c in options.text_columns if isinstance(row.get(c), str) and row[c].strip()), None)
    if text is None:
        yield ReadError(name, f"no text (none of {', '.join(options.text_columns)} holds a non-empty string)", line)
        return
    if len(text.encode("utf-8")) > options.max_bytes:
        yield ReadError(name, f"text is over the {options.max_bytes:,}-byte limit for one report", line)
        return
    if problem := nul_problem(text):
        yield ReadError(name, problem, line)
        return
    meta = {key: _first(row, columns) for key, columns in options.meta_columns.items()}
    for key, value in list(meta.items()):
        if key != "published" and value is not None and not isinstance(value, str):  # a date may be written as a number
            yield ReadError(name, f"{key} is {_json_kind(value)}, not text: ignored", line, level="warning")
            meta[key] = None
        elif isinstance(value, str) and "\x00" in value:  # PostgreSQL refused the whole document for it
            yield ReadError(name, f"{key} holds a NUL character (\\u0000): ignored", line, level="warning")
            meta[key] = None
    if meta.get("language") and len(meta["language"]) > LANGUAGE_CHARS:  # PostgreSQL refused the whole document for it
        language = _language_tag(meta["language"])
        kept = f"kept as {language!r}" if language else "ignored"
        yield ReadError(name, f"language {_clipped(meta['language'])!r} is longer than the {LANGUAGE_CHARS} characters "
                              f"a ledger keeps: {kept}", line, level="warning")
        meta["language"] = language
    written = meta.get("published")
    published = read_date(written if written is None else str(written))
    if written is not None and published is None:
        fallback = f"used {options.published.isoformat()}" if options.published else "stored without one"
        yield ReadError(name, f"published date {_clipped(repr(written))} is not YYYY-MM-DD; {fallback}", line, level="warning")
    yield Record(
        text=text,
        origin=name,
        line=line,
        source=meta.get("source"),
        url=meta.get("url"),
        title=meta.get("title"),
        language=meta.get("language"),
        **_dated(published, written, options),
    )


_META_CHARSET = re.compile(rb"""<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def meta_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (``<meta charset>``, ``<meta http-equiv ... content="...; charset=...">``,
    an XML declaration) in its first 4 KB, where the HTML standard's prescan looks for it."""
    head = data[:4096]
    found = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    return found.group(1).decode("ascii") if found else None


def _read_html(html: str, name: str, options: ReaderOptions) -> Iterator[Item]:
    """Main text, title, date and URL through trafilatura."""
    import trafilatura  # imported here: only HTML inputs pay for it

    if not html.strip():
        raise InputError(f"{name}: empty (no HTML)")
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False, date_extraction_params=_html_dates())
    text = extracted.text if extracted is not None else None
    if not text or not text.strip():
        raise InputError(f"{name}: no main text found in the HTML (empty, truncated or not an article)")
    lowered = html[-4096:].lower()
    if "</html>" not in lowered and "</body>" not in lowered:
        yield ReadError(name, "HTML looks truncated (no closing </body> or </html>); ingested the text found", level="warning")
    yield Record(
        text=text,
        origin=name,
        source=extracted.sitename,
        url=extracted.url,
        title=extracted.title,
        **_dated(read_date(extracted.date), _html_time(extracted.date), options),
    )


def _dated(published: date | None, written: Any, options: ReaderOptions) -> dict[str, Any]:
    """A record's ``published`` and ``published_at``: its own date, with the instant ``written`` gives where it gives a
    time; else ``--published``'s, time and all. The two never mix (a date of its own with --published's hour)."""
    if published is not None:
        return {"published": published, "published_at": read_instant(written if written is None else str(written))}
    return {"published": options.published, "published_at": options.published_at}


def _html_dates() -> dict[str, Any]:
    """trafilatura's own date search (htmldate), asked for the time of day as well."""
    from trafilatura.settings import set_date_params

    return {**set_date_params(), "outputformat": "%Y-%m-%dT%H:%M:%S%z"}


def _html_time(found: str | None) -> str | None:
    """The date htmldate found, where it found a time: a page dated with a day only comes back at midnight without
    a zone ("2022-06-27T00:00:00"), which is no time the page gave."""
    return None if found is None or found.endswith("T00:00:00") else found


LANGUAGE_CHARS = 8
"""The width of ``documents.language``: a language and script ("zh-Hant", "sr-Latn")."""


def _language_tag(tag: str) -> str | None:
    """``tag`` cut to ``LANGUAGE_CHARS`` a subtag at a time from its end, as RFC 4647's lookup shortens a tag
    ("zh-Hant-TW" is "zh-Hant"); None when even its first subtag is longer (no language tag at all)."""
    subtags = tag.strip().split("-")
    while subtags and len("-".join(subtags)) > LANGUAGE_CHARS:
        subtags.pop()
    return "-".join(subtags) or None


def _clipped(value: str, most: int = 40) -> str:
    return value if len(value) <= most else value[:most] + "…"


def _first(row: dict[str, Any], columns: tuple[str, ...]) -> Any:
    for column in columns:
        value = row.get(column)
        if value not in (None, ""):
            return value
    return None


def _json_kind(value: Any) -> str:
    """What a JSON value is, in JSON's words (``True`` is a true/false, not a number, there)."""
    kinds = {bool: "true/false", dict: "an object", list: "a list", int: "a number", float: "a number"}
    return kinds.get(type(value), type(value).__name__)


def _markdown_title(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith("# "):
            return line[2:].strip() or None
        if line.strip():
            return None
    return None


def _strip_name(message: str, name: str) -> str:
    prefix = f"{name}: "
    return message[len(prefix):] if message.startswith(prefix) else message
