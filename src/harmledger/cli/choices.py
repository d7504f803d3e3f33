"""Options with a fixed set of values: an unknown one is a usage error (exit 2) that lists the choices."""

from __future__ import annotations

from enum import Enum


def choices(name: str, *values: str) -> type[Enum]:
    """A str Enum of ``values`` for a Typer option: help shows them, anything else is refused, and a
    member compares equal to its string (``format == "table"``; ``.value`` where it is printed)."""
    return Enum(name, {value: value for value in values}, type=str)
