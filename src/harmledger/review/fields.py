"""The fields an analyst may correct: what each accepts, and how it lands on an incident's row.

A correction is stored as the value the analyst gave, already checked and resolved
(a place searched in the gazetteer is stored as the place found), so laying it over
a recomputed row (``apply``) needs no look-up and gives the same row every time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from harmledger.data import table
from harmledger.geo import geocode
from harmledger.model import ATTRIBUTIONS, PRECISIONS_PLACE, PRECISIONS_TIME, QUALIFIERS, Place
from harmledger.review.errors import Invalid
from harmledger.store.schema import COUNT_MAX
from harmledger.store.writer import place_key
from harmledger.text.numbers import conventional_reading

FIELDS = ("killed", "injured", "place", "date", "event_type", "sub_event_type", "weapon", "perpetrator", "attribution")
MAX_TEXT = 200


def checked(field: str, value: Any) -> Any:
    """``value`` as the correction of ``field`` stores it; ``Invalid`` names what is wrong."""
    if field not in FIELDS:
        raise Invalid(f"{field!r} is not a field an analyst can correct (choose from {', '.join(FIELDS)})")
    if value is None:
        return None  # "there is none": no figure, no weapon, no perpetrator named
    return _CHECKS[field](field, value)


def apply(row: dict[str, Any], field: str, value: Any) -> None:
    """Lay one stored correction over an incident row."""
    if field in ("killed", "injured"):
        row[field], row[f"{field}_low"], row[f"{field}_high"] = (value["best"], value["low"], value["high"]) if value else (None, None, None)
    elif field == "place":
        place = value or {}
        row["place_id"] = place.get("id")
        row.update({key: place.get(key) for key in ("country", "admin1", "lat", "lon")})
    elif field == "date":
        row["event_date"], row["when_end"], row["when_precision"] = (
            (date.fromisoformat(value["start"]), date.fromisoformat(value["end"]), value["precision"]) if value else (None, None, None)
        )
    else:
        row[field] = value


def sub_event_types(event_type: str | None) -> list[str]:
    """ACLED's sub-event types of ``event_type`` (none for an unknown or missing type)."""
    return table("review_taxonomy")["event_types"].get(event_type or "", [])


def place_row(value: dict[str, Any]) -> dict[str, Any]:
    """The ``places`` row of a corrected place (the same id the writer gives that place)."""
    return {key: value[key] for key in ("id", "geonames_id", "name", "admin1", "country", "lat", "lon", "precision")}


