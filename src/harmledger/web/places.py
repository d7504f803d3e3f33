"""``GET /api/map/places``: town names for the offline base map, the largest first.

The offline base map is country outlines only; a few town names make it readable. The
gazetteer's towns are read once per process, most populous first, and a request takes the
largest inside the map's view: as the view narrows on zooming in, smaller towns appear.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from harmledger.geo import gazetteer
from harmledger.web.errors import ApiError

router = APIRouter(prefix="/api/map")
MIN_POPULATION = 5000
"""Smaller places (villages the postal dump adds without a population) are never labelled."""
MAX_PLACES = 200
CACHE_SECONDS = 86400
Latitude = Annotated[float, Query(ge=-90, le=90)]
Longitude = Annotated[float, Query(ge=-540, le=540, description="Beyond ±180 (a map scrolled past one world) is clamped.")]


@cache
def towns() -> list[tuple[str, float, float, int]]:
    return gazetteer().towns_by_population(MIN_POPULATION)


def largest_within(west: float, south: float, east: float, north: float, limit: int) -> list[dict[str, Any]]:
    found = []
    for name, lat, lon, population in towns():
        if south <= lat <= north and west <= lon <= east:
            found.append({"name": name, "lat": lat, "lon": lon, "population": population})
            if len(found) == limit:
                break
    return found


@router.get("/places", summary="The largest towns inside a box, to label the offline base map")
async def place_names(
    west: Longitude, south: Latitude, east: Longitude, north: Latitude,
    limit: Annotated[int, Query(ge=1, le=MAX_PLACES, description="How many towns, the most populous first.")] = 60,
) -> JSONResponse:
    """``places``: ``{name, lat, lon, population}``, most populous first (the gazetteer's GeoNames towns)."""
    west, east = max(west, -180.0), min(east, 180.0)
    if south > north or west > east:
        raise ApiError(422, f"expected west <= east and south <= north, got {west}, {south}, {east}, {north}")
    found = await run_in_threadpool(largest_within, west, south, east, north, limit)
    return JSONResponse({"places": found}, headers={"Cache-Control": f"public, max-age={CACHE_SECONDS}"})
