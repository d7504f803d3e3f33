"""One regular-expression choice among many words or fragments, built the same way everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable


def choice(items: Iterable[str], *, literal: bool = True, flexible_spaces: bool = False) -> str:
    """A regex alternation of ``items``, longest first so that none shadows a longer one
    ("killed" before "kill"). ``literal`` escapes them (word lists; off for regex fragments of
    the pattern files); ``flexible_spaces`` lets a space match any run of white space, as
    machine-translated and line-wrapped text has ("were  killed")."""
    out = [re.escape(i) if literal else i for i in sorted(items, key=len, reverse=True)]
    if flexible_spaces:
        out = [i.replace(r"\ " if literal else " ", r"\s+") for i in out]
    return "|".join(out)
