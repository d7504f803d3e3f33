"""How close a place lies to a war's front lines, from ``data/geo_fronts.tsv``.

Ukraine has eight villages called Hryhorivka in Donetsk oblast alone, all of a few
hundred people: "Russian forces shelled Hryhorivka, Donetsk" names the one where the
fighting is. A front is a line through towns along it; a place within ``FRONT_REACH_KM``
of a segment of a front the report's actors fight on (``areas``) is near the fighting. Near or
not, no finer: the lines are coarse, and many villages of the codifier stand at their
hromada's centre, a town on the line, kilometres from where they are.
"""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import date
from functools import cache

from harmledger.data import tsv_rows
from harmledger.geo.gazetteer import Entry, Gazetteer

FRONT_REACH_KM = 25.0
# Closer than this is on the line: the lines are coarse, and a codifier village stands at its hromada's
# centre, up to a hromada's half-width from where it is, so nearer counts for no more.
FRONT_LINE_KM = 10.0
_KM_PER_DEGREE = 111.2


@cache
def front_towns() -> dict[str, tuple[int, ...]]:
    """Each front's towns, by GeoNames id, in the order the line runs through them."""
    fronts: dict[str, list[int]] = defaultdict(list)
    for front, geonames_id, *_ in tsv_rows("geo_fronts"):
        fronts[front].append(int(geonames_id))
    return {front: tuple(ids) for front, ids in fronts.items()}


@cache
def _periods() -> dict[str, tuple[date, date | None]]:
    """Each front's first and last day (``None``: it is still a front)."""
    periods = {}
    for front, first, *last in tsv_rows("geo_front_periods"):
        end = last[0].strip() if last else ""
        periods[front] = (date.fromisoformat(first.strip()), date.fromisoformat(end) if end else None)
    return periods


def fronts_on(fronts: frozenset[str], day: date | None) -> frozenset[str]:
    """Those of ``fronts`` where the fighting was on ``day``: a line moves, and a namesake by a front
    of another year is no likelier than any other. All of them when the day is unknown."""
    if day is None:
        return fronts
    periods = _periods()
    return frozenset(f for f in fronts if f not in periods
                     or periods[f][0] <= day and (periods[f][1] is None or day <= periods[f][1]))


def _segment_km(lat: float, lon: float, a: Entry, b: Entry) -> float:
    """Distance from a point to segment a-b on a plane tangent at the point (fronts span
    tens of km between towns, where the flat-earth error is a fraction of a km)."""
    scale = math.cos(math.radians(lat))
    ax, ay = (a.lon - lon) * scale, a.lat - lat
    bx, by = (b.lon - lon) * scale, b.lat - lat
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
    return math.hypot(ax + t * dx, ay + t * dy) * _KM_PER_DEGREE


@cache
def front_reach(fronts: frozenset[str], gaz: Gazetteer) -> FrontReach:
    """One ``FrontReach`` per set of fronts for the process: it remembers the places it has measured."""
    return FrontReach(fronts, gaz)


class FrontReach:
    """The segments of some fronts, and which places lie within reach of them."""

    def __init__(self, fronts: frozenset[str], gaz: Gazetteer):
        self.segments: list[tuple[Entry, Entry]] = []
        ids = front_towns()
        towns = gaz.towns_by_geonames_id(tuple(i for f in fronts for i in ids.get(f, ()))) if fronts else {}
        for front in sorted(fronts):
            line = [towns[i] for i in ids.get(front, ()) if i in towns]
            self.segments += list(zip(line, line[1:])) or [(t, t) for t in line]
        margin = FRONT_REACH_KM / _KM_PER_DEGREE
        lats = [t.lat for s in self.segments for t in s]
        self._lat_range = (min(lats) - margin, max(lats) + margin) if lats else (1.0, -1.0)
        self._known: dict[int, float] = {}

    def near(self, entry: Entry) -> bool:
        """Whether ``entry`` lies within ``FRONT_REACH_KM`` of a segment."""
        return self.km(entry) < FRONT_REACH_KM

    def nearness(self, entry: Entry) -> float:
        """1 on a line (within ``FRONT_LINE_KM``), falling to 0 at ``FRONT_REACH_KM`` and beyond: of two namesakes
        both near, the one nearer the fighting ("Volodymyrivka, Sumy" on the border, not the one 25 km behind it)."""
        return min(1.0, max(0.0, (FRONT_REACH_KM - self.km(entry)) / (FRONT_REACH_KM - FRONT_LINE_KM)))

    def km(self, entry: Entry) -> float:
        """How far ``entry`` lies from the nearest segment (``math.inf`` far outside the lines' latitudes)."""
        if not self._lat_range[0] <= entry.lat <= self._lat_range[1]:
            return math.inf
        if entry.index not in self._known:
            self._known[entry.index] = min((_segment_km(entry.lat, entry.lon, a, b) for a, b in self.segments),
                                           default=math.inf)
        return self._known[entry.index]
