"""The ASGI app: the REST API under ``/api``, the page at ``/``, offline OpenAPI docs at ``/docs``.

Everything the page loads comes from this server: its own files in
``static/`` and the front-end libraries that set-up installs from the npm
registry into ``static/vendor/`` (``make setup``; see ``frontend/package.json``).
"""

from __future__ import annotations

import json
import os
from contextlib import asynccontextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from harmledger import __version__
from harmledger.ledger import Ledger
from harmledger.web import api, errors, places, points, review, users

STATIC = Path(__file__).with_name("static")
VENDOR = STATIC / "vendor"
TOKEN_ENV = "HARMLEDGER_TOKEN"
DEFAULT_MAX_UPLOAD_BYTES = 2 * 1024 * 1024


@dataclass
class Settings:
    """How one server runs; ``token``: the server's own admin token (None and no ``$HARMLEDGER_TOKEN``: only users' tokens write)."""

    db: str | None = None
    token: str | None = None
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES
    tiles: str | None = None
    """An online tile URL template (``https://tile.example.org/{z}/{x}/{y}.png``), offered beside the offline base map."""
    tiles_attribution: str | None = None

    def __post_init__(self) -> None:
        if self.token is None:
            self.token = os.environ.get(TOKEN_ENV) or None


SETTINGS_ENV = "HARMLEDGER_SERVE_SETTINGS"
"""How ``serve --workers N`` hands its settings to the worker processes, which build their own app."""


def settings_to_environment(settings: Settings) -> None:
    os.environ[SETTINGS_ENV] = json.dumps(asdict(settings))


def app_from_environment() -> FastAPI:
    """The app factory uvicorn's worker processes import (``harmledger.web.app:app_from_environment``):
    each opens its own ledger from the settings ``settings_to_environment`` left."""
    return create_app(Settings(**json.loads(os.environ.get(SETTINGS_ENV, "{}"))))


def create_app(settings: Settings | None = None, ledger: Ledger | None = None) -> FastAPI:
    """The app over ``ledger`` (else a ``Ledger`` opened on ``settings.db``, closed on shutdown)."""
    settings = settings or Settings()
    own = ledger is None
    ledger = ledger or Ledger(settings.db)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        yield
        if own:
            ledger.close()

    app = FastAPI(
        title="harmledger",
        version=__version__,
        summary="Conflict incidents and casualty figures, each with the sentence and the source behind it.",
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.ledger = ledger
    app.state.settings = settings
    errors.install(app)
    app.include_router(api.router)
    app.include_router(review.router)
    app.include_router(users.router)
    app.include_router(points.router)
    app.include_router(places.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_middleware(SecurityHeaders, policy=content_security_policy(settings.tiles))

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from this server's own copy (npm's swagger-ui-dist), not from a CDN."""
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title="harmledger API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
        )

    return app


class SecurityHeaders:
    """Adds the security headers to every response, as plain ASGI.

    Starlette's ``@app.middleware("http")`` re-streams the body and closes it
    cleanly even when the app fails halfway, so an export that broke looked
    complete to the client; here a failure reaches the server, which cuts the
    connection before the last chunk. It also costs no extra task per request.
    """

    def __init__(self, app: ASGIApp, policy: str) -> None:
        self.app, self.policy = app, policy

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("X-Content-Type-Options", "nosniff")
                headers.setdefault("Referrer-Policy", "no-referrer")
                if scope["path"] != "/docs":
                    headers.setdefault("Content-Security-Policy", self.policy)
            await send(message)

        await self.app(scope, receive, send_with_headers)


def content_security_policy(tiles: str | None) -> str:
    """Scripts, styles and data from this server only; images also from the tile server when one is configured.

    Article text is rendered as text, never as HTML; this policy is the second
    line: were markup ever injected, inline scripts and handlers would not run.
    """
    images = "'self' data:"
    if tiles:
        parts = urlsplit(tiles.replace("{s}", "*"))
        images += f" {parts.scheme}://{parts.netloc}" if parts.scheme in ("http", "https") and parts.netloc else ""
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {images}; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
    )


def vendor_missing() -> list[str]:
    """The vendor files the page needs that set-up has not installed (empty when ready)."""
    needed = ["leaflet/leaflet.js", "leaflet/leaflet.css", "markercluster/leaflet.markercluster.js", "markercluster/MarkerCluster.css",
              "topojson-client.min.js", "countries-50m.json"]
    return [name for name in needed if not (VENDOR / name).is_file()]
