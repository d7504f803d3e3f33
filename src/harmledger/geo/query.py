"""``geocode``: one place query ("Okhtyrka, Sumy Oblast", "Irpen, Kyiv vicinity") → a Place.

The query is read with the same recognition and resolution as free text, without the
free-text guards (a query is known to name a place), plus a whole-segment look-up in the
full index for names free text does not match (small places' alternate names). The answer
is the most specific place the query names that its qualifiers allow.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from harmledger.data import word_set
from harmledger.geo.gazetteer import Gazetteer, gazetteer
from harmledger.geo.normalize import is_latin
from harmledger.geo.places import PlaceMention, _Match, fits, recognise, resolve
from harmledger.model import Place

MAX_QUERY_CHARS = 300
FUZZY_CUTOFF = 80.0  # rapidfuzz ratio a misspelt name ("Dontesk", "Adiivka") must reach
FUZZY_LIMIT = 8
_DASH_SEPARATOR = re.compile(r"\s+[-–—]\s+")
_SEGMENT = re.compile(r"[^,()/;]+")
_FILLER = re.compile(r"\b(micro ?district|district|raion|rayon|city|town|village|vicinity|area|settlement|"
                     r"urban|outskirts|suburb|neighbourhood|neighborhood|of|the|near)\b")
_PRECISION_ORDER = {"town": 0, "near": 0, "region": 1, "country": 2}


def _fuzzy(key: str, countries: set[str], gaz: Gazetteer) -> tuple:
    """Entries whose name is a near spelling of ``key`` in the given countries, closest first."""
    found = []
    for cc in countries:
        for name, score, _ in process.extract(key, gaz.country_keys(cc), scorer=fuzz.ratio,
                                              score_cutoff=FUZZY_CUTOFF, limit=FUZZY_LIMIT):
            found.append((score + (5.0 if name[:1] == key[:1] else 0.0), name))  # typos keep the first letter
    if not found:
        return ()
    top = max(score for score, _ in found)  # only the closest spelling(s): population must not outvote it
    return tuple(e for score, name in found if score == top for e in gaz.lookup(name) if e.country in countries)


def _segment_matches(folded: str, matches: list[_Match], gaz: Gazetteer, country: str | None) -> list[_Match]:
    """The matches, with each comma/parenthesis segment that no match names whole looked up
    whole in the full index, then (within the query's countries) by near spelling; a segment
    found so replaces the partial matches inside it ("Verkhnii" of "Verkhnii Rohachyk")."""
    countries = {m.candidates[0].country for m in matches if m.kind != "place"}
    if country:
        countries.add(country.upper())
    region_words = word_set("geo_admin_words")
    out = list(matches)
    for seg in _SEGMENT.finditer(folded):
        start, end = seg.start(), seg.end() - 1
        words = _FILLER.sub(" ", seg.group()).split()
        want = "region" if words and words[-1] in region_words else None
        if want:
            words = words[:-1]
        key = " ".join(words)
        inside = [m for m in out if m.start <= end and m.end >= start]
        if len(key) < 3 or any(m.key == key for m in inside):
            continue
        candidates = gaz.lookup(key)
        if not candidates and len(key) >= 4:
            # A near spelling is weak evidence: beside other names it must lie by one of them.
            others = [m.candidates[0] for m in out if m not in inside and m.candidates]
            candidates = tuple(e for e in _fuzzy(key, countries, gaz)
                               if not others or any(fits(e, o, gaz) for o in others))
        if candidates:
            match = _Match(start + len(seg.group()) - len(seg.group().lstrip()), end, key, "place", want=want)
            match.candidates = candidates
            out = [m for m in out if m not in inside] + [match]
    return sorted(out, key=lambda m: m.start)


def geocode_explain(query: object, country: str | None = None) -> tuple[Place | None, str]:
    """The place a query names, or None, with the reason in words."""
    if not isinstance(query, str) or not query.strip():
        return None, "empty query"
    if len(query) > MAX_QUERY_CHARS:
        return None, f"query too long ({len(query)} characters; at most {MAX_QUERY_CHARS})"
    if not any(c.isalpha() for c in query):
        return None, "query has no letters"
    if not is_latin(query):
        return None, "query is not in Latin script (the gazetteer holds Latin names only)"
    if country is not None and not (isinstance(country, str) and re.fullmatch(r"[A-Za-z]{2}", country)):
        return None, f"country must be an ISO alpha-2 code, got {country!r}"
    gaz = gazetteer()
    query = _DASH_SEPARATOR.sub(", ", query)  # "Kyiv - Shevchenkivskyi": a city, then its district
    folded, offsets, matches = recognise(query, gaz, guarded=False)
    matches = _segment_matches(folded, matches, gaz, country)
    mentions = resolve(query, matches, folded, offsets, gaz, country, guarded=False)
    if not mentions:
        return None, f"no place named {query.strip()!r} in the gazetteer"
    best = min(mentions, key=_specificity)
    place = best.place
    place.span = None
    return place, f"matched {best.text!r} ({best.candidates} candidate(s))"


def _specificity(mention: PlaceMention) -> tuple:
    """Most specific first: towns before regions before countries, then non-qualifiers, then smaller."""
    return (_PRECISION_ORDER[mention.place.precision], mention.is_qualifier, mention.population)


def geocode(query: str, country: str | None = None) -> Place | None:
    """The place a query names (``country``: ISO alpha-2 focus), or None; never raises on bad input."""
    return geocode_explain(query, country)[0]
