"""The shapes of ``GET /api/incidents`` and ``GET /api/incidents/{id}`` for the OpenAPI description.

Only the fields a client needs to know are declared; every other field of the
row (place, when, evidence, …, as the list gives them) passes through
(``extra="allow"``), so the model documents the answer without narrowing it.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


class Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class Claim(Open):
    """One figure one source gave."""

    mention_id: str
    document_id: str
    published: str | None = Field(description="The report's publication date.")
    published_at: str | None = Field(None, description="The report's publication instant in UTC (ISO, ending in Z) where its source gave a time.")
    speaker: str | None = Field(description="Who gave the figure; null where the report says it in its own voice.")
    slot: str = Field(description="killed, injured, missing or casualties.")
    value: int
    qualifier: str
    low: int | None
    best: int | None
    high: int | None
    background: bool = Field(description="Told as history in a later report: kept, never counted.")
    source: str | None = None
    title: str | None = None
    url: str | None = None
    span: dict[str, Any] | None = Field(None, description="The words the figure was read from: {start, end, text} in the report's text, with part \"title\" where they are in its title.")


class Step(Open):
    """What one report said, in publication order: the toll over time."""

    document_id: str
    published: str | None
    published_at: str | None = Field(None, description="The publication instant in UTC where the source gave a time: a day's reports stand in its order.")
    killed: int | None
    injured: int | None
    missing: int | None
    mention_id: str | None = Field(description="The report's mention of this incident: its evidence is highlighted in /api/documents/{document_id}.")
    source: str | None
    title: str | None


class Figure(Open):
    """A slot's reconciled figure (UCDP's meaning; the rules in link/reconcile.py)."""

    low: int | None
    best: int
    high: int | None
    contested: bool
    children: int | None
    speakers: list[str]


class Report(Open):
    """A report that tells an incident."""

    document_id: str
    source: str | None = Field(description="The outlet, else the file the article was read from.")
    title: str | None
    url: str | None
    published: str | None


class IncidentRow(Open):
    """An incident as the list gives it (the page's rows are stored ready to send: this documents them, it does not build them)."""

    id: str
    lead_mention_id: str
    document_id: str = Field(description="The lead mention's report.")
    kind: str = Field(description="event or aggregate.")
    background: bool = Field(description="True while only history retold tells it.")
    event_type: str | None
    date: str | None = Field(description="The event date (YYYY-MM-DD), else the lead report's publication date.")
    place: dict[str, Any] | None = Field(description="{name, geonames_id, admin1, country, lat, lon, precision, span}.")
    killed: dict[str, Any] | None = Field(description="Reconciled: best, low, high; value, qualifier, speaker and span of the claim chosen as best.")
    injured: dict[str, Any] | None
    sources: int = Field(description="How many reports tell it.")
    reports: list[Report]
    first_reported: str | None
    last_reported: str | None
    contested: bool
    review_status: str = Field(description="unreviewed, confirmed, corrected or rejected.")
    evidence: list[dict[str, Any]] = Field(description="The lead mention's evidence spans: {start, end, text}.")


class IncidentPage(BaseModel):
    """A page of incidents, newest first."""

    total: int = Field(description="Every incident the filters select.")
    limit: int
    offset: int
    incidents: list[IncidentRow]


class IncidentDetail(Open):
    """A linked incident with every source's claims, its history and its reconciled figures."""

    id: str
    lead_mention_id: str
    kind: str
    background: bool
    sources: int = Field(description="How many reports tell it.")
    first_reported: str | None
    last_reported: str | None
    contested: bool
    review_status: str
    killed: dict[str, Any] | None = Field(description="Reconciled: best, low, high; value, qualifier, speaker and span of the claim chosen as best.")
    injured: dict[str, Any] | None
    claims: list[Claim]
    history: list[Step]
    figures: dict[str, Figure]
    mentions: list[dict[str, Any]] = Field(description="Each mention, as a row, with its `document`'s metadata.")
