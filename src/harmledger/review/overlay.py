"""An incident row as the analysts left it: what linking recomputed, with their corrections laid over.

``link.linker.refresh`` recomputes an incident from its mentions whenever a new report
joins it; it hands the row here before saving it, so a correction, a verdict or a
merge is never undone by linking. Here too the row gets the fields an analyst may
correct that linking does not reconcile (the lead mention's place, date end and
precision, weapon, perpetrator, attribution) and the review queue's cost.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, select

from harmledger.review.fields import apply
from harmledger.store.schema import corrections, reviews

LEAD_FIELDS = ("place_id", "when_end", "when_precision", "weapon", "perpetrator", "attribution")


def reviewed_row(connection: Connection, row: dict[str, Any], members: list[dict[str, Any]]) -> dict[str, Any]:
    """``row`` (a recomputed incident) with its lead's fields, its confidence, the analysts' corrections and verdict."""
    lead = next(m for m in members if m["id"] == row["lead_mention_id"])
    row.update({key: lead[key] for key in LEAD_FIELDS})
    row["confidence"] = max((m["confidence"] for m in members if m["confidence"] is not None), default=None)
    found = connection.execute(select(corrections.c.field, corrections.c.value).where(corrections.c.incident_id == row["id"]))
    for field, value in found:
        apply(row, field, json.loads(value))
    verdict = connection.scalar(select(reviews.c.status).where(reviews.c.incident_id == row["id"]))
    row["review_status"] = verdict or "unreviewed"
    row["mistake_cost"] = mistake_cost(row)
    return row


def mistake_cost(row: dict[str, Any]) -> float:
    """What getting this incident wrong would cost: its toll (killed + injured) times the doubt (1 - confidence)."""
    toll = (row.get("killed") or 0) + (row.get("injured") or 0)
    return float(toll) * (1.0 - (row.get("confidence") or 0.0))
