"""The queries and writes the link stage needs: candidate blocks, members, claims, incident rows.

Candidates come from blocks, never from the whole ledger: incidents of the same
kind reported within a window of the new document that share a rare key or a
grid cell with it (``ix_link_keys_key_day``).
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Connection, Integer, bindparam, func, literal_column, select, union_all, update

from harmledger.store.query import IDS
from harmledger.store.schema import counts, documents, fingerprints, incidents, link_keys, mentions, places
from harmledger.store.writer import insert_ignore, upsert, upsert_all


def save_fingerprint(connection: Connection, document_id: str, data: str) -> None:
    upsert(connection, fingerprints, {"document_id": document_id, "data": data}, ["document_id"])


def document_mentions(connection: Connection, document_id: str) -> list[dict[str, Any]]:
    return [dict(r) for r in connection.execute(_DOCUMENT_MENTIONS, {"document_id": document_id}).mappings()]


_DOCUMENT_MENTIONS = (
    select(mentions, documents.c.published, places.c.precision)
    .join(documents, documents.c.id == mentions.c.document_id)
    .outerjoin(places, places.c.id == mentions.c.place_id)
    .where(mentions.c.document_id == bindparam("document_id"))
    .order_by(mentions.c.ordinal)
)


def incidents_on(
    connection: Connection, *, lat: float, lon: float, box_degrees: float, start: date, end: date, event_type: str | None, limit: int
) -> list[str]:
    """Event incidents told as new, placed in the box around (lat, lon), dated between ``start`` and ``end``."""
    where = [
        incidents.c.lat.between(lat - box_degrees, lat + box_degrees),
        incidents.c.lon.between(lon - box_degrees * 2, lon + box_degrees * 2),
        incidents.c.event_date.between(start, end),
        incidents.c.kind == "event",
        incidents.c.background.is_(False),
        incidents.c.merged_into.is_(None),
    ]
    if event_type:
        where.append(func.coalesce(incidents.c.event_type, event_type) == event_type)
    return list(connection.scalars(select(incidents.c.id).where(*where).order_by(incidents.c.event_date, incidents.c.id).limit(limit)))


def keyed_incidents(
    connection: Connection, wanted: list[tuple[dict[str, int], date | None]], *, kind: str, per_key: int, limit: int
) -> list[list[str]]:
    """For each ``(keys, day)`` wanted (a document's mentions; ``keys`` maps each key to its window, the days
    either side of ``day``), the incidents of ``kind`` that share keys with a document reported within the key's
    window, those sharing the most first, then the latest reported.
    Each key contributes at most its ``per_key`` latest incidents, so a key that many incidents share (a common
    name, a city's cell) costs no more than a rare one.

    One statement for all the mentions' keys, ``WALKS_PER_STATEMENT`` at a time: each key's latest incidents (a
    union of each key's walk of ``ix_link_keys_key_day``, built once) with their kind and last report.
    """
    walks = list(dict.fromkeys((key, day, window_days) for keys, day in wanted for key, window_days in keys.items()))
    found: dict[tuple[str, date | None, int], list[str]] = {walk: [] for walk in walks}
    last_reported: dict[str, date | None] = {}
    for start in range(0, len(walks), WALKS_PER_STATEMENT):
        chunk = walks[start : start + WALKS_PER_STATEMENT]
        values: dict[str, Any] = {"per_key": per_key}
        for n, (key, day, window_days) in enumerate(chunk):
            window = timedelta(days=window_days)
            values |= {f"key{n}": key, f"start{n}": day - window if day else date.min, f"end{n}": day + window if day else date.max}
        values |= {f"{name}{n}": None for n in range(len(chunk), WALKS_PER_STATEMENT) for name in ("key", "start", "end")}  # a NULL key matches nothing
        for n, incident, reported in connection.execute(_KEY_WALKS, {**values, "kind": kind}):
            found[chunk[n]].append(incident)
            last_reported[incident] = reported
    out = []
    for keys, day in wanted:
        shared = Counter(incident for key, window_days in keys.items() for incident in found[key, day, window_days])
        out.append(sorted(shared, key=lambda incident: (-shared[incident], -(last_reported[incident] or date.min).toordinal(), incident))[:limit])
    return out


WALKS_PER_STATEMENT = 32
"""Keys walked in one statement, the rest of it asking for no key: one shape to compile (about a millisecond a
walk, once per engine) that holds 96% of documents' keys; a shape per number of keys cost a short ingest more
in compiling than in running."""


def _key_walks(count: int) -> Any:
    """The union of ``count`` keys' walks, each the key's latest incidents in its window tagged with its place,
    less those of another kind or merged away (left out after the walk: they count toward a key's latest)."""
    walks = []
    for n in range(count):
        latest = (
            select(literal_column(str(n), Integer).label("walk"), link_keys.c.incident_id)
            .where(link_keys.c.key == bindparam(f"key{n}"), link_keys.c.day.between(bindparam(f"start{n}"), bindparam(f"end{n}")))
            .order_by(link_keys.c.day.desc(), link_keys.c.incident_id.desc())
            .limit(bindparam("per_key"))
        )
        walks.append(select(latest.subquery()))
    keyed = union_all(*walks).subquery()
    return (
        select(keyed.c.walk, keyed.c.incident_id, incidents.c.last_reported)
        .join(incidents, incidents.c.id == keyed.c.incident_id)
        .where(incidents.c.kind == bindparam("kind"), incidents.c.merged_into.is_(None))
    )


_KEY_WALKS = _key_walks(WALKS_PER_STATEMENT)


def add_keys(connection: Connection, incident_id: str, keys: list[str], day: date | None) -> None:
    add_keys_of(connection, {incident_id: keys}, day)


def add_keys_of(connection: Connection, keyed: dict[str, list[str]], day: date | None) -> None:
    """Incident id → its keys, given on ``day``, in one statement (a report that opens many incidents keys them all)."""
    found = [{"key": key, "incident_id": incident_id, "day": day} for incident_id, keys in keyed.items() for key in keys]
    if found and day is not None:
        insert_ignore(connection, link_keys, found)


def incident_members(connection: Connection, incident_ids: list[str]) -> list[dict[str, Any]]:
    """Every mention of the incidents with its document's date, and whether it is its document's lead (their
    fingerprints are ``fingerprints_of``: a linker holds most of them decoded already)."""
    if not incident_ids:
        return []
    return [dict(r) for r in connection.execute(_MEMBERS, {"ids": incident_ids}).mappings()]


def _members() -> Any:
    """The statement of ``incident_members``, built once (building it took longer than running it)."""
    others = mentions.alias("others")
    lead_ordinal = (
        select(func.min(others.c.ordinal))
        .where(others.c.document_id == mentions.c.document_id, others.c.kind == "event", others.c.background.is_(False))
        .scalar_subquery()
    )
    return (
        select(mentions.c.id, mentions.c.incident_id, mentions.c.document_id, mentions.c.ordinal, mentions.c.lat, mentions.c.lon,
               mentions.c.when_start, mentions.c.background, documents.c.published, (mentions.c.ordinal == lead_ordinal).label("lead"))
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(mentions.c.incident_id.in_(IDS))
        .order_by(mentions.c.incident_id, documents.c.published, mentions.c.id)
    )


_MEMBERS = _members()


def fingerprints_of(connection: Connection, document_ids: list[str]) -> dict[str, str]:
    """Document id → its stored fingerprint (JSON), for those that have one."""
    found: dict[str, str] = {}
    for start in range(0, len(document_ids), 500):  # SQLite's bind limit
        found.update(connection.execute(_FINGERPRINTS, {"ids": document_ids[start : start + 500]}).all())
    return found


_FINGERPRINTS = select(fingerprints.c.document_id, fingerprints.c.data).where(fingerprints.c.document_id.in_(IDS))


def incident_claims(connection: Connection, incident_ids: list[str]) -> list[dict[str, Any]]:
    """Every figure any mention of the incidents gives, with its mention's incident and its document's date."""
    return [dict(r) for r in connection.execute(_CLAIMS, {"ids": incident_ids}).mappings()] if incident_ids else []


_CLAIMS = (
    select(counts, mentions.c.incident_id, mentions.c.document_id, mentions.c.background, documents.c.published)
    .join(mentions, mentions.c.id == counts.c.mention_id)
    .join(documents, documents.c.id == mentions.c.document_id)
    .where(mentions.c.incident_id.in_(IDS))
)


def incident_mentions(connection: Connection, incident_ids: list[str]) -> list[dict[str, Any]]:
    """Every mention of the incidents with its document's date, by incident, each incident's in publication order."""
    return [dict(r) for r in connection.execute(_INCIDENT_MENTIONS, {"ids": incident_ids}).mappings()] if incident_ids else []


_INCIDENT_MENTIONS = (
    select(mentions, documents.c.published)
    .join(documents, documents.c.id == mentions.c.document_id)
    .where(mentions.c.incident_id.in_(IDS))
    .order_by(mentions.c.incident_id, documents.c.published, mentions.c.id)
)


def assign(connection: Connection, assigned: dict[str, str]) -> None:
    """Mention id → the incident it joins, in one statement."""
    if assigned:
        connection.execute(_ASSIGN, [{"mention_id": mention, "incident": incident} for mention, incident in assigned.items()])


_ASSIGN = update(mentions).where(mentions.c.id == bindparam("mention_id")).values(incident_id=bindparam("incident"))


def save_incidents(connection: Connection, rows: list[dict[str, Any]]) -> None:
    upsert_all(connection, incidents, rows, ["id"])


def unlinked_documents(connection: Connection) -> list[str]:
    """Documents with a mention not yet linked, in publication order (mentions stored before linking existed)."""
    query = (
        select(documents.c.id)
        .where(documents.c.id.in_(select(mentions.c.document_id).where(mentions.c.incident_id.is_(None), mentions.c.pinned.is_(False))))
        .order_by(func.coalesce(documents.c.published, date.max), documents.c.id)
    )
    return list(connection.scalars(query))


def incident_row(connection: Connection, incident_id: str) -> dict[str, Any] | None:
    row = connection.execute(select(incidents).where(incidents.c.id == incident_id)).mappings().first()
    return dict(row) if row else None


def incident_ids(connection: Connection) -> list[str]:
    """Every incident, in the order of its first report."""
    query = select(incidents.c.id).order_by(func.coalesce(incidents.c.first_reported, date.max), incidents.c.id)
    return list(connection.scalars(query))


def document_leads(connection: Connection) -> dict[str, str]:
    """Document id → its lead mention: the first event it tells as new (else its first mention)."""
    query = select(mentions.c.document_id, mentions.c.id, mentions.c.kind, mentions.c.background).order_by(mentions.c.document_id, mentions.c.ordinal)
    leads: dict[str, str] = {}
    fallback: dict[str, str] = {}
    for document_id, mention_id, kind, background in connection.execute(query):
        fallback.setdefault(document_id, mention_id)
        if kind == "event" and not background:
            leads.setdefault(document_id, mention_id)
    return {**fallback, **leads}
