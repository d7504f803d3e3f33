"""Statements the linker runs for every document, compiled once and run on the driver's own cursor.

Linking a document runs about fifteen statements (its writes, the refresh of the incidents it
touched, their list rows). Through ``Connection.execute`` each cost 45-85 µs of SQLAlchemy's
execution context, parameter and result handling against about 4 µs of SQLite's own work:
most of a document's time in SQL. A ``Prepared`` statement is compiled once per dialect into
its SQL text, the order of its parameters with their bind processors and its result columns with
their result processors (the same processors SQLAlchemy applies: dates read back from SQLite's
text, booleans from its integers), and then runs on the transaction's DBAPI connection.
A driver's error is raised as SQLAlchemy would raise it (``DataError`` and the rest), so callers
catch what they caught before. A connection outside a transaction goes through SQLAlchemy (which
begins one as it always does).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable


class Prepared:
    """One statement, compiled once per dialect (see the module docstring)."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._compiled: dict[str, _Compiled] = {}

    def rows(self, connection: Connection, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """The result's rows as dicts (what ``.mappings()`` gives, as plain dicts)."""
        if not connection.in_transaction():
            return [dict(r) for r in connection.execute(self.statement, params or {}).mappings()]
        compiled = self._for(connection)
        keys = compiled.keys
        return [dict(zip(keys, row)) for row in compiled.fetch(connection, params or {})]

    def tuples(self, connection: Connection, params: dict[str, Any] | None = None) -> list[tuple[Any, ...]]:
        """The result's rows as tuples."""
        if not connection.in_transaction():
            return [tuple(r) for r in connection.execute(self.statement, params or {})]
        return self._for(connection).fetch(connection, params or {})

    def run(self, connection: Connection, params: dict[str, Any] | Sequence[dict[str, Any]]) -> None:
        """Execute for one set of parameters, or for each of a list of them (a write)."""
        if not connection.in_transaction():
            connection.execute(self.statement, params)
            return
        many = not isinstance(params, dict)
        if many and not params:
            return
        self._for(connection).run(connection, params, many=many)

    def _for(self, connection: Connection) -> _Compiled:
        name = connection.dialect.name
        found = self._compiled.get(name)
        if found is None:
            found = self._compiled[name] = _Compiled(self.statement, connection.dialect)
        return found


class _Compiled:
    """A statement's SQL for one dialect, with how its parameters go in and its rows come out."""

    def __init__(self, statement: Executable, dialect: Any) -> None:
        compiled = statement.compile(dialect=dialect)
        defaults = compiled.construct_params(_check=False)
        sql, order, bind_processors = compiled.string, compiled.positiontup, compiled._bind_processors
        if compiled.post_compile_params:  # an IN over values the statement holds ("killed", "injured", ...): rendered now
            expanded = compiled._process_parameters_for_postcompile(defaults)
            sql, order, defaults = expanded.statement, expanded.positiontup, expanded.parameters
            bind_processors = {**bind_processors, **expanded.processors}
        self.sql = sql
        self.dialect = dialect
        self.positional = compiled.positional
        self.binds = [(name, bind_processors.get(name), defaults.get(name)) for name in (order if self.positional else defaults)]
        self.names = [name for name, _, _ in self.binds]
        columns = getattr(compiled, "_result_columns", None) or []
        self.keys = [c[0] for c in columns]
        self.types = [c[3] for c in columns]
        self.converted: list[tuple[int, Callable[[Any], Any]]] | None = None
        """The result columns that need a processor, with it (a row's few dates and booleans among 40 columns): read
        from the driver's type codes at the first execution (PostgreSQL's say which processor a column needs, as in
        SQLAlchemy); a column the driver's value already fits is left as it is."""
        self.error = dialect.loaded_dbapi.Error

    def parameters(self, params: dict[str, Any]) -> Any:
        """The driver's parameters for one set of ``params`` (a statement's default where one is left out): one list built
        in one pass, since a refresh's writes run this for every row of every table they write (some 150 a report)."""
        get = params.get
        values = [get(name, default) if processor is None else processor(get(name, default)) for name, processor, default in self.binds]
        return tuple(values) if self.positional else dict(zip(self.names, values))

    def fetch(self, connection: Connection, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        """Execute; the rows, each value as SQLAlchemy's result processors give it."""
        cursor = self.run(connection, params, many=False)
        try:
            found = cursor.fetchall()
            if self.converted is None:
                processors = (t._cached_result_processor(self.dialect, d[1]) for t, d in zip(self.types, cursor.description))
                self.converted = [(column, p) for column, p in enumerate(processors) if p]
        finally:
            cursor.close()
        converted = self.converted
        if not converted:
            return [tuple(row) for row in found]
        out = []
        for row in found:
            values = list(row)
            for column, processor in converted:
                values[column] = processor(values[column])
            out.append(tuple(values))
        return out

    def run(self, connection: Connection, params: Any, many: bool) -> Any:
        """Execute; the cursor (closed here for a write)."""
        cursor = connection.connection.driver_connection.cursor()
        try:
            if many:
                cursor.executemany(self.sql, [self.parameters(p) for p in params])
            else:
                cursor.execute(self.sql, self.parameters(params))
        except self.error as error:
            cursor.close()
            raise DBAPIError.instance(self.sql, params, error, self.error, dialect=self.dialect) from error
        if many or cursor.description is None:
            cursor.close()
        return cursor
