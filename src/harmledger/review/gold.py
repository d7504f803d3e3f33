"""``export --format gold``: the analysts' verdicts as eval records, so ``harmledger eval`` scores the
extractor against the team's own corrections (the record format of ``shared/data/eval/README.md``).

Which documents: those whose every mention has been judged — its incident confirmed,
corrected or rejected, or the mention marked as telling no incident — with at least one
confirmed or corrected incident; a document with an unreviewed mention would make an
incomplete gold record, and an extractor that finds that incident would be charged a
spurious one. Its gold incidents: each confirmed or corrected incident it tells, with
the incident's reviewed fields (place, date, type, weapon, perpetrator, attribution,
figures); rejected incidents and mentions that tell none are left out, so finding
them again counts against the extractor.

What is scored (``score``): place, date, type and weapon always (an analyst judged them).
Figures only where the record's text should state the incident's final toll: every
gold incident is told as new in it and it is that incident's latest report. An earlier
report's figure is history ("at least 2" before the toll reached 16), not a misreading.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from sqlalchemy import Connection, and_, exists, or_, select

from harmledger.store.schema import corrections, counts, documents, incidents, mentions, places

REVIEWED = ("confirmed", "corrected")
JUDGED = (*REVIEWED, "rejected")
SUITE = "gold"


def write_gold(engine: Any, handle: IO[str]) -> int:
    """One eval record per fully judged document (see the module docstring); the number written."""
    written = 0
    with engine.connect() as connection:
        for document in connection.execute(_judged_documents()).mappings():
            handle.write(json.dumps(_record(connection, document), ensure_ascii=False) + "\n")
            written += 1
    return written


def _judged_documents():
    """Documents with a reviewed incident and no mention left unjudged, in publication order."""
    unjudged = (
        select(mentions.c.id)
        .outerjoin(incidents, incidents.c.id == mentions.c.incident_id)
        .where(mentions.c.document_id == documents.c.id, mentions.c.not_incident.is_(False),
               or_(incidents.c.id.is_(None), incidents.c.review_status.not_in(JUDGED)))
    )
    reviewed = (
        select(mentions.c.id)
        .join(incidents, incidents.c.id == mentions.c.incident_id)
        .where(mentions.c.document_id == documents.c.id, incidents.c.review_status.in_(REVIEWED))
    )
    return (
        select(documents.c.id, documents.c.text, documents.c.published, documents.c.title, documents.c.url)
        .where(exists(reviewed), ~exists(unjudged))
        .order_by(documents.c.published, documents.c.id)
    )


def _record(connection: Connection, document: dict[str, Any]) -> dict[str, Any]:
    golds, final = [], True
    for told in _told(connection, document["id"]):
        if any(g["id"] == told["incident_id"] for g in golds):
            continue  # two mentions an analyst merged: one incident
        golds.append(_incident(connection, told))
        final = final and not told["background"] and told["last_reported"] == document["published"]
    published = document["published"].isoformat() if document["published"] else None
    return {
        "id": f"{SUITE}:{document['id']}", "suite": SUITE, "text": document["text"], "published": published,
        "title": document["title"], "url": document["url"], "incidents": golds,
        "score": {"killed": final, "injured": final, "place": True, "date": True, "type": True, "weapon": True},
    }


def _told(connection: Connection, document_id: str) -> Iterator[dict[str, Any]]:
    """The document's mentions of reviewed incidents, in document order, with the incident's row and place."""
    query = (
        select(mentions.c.id.label("mention_id"), mentions.c.background, incidents, places.c.name.label("place_name"),
               places.c.precision.label("place_precision"))
        .join(incidents, incidents.c.id == mentions.c.incident_id)
        .outerjoin(places, places.c.id == incidents.c.place_id)
        .where(mentions.c.document_id == document_id, mentions.c.not_incident.is_(False), incidents.c.review_status.in_(REVIEWED))
        .order_by(mentions.c.ordinal)
    )
    for row in connection.execute(query).mappings():
        yield {**dict(row), "incident_id": row["id"]}


def _incident(connection: Connection, told: dict[str, Any]) -> dict[str, Any]:
    start = told["event_date"]
    return {
        "id": told["incident_id"],
        "kind": told["kind"],
        "background": bool(told["background"]),
        "date": None if start is None else {"start": start.isoformat(), "end": (told["when_end"] or start).isoformat(),
                                            "precision": told["when_precision"] or "day"},
        "place": None if told["lat"] is None else {
            "name": told["place_name"], "admin1": told["admin1"], "country": told["country"], "lat": told["lat"], "lon": told["lon"],
            "precision": told["place_precision"] or "town",
        },
        **{key: told[key] for key in ("event_type", "sub_event_type", "weapon", "perpetrator", "attribution")},
        **{slot: _figure(connection, told, slot) for slot in ("killed", "injured")},
    }


def _figure(connection: Connection, told: dict[str, Any], slot: str) -> dict[str, Any] | None:
    """The incident's reviewed figure, with the qualifier the analyst gave, else the one this mention stated."""
    if told[slot] is None:
        return None
    corrected = connection.scalar(select(corrections.c.value).where(and_(corrections.c.incident_id == told["incident_id"], corrections.c.field == slot)))
    if corrected is not None:
        return {"value": told[slot], "qualifier": json.loads(corrected)["qualifier"]}
    stated = connection.scalar(select(counts.c.qualifier).where(counts.c.mention_id == told["mention_id"], counts.c.slot == slot))
    return {"value": told[slot], "qualifier": stated or "exact"}
