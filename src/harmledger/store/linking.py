"""The queries and writes the link stage needs: what its index of blocks reads, fingerprints, claims, incident rows.

Candidates come from blocks, never from the whole ledger: incidents of the same
kind reported within a window of the new document that share a rare key or a
grid cell with it. The linker holds the blocks in memory (``link/index.py``), read
here once per state of the ledger; per document, only its writes come here.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from sqlalchemy import Connection, bindparam, exists, func, select, text, update

from harmledger.store.ids import among_ids
from harmledger.store.prepared import Prepared
from harmledger.store.query import MENTION_FROM, ROW_COLUMNS
from harmledger.store.rows import STATE
from harmledger.store.schema import counts, documents, fingerprints, incident_rows, incidents, link_keys, mentions, places
from harmledger.store.writer import Written, insert_ignore, upsert, upsert_all


def save_fingerprint(connection: Connection, document_id: str, data: bytes) -> None:
    upsert(connection, fingerprints, {"document_id": document_id, "data": data}, ["document_id"])


def document_mentions(connection: Connection, document_id: str) -> list[dict[str, Any]]:
    """The document's mentions in order, each with its place's precision and what ``incident_members`` reads of it."""
    return _DOCUMENT_MENTIONS.rows(connection, {"document_id": document_id})


_DOCUMENT_MENTIONS = Prepared(
    select(*ROW_COLUMNS, places.c.precision).select_from(MENTION_FROM)
    .where(mentions.c.document_id == bindparam("document_id"))
    .order_by(mentions.c.ordinal)
)


def written_mentions(written: Written) -> list[dict[str, Any]]:
    """``document_mentions`` of a document just written, built from the rows the writer stored rather than read back:
    the same dicts, value for value (``tests/test_linkspeed17_written.py``)."""
    document, places_by_id = written.document, written.places
    return [_as_selected(_DOCUMENT_MENTIONS, {"mentions": _stored_mention(m), "places": places_by_id.get(m["place_id"], {}), "documents": document})
            for m in written.mentions]


def written_claims(written: Written, assigned: dict[str, str]) -> list[dict[str, Any]]:
    """``incident_claims`` of the figures a document just written gives, its mentions linked as ``assigned`` (mention id →
    incident), built from the rows the writer stored: the claims of an incident the document opened are all here."""
    told = {m["id"]: _stored_mention(m) for m in written.mentions}
    return [_as_selected(_CLAIMS, {"counts": count, "mentions": {**told[count["mention_id"]], "incident_id": assigned[count["mention_id"]]},
                                   "documents": written.document})
            for count in written.counts if count["mention_id"] in assigned]


def _stored_mention(row: dict[str, Any]) -> dict[str, Any]:
    """A mention row as the writer gave it, with the defaults the table adds (not linked, not pinned)."""
    return {**_MENTION_DEFAULTS, **row}


_MENTION_DEFAULTS = {column.name: column.default.arg if column.default is not None else None for column in mentions.c}


def _as_selected(prepared: Prepared, tables: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """A row of ``prepared``'s select as it would read from ``tables`` (table name → the row it joins; an empty row for
    an outer join that found none), its keys in the select's order."""
    return {key: tables[table].get(column) for key, table, column in _selected_from(prepared)}


@functools.cache
def _selected_from(prepared: Prepared) -> tuple[tuple[str, str, str], ...]:
    """Each selected column's key, table and column name."""
    return tuple((c.key, (e := getattr(c, "element", c)).table.name, e.name) for c in prepared.statement.selected_columns)


def as_member(told: dict[str, Any], incident_id: str) -> dict[str, Any]:
    """A row of ``document_mentions`` as ``incident_members`` reads it once the mention is linked to ``incident_id``
    (its keys in their order): an incident the document opened is refreshed without reading back what it just read."""
    return {key: incident_id if key == "incident_id" else told[key] for key in _MEMBER_KEYS}


def locked_state(connection: Connection) -> tuple[str, int]:
    """The ledger's (epoch, version) (``rows.state``), its row locked until the transaction ends on PostgreSQL:
    no other writer raises it after this read (SQLite's writer holds the whole ledger's lock already)."""
    epoch, version = connection.execute(_STATE_LOCKED).one()
    return epoch, version


