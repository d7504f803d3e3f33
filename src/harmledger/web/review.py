"""The review endpoints: verdicts, corrections, merges and splits (analyst), the audit, the queue and
the values a correction takes (anyone), and whose a token is (any user: the page's sign-in).

Each write runs one ``review.actions`` function in its own transaction and answers with
the incident's row as it now is; the library's refusals become the one error shape
(``NotFound`` 404, ``Conflict`` 409, ``Invalid`` 422).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from harmledger.data import table
from harmledger.geo import geocode_explain
from harmledger.model import ATTRIBUTIONS, PRECISIONS_PLACE, PRECISIONS_TIME, QUALIFIERS
from harmledger.review.errors import Conflict, Invalid, NotFound, ReviewError
from harmledger.review.fields import FIELDS
from harmledger.review.users import User
from harmledger.review.workspace import Workspace
from harmledger.web.auth import AUTH_RESPONSES, require
from harmledger.web.errors import ApiError, error_body
from harmledger.web.filters import NO_NUL

router = APIRouter(prefix="/api")
Analyst = Annotated[User, Depends(require("analyst"))]
Anyone = Annotated[User, Depends(require("reader"))]
Id = Annotated[str, Path(max_length=100, pattern=NO_NUL)]
STATUS = {NotFound: 404, Conflict: 409, Invalid: 422}
RESPONSES = {
    **AUTH_RESPONSES,
    **{status: {"description": text, "content": {"application/json": {"example": error_body(status, code, text)}}}
       for status, code, text in [(404, "not_found", "no such incident or mention"), (409, "conflict", "the ledger's state does not allow it"),
                                  (422, "invalid_request", "a value is not one the field takes")]},
}
MAX_QUEUE_PAGE = 500


class Note(BaseModel):
    comment: str | None = Field(None, max_length=2000, pattern=NO_NUL, description="Why: kept in the audit.")


class Correction(Note):
    changes: dict[str, Any] = Field(
        min_length=1,
        description=f"Field → new value (null: there is none). Fields: {', '.join(FIELDS)}. Figures {{value, qualifier}} "
        "(a range {qualifier: 'range', low, high}); place {query, country} searched in the gazetteer, or {name, admin1, country, lat, lon, precision}; "
        "date {start, end, precision}.",
        json_schema_extra={"example": {"killed": {"value": 16, "qualifier": "at_least"}, "place": {"query": "Kremenchuk", "country": "UA"}}},
    )


class Merge(Note):
    other: str = Field(max_length=100, pattern=NO_NUL, description="The incident merged into this one (it is kept, marked merged_into).")


class Split(Note):
    mentions: list[Annotated[str, Field(max_length=100, pattern=NO_NUL)]] = Field(min_length=1, max_length=1000,
                                                                                   description="The mentions that leave for a new incident.")


def _workspace(request: Request, user: User) -> Workspace:
    return Workspace(request.app.state.ledger, user.name)


async def _answer(call, *args: Any, status: int = 200) -> JSONResponse:
    try:
        row = await run_in_threadpool(call, *args)
    except ReviewError as error:
        raise ApiError(STATUS[type(error)], str(error)) from None
    return JSONResponse(jsonable_encoder({"incident": row}), status_code=status)


@router.post("/incidents/{incident_id}/confirm", summary="Confirm an incident as it stands (analyst)", responses=RESPONSES)
async def confirm(request: Request, user: Analyst, incident_id: Id, note: Annotated[Note | None, Body()] = None) -> JSONResponse:
    return await _answer(_workspace(request, user).confirm, incident_id, (note or Note()).comment)


@router.post("/incidents/{incident_id}/reject", summary="Reject an incident: not one at all (analyst); it stays queryable", responses=RESPONSES)
async def reject(request: Request, user: Analyst, incident_id: Id, note: Annotated[Note | None, Body()] = None) -> JSONResponse:
    return await _answer(_workspace(request, user).reject, incident_id, (note or Note()).comment)


@router.post("/incidents/{incident_id}/correct", summary="Correct fields of an incident (analyst)", responses=RESPONSES)
async def correct(request: Request, user: Analyst, incident_id: Id, body: Correction) -> JSONResponse:
    """Corrections are laid over the incident each time a new report joins it: linking never undoes them."""
    return await _answer(_workspace(request, user).correct, incident_id, body.changes, body.comment)


@router.post("/incidents/{incident_id}/merge", summary="Merge another incident into this one (analyst)", responses=RESPONSES)
async def merge(request: Request, user: Analyst, incident_id: Id, body: Merge) -> JSONResponse:
    """The other's mentions join this one for good; new reports of either link here."""
    return await _answer(_workspace(request, user).merge, incident_id, body.other, body.comment)


