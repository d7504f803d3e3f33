"""What the war-report rounds ask of one report: its lead incident, that incident's days and place, and how far a
place lies from a point.

Import with ``from war_fixtures import km_from, lead``. A round whose reports were published on another day than
round 8's binds its own: ``lead = lead_published("2024-06-20")``."""

from datetime import date

from harmledger.extract import extract, pipeline
from harmledger.geo.build import haversine_km


def lead(text: str, published: str | None = "2024-07-20"):
    """The first mention that tells a new event (not background, not an aggregate)."""
    return next(m for m in extract(text, published) if not m.background and m.kind == "event")


def lead_published(day: str | None):
    """``lead`` for a round whose reports were published on ``day`` unless a test gives another day."""

    def round_lead(text: str, published: str | None = day):
        return lead(text, published)

    return round_lead


def value(count) -> int | None:
    """A count's figure, None where the slot has no count."""
    return count.value if count else None


def days_of(mention) -> tuple:
    """The first and last day a mention's event may have happened on."""
    return mention.when.start, mention.when.end


def place_of(mention, fields: tuple[str, ...] = ("name", "admin1", "country")) -> tuple:
    """A mention's place as the ``fields`` a round compares."""
    return tuple(getattr(mention.place, field) for field in fields)


def km_from(place, lat: float, lon: float) -> float:
    return haversine_km(place.lat, place.lon, lat, lon)


def titled_lead(text: str, title: str, published: str | None = "2024-07-20"):
    """``lead`` of a report read with its headline."""
    return next(m for m in extract(text, published, title=title) if not m.background and m.kind == "event")


def read_as_of(monkeypatch, day: date) -> None:
    """Read reports with no published date as though extracted on ``day`` (a dateline's year and a yearless stamp are
    taken as the latest before today), so that a round's tests do not age with the calendar."""

    class FixedDay(date):
        @classmethod
        def today(cls):
            return day

    monkeypatch.setattr(pipeline, "date", FixedDay)


ANY = object()
"""A figure a report leaves open: a round's probes do not compare it."""


def figures_read(mention, killed, injured) -> None:
    """Asserts the lead's killed and injured are those a probe wrote down, wherever it wrote one (not ``ANY``)."""
    found = (value(mention.killed), value(mention.injured))
    assert [f for f, e in zip(found, (killed, injured)) if e is not ANY] == [e for e in (killed, injured) if e is not ANY]
