"""``Workspace``: the review actions for one user over a ledger, each in a transaction of its own.

``Workspace(ledger, "ana").correct(incident_id, {"killed": {"value": 16, "qualifier": "at_least"}})``;
the functions of ``actions`` take an open connection instead, for callers that hold one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine

from harmledger.review import actions, audit, queue
from harmledger.review.errors import NotFound
from harmledger.store import linking
from harmledger.store.engine import for_writing


class Workspace:
    def __init__(self, engine: Engine | Any, user: str | None = None) -> None:
        """``engine``: an Engine, or a ``Ledger`` (its engine); ``user``: the name the audit records (reading needs none)."""
        self.engine: Engine = getattr(engine, "engine", engine)
        self.user = user

    def confirm(self, incident_id: str, comment: str | None = None) -> dict[str, Any]:
        return self._write(actions.confirm, incident_id, comment=comment)

    def reject(self, incident_id: str, comment: str | None = None) -> dict[str, Any]:
        return self._write(actions.reject, incident_id, comment=comment)

    def correct(self, incident_id: str, changes: dict[str, Any], comment: str | None = None) -> dict[str, Any]:
        return self._write(actions.correct, incident_id, changes, comment=comment)

    def merge(self, survivor_id: str, other_id: str, comment: str | None = None) -> dict[str, Any]:
        return self._write(actions.merge, survivor_id, other_id, comment=comment)

    def split(self, incident_id: str, mention_ids: list[str], comment: str | None = None) -> dict[str, Any]:
        return self._write(actions.split, incident_id, mention_ids, comment=comment)

    def not_an_incident(self, mention_id: str, comment: str | None = None) -> dict[str, Any]:
        return self._write(actions.not_an_incident, mention_id, comment=comment)

    def audit(self, incident_id: str) -> list[dict[str, Any]]:
        """The incident's audit, oldest first; ``NotFound`` when there is no such incident."""
        with self.engine.connect() as connection:
            if linking.incident_row(connection, incident_id) is None:
                raise NotFound(f"no incident with id {incident_id!r}")
            return audit.entries(connection, incident_id)

    def queue(self, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
        with self.engine.connect() as connection:
            return queue.queue(connection, limit, offset)

    def _write(self, action: Callable[..., dict[str, Any]], *args: Any, comment: str | None) -> dict[str, Any]:
        if not self.user:
            raise ValueError("a review action needs the name of the user who takes it (for the audit)")
        with for_writing(self.engine).begin() as connection:
            return action(connection, *args, self.user, comment)
