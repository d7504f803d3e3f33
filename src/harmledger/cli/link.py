"""``harmledger link``: records extracted and linked as one batch, one incident a line (eval/README.md's contract)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from harmledger.io_jsonl import read_jsonl


def link(
    files: Annotated[list[Path], typer.Argument(help="JSON Lines files of {id, text, published, title, url} records.")],
    jsonl: Annotated[bool, typer.Option("--jsonl", help="FILES hold one record a line (the only input form link reads).")] = True,
    workers: Annotated[int, typer.Option("--workers", "-w", min=1, help="Extraction processes.")] = 1,
) -> None:
    """Extract and link the records as one batch (as ingest would into an empty ledger); print one incident a line."""
    from harmledger.link.batch import link_records

    missing = [str(f) for f in files if not f.is_file()]
    if missing:
        raise typer.BadParameter(f"no such file: {', '.join(missing)}")
    records = (record for file in files for record in read_jsonl(file))
    for incident in link_records(records, workers=workers):
        sys.stdout.write(json.dumps(incident, ensure_ascii=False) + "\n")


def register(app: typer.Typer) -> None:
    app.command()(link)