def _figure(field: str, value: Any) -> dict[str, Any]:
    """``{"value": 16, "qualifier": "at_least"}`` → with low / best / high by the counting conventions;
    a range needs ``low`` and ``high`` (``{"qualifier": "range", "low": 5, "high": 10}``)."""
    if not isinstance(value, dict):
        raise Invalid(f"{field}: expected {{'value': N, 'qualifier': Q}}, got {value!r}")
    qualifier = value.get("qualifier", "exact")
    if qualifier not in QUALIFIERS:
        raise Invalid(f"{field}: qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    if qualifier == "range":
        low, high = _number(field, "low", value.get("low")), _number(field, "high", value.get("high"))
        if low > high:
            raise Invalid(f"{field}: the range's low {low} is above its high {high}")
        return {"value": low, "qualifier": qualifier, "low": low, "best": low, "high": high}
    number = _number(field, "value", value.get("value"))
    low, best, high = conventional_reading(number, qualifier)
    return {"value": number, "qualifier": qualifier, "low": low, "best": best, "high": high}


def _number(field: str, key: str, number: Any) -> int:
    if isinstance(number, bool) or not isinstance(number, int) or not 0 <= number <= COUNT_MAX:
        raise Invalid(f"{field}.{key}: expected a whole number from 0 to {COUNT_MAX}, got {number!r}")
    return number


def _place(field: str, value: Any) -> dict[str, Any]:
    """``{"query": "Kremenchuk", "country": "UA"}`` (searched in the gazetteer) or a place given in full."""
    if not isinstance(value, dict):
        raise Invalid(f"place: expected {{'query': ...}} or a place, got {value!r}")
    country = _country(value.get("country"))
    if "query" in value:
        query = _text("place.query", value["query"])
        found = geocode(query, country)
        if found is None:
            raise Invalid(f"place.query: the gazetteer has no place for {query!r}" + (f" in {country}" if country else ""))
    else:
        found = _given_place(value, country)
    out = {"id": place_key(found), **{k: v for k, v in found.to_dict().items() if k != "span"}}
    out["country"] = out["country"].upper() if out["country"] else None
    return out


def _given_place(value: dict[str, Any], country: str | None) -> Place:
    name = _text("place.name", value.get("name"))
    admin1 = None if value.get("admin1") is None else _text("place.admin1", value["admin1"])
    lat, lon = value.get("lat"), value.get("lon")
    for key, number, limit in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(number, bool) or not isinstance(number, (int, float)) or not -limit <= number <= limit:
            raise Invalid(f"place.{key}: expected degrees from -{limit} to {limit}, got {number!r}")
    precision = value.get("precision", "town")
    if precision not in PRECISIONS_PLACE:
        raise Invalid(f"place.precision: {precision!r} is not one of {', '.join(PRECISIONS_PLACE)}")
    geonames_id = value.get("geonames_id")
    if geonames_id is not None and (isinstance(geonames_id, bool) or not isinstance(geonames_id, int) or not 0 < geonames_id < 2**31):
        raise Invalid(f"place.geonames_id: expected a GeoNames id (a whole number), got {geonames_id!r}")
    return Place(geonames_id, name, admin1, country, float(lat), float(lon), precision)


def _country(value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z]{2}", value):
        raise Invalid(f"place.country: expected an ISO alpha-2 code such as UA, got {value!r}")
    return value.upper()


def _date(field: str, value: Any) -> dict[str, Any]:
    """``{"start": "2022-06-27", "end": ..., "precision": "day"}`` (end defaults to start)."""
    if not isinstance(value, dict):
        raise Invalid(f"date: expected {{'start': 'YYYY-MM-DD', 'end': ..., 'precision': ...}}, got {value!r}")
    try:
        start = date.fromisoformat(str(value.get("start")))
        end = date.fromisoformat(str(value.get("end") or value.get("start")))
    except ValueError:
        raise Invalid(f"date: start and end must be YYYY-MM-DD, got {value.get('start')!r} and {value.get('end')!r}") from None
    if end < start:
        raise Invalid(f"date: the end {end} is before the start {start}")
    precision = value.get("precision", "day")
    if precision not in PRECISIONS_TIME:
        raise Invalid(f"date.precision: {precision!r} is not one of {', '.join(PRECISIONS_TIME)}")
    return {"start": start.isoformat(), "end": end.isoformat(), "precision": precision}


def _one_of(field: str, value: Any, allowed: Iterable[str]) -> str:
    allowed = list(allowed)
    if value not in allowed:
        raise Invalid(f"{field}: {value!r} is not one of {', '.join(allowed)}")
    return value


def _event_type(field: str, value: Any) -> str:
    return _one_of(field, value, table("review_taxonomy")["event_types"])


def _sub_event_type(field: str, value: Any) -> str:
    return _one_of(field, value, (s for subs in table("review_taxonomy")["event_types"].values() for s in subs))


def _weapon(field: str, value: Any) -> str:
    return _one_of(field, value, table("review_taxonomy")["weapons"])


def _attribution(field: str, value: Any) -> str:
    return _one_of(field, value, ATTRIBUTIONS)


def _text(field: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT or "\x00" in value:
        raise Invalid(f"{field}: expected a name of 1 to {MAX_TEXT} characters, got {value!r}")
    return value.strip()


_CHECKS = {
    "killed": _figure,
    "injured": _figure,
    "place": _place,
    "date": _date,
    "event_type": _event_type,
    "sub_event_type": _sub_event_type,
    "weapon": _weapon,
    "perpetrator": _text,
    "attribution": _attribution,
}
