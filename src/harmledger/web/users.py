"""User management over the API (admin): add a user (the answer shows the token, once) and list them."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from harmledger.review.errors import Conflict, Invalid
from harmledger.review.users import ROLES, User, add_user, list_users
from harmledger.store.engine import for_writing
from harmledger.web.auth import AUTH_RESPONSES, require
from harmledger.web.errors import ApiError

router = APIRouter(prefix="/api")
Admin = Annotated[User, Depends(require("admin"))]


class NewUser(BaseModel):
    name: str = Field(min_length=1, max_length=100, description="Letters, digits, spaces, . @ + - _")
    role: str = Field(json_schema_extra={"enum": list(ROLES)}, description=" < ".join(ROLES))


@router.post("/users", summary="Add a user; the answer holds their token, shown this once (admin)", status_code=201,
             responses={**AUTH_RESPONSES, 409: {"description": "the name is taken"}, 422: {"description": "a bad name or role"}})
async def post_user(request: Request, admin: Admin, body: NewUser) -> JSONResponse:
    def add() -> str:
        with for_writing(request.app.state.ledger.engine).begin() as connection:
            return add_user(connection, body.name, body.role, created_by=admin.name)

    try:
        token = await run_in_threadpool(add)
    except (Conflict, Invalid) as error:
        raise ApiError(409 if isinstance(error, Conflict) else 422, str(error)) from None
    return JSONResponse({"name": body.name, "role": body.role, "token": token}, status_code=201)


@router.get("/users", summary="Every user and role, never a token (admin)", responses=AUTH_RESPONSES)
async def get_users(request: Request, admin: Admin) -> dict[str, Any]:
    def listed() -> list[dict[str, Any]]:
        with request.app.state.ledger.engine.connect() as connection:
            return list_users(connection)

    return {"users": await run_in_threadpool(listed)}
