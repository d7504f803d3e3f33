"""The data model shared by every pipeline stage (names as in DESIGN.md).

Plain dataclasses, so that each stage is a pure function over them and the
JSON form (``to_dict``) is exactly the contract of the evaluation suites.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

QUALIFIERS = ("exact", "at_least", "more_than", "about", "up_to", "fewer_than", "range", "vague")
PRECISIONS_PLACE = ("town", "near", "region", "country")
PRECISIONS_TIME = ("day", "week", "month", "year")
ATTRIBUTIONS = ("claimed", "alleged", "confirmed", "unknown")
COUNT_SLOTS = ("killed", "injured", "missing", "casualties")
BODY, TITLE = "body", "title"
PARTS = (BODY, TITLE)
"""The parts of a document a span may point into: its text, or its title (a headline that tells
what the crawled page around it does not)."""


@dataclass(frozen=True)
class Span:
    """Character offsets into the original ``Document.text``, or into ``Document.title`` where
    ``part`` is ``title``: a figure read from the headline points at the headline's words."""

    start: int
    end: int
    text: str
    part: str = BODY

    def to_dict(self) -> dict[str, Any]:
        """``{start, end, text}``, and ``part`` where the span is not in the text (the contract's shape unchanged)."""
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.part != BODY:
            out["part"] = self.part
        return out


@dataclass
class Count:
    """One casualty figure as the text states it, with its evidence and speaker."""

    value: int
    qualifier: str = "exact"
    low: int | None = None
    best: int | None = None
    high: int | None = None
    children: int | None = None
    civilians: bool | None = None
    military: bool | None = None
    speaker: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["span"] = self.span.to_dict() if self.span else None
        return out


@dataclass
class Place:
    geonames_id: int | None
    name: str
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str = "town"
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {f.name: getattr(self, f.name) for f in fields(self)}
        out["span"] = self.span.to_dict() if self.span else None
        return out


@dataclass
class When:
    start: date
    end: date
    precision: str = "day"
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "precision": self.precision,
            "span": self.span.to_dict() if self.span else None,
        }


@dataclass
class Mention:
    """One incident as one document tells it."""

    kind: str = "event"
    background: bool = False
    event_type: str | None = None
    sub_event_type: str | None = None
    weapon: str | None = None
    target: str | None = None
    place: Place | None = None
    when: When | None = None
    perpetrator: str | None = None
    attribution: str | None = None
    killed: Count | None = None
    injured: Count | None = None
    missing: Count | None = None
    casualties: Count | None = None
    sources: list[str] = field(default_factory=list)
    evidence: list[Span] = field(default_factory=list)
    confidence: float = 0.5
    warnings: list[str] = field(default_factory=list)  # what a reader should know: "undated: ..."

    def counts(self) -> dict[str, Count]:
        """The filled count slots, by slot name."""
        return {slot: c for slot in COUNT_SLOTS if (c := getattr(self, slot)) is not None}

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "evidence":
                out[f.name] = [s.to_dict() for s in value]
            elif hasattr(value, "to_dict"):
                out[f.name] = value.to_dict()
            else:
                out[f.name] = value
        return out


@dataclass
class Document:
    text: str
    id: str = ""
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    language: str = "en"
    ingested_at: datetime | None = None

    def __post_init__(self) -> None:
        if not self.id:
            self.id = document_id(self.text, self.title)


def document_id(text: str, title: str | None = None) -> str:
    """Stable id from the whitespace-normalised text and title, so a re-ingested article is stored once.

    The title counts because extraction reads it (``extract.headline``): crawled pages whose text is
    the same boilerplate ("We have sent you a verification email") under different headlines are
    different reports, not one stored once."""
    canonical = " ".join(text.split())
    if title and title.strip():
        canonical = " ".join(title.split()) + "\n" + canonical  # normalised text holds no newline: no clash
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Record:
    """One article read from an input, ready for extraction."""

    text: str
    origin: str
    line: int | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    language: str | None = None
    id: str = ""
    published_at: datetime | None = None
    """The publication instant in UTC (naive), where the input gives a time of day: orders a day's updates."""

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", document_id(self.text, self.title))

    @property
    def where(self) -> str:
        return f"{self.origin}:{self.line}" if self.line else self.origin


@dataclass(frozen=True)
class ReadError:
    """An input (or one line of it) that could not be read; ``level`` warning means it was still read."""

    origin: str
    reason: str
    line: int | None = None
    level: str = "error"

    def __str__(self) -> str:
        where = f"{self.origin}:{self.line}" if self.line else self.origin
        return f"{where}: {self.reason}"
