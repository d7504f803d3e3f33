"""The review actions over one open transaction: confirm, correct, reject, merge, split, not an incident.

Each checks the ledger's state first (``NotFound``, ``Conflict``, ``Invalid``), writes
what it changes, recomputes the incidents it touched through the link stage's own
``refresh`` (which lays every correction over the result), and adds a row to the audit.
Nothing is deleted: a rejected incident keeps its row and its mentions, a merged one
keeps its row with ``merged_into`` set, a mention that tells no incident keeps its row.

Verdicts: ``confirm`` → confirmed, ``correct`` / ``merge`` / ``split`` → corrected (an
analyst changed it), ``reject`` → rejected; an incident split off starts unreviewed.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, select, update

from harmledger.dates import utc_now
from harmledger.link.fingerprint import Fingerprint
from harmledger.link.linker import cell_key, refresh
from harmledger.review import audit, fields
from harmledger.review.errors import Conflict, Invalid, NotFound
from harmledger.store import linking
from harmledger.store.schema import corrections, documents, incidents, mentions, places, reviews
from harmledger.store.writer import insert_ignore, upsert

STATUSES = ("unreviewed", "confirmed", "corrected", "rejected")


def confirm(connection: Connection, incident_id: str, user: str, comment: str | None = None) -> dict[str, Any]:
    return _verdict(connection, incident_id, "confirmed", "confirm", user, comment)


def reject(connection: Connection, incident_id: str, user: str, comment: str | None = None) -> dict[str, Any]:
    """Not an incident at all: kept, and still listed where a query asks for rejected ones."""
    return _verdict(connection, incident_id, "rejected", "reject", user, comment)


def correct(connection: Connection, incident_id: str, changes: dict[str, Any], user: str, comment: str | None = None) -> dict[str, Any]:
    """Set ``changes`` (field → value, see ``fields.FIELDS``; None means there is none) on the incident."""
    row = _open_incident(connection, incident_id)
    if not changes:
        raise Invalid("no field to correct was given")
    values = {field: fields.checked(field, value) for field, value in changes.items()}
    _check_types(connection, row, values)
    before = {field: _current(connection, row, field) for field in values}
    for field, value in values.items():
        if field == "place" and value is not None:
            insert_ignore(connection, places, [fields.place_row(value)])
        upsert(connection, corrections, {"incident_id": incident_id, "field": field, "value": json.dumps(value),
                                         "user_name": user, "at": utc_now()}, ["incident_id", "field"])
    _set_status(connection, incident_id, "corrected", user)
    refresh(connection, incident_id)
    audit.record(connection, incident_id, "correct", user, before, values, comment)
    return linking.incident_row(connection, incident_id)


def merge(connection: Connection, survivor_id: str, other_id: str, user: str, comment: str | None = None) -> dict[str, Any]:
    """``other``'s mentions join ``survivor`` (pinned there); ``other`` keeps its row, marked merged into it.

    ``other``'s link keys go to the survivor, so a new report that shares them links there.
    """
    if survivor_id == other_id:
        raise Invalid(f"cannot merge incident {survivor_id!r} into itself")
    _open_incident(connection, survivor_id)
    _open_incident(connection, other_id)
    before = {"mentions": _mention_ids(connection, survivor_id), "merged_mentions": _mention_ids(connection, other_id)}
    moved = before["merged_mentions"]
    linking.move_into(connection, survivor_id, other_id, pinned=True)
    connection.execute(update(incidents).where(incidents.c.id == other_id).values(merged_into=survivor_id))
    _set_status(connection, survivor_id, "corrected", user)
    refresh(connection, survivor_id)
    audit.record(connection, survivor_id, "merge", user, before, {"mentions": _mention_ids(connection, survivor_id), "merged": other_id}, comment)
    audit.record(connection, other_id, "merged_into", user, {"merged_into": None, "mentions": moved},
                 {"merged_into": survivor_id, "mentions": []}, comment)
    return linking.incident_row(connection, survivor_id)


def split(connection: Connection, incident_id: str, mention_ids: list[str], user: str, comment: str | None = None) -> dict[str, Any]:
    """``mention_ids`` leave the incident for a new one of their own (pinned there); the new incident's row."""
    _open_incident(connection, incident_id)
    members = _mention_ids(connection, incident_id)
    chosen = list(dict.fromkeys(mention_ids))
    if not chosen:
        raise Invalid("name at least one mention to split off")
    strangers = [m for m in chosen if m not in members]
    if strangers:
        raise Invalid(f"mention {strangers[0]!r} is not in incident {incident_id!r}")
    if len(chosen) == len(members):
        raise Conflict(f"splitting every mention off incident {incident_id!r} would leave it empty: split off fewer")
    new_id = split_id(incident_id, chosen)
    if linking.incident_row(connection, new_id) is not None:
        raise Conflict(f"these mentions were split off incident {incident_id!r} before, as {new_id!r}")
    connection.execute(update(mentions).where(mentions.c.id.in_(chosen)).values(incident_id=new_id, pinned=True))
    refresh(connection, new_id)
    _copy_keys(connection, new_id, chosen)
    _set_status(connection, incident_id, "corrected", user)
    refresh(connection, incident_id)
    audit.record(connection, incident_id, "split", user, {"mentions": members}, {"mentions": _mention_ids(connection, incident_id), "split_into": new_id}, comment)
    audit.record(connection, new_id, "split_from", user, {"incident": incident_id, "mentions": []}, {"incident": new_id, "mentions": chosen}, comment)
    return linking.incident_row(connection, new_id)


