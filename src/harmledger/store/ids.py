"""A column's value among a list of ids bound as one parameter, for statements built once.

An expanding ``IN`` (``bindparam(..., expanding=True)``) is rendered anew at every
execution with one placeholder per id, and SQLite prepares each new length of it
again: for the linker, which asks about a few dozen ids a dozen times per document,
that was half of what those statements cost. Here the list is one parameter, so the
statement's text never changes: a JSON array read by ``json_each`` on SQLite, an
array compared with ``= ANY`` on PostgreSQL. Neither has a bind limit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Boolean, Text, bindparam
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.expression import ColumnElement
from sqlalchemy.sql.visitors import InternalTraversal
from sqlalchemy.types import TypeDecorator


class IdList(TypeDecorator):
    """Ids bound as one value: a JSON array on SQLite, a text array on PostgreSQL."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Any) -> Any:
        return dialect.type_descriptor(ARRAY(Text) if dialect.name == "postgresql" else Text())

    def process_bind_param(self, value: Iterable[str] | None, dialect: Any) -> Any:
        ids = list(value or ())
        return ids if dialect.name == "postgresql" else json.dumps(ids)


class AmongIds(ColumnElement[bool]):
    """``column`` is one of the ids bound to ``parameter`` (see the module docstring)."""

    inherit_cache = True
    type = Boolean()
    _is_implicitly_boolean = True  # a comparison already: SQLite's compiler adds no "= 1"
    _traverse_internals = [("column", InternalTraversal.dp_clauseelement), ("parameter", InternalTraversal.dp_clauseelement)]

    def __init__(self, column: Any, parameter: Any) -> None:
        self.column = column
        self.parameter = parameter


@compiles(AmongIds, "postgresql")
def _any(element: AmongIds, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} = ANY ({compiler.process(element.parameter, **kw)})"


@compiles(AmongIds)
def _json_each(element: AmongIds, compiler: Any, **kw: Any) -> str:
    return f"{compiler.process(element.column, **kw)} IN (SELECT value FROM json_each({compiler.process(element.parameter, **kw)}))"


def among_ids(column: Any, name: str = "ids") -> AmongIds:
    """``column`` among the ids the statement is executed with as ``{name: [...]}``."""
    return AmongIds(column, bindparam(name, type_=IdList()))
