"""The REST endpoints under ``/api``: thin handlers over ``Ledger``, described in the OpenAPI at ``/docs``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from pydantic import BaseModel, BeforeValidator, Field, ValidationError, field_validator
from starlette.concurrency import run_in_threadpool

from harmledger.dates import parse_date
from harmledger.store import IncidentFilter
from harmledger.io_jsonl import NotJson, read_json
from harmledger.ledger import Ledger
from harmledger.store.rows import ROW_FORMAT
from harmledger.store.schema import COUNT_MAX
from harmledger.store.writer import RecordRefused
from harmledger.review.users import User
from harmledger.web.auth import AUTH_RESPONSES, require
from harmledger.web.errors import ApiError, error_body
from harmledger.web.exporting import started_export
from harmledger.web.filters import NO_NUL, incident_filter
from harmledger.web.models import IncidentDetail, IncidentPage

MAX_PAGE = 2000
CSV_FORMATS = ("csv", "acled-csv", "ucdp-csv")

router = APIRouter(prefix="/api")
Filters = Annotated[IncidentFilter, Depends(incident_filter)]
RecordId = Annotated[str, Path(max_length=100, pattern=NO_NUL)]


async def ledger_of(request: Request) -> Ledger:  # async: no thread hop for a lookup
    return request.app.state.ledger


LedgerDep = Annotated[Ledger, Depends(ledger_of)]
ERRORS = {status: {"description": text, "content": {"application/json": {"example": error_body(status, code, text)}}}
          for status, code, text in [(404, "not_found", "no such record"), (422, "invalid_request", "a parameter is invalid")]}


@router.get(
    "/incidents",
    summary="A page of incidents, newest first",
    response_model=None,
    responses={200: {"model": IncidentPage, "description": "The page, with an ETag that changes whenever any incident does."},
               304: {"description": "``If-None-Match`` named the current ETag: the page has not changed."}, **ERRORS},
)
async def list_incidents(
    request: Request,
    ledger: LedgerDep,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Incidents per page (at most {MAX_PAGE}).")] = 100,
    offset: Annotated[int, Query(ge=0, le=COUNT_MAX, description="Incidents to skip.")] = 0,
) -> Response:
    """Linked incidents (one per event, however many reports tell it) matching every filter given: the lead
    report's place, date, type and evidence spans, the reconciled ``killed``/``injured`` (``best``, ``low``,
    ``high``; ``value`` and ``qualifier`` are the words of the claim chosen as best), ``sources`` (how many
    reports tell it) and ``reports`` (which); ``total`` counts every match.

    The rows are stored ready to send (``store/rows.py``) and the page is kept until an incident changes, so
    a client that sends back the ``ETag`` as ``If-None-Match`` gets ``304 Not Modified`` while nothing changed."""
    page = await run_in_threadpool(ledger.incident_page, filters, limit, offset)
    etag = f'W/"{page.state}-{ROW_FORMAT}"'
    headers = {"ETag": etag, "Cache-Control": "no-cache"}  # no-cache: a browser asks again each time, with If-None-Match
    if {etag, "*"} & _tags(request.headers.get("if-none-match")):
        return Response(status_code=304, headers=headers)
    body = b'{"total":%d,"limit":%d,"offset":%d,"incidents":%s}' % (page.total, limit, offset, page.rows)
    return Response(body, media_type="application/json", headers=headers)


def _tags(header: str | None) -> set[str]:
    """The entity tags an ``If-None-Match`` header names (weak or strong alike, as RFC 9110 compares for it)."""
    if not header:
        return set()
    tags = {tag.strip() for tag in header.split(",")}
    return tags | {f"W/{tag}" for tag in tags if not tag.startswith("W/")}


@router.get(
    "/incidents/{incident_id}",
    summary="One incident with every claim, its history and its sources",
    response_model=IncidentDetail,
    responses={307: {"description": "the id is a mention's (``<document>-<ordinal>``, as rows had before linking), or an "
                                    "incident's that review merged into another: redirected to the incident it is part of now"}, **ERRORS},
)
def get_incident(ledger: LedgerDep, incident_id: RecordId) -> Any:
    """The incident as the list gives it, plus ``claims`` (every figure every source gave), ``history``
    (one entry per report in publication order), ``figures`` (the reconciled low / best / high) and
    ``mentions`` (each with its ``document``'s metadata; the text is at ``/api/documents/{id}``).

    An old mention id, or a merged incident's id (a link or bookmark made before review merged it; it had
    answered 500), redirects (307, temporary: review may move a mention to another incident)."""
    found = ledger.incident(incident_id)  # a merged incident's is the one it lives on in
    if found is not None and found["id"] != incident_id:
        return RedirectResponse(f"/api/incidents/{found['id']}", status_code=307)
    if found is not None:
        return found
    moved = ledger.incident_of_mention(incident_id)
    if moved is not None:
        return RedirectResponse(f"/api/incidents/{moved}", status_code=307)
    raise ApiError(404, f"no incident with id {incident_id!r}")


@router.get("/documents/{document_id}", summary="One document with the spans to highlight", responses=ERRORS)
def get_document(ledger: LedgerDep, document_id: RecordId) -> dict[str, Any]:
    """The document's text and metadata, its mentions, and ``highlights``: every evidence span as
    ``{start, end, text, part, mention_id, role}`` (character offsets into ``text``, or into ``title`` where
    ``part`` is ``title``), sorted by part (the text's first) and offset."""
    found = ledger.document(document_id)
    if found is None:
        raise ApiError(404, f"no document with id {document_id!r}")
    return found


@router.get("/stats/daily", summary="Killed and injured per day", responses=ERRORS)
def daily_stats(ledger: LedgerDep, filters: Filters) -> dict[str, Any]:
    """``days``: ``[{date, killed, injured}]`` summing each selected incident's reconciled best once, however
    many reports tell it (history retold and aggregate tolls left out: they would count the same deaths again)."""
    return {"days": ledger.daily_stats(filters)}


@router.get("/export.csv", summary="Selected incidents as CSV", response_class=StreamingResponse, responses=ERRORS)
def export_csv(
    ledger: LedgerDep,
    filters: Filters,
    format: Annotated[str, Query(pattern="^(" + "|".join(CSV_FORMATS) + ")$", description="csv (every field), acled-csv or ucdp-csv.")] = "csv",
) -> StreamingResponse:
    """Streamed, so the export's memory does not grow with the database; an export that fails after its
    first chunk ends the response without its last chunk (a truncated body, never a complete-looking one)."""
    return StreamingResponse(started_export(ledger, format, filters), media_type="text/csv; charset=utf-8",
                             headers={"Content-Disposition": f'attachment; filename="harmledger-{format}.csv"'})


@router.get("/export.geojson", summary="Selected incidents as GeoJSON", response_class=StreamingResponse, responses=ERRORS)
def export_geojson(ledger: LedgerDep, filters: Filters) -> StreamingResponse:
    """A FeatureCollection (incidents without coordinates keep a null geometry)."""
    return StreamingResponse(started_export(ledger, "geojson", filters), media_type="application/geo+json",
                             headers={"Content-Disposition": 'attachment; filename="harmledger.geojson"'})


def _date_or_instant(value: Any) -> Any:
    """A posted date kept as written, so that its time of day (where it gives one) reaches the ledger; a ValueError
    that names it when it is no date."""
    parse_date(value)
    return value


class NewDocument(BaseModel):
    """One report to extract and store."""

    text: str = Field(min_length=1, description="The article text (plain text), not blank.", json_schema_extra={"pattern": r"\S"})
    source: str | None = Field(None, max_length=500, description="Who published it, e.g. Reuters.")
    url: str | None = Field(None, max_length=2000)
    title: str | None = Field(None, max_length=2000)
    published: Annotated[str | None, BeforeValidator(_date_or_instant)] = Field(None, description="Publication date, YYYY-MM-DD (resolves 'on Monday'), or the instant, "
                                                 "2024-03-04T15:00:00+02:00 (a time without a zone is taken as UTC): it orders a day's updates.")

    @field_validator("text")
    @classmethod
    def _not_blank(cls, text: str) -> str:
        if not text.strip():
            raise ValueError("the text is blank")
        return text


WRITE_RESPONSES = {
    **AUTH_RESPONSES,
    413: {"description": "the body is over the size limit"},
    415: {"description": "the body is not application/json"},
    **ERRORS,
}


@router.post(
    "/documents",
    summary="Ingest one report (bearer token)",
    status_code=201,
    responses={200: {"description": "already stored: nothing added"}, **WRITE_RESPONSES},
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {"schema": NewDocument.model_json_schema()}}}},
)
async def post_document(request: Request, _: Annotated[User, Depends(require("analyst"))]) -> JSONResponse:
    """Extract the incidents of one report and store them (idempotent: the same text twice is stored
    once). Needs ``Authorization: Bearer TOKEN``: an analyst's or admin's token (``harmledger users add``),
    or the token the server was started with (``HARMLEDGER_TOKEN`` or ``serve --token``)."""
    try:
        document = NewDocument.model_validate(await _json_body(request))
    except ValidationError as error:
        raise validation_error(error) from None
    ledger: Ledger = request.app.state.ledger
    try:
        document_id, added = await run_in_threadpool(
            ledger.ingest_text, document.text, source=document.source, url=document.url, title=document.title, published=document.published
        )
    except RecordRefused as error:  # e.g. a NUL character, which PostgreSQL's text cannot hold
        raise ApiError(422, f"body: {error}", details=[{"where": "body", "problem": str(error)}]) from None
    found = await run_in_threadpool(ledger.incidents, IncidentFilter(document_id=document_id), MAX_PAGE)
    body = {"document_id": document_id, "added": added, "url": f"/api/documents/{document_id}", "incidents": [row["id"] for row in found]}
    return JSONResponse(body, status_code=201 if added else 200)


async def _json_body(request: Request) -> Any:
    """The body as JSON, refused past the size limit before it is all read."""
    limit: int = request.app.state.settings.max_upload_bytes
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != "application/json":
        raise ApiError(415, f"send the report as application/json ({{\"text\": ...}}), not {media or 'no content type'}")
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise ApiError(413, f"the body is {int(declared):,} bytes; the limit is {limit:,}")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, f"the body is over the limit of {limit:,} bytes")
    try:
        return read_json(bytes(body))
    except UnicodeDecodeError as error:
        raise ApiError(400, f"the body is not valid JSON ({error})") from None
    except NotJson as error:
        raise ApiError(400, f"the body is {error}") from None


@router.get("/config", summary="What the page needs to know about this server")
def config(request: Request) -> dict[str, Any]:
    settings = request.app.state.settings
    return {"tiles": settings.tiles, "tiles_attribution": settings.tiles_attribution, "writable": bool(settings.token),
            "max_upload_bytes": settings.max_upload_bytes, "max_page": MAX_PAGE}


def validation_error(error: ValidationError) -> ApiError:
    details = [{"where": "body." + ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in error.errors()]
    return ApiError(422, "; ".join(f"{d['where']}: {d['problem']}" for d in details), details=details)
