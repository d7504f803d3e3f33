"""A local HTTP server for the watch tests: feeds and pages set by the test, conditional GETs answered
by ETag, every request logged; nothing leaves localhost."""

from __future__ import annotations

import hashlib
import threading
import time
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

PLACES = ["Kharkiv", "Odesa", "Dnipro", "Sumy", "Kherson", "Mykolaiv", "Zaporizhzhia", "Chernihiv", "Poltava", "Kramatorsk"]


@dataclass
class Route:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


class Site:
    """``site.url(path)``; ``site.routes[path] = Route(...)``; ``site.requests`` lists ``(path, status)``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, int]] = []
        self.user_agents: set[str] = set()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                site.user_agents.add(self.headers.get("User-Agent", ""))
                route = site.routes.get(self.path) or Route(b"not found", "text/plain", 404)
                time.sleep(route.delay)
                etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                status = 304 if route.status == 200 and self.headers.get("If-None-Match") == etag else route.status
                site.requests.append((self.path, status))
                try:
                    self.send_response(status)
                    for name, value in ({"Content-Type": route.content_type, "ETag": etag} | route.headers).items():
                        self.send_header(name, value)
                    body = b"" if status == 304 else route.body
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (the timeout test)
                    pass

            def log_message(self, *_: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> Site:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"

    def fetched(self, prefix: str) -> list[str]:
        """Paths under ``prefix`` answered with content (not 304)."""
        return [path for path, status in self.requests if path.startswith(prefix) and status == 200]

    def publish(self, feed_path: str, numbers: range | list[int]) -> None:
        """An RSS feed at ``feed_path`` listing ``/news/<n>.html`` for each n, and those pages."""
        for n in numbers:
            self.routes[f"/news/{n}.html"] = Route(article_html(n))
        self.routes[feed_path] = Route(rss(self, [(f"/news/{n}.html", f"Report {n}") for n in numbers]), "application/rss+xml")


def article_html(n: int, place: str | None = None) -> bytes:
    place = place or PLACES[n % len(PLACES)]
    text = (
        f"<p>A missile struck a market in {place} on Monday, killing {n + 2} people and wounding {n + 5}, "
        f"the regional governor said. Report number {n}.</p>"
        f"<p>Rescue crews searched the rubble through the night in {place}, officials said, "
        "and the city declared a day of mourning for the victims of the strike.</p>"
    )
    return f"<html><head><title>Report {n}</title></head><body><article><h1>Strike in {place}</h1>{text}</article></body></html>".encode()


def rss(site: Site, items: list[tuple[str, str]], date: datetime = datetime(2024, 3, 4, 9, tzinfo=timezone.utc)) -> bytes:
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(site.url(path))}</link><pubDate>{format_datetime(date)}</pubDate></item>"
        for path, title in items
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fixture news</title>{entries}</channel></rss>'.encode()


def sitemap(site: Site, paths: list[str], index: bool = False) -> bytes:
    tag, item = ("sitemapindex", "sitemap") if index else ("urlset", "url")
    locs = "".join(f"<{item}><loc>{escape(site.url(path))}</loc></{item}>" for path in paths)
    return f'<?xml version="1.0"?><{tag} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{locs}</{tag}>'.encode()
