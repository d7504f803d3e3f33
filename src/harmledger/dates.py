"""One way to read a date given by a caller or an input, for every stage and command.

Accepted: a ``date``, a ``datetime`` (its day), or ISO 8601 text with or without a time and
zone (``2022-03-07``, ``2022-3-7``, ``2022-03-07T10:00:00Z``, ``2022-03-07 10:00:00+02:00``).
The day is the one written, not converted to UTC: a report dated in Kyiv's evening keeps its day.
``read_instant`` reads the time of day as well, where one is written, as the instant in UTC (a time
written without a zone is taken as UTC): it orders a day's reports ("at least 2" at 15:00, 11 at 18:30).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from typing import Any

_ISO_DAY = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.,+\-Z ]*)?\s*", re.IGNORECASE)


def parse_date(value: Any) -> date | None:
    """The day ``value`` names; None for None or blank; ``ValueError`` naming the value otherwise."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    if isinstance(value, str) and not value.strip():
        return None
    match = _ISO_DAY.fullmatch(value) if isinstance(value, str) else None
    try:
        if match is None:
            raise ValueError
        return date(*map(int, match.groups()))
    except ValueError:
        raise ValueError(f"{value!r} is not a date (use YYYY-MM-DD, optionally with a time)") from None


def iso(value: date | None) -> str | None:
    """A date (or datetime) as ISO text for JSON; None stays None."""
    return value.isoformat() if value is not None else None


def read_date(value: Any) -> date | None:
    """``parse_date`` for metadata found in inputs, where a malformed date means no date."""
    try:
        return parse_date(value)
    except ValueError:
        return None


def read_instant(value: Any) -> datetime | None:
    """The instant ``value`` names, in UTC without its zone (as the store keeps times), where it gives a time of day;
    None for a bare date, None or anything unreadable. A time written without a zone is taken as UTC."""
    if isinstance(value, datetime):
        found = value
    elif isinstance(value, str) and read_date(value) is not None and _HAS_TIME.search(value):
        try:
            found = datetime.fromisoformat(value.strip().replace("z", "Z"))
        except ValueError:
            return None
    else:
        return None
    return found.astimezone(timezone.utc).replace(tzinfo=None) if found.tzinfo else found


_HAS_TIME = re.compile(r"[T ]\d{1,2}:\d{2}", re.IGNORECASE)


def iso_instant(value: datetime | None) -> str | None:
    """A stored (naive UTC) instant as ISO text with its zone, ``2022-06-27T12:00:00Z``; None stays None."""
    return value.isoformat(timespec="seconds") + "Z" if value is not None else None


def utc_now() -> datetime:
    """Now in UTC, without its zone: the store keeps naive UTC times (SQLite keeps no zone)."""
    return datetime.now(timezone.utc).replace(tzinfo=None)
