"""``harmledger link``: records extracted and linked as one batch, one incident a line (eval/README.md's contract)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from harmledger.cli.ledger import sane_workers
from harmledger.ingest.readers import ReaderOptions, record_items
from harmledger.io_jsonl import numbered_jsonl, warn
from harmledger.model import ReadError
from harmledger.reading import not_a_file

FIELDS = ReaderOptions(text_columns=("text",), meta_columns={"title": ("title",), "url": ("url",), "published": ("published",)})
"""The fields ``link`` reads from a record, besides its ``id``."""


def link(
    files: Annotated[list[Path], typer.Argument(help="JSON Lines files of {id, text, published, title, url} records.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="FILES hold one record a line (the only input form link reads).")] = True,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, callback=sane_workers, help="Extraction processes.")] = 1,
) -> None:
    """Extract and link the records as one batch (as ingest would into an empty ledger); print one incident a line.

    A line that holds no usable record is named on stderr (file:line and why) and left out."""
    from harmledger.link.batch import link_records

    for file in files:
        if problem := not_a_file(file):
            raise typer.BadParameter(problem)
    for incident in link_records(checked_records(files), workers=workers):
        sys.stdout.write(json.dumps(incident, ensure_ascii=False) + "\n")


def checked_records(files: list[Path]) -> Iterator[dict[str, Any]]:
    """The records of ``files`` as ``link_records`` reads them, checked as ``ingest`` checks its own (no text,
    a title that is no text, a date that is no date, ...); a record without an id, or with an id that is
    no name (an object, a list), is named by its file and line."""
    lines_of: dict[str, str] = {}
    for file in files:
        for number, row in numbered_jsonl(file):
            yield from _checked(row, str(file), number, lines_of)


def _checked(row: dict[str, Any], file: str, line: int, lines_of: dict[str, str]) -> Iterator[dict[str, Any]]:
    for item in record_items(row, file, line, FIELDS):
        if isinstance(item, ReadError):
            warn(str(item))
            continue
        given = row.get("id")
        record_id = str(given) if isinstance(given, (str, int, float)) and not isinstance(given, bool) and str(given).strip() else f"{file}:{line}"
        if given is not None and record_id != str(given):
            warn(f"{file}:{line}: id {given!r} is no name for a record: named {record_id}")
        if record_id in lines_of:
            warn(f"{file}:{line}: id {record_id!r} is also the id of {lines_of[record_id]}: the output will not tell them apart")
        lines_of.setdefault(record_id, f"{file}:{line}")
        yield {"id": record_id, "text": item.text, "title": item.title, "url": item.url, "published": item.published}


def register(app: typer.Typer) -> None:
    app.command()(link)
