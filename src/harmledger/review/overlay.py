"""An incident row as the analysts left it: what linking recomputed, with their corrections laid over.

``link.linker.refresh`` recomputes an incident from its mentions whenever a new report
joins it; it hands the row here before saving it, so a correction, a verdict or a
merge is never undone by linking. Here too the row gets the fields an analyst may
correct that linking does not reconcile (the lead mention's place, date end and
precision, weapon, perpetrator, attribution) and the review queue's cost.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, select

from harmledger.review.fields import apply
from harmledger.store.ids import among_ids
from harmledger.store.prepared import Prepared
from harmledger.store.schema import corrections, reviews

LEAD_FIELDS = ("place_id", "when_end", "when_precision", "weapon", "perpetrator", "attribution")


def reviewed_rows(connection: Connection, rows: list[dict[str, Any]], members: dict[str, list[dict[str, Any]]],
                  opened: Collection[str] = ()) -> list[dict[str, Any]]:
    """``rows`` (recomputed incidents; ``members`` their mentions by incident id), each with its lead's fields, its
    confidence, the analysts' corrections and verdict: two queries for them all (linking refreshes every
    incident a report touches), none for the incidents in ``opened``, which the caller's transaction created: an
    analyst corrects or judges only an incident that exists, and one with a verdict is never deleted (``linking.absorb``)."""
    ids = [row["id"] for row in rows if row["id"] not in opened]
    corrected: dict[str, list[tuple[str, str]]] = defaultdict(list)
    verdicts: dict[str, str] = {}
    if ids:
        for incident, field, value in _CORRECTIONS.tuples(connection, {"ids": ids}):
            corrected[incident].append((field, value))
        verdicts = dict(_VERDICTS.tuples(connection, {"ids": ids}))
    for row in rows:
        lead = next(m for m in members[row["id"]] if m["id"] == row["lead_mention_id"])
        row.update({key: lead[key] for key in LEAD_FIELDS})
        row["confidence"] = max((m["confidence"] for m in members[row["id"]] if m["confidence"] is not None), default=None)
        for field, value in corrected[row["id"]]:
            apply(row, field, json.loads(value))
        row["review_status"] = verdicts.get(row["id"]) or "unreviewed"
        row["mistake_cost"] = mistake_cost(row)
    return rows


_CORRECTIONS = Prepared(
    select(corrections.c.incident_id, corrections.c.field, corrections.c.value)
    .where(among_ids(corrections.c.incident_id))
    .order_by(corrections.c.incident_id, corrections.c.field)
)
_VERDICTS = Prepared(select(reviews.c.incident_id, reviews.c.status).where(among_ids(reviews.c.incident_id)))


def mistake_cost(row: dict[str, Any]) -> float:
    """What getting this incident wrong would cost: its toll (killed + injured) times the doubt (1 - confidence)."""
    toll = (row.get("killed") or 0) + (row.get("injured") or 0)
    return float(toll) * (1.0 - (row.get("confidence") or 0.0))
