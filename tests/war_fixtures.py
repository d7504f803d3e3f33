"""What the war-report rounds ask of one report: its lead incident, and how far a place lies from a point.

Import with ``from war_fixtures import km_from, lead``."""

from harmledger.extract import extract
from harmledger.geo.build import haversine_km


def lead(text: str, published: str | None = "2024-07-20"):
    """The first mention that tells a new event (not background, not an aggregate)."""
    return next(m for m in extract(text, published) if not m.background and m.kind == "event")


def km_from(place, lat: float, lon: float) -> float:
    return haversine_km(place.lat, place.lon, lat, lon)
