"""``GET /api/map/points``: every placed event the filters select, as compact rows for the map.

The list's rows carry evidence, reports and each figure's words (a page of 100 is some
150 KB); the map needs only where, how bad and what type, but for every match at once.
Rows come in id order, a page at a time after the last id given (keyset paging: no
OFFSET scans), so 100,000 points are a few requests.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse
from sqlalchemy import Engine, select
from starlette.concurrency import run_in_threadpool

from harmledger.dates import iso
from harmledger.store import IncidentFilter
from harmledger.store.query import conditions
from harmledger.store.schema import incidents, places
from harmledger.web.filters import NO_NUL, incident_filter

router = APIRouter(prefix="/api/map")
MAX_POINTS_PAGE = 20_000
COLUMNS = ("id", "lat", "lon", "killed", "injured", "event_type", "date", "place")
SELECTED = [incidents.c.id, incidents.c.lat, incidents.c.lon, incidents.c.killed, incidents.c.injured, incidents.c.event_type,
            incidents.c.event_date, places.c.name]


def point_rows(engine: Engine, filters: IncidentFilter, after: str, limit: int) -> list[list[Any]]:
    """``COLUMNS`` of the events ``filters`` select that have coordinates, ``limit`` after the id ``after``."""
    with engine.connect() as connection:
        query = (
            select(*SELECTED)
            .select_from(incidents.outerjoin(places, places.c.id == incidents.c.place_id))
            .where(*conditions(filters, connection.dialect.name), incidents.c.lat.is_not(None), incidents.c.lon.is_not(None),
                   incidents.c.id > after)
            .order_by(incidents.c.id)
            .limit(limit)
        )
        return [[*row[:6], iso(row[6]), row[7]] for row in connection.execute(query)]


@router.get("/points", summary="Every placed event the filters select, compactly, for the map")
async def map_points(
    request: Request,
    filters: Annotated[IncidentFilter, Depends(incident_filter)],
    after: Annotated[str, Query(max_length=100, pattern=NO_NUL, description="The last id of the previous page.")] = "",
    limit: Annotated[int, Query(ge=1, le=MAX_POINTS_PAGE)] = 10_000,
) -> JSONResponse:
    """``points``: rows of ``columns`` (killed and injured are the reconciled best), in id order;
    ``next``: the ``after`` of the following page, null on the last."""
    if filters.kind == "aggregate":  # asked for aggregate tolls only: none is a point (had answered every event)
        return JSONResponse({"columns": COLUMNS, "points": [], "next": None})
    filters.kind = "event"  # an aggregate toll's place is where it was counted, never a point
    rows = await run_in_threadpool(point_rows, request.app.state.ledger.engine, filters, after, limit)
    return JSONResponse({"columns": COLUMNS, "points": rows, "next": rows[-1][0] if len(rows) == limit else None})
