"""Reading incidents back: filters in SQL, JSON-ready row dicts out.

Until cross-source linking exists an incident is a mention. A page of rows
costs four indexed queries (mentions with place and document, then counts,
spans and sources for the page's ids), whatever the page size.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, func, literal_column, select, text

from harmledger.dates import parse_date
from harmledger.model import COUNT_SLOTS
from harmledger.store.schema import counts, documents, mentions, places, sources, spans

KM_PER_DEGREE = 111.32


@dataclass
class IncidentFilter:
    """What to select; every field left None selects everything."""

    country: str | None = None
    admin1: str | None = None
    since: date | str | None = None
    until: date | str | None = None
    near: tuple[float, float, float] | None = None
    """(lat, lon, km): within ``km`` of the point (equirectangular distance; fine below ~1,000 km)."""
    bbox: tuple[float, float, float, float] | None = None
    """(west, south, east, north) in degrees."""
    event_type: str | None = None
    min_killed: int | None = None
    text: str | None = None
    """Words (as a phrase, case-insensitive) in the document's text or title, through the full-text index."""
    document_id: str | None = None
    background: bool | None = None
    """False: only incidents told as new (not history retold); None: both."""
    kind: str | None = None
    """``event`` or ``aggregate``."""


def conditions(filters: IncidentFilter | None, dialect: str) -> list[Any]:
    """SQL conditions on ``mentions`` (and ``documents``, for text) for ``filters``."""
    f = filters or IncidentFilter()
    where: list[Any] = []
    if f.country:
        where.append(mentions.c.country == f.country.upper())
    if f.admin1:
        where.append(func.lower(mentions.c.admin1) == f.admin1.lower())
    if f.since:
        where.append(mentions.c.event_date >= parse_date(f.since))
    if f.until:
        where.append(mentions.c.event_date <= parse_date(f.until))
    if f.event_type:
        where.append(func.lower(mentions.c.event_type) == f.event_type.lower())
    if f.min_killed is not None:
        where.append(mentions.c.killed >= f.min_killed)
    if f.document_id:
        where.append(mentions.c.document_id == f.document_id)
    if f.background is not None:
        where.append(mentions.c.background.is_(f.background))
    if f.kind:
        where.append(mentions.c.kind == f.kind)
    if f.bbox:
        west, south, east, north = f.bbox
        where += [mentions.c.lat.between(south, north), mentions.c.lon.between(west, east)]
    if f.near:
        where += _near(*f.near)
    if f.text:
        where.append(_text_search(f.text, dialect))
    return where


def _text_search(words: str, dialect: str) -> Any:
    """The words as a phrase, case-insensitively, through the full-text index of each back end."""
    if dialect == "sqlite":
        phrase = '"' + words.replace('"', '""') + '"'
        return text("documents.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH :phrase)").bindparams(phrase=phrase)
    document = func.to_tsvector(literal_column("'simple'"), func.coalesce(documents.c.title, "") + " " + documents.c.text)
    return document.op("@@")(func.phraseto_tsquery(literal_column("'simple'"), words))


def _near(lat: float, lon: float, km: float) -> list[Any]:
    """A bounding box the lat/lon index can use, then the distance itself in plain arithmetic
    (no trigonometry in SQL, which SQLite may lack)."""
    dlat = km / KM_PER_DEGREE
    scale = max(math.cos(math.radians(lat)), 1e-6)
    dlon = dlat / scale
    dx = (mentions.c.lon - lon) * scale
    dy = mentions.c.lat - lat
    return [
        mentions.c.lat.between(lat - dlat, lat + dlat),
        mentions.c.lon.between(lon - dlon, lon + dlon),
        dx * dx + dy * dy <= dlat * dlat,
    ]


def _base(connection: Connection, columns: list[Any], filters: IncidentFilter | None, join_all: bool = True) -> Select:
    """The selected mentions; with ``join_all`` False only the tables the filters need are joined."""
    where = conditions(filters, connection.dialect.name)
    joined = mentions
    if join_all or (filters and filters.text):
        joined = joined.join(documents, documents.c.id == mentions.c.document_id)
    if join_all:
        joined = joined.outerjoin(places, places.c.id == mentions.c.place_id)
    query = select(*columns).select_from(joined)
    return query.where(*where) if where else query


ROW_COLUMNS = [
    mentions,  # carries the place's country, admin1, lat and lon (copied for the indexes)
    places.c.name.label("place_name"),
    places.c.geonames_id,
    places.c.precision.label("place_precision"),
    documents.c.source.label("document_source"),
    documents.c.title.label("document_title"),
    documents.c.origin.label("document_origin"),
    documents.c.url,
    documents.c.published,
]


