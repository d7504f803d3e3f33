"""Reading incidents back: filters in SQL, JSON-ready row dicts out.

An incident is a row of the ``incidents`` table that linking keeps (one per
event, however many reports tell it). Filters apply to its columns; text and
document filters ask whether any of its mentions' documents match. A row shows
the incident's lead mention (place, date, type, evidence, its document) with the
incident's reconciled figures, its number of sources and the reports behind it.

A page costs a fixed number of indexed queries whatever its size: the page's ids
from ``incidents`` alone, their incident and lead-mention rows, then the counts,
claims, spans, named sources and reports of the page's ids.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Select, and_, func, literal_column, select, text

from harmledger.data import table
from harmledger.dates import iso, parse_date
from harmledger.model import BODY, COUNT_SLOTS, Span
from harmledger.store.ids import among_ids
from harmledger.store.prepared import Prepared
from harmledger.store.schema import counts, documents, incidents, mentions, places, sources, spans
from harmledger.store.writer import Written

KM_PER_DEGREE = 111.32
MERGED = incidents.alias("merged")
"""``incidents`` again, for the subquery of merged ids (a plain ``incidents`` there would correlate with the outer query)."""
MERGED_IDS = select(MERGED.c.id).where(MERGED.c.merged_into.is_not(None))
LISTED = incidents.c.id.not_in(MERGED_IDS)
"""Not merged into another incident (built once: an expression is immutable, and building it costs 0.3 ms)."""


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

    def __post_init__(self) -> None:
        """Values that cannot select anything are refused here, as the API and the CLI refuse them: a country
        named in full ("Ukraine") or a kind misspelt had answered an empty list, read as "no such incidents".
        Blank text is no filter, in every field alike (a form's empty box)."""
        for name in _TEXT_FIELDS:
            value = getattr(self, name)
            if isinstance(value, str) and not value.strip():
                setattr(self, name, None)
        if self.country is not None and not (len(self.country) == 2 and self.country.isascii() and self.country.isalpha()):
            raise FilterError("country", f"{self.country!r}: expected an ISO alpha-2 code, such as 'UA' for Ukraine")
        if self.event_type and self.event_type.casefold() not in {t.casefold() for t in event_types()}:
            raise FilterError("event_type", f"{self.event_type!r}: expected one of {', '.join(event_types())}")
        if self.kind is not None and self.kind not in KINDS:
            raise FilterError("kind", f"{self.kind!r}: expected one of {', '.join(KINDS)}")
        since, until = _day(self.since, "since"), _day(self.until, "until")  # a datetime is its day: one may be either
        if since and until and since > until:  # "yesterday" is refused now too, not when the first query runs
            raise FilterError("since", f"{since} is after until={until}")
        if self.min_killed is not None and self.min_killed < 0:
            raise FilterError("min_killed", f"{self.min_killed}: expected 0 or more")
        if self.near is not None and len(self.near) != 3:
            raise FilterError("near", f"{self.near!r}: expected (lat, lon, km)")
        if self.bbox is not None and len(self.bbox) != 4:
            raise FilterError("bbox", f"{self.bbox!r}: expected (west, south, east, north)")


class FilterError(ValueError):
    """An ``IncidentFilter`` value refused; ``field`` names it (the API's 422 and the CLI's usage error point there)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}={problem}")
        self.field = field


def _day(value: Any, field: str) -> date | None:
    """``parse_date``'s day, its refusal naming ``field``."""
    try:
        return parse_date(value)
    except ValueError as error:
        raise FilterError(field, str(error)) from None


_TEXT_FIELDS = ("country", "admin1", "since", "until", "event_type", "text", "document_id", "kind")
"""The fields where blank text ("") means no filter, as None does."""

KINDS = ("event", "aggregate")


def event_types() -> tuple[str, ...]:
    """ACLED's six event types, the only ones an incident is given ("Battle" had selected nothing, silently);
    read when a filter names one, not when the module is imported."""
    return tuple(table("review_taxonomy")["event_types"])


def conditions(filters: IncidentFilter | None, dialect: str, merged: bool = False) -> list[Any]:
    """SQL conditions on ``incidents`` for ``filters``: its own columns, and for text or a document,
    whether one of its mentions' documents matches. An incident merged into another is never
    listed (its row stays, for the audit): the survivor tells it. ``merged``: leave that condition out.

    That condition is "not one of the few merged ids" (``ix_incidents_merged``), not ``merged_into IS NULL``:
    so the filter's own index answers alone, where the latter reads the table row of every match before the
    page is sorted (a bbox page of 17,500 matches: 15 ms, not 55 ms, on SQLite)."""
    if filters is not None and not isinstance(filters, IncidentFilter):
        raise TypeError(f"filters are an IncidentFilter (IncidentFilter(country='UA', min_killed=1)), not {type(filters).__name__}")
    f = filters or IncidentFilter()
    where: list[Any] = [] if merged else [LISTED]
    if f.country:
        where.append(incidents.c.country == f.country.upper())
    if f.admin1:
        where.append(func.lower(incidents.c.admin1) == f.admin1.lower())
    if f.since:
        where.append(incidents.c.event_date >= parse_date(f.since))
    if f.until:
        where.append(incidents.c.event_date <= parse_date(f.until))
    if f.event_type:
        where.append(func.lower(incidents.c.event_type) == f.event_type.lower())
    if f.min_killed:  # at least 0 killed is every incident, those that report no deaths (a NULL toll) too
        where.append(incidents.c.killed >= f.min_killed)
    if f.document_id:
        where.append(incidents.c.id.in_(select(mentions.c.incident_id).where(mentions.c.document_id == f.document_id)))
    if f.background is not None:
        where.append(incidents.c.background.is_(f.background))
    if f.kind:
        where.append(incidents.c.kind == f.kind)
    if f.bbox:
        west, south, east, north = f.bbox
        where += [incidents.c.lat.between(south, north), incidents.c.lon.between(west, east)]
    if f.near:
        where += _near(*f.near)
    if f.text:
        told = select(mentions.c.incident_id).join(documents, documents.c.id == mentions.c.document_id)
        where.append(incidents.c.id.in_(told.where(_text_search(f.text, dialect))))
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
    dx = (incidents.c.lon - lon) * scale
    dy = incidents.c.lat - lat
    return [
        incidents.c.lat.between(lat - dlat, lat + dlat),
        incidents.c.lon.between(lon - dlon, lon + dlon),
        dx * dx + dy * dy <= dlat * dlat,
    ]


def _selected(connection: Connection, columns: list[Any], filters: IncidentFilter | None, source: Any = incidents) -> Select:
    """``columns`` of the incidents ``filters`` select (from ``source``: ``incidents`` or a join over it)."""
    where = conditions(filters, connection.dialect.name)
    query = select(*columns).select_from(source)
    return query.where(*where) if where else query


MENTION_FROM = mentions.join(documents, documents.c.id == mentions.c.document_id).outerjoin(places, places.c.id == mentions.c.place_id)
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
INCIDENT_FROM = incidents.join(MENTION_FROM, mentions.c.id == incidents.c.lead_mention_id)
INCIDENT_COLUMNS = [*ROW_COLUMNS, *(column.label(f"i_{column.name}") for column in incidents.c)]
"""The lead mention's row (as ``ROW_COLUMNS``) beside the incident's own columns, each prefixed ``i_``."""
NEWEST_FIRST = (incidents.c.event_date.desc().nulls_last(), incidents.c.id.desc())


def incident_rows(connection: Connection, filters: IncidentFilter | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """A page, newest first: the page's ids from ``incidents`` alone (an index walk), then their rows."""
    page = _selected(connection, [incidents.c.id], filters).order_by(*NEWEST_FIRST).limit(limit).offset(offset)
    ids = list(connection.scalars(page))
    return incident_rows_by_id(connection, ids)


def incident_rows_by_id(connection: Connection, ids: list[str]) -> list[dict[str, Any]]:
    """The rows of the incidents ``ids``, in that order (unknown ids left out)."""
    found = {row["i_id"]: row for row in _ROWS_BY_ID.rows(connection, {"ids": ids})} if ids else {}
    return assemble_incidents(connection, [found[i] for i in ids if i in found])


_ROWS_BY_ID = Prepared(select(*INCIDENT_COLUMNS).select_from(INCIDENT_FROM).where(among_ids(incidents.c.id)))


def iter_incident_rows(connection: Connection, filters: IncidentFilter | None, page: int = 1000) -> Iterator[dict[str, Any]]:
    """Every selected incident in id order, a page at a time (keyset paging: flat memory, no OFFSET scans)."""
    last = ""
    while True:
        query = _selected(connection, INCIDENT_COLUMNS, filters, INCIDENT_FROM).where(incidents.c.id > last).order_by(incidents.c.id).limit(page)
        found = list(connection.execute(query).mappings())
        if not found:
            return
        yield from assemble_incidents(connection, found)
        last = found[-1]["i_id"]


def survivor_of(connection: Connection, incident_id: str) -> str | None:
    """The incident a merged one lives on in (through merges of merges); None when ``incident_id`` was never merged."""
    seen, current = {incident_id}, incident_id
    while (into := connection.scalar(select(incidents.c.merged_into).where(incidents.c.id == current))) is not None and into not in seen:
        seen.add(into)
        current = into
    return None if current == incident_id else current


def rows_where(connection: Connection, *where: Any) -> list[dict[str, Any]]:
    """Row dicts of the mentions matching raw SQL conditions, in document order."""
    query = select(*ROW_COLUMNS).select_from(MENTION_FROM).where(*where).order_by(mentions.c.document_id, mentions.c.ordinal)
    return assemble(connection, list(connection.execute(query).mappings()))


def count_rows(connection: Connection, filters: IncidentFilter | None) -> int:
    """The incidents ``filters`` select: every match, less the merged ones among them. Counted so, the first
    part is a walk of the filter's covering index and the second is nothing at all while no incident was
    merged (``ix_incidents_merged`` holds only merged ones); asking for ``merged_into IS NULL`` directly reads
    the table row of every match (110 ms, not 2 ms, for a country's 66,000 incidents on SQLite)."""
    where = conditions(filters, connection.dialect.name, merged=True)
    every = connection.execute(select(func.count()).select_from(incidents).where(*where)).scalar_one()
    if connection.scalar(select(incidents.c.id).where(incidents.c.merged_into.is_not(None)).limit(1)) is None:
        return every
    return every - connection.execute(select(func.count()).select_from(incidents).where(*where, incidents.c.id.in_(MERGED_IDS))).scalar_one()


def daily(connection: Connection, filters: IncidentFilter | None) -> list[dict[str, Any]]:
    """Killed and injured per day (the incident's ``event_date``), each incident's reconciled best once.

    Incidents told only as history and aggregate tolls (many places or days) are
    left out: they would count the same deaths again.
    """
    day = incidents.c.event_date
    totals = [day, func.coalesce(func.sum(incidents.c.killed), 0), func.coalesce(func.sum(incidents.c.injured), 0)]
    query = (
        _selected(connection, totals, filters)
        .where(day.is_not(None), incidents.c.background.is_(False), incidents.c.kind != "aggregate")
        .group_by(day)
        .order_by(day)
    )
    return [{"date": iso(d), "killed": int(k), "injured": int(i)} for d, k, i in connection.execute(query)]


def assemble_incidents(connection: Connection, found: list[Any]) -> list[dict[str, Any]]:
    """Incident row dicts: each lead mention's row (``assemble``) under the incident's id, with its
    reconciled figures, its number of sources and the reports that tell it.

    Most incidents are told by one report: their figures are their lead mention's own and their one
    report is the lead's document, so only the page's incidents with several reports cost the two
    queries that find the chosen claims and the reports.
    """
    several = [r["i_id"] for r in found if r["i_sources"] > 1]
    chosen = _chosen_claims(connection, several)
    told_by = _told_by(_REPORTS.rows(connection, {"ids": several}) if several else [])
    return _incidents(connection, found, assemble(connection, found), chosen, told_by)


def recomputed_rows(connection: Connection, saved: list[dict[str, Any]], members: dict[str, list[dict[str, Any]]],
                    claims: dict[str, list[dict[str, Any]]], written: Written | None = None) -> list[dict[str, Any]]:
    """The rows ``incident_rows_by_id`` reads back for incidents just recomputed, built from what the recomputation read:
    ``saved`` the incidents as written, ``members`` their mentions by incident (``ROW_COLUMNS``, a lead's row among them),
    ``claims`` their counts by incident (``linking.incident_claims``: the leads' own counts and the claims to choose
    from). Only the leads' spans and named sources and the chosen claims' spans are read: linking refreshes every
    incident a report touches, and reading the rows back was half of that (five to seven statements); those of the
    mentions of a document ``written`` in this transaction are taken from its rows (two statements fewer a report)."""
    found = []
    for incident in saved:
        lead = next(m for m in members[incident["id"]] if m["id"] == incident["lead_mention_id"])
        found.append({**lead, **{f"i_{key}": value for key, value in incident.items()}})
    by_id = {incident["id"]: incident for incident in saved}
    several = [incident["id"] for incident in saved if incident["sources"] > 1]
    counting = (c for i in several for c in claims[i] if not c["background"] and c["slot"] in CHOSEN_SLOTS)
    chosen = _chosen(counting, lambda claim: by_id[claim["incident_id"]][claim["slot"]])
    leads = {r["id"] for r in found}
    fresh = written.mention_ids() if written is not None else frozenset()
    span_map = _spans(connection, sorted((leads | {c["mention_id"] for slots in chosen.values() for c in slots.values()}) - fresh))
    source_map = _sources(connection, sorted(leads - fresh))
    if written is not None:
        _add_written(span_map, source_map, written)
    count_map: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for claim in (c for i in by_id for c in claims[i] if c["mention_id"] in leads):
        count_map[claim["mention_id"]][claim["slot"]] = claim
    claimed = {
        incident: {slot: _claim(claim, _first(span_map[claim["mention_id"]].get(slot))) for slot, claim in slots.items()}
        for incident, slots in chosen.items()
    }
    rows = [_row(r, count_map[r["id"]], span_map[r["id"]], source_map[r["id"]]) for r in found]
    return _incidents(connection, found, rows, defaultdict(dict, claimed), _told_by(m for i in several for m in members[i]))


def _incidents(connection: Connection, found: list[Any], leads: list[dict[str, Any]], chosen: dict[str, dict[str, dict[str, Any]]],
               told_by: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """The incidents' rows from their lead mentions' rows, with the claims chosen and the reports of those told by several."""
    corrected = _corrected_places(connection, [(r, lead) for r, lead in zip(found, leads)])
    out = []
    for r, lead in zip(found, leads):
        if r["i_sources"] > 1:
            out.append(_incident(r, lead, chosen[r["i_id"]], told_by[r["i_id"]]))
        else:
            own = {slot: {**lead[slot], "mention_id": lead["id"]} for slot in ("killed", "injured", "missing") if lead[slot]}
            out.append(_incident(r, lead, own, [_report(r["document_id"], r["document_source"], r["document_title"], r["document_origin"], r["url"], r["published"])]))
    for row in out:
        if row["id"] in corrected:
            row["place"] = corrected[row["id"]]
    return out


def _corrected_places(connection: Connection, pairs: list[tuple[Any, dict[str, Any]]]) -> dict[str, dict[str, Any]]:
    """Incident id → its place where review set one other than its lead mention's (one query a page)."""
    wanted = {r["i_id"]: r["i_place_id"] for r, lead in pairs if r["i_place_id"] and r["i_place_id"] != r["place_id"]}
    if not wanted:
        return {}
    found = {p["id"]: p for p in connection.execute(select(places).where(places.c.id.in_(set(wanted.values())))).mappings()}
    return {
        incident: {key: found[place_id][key] for key in ("name", "geonames_id", "admin1", "country", "lat", "lon", "precision")} | {"span": None}
        for incident, place_id in wanted.items()
        if place_id in found
    }


def _incident(r: Any, lead: dict[str, Any], chosen: dict[str, dict[str, Any]], reports: list[dict[str, Any]]) -> dict[str, Any]:
    out = dict(lead)
    out["id"] = r["i_id"]
    out["lead_mention_id"] = r["i_lead_mention_id"]
    out["kind"] = r["i_kind"]
    out["background"] = bool(r["i_background"])
    out["event_type"] = r["i_event_type"]
    out["sub_event_type"] = r["i_sub_event_type"]
    out["date"] = iso(r["i_event_date"])
    for field in ("weapon", "perpetrator", "attribution"):  # the incident's: review may have corrected them
        out[field] = r[f"i_{field}"]
    if out["when"] is not None and r["i_when_end"] is not None:
        out["when"] = {**out["when"], "start": iso(r["i_event_date"]), "end": iso(r["i_when_end"]), "precision": r["i_when_precision"]}
    for slot in ("killed", "injured"):
        out[slot] = _reconciled(r[f"i_{slot}"], r[f"i_{slot}_low"], r[f"i_{slot}_high"], chosen.get(slot))
    out["missing"] = _reconciled(r["i_missing"], None, None, chosen.get("missing"))
    out["sources"] = r["i_sources"]
    out["reports"] = reports
    out["first_reported"] = iso(r["i_first_reported"])
    out["last_reported"] = iso(r["i_last_reported"])
    out["contested"] = bool(r["i_contested"])
    out["review_status"] = r["i_review_status"]
    return out


def _reconciled(best: int | None, low: int | None, high: int | None, claim: dict[str, Any] | None) -> dict[str, Any] | None:
    """A reconciled figure in the count shape the page and exports read: ``best``, ``low`` and ``high``
    are the incident's; the words (value, qualifier, speaker, span, subgroups) are the chosen claim's."""
    if best is None:
        return None
    claim = claim or {}
    return {
        "value": claim.get("value", best),
        "qualifier": claim.get("qualifier", "exact"),
        "low": low if low is not None else claim.get("low"),
        "best": best,
        "high": high if high is not None else claim.get("high"),
        "children": claim.get("children"),
        "civilians": claim.get("civilians"),
        "military": claim.get("military"),
        "speaker": claim.get("speaker"),
        "span": claim.get("span"),
        "mention_id": claim.get("mention_id"),
    }


def _chosen_claims(connection: Connection, incident_ids: list[str]) -> dict[str, dict[str, dict[str, Any]]]:
    """Incident → slot → the claim its reconciled best came from (``_chosen``), with its span. One query for a page."""
    if not incident_ids:
        return defaultdict(dict)
    chosen = _chosen(_CLAIMS_WITH_SPANS.rows(connection, {"ids": incident_ids}), lambda row: row[f"best_{row['slot']}"])
    out: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for incident, slots in chosen.items():
        out[incident] = {slot: _claim(row, span_of(row) if row["text"] is not None else None) for slot, row in slots.items()}
    return out


CHOSEN_SLOTS = ("killed", "injured", "missing")


def _chosen(claims: Iterable[dict[str, Any]], best: Callable[[dict[str, Any]], int | None]) -> dict[str, dict[str, dict[str, Any]]]:
    """Incident → slot → the claim (of ``claims``, none told as history) its reconciled best (``best``) came from:
    the latest report whose figure is that best, a named speaker's before the report's own voice."""
    chosen: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    ranks: dict[tuple[str, str], tuple] = {}
    for row in claims:
        figure = row["best"] if row["best"] is not None else row["value"]
        if figure != best(row):
            continue
        rank = (row["published"] or date.min, row["speaker"] is not None, row["mention_id"])
        key = (row["incident_id"], row["slot"])
        if key not in ranks or rank > ranks[key]:
            ranks[key] = rank
            chosen[row["incident_id"]][row["slot"]] = row
    return chosen


def _claim(row: dict[str, Any], span: dict[str, Any] | None) -> dict[str, Any]:
    """A chosen claim as a reconciled figure shows it (``_reconciled``)."""
    claim = {k: row[k] for k in ("mention_id", "value", "qualifier", "low", "high", "children", "civilians", "military", "speaker")}
    claim["span"] = span
    return claim


_CLAIMS_WITH_SPANS = Prepared(
    select(counts, incidents.c.id.label("incident_id"), documents.c.published, spans.c.start, spans.c.end, spans.c.text, spans.c.part,
           incidents.c.killed.label("best_killed"), incidents.c.injured.label("best_injured"), incidents.c.missing.label("best_missing"))
    .join(mentions, mentions.c.id == counts.c.mention_id)
    .join(incidents, incidents.c.id == mentions.c.incident_id)
    .join(documents, documents.c.id == mentions.c.document_id)
    .outerjoin(spans, and_(spans.c.mention_id == counts.c.mention_id, spans.c.role == counts.c.slot, spans.c.ordinal == 1))
    .where(among_ids(mentions.c.incident_id), mentions.c.background.is_(False), counts.c.slot.in_(CHOSEN_SLOTS))
)


def _told_by(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Incident → the documents that tell it, in publication order, from its mentions' rows (``ROW_COLUMNS``'
    document columns): ``{document_id, source, title, url, published}``."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    documents_of = {(r["incident_id"], r["document_id"]): r for r in rows}
    for row in sorted(documents_of.values(), key=lambda r: (r["published"] or date.max, r["document_id"])):
        out[row["incident_id"]].append(
            _report(row["document_id"], row["document_source"], row["document_title"], row["document_origin"], row["url"], row["published"]))
    return out


_REPORTS = Prepared(
    select(mentions.c.incident_id, documents.c.id.label("document_id"), documents.c.source.label("document_source"),
           documents.c.title.label("document_title"), documents.c.origin.label("document_origin"), documents.c.url, documents.c.published)
    .distinct()
    .join(documents, documents.c.id == mentions.c.document_id)
    .where(among_ids(mentions.c.incident_id))
)


def _report(document_id: str, source: str | None, title: str | None, origin: str | None, url: str | None, published: Any) -> dict[str, Any]:
    """A report as a row lists it: its outlet (else the site its URL is on, else the file it was read from), title,
    url and date."""
    return {"document_id": document_id, "source": _publisher(source, url) or _file_name(origin), "title": title, "url": url, "published": iso(published)}


def _publisher(source: str | None, url: str | None) -> str | None:
    """The outlet the document names, else the site its URL is on (through a web-archive address): a feed of
    links often names no outlet, and its file's name and line ("wire.jsonl:12") told a desk nothing."""
    from harmledger.link.fingerprint import domain  # not at the top: link imports the store

    return source or domain(url) or None


def assemble(connection: Connection, found: list[Any]) -> list[dict[str, Any]]:
    """Row dicts for ``found`` (mention rows joined to place and document), with counts, spans and sources."""
    ids = [row["id"] for row in found]
    if not ids:
        return []
    count_map: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in _COUNTS.rows(connection, {"ids": ids}):
        count_map[row["mention_id"]][row["slot"]] = dict(row)
    span_map, source_map = _spans(connection, ids), _sources(connection, ids)
    return [_row(r, count_map[r["id"]], span_map[r["id"]], source_map[r["id"]]) for r in found]


def _spans(connection: Connection, mention_ids: list[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Mention → role → its spans in order."""
    span_map: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for row in _SPANS.rows(connection, {"ids": mention_ids}) if mention_ids else ():
        span_map[row["mention_id"]][row["role"]].append(span_of(row))
    return span_map


def _sources(connection: Connection, mention_ids: list[str]) -> dict[str, list[str]]:
    """Mention → the people and bodies its report cites for it, in order."""
    source_map: dict[str, list[str]] = defaultdict(list)
    for row in _SOURCES.rows(connection, {"ids": mention_ids}) if mention_ids else ():
        source_map[row["mention_id"]].append(row["name"])
    return source_map


def _add_written(span_map: dict[str, dict[str, list[dict[str, Any]]]], source_map: dict[str, list[str]], written: Written) -> None:
    """Every span and named source of the ``written`` document's mentions, as ``_spans`` and ``_sources`` read them (the
    writer's rows are in mention, role and ordinal order)."""
    for row in written.spans:
        span_map[row["mention_id"]][row["role"]].append(span_of(row))
    for row in written.sources:
        source_map[row["mention_id"]].append(row["name"])


_COUNTS = Prepared(select(counts).where(among_ids(counts.c.mention_id)))
_SPANS = Prepared(select(spans).where(among_ids(spans.c.mention_id)).order_by(spans.c.mention_id, spans.c.role, spans.c.ordinal))
_SOURCES = Prepared(select(sources).where(among_ids(sources.c.mention_id)).order_by(sources.c.mention_id, sources.c.ordinal))


def _row(r: Any, found_counts: dict[str, dict[str, Any]], found_spans: dict[str, list], names: list[str]) -> dict[str, Any]:
    """One mention as a row; ``named_sources`` are the people and bodies the report cites for it."""
    out: dict[str, Any] = {
        "id": r["id"],
        "document_id": r["document_id"],
        "incident_id": r["incident_id"],
        "kind": r["kind"],
        "background": bool(r["background"]),
        "event_type": r["event_type"],
        "sub_event_type": r["sub_event_type"],
        "weapon": r["weapon"],
        "target": r["target"],
        "place": None,
        "when": None,
        "date": iso(r["event_date"]),
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
            "start": iso(r["when_start"]),
            "end": iso(r["when_end"]),
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
    out["named_sources"] = names
    out["source"] = _publisher(r["document_source"], r["url"]) or r["document_title"] or _file_name(r["document_origin"])
    out["title"] = r["document_title"]
    out["url"] = r["url"]
    out["published"] = iso(r["published"])
    out["evidence"] = list(found_spans.get("evidence", []))
    return out


def span_of(row: Any) -> dict[str, Any]:
    """A stored span in the JSON form of ``Span.to_dict`` (``part`` only where it is the title)."""
    return Span(row["start"], row["end"], row["text"], row["part"] or BODY).to_dict()


def _file_name(origin: str | None) -> str | None:
    """``/data/feeds/wire.jsonl:12`` → ``wire.jsonl:12``: the file that holds the article, readably."""
    return origin.replace("\\", "/").rsplit("/", 1)[-1] if origin else None


def _first(items: list | None) -> dict[str, Any] | None:
    return items[0] if items else None
