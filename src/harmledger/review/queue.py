"""The review queue: unreviewed incidents, those whose mistake would cost most first.

Contested figures come first (named sources disagree: someone must decide), then by
``mistake_cost`` (toll times the doubt, ``overlay.mistake_cost``), kept on the row so
the queue is one walk of ``ix_incidents_review_queue``, however large the ledger.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from harmledger.store.schema import incidents


def queue(connection: Connection, limit: int = 50, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The number waiting and one page of them."""
    waiting = [incidents.c.review_status == "unreviewed", incidents.c.merged_into.is_(None)]
    total = connection.scalar(select(func.count()).select_from(incidents).where(*waiting))
    query = (
        select(incidents)
        .where(*waiting)
        .order_by(incidents.c.contested.desc(), incidents.c.mistake_cost.desc(), incidents.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return total, [dict(r) for r in connection.execute(query).mappings()]
