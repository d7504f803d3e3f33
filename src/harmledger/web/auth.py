"""Who is calling: a user's token (``harmledger users add``) or the server's own ``--token``.

Reads need no token, so the page works read-only without one. A write needs a bearer
token whose user has the route's role (``analyst`` to ingest a report or review, ``admin``
to manage users), so an analyst's own token serves the page and scripts alike:
no token or an unknown one is 401, a known one with too small a role 403. The server's
single ``--token`` / ``$HARMLEDGER_TOKEN`` still works and acts as an admin named
``server-token`` in the audit. Every comparison is constant-time (``hmac.compare_digest``
here, and in ``review.users.authenticate``).
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool

from harmledger.review.users import User, authenticate
from harmledger.web.errors import ApiError

SERVER_USER = "server-token"
BEARER = HTTPBearer(auto_error=False, description="A user's token (harmledger users add), or the server's --token (an admin).")
AUTH_RESPONSES = {
    400: {"description": "the body is not valid JSON"},
    401: {"description": "no bearer token, or one this server does not know"},
    403: {"description": "the token's user has too small a role for this"},
}


def require(role: str) -> Callable:
    """A dependency that answers with the calling ``User`` when it has ``role`` (or above)."""

    async def caller(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]) -> User:
        if credentials is None or not credentials.credentials:
            raise ApiError(401, "this endpoint needs an 'Authorization: Bearer TOKEN' header", headers={"WWW-Authenticate": "Bearer"})
        user = await run_in_threadpool(identify, request, credentials.credentials)
        if user is None:
            raise ApiError(401, "the bearer token is not one this server knows", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})
        if not user.may(role):
            raise ApiError(403, f"user {user.name!r} is a {user.role}: this needs {role}")
        return user

    return caller


def identify(request: Request, token: str) -> User | None:
    server_token: str | None = request.app.state.settings.token
    if server_token and hmac.compare_digest(token.encode(), server_token.encode()):
        return User(SERVER_USER, "admin")
    with request.app.state.ledger.engine.connect() as connection:
        return authenticate(connection, token)
