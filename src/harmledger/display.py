"""How tables read in a terminal: counts as "≥16", "~600", "5-10"; tables as wide as the terminal, or as the rows when piped."""

from __future__ import annotations

import os
import sys
from typing import Any

from rich.console import Console

PIPED_WIDTH = 200
"""Columns for a table when no terminal says its width: Rich's 80 folded every row; a table narrower than this
stays as narrow as its rows, and wider cells wrap inside their column."""

_MARKS = {"at_least": "≥", "more_than": ">", "about": "~", "up_to": "≤", "fewer_than": "<", "vague": "~"}


def figure(count: dict[str, Any] | None, children: bool = False) -> str:
    """A count (its contract form) as a short figure; ``children`` adds the subgroup when there is one."""
    if count is None:
        return ""
    if count["qualifier"] == "range":
        text = f"{count['low']}-{count['high']}"
    else:
        text = f"{_MARKS.get(count['qualifier'], '')}{count['value']}"
    return text + (f" (incl. {count['children']} children)" if children and count.get("children") else "")


errors = Console(stderr=True, highlight=False, soft_wrap=True)
"""Error lines on stderr, never wrapped: a file's path in them stays whole to copy, at any terminal width."""


def table_console() -> Console:
    """A console for tables on stdout: the terminal's width (Rich finds it on stdout, stderr or stdin, so
    ``| less`` keeps it), ``$COLUMNS`` when set, else ``PIPED_WIDTH`` rather than 80."""
    if os.environ.get("COLUMNS") or any(stream.isatty() for stream in (sys.stdout, sys.stderr, sys.stdin) if stream):
        return Console()
    return Console(width=PIPED_WIDTH)