def incident_rows(connection: Connection, filters: IncidentFilter | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """A page, newest first: the page's ids from ``mentions`` alone (an index walk), then their rows."""
    page = (
        _base(connection, [mentions.c.id], filters, join_all=False)
        .order_by(mentions.c.event_date.desc().nulls_last(), mentions.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    ids = list(connection.scalars(page))
    found = {row["id"]: row for row in connection.execute(_base(connection, ROW_COLUMNS, None).where(mentions.c.id.in_(ids))).mappings()}
    return assemble(connection, [found[i] for i in ids if i in found])


def iter_incident_rows(connection: Connection, filters: IncidentFilter | None, page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every selected incident in id order, a page at a time (keyset paging: flat memory, no OFFSET scans)."""
    last = ""
    while True:
        query = _base(connection, ROW_COLUMNS, filters).where(mentions.c.id > last).order_by(mentions.c.id).limit(page)
        found = list(connection.execute(query).mappings())
        if not found:
            return
        yield from assemble(connection, found)
        last = found[-1]["id"]


def rows_where(connection: Connection, *where: Any) -> list[dict[str, Any]]:
    """Row dicts of the mentions matching raw SQL conditions, in document order."""
    query = _base(connection, ROW_COLUMNS, None).where(*where).order_by(mentions.c.document_id, mentions.c.ordinal)
    return assemble(connection, list(connection.execute(query).mappings()))


def count_rows(connection: Connection, filters: IncidentFilter | None) -> int:
    return connection.execute(_base(connection, [func.count()], filters, join_all=False)).scalar_one()


def daily(connection: Connection, filters: IncidentFilter | None) -> list[dict[str, Any]]:
    """Killed and injured per day (``event_date``), summing each incident's best figure.

    Background mentions (history retold) and aggregate tolls (many places or
    days) are left out: they would count the same deaths again.
    """
    day = mentions.c.event_date
    query = (
        _base(connection, [day, func.coalesce(func.sum(mentions.c.killed), 0), func.coalesce(func.sum(mentions.c.injured), 0)], filters, join_all=False)
        .where(day.is_not(None), mentions.c.background.is_(False), mentions.c.kind != "aggregate")
        .group_by(day)
        .order_by(day)
    )
    return [{"date": _iso(d), "killed": int(k), "injured": int(i)} for d, k, i in connection.execute(query)]


def assemble(connection: Connection, found: list[Any]) -> list[dict[str, Any]]:
    """Row dicts for ``found`` (mention rows joined to place and document), with counts, spans and sources."""
    ids = [row["id"] for row in found]
    if not ids:
        return []
    count_map: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in connection.execute(select(counts).where(counts.c.mention_id.in_(ids))).mappings():
        count_map[row["mention_id"]][row["slot"]] = dict(row)
    span_map: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    query = select(spans).where(spans.c.mention_id.in_(ids)).order_by(spans.c.mention_id, spans.c.role, spans.c.ordinal)
    for row in connection.execute(query).mappings():
        span_map[row["mention_id"]][row["role"]].append({"start": row["start"], "end": row["end"], "text": row["text"]})
    source_map: dict[str, list[str]] = defaultdict(list)
    query = select(sources).where(sources.c.mention_id.in_(ids)).order_by(sources.c.mention_id, sources.c.ordinal)
    for row in connection.execute(query).mappings():
        source_map[row["mention_id"]].append(row["name"])
    return [_row(r, count_map[r["id"]], span_map[r["id"]], source_map[r["id"]]) for r in found]


def _row(r: Any, found_counts: dict[str, dict[str, Any]], found_spans: dict[str, list], names: list[str]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": r["id"],
        "document_id": r["document_id"],
        "kind": r["kind"],
        "background": bool(r["background"]),
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "weapon": r["weapon"],
        "target": r["target"],
        "place": None,
        "when": None,
        "date": _iso(r["event_date"]),
        "perpetrator": r["perpetrator"],
        "attribution": r["attribution"],
        "confidence": r["confidence"],
    }
    if r["place_name"] is not None:
        out["place"] = {
            "name": r["place_name"],
            "geonames_id": r["geonames_id"],
            "admin1": r["admin1"],
            "country": r["country"],
            "lat": r["lat"],
            "lon": r["lon"],
            "precision": r["place_precision"],
            "span": _first(found_spans.get("place")),
        }
    if r["when_start"] is not None:
        out["when"] = {
            "start": _iso(r["when_start"]),
            "end": _iso(r["when_end"]),
            "precision": r["when_precision"],
            "span": _first(found_spans.get("when")),
        }
    for slot in COUNT_SLOTS:
        count = found_counts.get(slot)
        out[slot] = None if count is None else {
            "value": count["value"],
            "qualifier": count["qualifier"],
            "low": count["low"],
            "best": count["best"],
            "high": count["high"],
            "children": count["children"],
            "civilians": count["civilians"],
            "military": count["military"],
            "speaker": count["speaker"],
            "span": _first(found_spans.get(slot)),
        }
    out["sources"] = names
    out["source"] = r["document_source"] or r["document_title"] or _file_name(r["document_origin"])
    out["title"] = r["document_title"]
    out["url"] = r["url"]
    out["published"] = _iso(r["published"])
    out["evidence"] = list(found_spans.get("evidence", []))
    return out


def _file_name(origin: str | None) -> str | None:
    """``/data/feeds/wire.jsonl:12`` → ``wire.jsonl:12``: the file that holds the article, readably."""
    return origin.replace("\\", "/").rsplit("/", 1)[-1] if origin else None


def _first(items: list | None) -> dict[str, Any] | None:
    return items[0] if items else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None
