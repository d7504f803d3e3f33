"""One JSON shape for every error the app answers, whatever raised it.

``{"error": {"status": 404, "code": "not_found", "message": "...", "details": [...]}}``
(``details`` only where there is more to say, e.g. which parameter was invalid).
A client can rely on it for every status, from the API's own refusals to an
unknown path or an unexpected failure.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

log = logging.getLogger("harmledger.web")

CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
}


class ApiError(Exception):
    """An error to answer with: ``status``, a stable ``code`` and a message that names the input."""

    def __init__(self, status: int, message: str, code: str | None = None, details: list[Any] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.details = details
        self.headers = headers


def error_body(status: int, code: str, message: str, details: list[Any] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"status": status, "code": code, "message": message}
    if details:
        error["details"] = details
    return {"error": error}


def error_response(error: ApiError) -> JSONResponse:
    return JSONResponse(error_body(error.status, error.code, error.message, error.details), status_code=error.status, headers=error.headers)


def install(app: FastAPI) -> None:
    """Route every error through ``error_response``."""

    @app.exception_handler(ApiError)
    async def api_error(_: Request, error: ApiError) -> JSONResponse:
        return error_response(error)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse:
        message = error.detail if isinstance(error.detail, str) else CODES.get(error.status_code, "error")
        if error.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path}"
        elif error.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return error_response(ApiError(error.status_code, message, headers=getattr(error, "headers", None)))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, error: RequestValidationError) -> JSONResponse:
        details = [_detail(e) for e in error.errors()]
        message = "; ".join(f"{d['where']}: {d['problem']}" for d in details) or "invalid request"
        return error_response(ApiError(422, message, details=details))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, error: Exception) -> JSONResponse:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return error_response(ApiError(500, f"unexpected error on {request.url.path} ({type(error).__name__}); see the server log"))


def _detail(error: dict[str, Any]) -> dict[str, Any]:
    """A validation error in plain words: where (``query.limit``) and what is wrong."""
    where = ".".join(str(part) for part in error.get("loc", ()))
    problem = error.get("msg", "invalid").removeprefix("Value error, ")  # a validator's own words need no label
    if "\x00" in str(error.get("input", "")):  # pydantic would only name the pattern that refused it
        problem = "contains a NUL character, which the ledger cannot hold"
    out = {"where": where, "problem": problem}
    if "input" in error and isinstance(error["input"], (str, int, float, bool)) and len(str(error["input"])) <= 200:
        out["input"] = error["input"]
    return out