def not_an_incident(connection: Connection, mention_id: str, user: str, comment: str | None = None) -> dict[str, Any]:
    """The mention tells no incident (a misread figure, a quote): it leaves its incident for none, pinned."""
    mention = connection.execute(select(mentions.c.incident_id, mentions.c.not_incident).where(mentions.c.id == mention_id)).first()
    if mention is None:
        raise NotFound(f"no mention with id {mention_id!r}")
    if mention.not_incident:
        raise Conflict(f"mention {mention_id!r} is already marked as not an incident")
    incident_id = mention.incident_id
    if incident_id is None:
        raise Conflict(f"mention {mention_id!r} is not linked to an incident yet")
    _open_incident(connection, incident_id)
    if _mention_ids(connection, incident_id) == [mention_id]:
        raise Conflict(f"mention {mention_id!r} is the only one of incident {incident_id!r}: reject the incident instead")
    connection.execute(update(mentions).where(mentions.c.id == mention_id).values(incident_id=None, pinned=True, not_incident=True))
    _set_status(connection, incident_id, "corrected", user)
    refresh(connection, incident_id)
    audit.record(connection, incident_id, "not_an_incident", user, {"mention": mention_id, "incident_id": incident_id},
                 {"mention": mention_id, "incident_id": None}, comment)
    return linking.incident_row(connection, incident_id)


def split_id(incident_id: str, mention_ids: list[str]) -> str:
    """A split-off incident's id: from the incident and the mentions that left it (never a linker's id)."""
    return "i" + hashlib.sha256(("split\n" + incident_id + "\n" + "\n".join(sorted(mention_ids))).encode()).hexdigest()[:31]


def _verdict(connection: Connection, incident_id: str, status: str, action: str, user: str, comment: str | None) -> dict[str, Any]:
    row = _open_incident(connection, incident_id)
    _set_status(connection, incident_id, status, user)
    connection.execute(update(incidents).where(incidents.c.id == incident_id).values(review_status=status))
    audit.record(connection, incident_id, action, user, {"review_status": row["review_status"]}, {"review_status": status}, comment)
    return linking.incident_row(connection, incident_id)


def _open_incident(connection: Connection, incident_id: str) -> dict[str, Any]:
    """The incident's row, locked for this transaction; refused when it is missing or merged away."""
    row = connection.execute(select(incidents).where(incidents.c.id == incident_id).with_for_update()).mappings().first()
    if row is None:
        raise NotFound(f"no incident with id {incident_id!r}")
    if row["merged_into"] is not None:
        raise Conflict(f"incident {incident_id!r} was merged into {row['merged_into']!r}: review that one")
    return dict(row)


def _set_status(connection: Connection, incident_id: str, status: str, user: str) -> None:
    upsert(connection, reviews, {"incident_id": incident_id, "status": status, "user_name": user, "at": utc_now()}, ["incident_id"])


def _mention_ids(connection: Connection, incident_id: str) -> list[str]:
    return list(connection.scalars(select(mentions.c.id).where(mentions.c.incident_id == incident_id).order_by(mentions.c.id)))


def _copy_keys(connection: Connection, incident_id: str, mention_ids: list[str]) -> None:
    """The link keys of the moved mentions' documents and places, for the incident they now tell."""
    query = select(mentions.c.document_id, documents.c.published, mentions.c.lat, mentions.c.lon).join(documents).where(mentions.c.id.in_(mention_ids))
    moved = connection.execute(query).all()
    published = {document_id: day for document_id, day, _, _ in moved}
    for document_id, data in linking.fingerprints_of(connection, list(published)).items():
        fingerprint = Fingerprint.from_bytes(data)
        linking.add_keys(connection, incident_id, fingerprint.keys, fingerprint.published or published[document_id])
    for _, day, lat, lon in moved:
        if lat is not None:
            linking.add_keys(connection, incident_id, [cell_key(lat, lon)], day)


def _check_types(connection: Connection, row: dict[str, Any], values: dict[str, Any]) -> None:
    """A sub-event type must belong to the event type the incident will have (either may be the one changed)."""
    if "sub_event_type" not in values and "event_type" not in values:
        return
    sub = values.get("sub_event_type", row["sub_event_type"])
    if sub is None:
        return
    event_type = values.get("event_type", row["event_type"])
    allowed = fields.sub_event_types(event_type)
    if sub not in allowed:
        raise Invalid(f"sub_event_type: {sub!r} is not a sub-event type of {event_type!r}" + (f" (choose from {', '.join(allowed)})" if allowed else ""))


def _current(connection: Connection, row: dict[str, Any], field: str) -> Any:
    """The value ``field`` has before a correction: a standing correction's, else the row's."""
    stored = connection.scalar(select(corrections.c.value).where(corrections.c.incident_id == row["id"], corrections.c.field == field))
    if stored is not None:
        return json.loads(stored)
    if field in ("killed", "injured"):
        return None if row[field] is None else {"low": row[f"{field}_low"], "best": row[field], "high": row[f"{field}_high"]}
    if field == "place":
        found = connection.execute(select(places).where(places.c.id == row["place_id"])).mappings().first() if row["place_id"] else None
        return dict(found) if found else None
    if field == "date":
        start = row["event_date"]
        return None if start is None else {"start": start.isoformat(), "end": (row["when_end"] or start).isoformat(), "precision": row["when_precision"]}
    return row[field]
