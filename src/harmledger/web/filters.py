"""Query parameters → ``IncidentFilter``: one dependency shared by the list, the stats and the exports.

Every parameter is checked here, before any query runs (and before an export
starts streaming): a value neither back end can hold is a 422, never a
database error answered as a 500 or as an empty 200.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated

from fastapi import Query
from pydantic import BeforeValidator

from harmledger.dates import parse_date
from harmledger.store import IncidentFilter
from harmledger.store.query import FilterError
from harmledger.store.schema import COUNT_MAX
from harmledger.web.errors import ApiError

NO_NUL = r"^[^\x00]*$"
"""Text parameters: PostgreSQL's text (and SQLite's full-text query syntax) cannot hold a NUL character."""
IsoDate = Annotated[date, BeforeValidator(parse_date)]
"""A date written as ISO 8601 (``YYYY-MM-DD``, optionally with a time), never a Unix timestamp (``until=0``)."""

_PARAMETER_OF = {"event_type": "type", "text": "q"}
"""The query parameter of an ``IncidentFilter`` field, where its name differs."""
NEAR_RADIUS_KM = {"town": 25.0, "near": 50.0}
"""How far around a named town (or a place near one) the ``place`` filter looks."""


def incident_filter(
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{2}$", description="ISO alpha-2 country, e.g. UA.")] = None,
    admin1: Annotated[str | None, Query(max_length=200, pattern=NO_NUL, description="First-level admin area, e.g. Kharkiv.")] = None,
    since: Annotated[IsoDate | None, Query(description="From this event date (YYYY-MM-DD).")] = None,
    until: Annotated[IsoDate | None, Query(description="Up to this event date (YYYY-MM-DD).")] = None,
    near: Annotated[str | None, Query(max_length=200, description="LAT,LON,KM: within KM of a point.", examples=["49.99,36.23,25"])] = None,
    bbox: Annotated[str | None, Query(max_length=200, description="WEST,SOUTH,EAST,NORTH in degrees.", examples=["22,44,40,53"])] = None,
    place: Annotated[str | None, Query(max_length=200, pattern=NO_NUL, description="A place name, geocoded offline: a town selects 25 km around it, a region its admin1, a country its code.")] = None,
    type: Annotated[str | None, Query(max_length=100, pattern=NO_NUL, description="ACLED event type, e.g. Battles.")] = None,
    min_killed: Annotated[int | None, Query(ge=0, le=COUNT_MAX, description="At least this many killed (best figure).")] = None,
    q: Annotated[str | None, Query(max_length=500, pattern=NO_NUL, description="Words (as a phrase) in the article text or title.")] = None,
    document_id: Annotated[str | None, Query(max_length=100, pattern=NO_NUL, description="Only the incidents one document tells.")] = None,
    background: Annotated[bool | None, Query(description="false: only incidents told as new; true: only history retold; both when absent.")] = None,
    kind: Annotated[str | None, Query(pattern="^(event|aggregate)$", description="event (one incident) or aggregate (a toll over many places or days).")] = None,
) -> IncidentFilter:
    try:
        filters = IncidentFilter(
            country=country, admin1=admin1, since=since, until=until,
            near=_numbers(near, "near", "LAT,LON,KM"), bbox=_bbox(bbox), event_type=type, min_killed=min_killed,
            text=q.strip() if q and q.strip() else None, document_id=document_id, background=background, kind=kind,
        )
    except FilterError as error:  # the filter's own checks: a value that can select nothing
        where = f"query.{_PARAMETER_OF.get(error.field, error.field)}"
        raise ApiError(422, str(error), details=[{"where": where, "problem": str(error)}]) from None
    if filters.country:  # checked as the user wrote it (a refusal quotes their 'Ukraine'), stored as the code
        filters.country = filters.country.upper()
    if filters.near and not (-90 <= filters.near[0] <= 90 and filters.near[2] > 0):
        raise ApiError(422, f"near={near}: latitude must lie in -90..90 and the radius be above 0",
                       details=[{"where": "query.near", "problem": "latitude outside -90..90 or radius not above 0", "input": near}])
    if place and place.strip():
        add_place(filters, place.strip())
    return filters


def add_place(filters: IncidentFilter, name: str) -> None:
    """The place a name stands for, as the narrowest filter that covers it (offline gazetteer); the CLI's
    ``--place`` too, which turns the ``ApiError`` into a usage error."""
    from harmledger.geo import geocode_explain

    found, reason = geocode_explain(name, filters.country)
    if found is None:
        raise ApiError(422, f"place={name!r}: not a known place ({reason})", code="unknown_place",
                       details=[{"where": "query.place", "problem": reason, "input": name}])
    if found.precision in NEAR_RADIUS_KM and found.lat is not None:
        filters.near = (found.lat, found.lon, NEAR_RADIUS_KM[found.precision])
    elif found.precision == "region" and found.admin1:
        filters.admin1 = found.admin1
        filters.country = found.country
    else:
        filters.country = found.country


def _numbers(value: str | None, name: str, shape: str, count: int = 3) -> tuple[float, ...] | None:
    if value is None or not value.strip():
        return None
    try:
        numbers = tuple(float(part) for part in value.split(","))
    except ValueError:
        numbers = ()
    if len(numbers) != count or not all(math.isfinite(n) for n in numbers):
        raise ApiError(422, f"{name}={value!r}: expected {shape}", details=[{"where": f"query.{name}", "problem": f"expected {shape}", "input": value}])
    return numbers


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    """West/east beyond ±180 (a map zoomed out past one world) are clamped; a box across the antimeridian is refused."""
    box = _numbers(value, "bbox", "WEST,SOUTH,EAST,NORTH", 4)
    if box is None:
        return None
    west, south, east, north = max(box[0], -180.0), box[1], min(box[2], 180.0), box[3]
    if south > north or west > east:
        raise ApiError(422, f"bbox={value!r}: expected WEST <= EAST and SOUTH <= NORTH (a box across the antimeridian is two requests)",
                       details=[{"where": "query.bbox", "problem": "west above east or south above north", "input": value}])
    return (west, south, east, north)