_STATE_LOCKED = STATE.statement.with_for_update()


def versions_now(connection: Connection) -> bool:
    """Raise the ledger's version for this transaction's writes now and for the rest of it, rather than at commit
    (PostgreSQL's version triggers are deferred, migration 0010); whether they were deferred."""
    if connection.dialect.name != "postgresql":
        return False
    connection.execute(_VERSIONS_NOW)
    return True


_VERSIONS_NOW = text("SET CONSTRAINTS ledger_version_incidents, ledger_version_incident_rows IMMEDIATE")


def block_incidents(connection: Connection) -> Any:
    """Every incident with what candidate search filters and sorts it by (the linker's index)."""
    return connection.execute(_BLOCK_INCIDENTS)


_BLOCK_INCIDENTS = select(
    incidents.c.id, incidents.c.kind, incidents.c.background, incidents.c.merged_into, incidents.c.event_type,
    incidents.c.lat, incidents.c.lon, incidents.c.event_date, incidents.c.last_reported,
)


def block_mentions(connection: Connection) -> Any:
    """Every mention with what scoring reads of it and its document's date, a document's together (the linker's index)."""
    return connection.execute(_BLOCK_MENTIONS)


_BLOCK_MENTIONS = (
    select(mentions.c.id, mentions.c.incident_id, mentions.c.document_id, mentions.c.ordinal, mentions.c.kind, mentions.c.lat, mentions.c.lon,
           mentions.c.when_start, mentions.c.background, documents.c.published)
    .join(documents, documents.c.id == mentions.c.document_id)
    .order_by(mentions.c.document_id)
)


def block_keys(connection: Connection) -> Any:
    """Every (key, day, incident) in that order (the linker's index; a walk of the table's primary key, migration 0016)."""
    return connection.execute(_BLOCK_KEYS)


_BLOCK_KEYS = select(link_keys.c.key, link_keys.c.day, link_keys.c.incident_id).order_by(link_keys.c.key, link_keys.c.day, link_keys.c.incident_id)


def add_keys(connection: Connection, incident_id: str, keys: list[str], day: date | None) -> None:
    add_keys_of(connection, {incident_id: keys}, day)


def add_keys_of(connection: Connection, keyed: dict[str, list[str]], day: date | None) -> None:
    """Incident id → its keys, given on ``day``, in one statement (a report that opens many incidents keys them all)."""
    found = [{"key": key, "incident_id": incident_id, "day": day} for incident_id, keys in keyed.items() for key in keys]
    if found and day is not None:
        insert_ignore(connection, link_keys, found)


def move_into(connection: Connection, survivor: str, other: str, *, pinned: bool = False) -> list[tuple[str, date]]:
    """``other``'s mentions join ``survivor`` (``pinned`` there when an analyst moved them) and its link keys are the
    survivor's too, so a new report that shares them links there; the keys."""
    (_MOVE_PINNED if pinned else _MOVE).run(connection, {"survivor": survivor, "other": other})
    keys = _KEYS_OF.tuples(connection, {"incident": other})
    if keys:
        insert_ignore(connection, link_keys, [{"key": key, "incident_id": survivor, "day": day} for key, day in keys])
    return keys


_MOVE = Prepared(update(mentions).where(mentions.c.incident_id == bindparam("other")).values(incident_id=bindparam("survivor")))
_MOVE_PINNED = Prepared(update(mentions).where(mentions.c.incident_id == bindparam("other")).values(incident_id=bindparam("survivor"), pinned=True))
_KEYS_OF = Prepared(select(link_keys.c.key, link_keys.c.day).where(link_keys.c.incident_id == bindparam("incident")))


def absorb(connection: Connection, survivor: str, absorbed: str) -> list[tuple[str, date]] | None:
    """Move an incident whole into another (``move_into``) and drop its rows, unless an analyst has reviewed
    it or pinned one of its mentions: the keys it moved, or None. The survivor's row is the caller's to refresh."""
    (status, pinned), = _REVIEW_AND_PINS.tuples(connection, {"incident": absorbed})
    if status != "unreviewed" or pinned:
        return None
    keys = move_into(connection, survivor, absorbed)
    for dropped in _DROP_ABSORBED:
        dropped.run(connection, {"incident": absorbed})
    return keys