@router.post("/incidents/{incident_id}/split", summary="Split mentions off into a new incident (analyst)", status_code=201,
             responses=RESPONSES)
async def split(request: Request, user: Analyst, incident_id: Id, body: Split) -> JSONResponse:
    """Answers with the new incident; the mentions stay there whatever linking later finds."""
    return await _answer(_workspace(request, user).split, incident_id, body.mentions, body.comment, status=201)


@router.post("/mentions/{mention_id}/not-an-incident", summary="Mark a mention as telling no incident (analyst)", responses=RESPONSES)
async def not_an_incident(request: Request, user: Analyst, mention_id: Id, note: Annotated[Note | None, Body()] = None) -> JSONResponse:
    """The mention leaves its incident (answered: that incident, recomputed) and is never linked again."""
    return await _answer(_workspace(request, user).not_an_incident, mention_id, (note or Note()).comment)


@router.get("/incidents/{incident_id}/audit", summary="Every change analysts made to an incident", responses=RESPONSES)
async def incident_audit(request: Request, incident_id: Id) -> dict[str, Any]:
    """``entries``: ``{id, action, user, at, before, after, comment}``, oldest first."""
    try:
        entries = await run_in_threadpool(Workspace(request.app.state.ledger).audit, incident_id)
    except NotFound as error:
        raise ApiError(404, str(error)) from None
    return {"incident_id": incident_id, "entries": entries}


@router.get("/review/place", summary="The gazetteer's place for a name, to correct an incident's place with", responses=RESPONSES)
async def search_place(
    q: Annotated[str, Query(min_length=1, max_length=300, pattern=NO_NUL, description="A place, e.g. 'Okhtyrka, Sumy Oblast'.")],
    country: Annotated[str | None, Query(pattern="^[A-Za-z]{2}$", description="ISO alpha-2 country focus.")] = None,
) -> dict[str, Any]:
    """``place``: what ``correct`` with ``{"place": {"query": q, "country": country}}`` would set."""
    place, reason = await run_in_threadpool(geocode_explain, q, country)
    if place is None:
        raise ApiError(404, f"no place for {q!r}: {reason}")
    return {"place": {k: v for k, v in place.to_dict().items() if k != "span"}}


@router.get("/review/queue", summary="Unreviewed incidents, costliest mistakes first", responses=RESPONSES)
async def review_queue(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=MAX_QUEUE_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> JSONResponse:
    """Contested figures first, then by toll × (1 − confidence); ``total`` counts every unreviewed incident."""
    total, rows = await run_in_threadpool(Workspace(request.app.state.ledger).queue, limit, offset)
    return JSONResponse(jsonable_encoder({"total": total, "limit": limit, "offset": offset, "incidents": rows}))


@router.get("/review/me", summary="The user a bearer token belongs to (any role)", responses=AUTH_RESPONSES)
async def whoami(user: Anyone) -> dict[str, str]:
    """What the page asks when an analyst gives it a token: review controls show for an analyst or admin."""
    return {"name": user.name, "role": user.role}


@router.get("/review/choices", summary="The values a correction takes, for a correction form")
def choices() -> dict[str, Any]:
    """``event_types`` (each with its sub-event types), ``weapons``, ``qualifiers``, ``attributions`` and precisions."""
    taxonomy = table("review_taxonomy")
    return {"fields": FIELDS, "event_types": taxonomy["event_types"], "weapons": taxonomy["weapons"], "qualifiers": QUALIFIERS,
            "attributions": ATTRIBUTIONS, "date_precisions": PRECISIONS_TIME, "place_precisions": PRECISIONS_PLACE}
