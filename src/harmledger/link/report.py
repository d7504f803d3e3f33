"""An incident as linking sees it: its mentions, every claim, the reconciled figures and the history."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection

from harmledger.dates import iso, iso_instant
from harmledger.link.linker import claim_of
from harmledger.link.reconcile import history, reconcile, told_order
from harmledger.store import linking


def describe(connection: Connection, incident_id: str) -> dict[str, Any] | None:
    """The incident's row, its mentions (with document dates), claims, reconciled figures and history."""
    row = linking.incident_row(connection, incident_id)
    if row is None:
        return None
    members = linking.incident_mentions(connection, [incident_id])
    claims = [claim_of(c) for c in linking.incident_claims(connection, [incident_id])]
    figures = reconcile(claims)
    return {
        "incident": row,
        "mentions": members,
        "claims": [
            {"mention_id": c.mention_id, "document_id": c.document_id, "published": iso(c.published), "published_at": iso_instant(c.published_at),
             "speaker": c.speaker, "slot": c.slot, "value": c.value, "qualifier": c.qualifier, "low": c.low, "best": c.best, "high": c.high,
             "children": c.children, "background": c.background}
            for c in sorted(claims, key=lambda c: (c.published is None, told_order(c), c.slot))
        ],
        "figures": {slot: f.to_dict() for slot, f in figures.items()},
        "history": history(claims),
    }
