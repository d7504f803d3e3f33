"""How tables read in a terminal: counts as "≥16", "~600", "5-10"; tables as wide as the terminal, or as the rows when piped.

What the command line prints names files, records and article text, so its consoles read no Rich markup: a file
named ``x[/].txt`` raised MarkupError, and ``[sic]`` or ``[the gunman]`` in a quote vanished from a table.
Colour comes from ``Text`` styles (``said``)."""

from __future__ import annotations

import os
import sys
from typing import Any

from rich.console import Console
from rich.text import Text

PIPED_WIDTH = 200
"""Columns for a table when no terminal says its width: Rich's 80 folded every row; a table narrower than this
stays as narrow as its rows, and wider cells wrap inside their column."""

def counted(number: int, noun: str) -> str:
    """``number`` and ``noun``, plural but for one: "1 warning", "3 warnings"."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


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


errors = Console(stderr=True, highlight=False, soft_wrap=True, markup=False)
"""Error lines on stderr, never wrapped: a file's path in them stays whole to copy, at any terminal width."""
LEVEL_STYLES = {"error": "red", "warning": "yellow"}


def said(message: str, level: str | None = None) -> Text:
    """``level: message`` (or a message that starts with its level: ``error: ...``), the level coloured and the rest as it is."""
    if level is None:
        level, _, message = message.partition(": ") if message.split(":", 1)[0] in LEVEL_STYLES else ("", "", message)
    return Text.assemble((f"{level}:", LEVEL_STYLES.get(level, "red")), " ", message) if level else Text(message)


def table_console() -> Console:
    """A console for tables on stdout: the terminal's width (Rich finds it on stdout, stderr or stdin, so
    ``| less`` keeps it), ``$COLUMNS`` when set, else ``PIPED_WIDTH`` rather than 80."""
    if os.environ.get("COLUMNS") or any(stream.isatty() for stream in (sys.stdout, sys.stderr, sys.stdin) if stream):
        return Console(markup=False)
    return Console(width=PIPED_WIDTH, markup=False)
