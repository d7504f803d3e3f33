"""A city's neighbourhoods that bear a town's name elsewhere (``data/geo_city_parts.tsv``): "Austin",
"Bridgeport" and "Englewood" in a story that names Chicago are Chicago's community areas, not the towns in
Texas, Connecticut or New Jersey; "the Shevchenkivskyi district" of a Zaporizhzhia story is Zaporizhzhia's, not
Kyiv's. Keyed under the city rather than listed as its names, so that a story that does not name the city keeps the
town (``geo.places``)."""

from __future__ import annotations

from functools import cache

from harmledger.data import tsv_rows
from harmledger.geo.normalize import fold


@cache
def city_parts() -> dict[str, frozenset[int]]:
    """Each folded neighbourhood name → the GeoNames ids of the cities it is a part of."""
    parts: dict[str, set[int]] = {}
    for city, name in ((int(r[0]), r[1].strip()) for r in tsv_rows("geo_city_parts")):
        parts.setdefault(fold(name), set()).add(city)
    return {name: frozenset(cities) for name, cities in parts.items()}
