"""The audit: one row per change an analyst made, with who, when, the values before and after, and why.

Rows are only ever added: nothing in the workspace deletes or rewrites one.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from harmledger.dates import utc_now
from harmledger.store.schema import review_audit


def record(connection: Connection, incident_id: str, action: str, user: str, before: Any, after: Any, comment: str | None) -> None:
    connection.execute(
        review_audit.insert().values(
            incident_id=incident_id, action=action, user_name=user, at=utc_now(),
            before=json.dumps(before, default=str, sort_keys=True), after=json.dumps(after, default=str, sort_keys=True), comment=comment,
        )
    )


def entries(connection: Connection, incident_id: str) -> list[dict[str, Any]]:
    """The incident's audit, oldest first, with the values as JSON again."""
    query = select(review_audit).where(review_audit.c.incident_id == incident_id).order_by(review_audit.c.id)
    return [
        {"id": r["id"], "action": r["action"], "user": r["user_name"], "at": r["at"].isoformat() + "Z",
         "before": json.loads(r["before"]), "after": json.loads(r["after"]), "comment": r["comment"]}
        for r in connection.execute(query).mappings()
    ]