_REVIEW_AND_PINS = Prepared(select(
    select(incidents.c.review_status).where(incidents.c.id == bindparam("incident")).scalar_subquery(),
    exists().where(mentions.c.incident_id == bindparam("incident"), mentions.c.pinned.is_(True)),
))
"""An incident's review status (None where it has no row) and whether one of its mentions is pinned: one read (relinking
reaches ``absorb`` for every incident it moves)."""
_DROP_ABSORBED = [Prepared(table.delete().where(column == bindparam("incident")))
                  for table, column in ((link_keys, link_keys.c.incident_id), (incident_rows, incident_rows.c.incident_id), (incidents, incidents.c.id))]


def incidents_told(connection: Connection, document_ids: list[str]) -> dict[str, set[str | None]]:
    """Document id → the incidents its mentions are linked to (None for one linked to none), for all ``document_ids`` in one read."""
    told: dict[str, set[str | None]] = {document_id: set() for document_id in document_ids}
    for document_id, incident_id in _INCIDENTS_TOLD.tuples(connection, {"ids": document_ids}) if document_ids else ():
        told[document_id].add(incident_id)
    return told


_INCIDENTS_TOLD = Prepared(select(mentions.c.document_id, mentions.c.incident_id).where(among_ids(mentions.c.document_id)))


def fingerprints_of(connection: Connection, document_ids: list[str]) -> dict[str, bytes]:
    """Document id → its stored fingerprint (packed), for those that have one."""
    return dict(_FINGERPRINTS.tuples(connection, {"ids": document_ids})) if document_ids else {}


_FINGERPRINTS = Prepared(select(fingerprints.c.document_id, fingerprints.c.data).where(among_ids(fingerprints.c.document_id)))


def incident_claims(connection: Connection, incident_ids: list[str]) -> list[dict[str, Any]]:
    """Every figure any mention of the incidents gives, with its mention's incident and its document's date (and instant)."""
    return _CLAIMS.rows(connection, {"ids": incident_ids}) if incident_ids else []


_CLAIMS = Prepared(
    select(counts, mentions.c.incident_id, mentions.c.document_id, mentions.c.background, documents.c.published, documents.c.published_at)
    .join(mentions, mentions.c.id == counts.c.mention_id)
    .join(documents, documents.c.id == mentions.c.document_id)
    .where(among_ids(mentions.c.incident_id))
)


def incident_mentions(connection: Connection, incident_ids: list[str]) -> list[dict[str, Any]]:
    """Every mention of the incidents with its document's date, by incident, each incident's in publication order."""
    return _INCIDENT_MENTIONS.rows(connection, {"ids": incident_ids}) if incident_ids else []


def incident_members(connection: Connection, incident_ids: list[str]) -> list[dict[str, Any]]:
    """``incident_mentions`` with what a list row shows of a lead mention (``query.ROW_COLUMNS``: its place and document),
    so that a refresh builds the incidents' rows from what it read (``query.recomputed_rows``)."""
    return _INCIDENT_MEMBERS.rows(connection, {"ids": incident_ids}) if incident_ids else []


def _of_incidents(columns: list[Any], joined: Any) -> Prepared:
    """``columns`` of the mentions of the incidents bound as ``ids``, by incident, each incident's in publication order."""
    return Prepared(select(*columns).select_from(joined).where(among_ids(mentions.c.incident_id))
                    .order_by(mentions.c.incident_id, documents.c.published, mentions.c.id))


_INCIDENT_MENTIONS = _of_incidents([mentions, documents.c.published], mentions.join(documents, documents.c.id == mentions.c.document_id))
_INCIDENT_MEMBERS = _of_incidents(ROW_COLUMNS, MENTION_FROM)
_MEMBER_KEYS = tuple(_INCIDENT_MEMBERS.statement.selected_columns.keys())


def assign(connection: Connection, assigned: dict[str, str]) -> None:
    """Mention id → the incident it joins, in one statement."""
    if assigned:
        _ASSIGN.run(connection, [{"mention_id": mention, "incident": incident} for mention, incident in assigned.items()])


_ASSIGN = Prepared(update(mentions).where(mentions.c.id == bindparam("mention_id")).values(incident_id=bindparam("incident")))


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
