"""Word lists and tables that drive the rules: data, not code."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def _read(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


@cache
def word_set(name: str) -> frozenset[str]:
    """Lower-cased entries of ``<name>.txt``: one per line, ``#`` starts a comment."""
    entries = (line.split("#", 1)[0].strip().lower() for line in _read(f"{name}.txt").splitlines())
    return frozenset(e for e in entries if e)


def tsv_rows(name: str) -> list[list[str]]:
    """The tab-separated fields of each line of ``<name>.tsv``; a line starting ``#`` is a comment."""
    return [line.split("\t") for line in _read(f"{name}.tsv").splitlines() if line.strip() and not line.startswith("#")]


@cache
def table(name: str) -> Any:
    """The parsed contents of ``<name>.json``."""
    return json.loads(_read(f"{name}.json"))
