"""Polite HTTP: one client, a named User-Agent, a timeout, a delay between two requests to one host,
conditional GETs, and failures sorted into those worth trying again and those not."""

from __future__ import annotations

import email.utils
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

import httpx

from harmledger.watch.config import Settings

TRANSIENT_STATUSES = {408, 425, 429, 500, 502, 503, 504}


class FetchError(Exception):
    """A URL could not be fetched; ``transient`` when trying again later may well work, ``retry_after``
    the seconds the server asked to be left alone for (its ``Retry-After``)."""

    def __init__(self, url: str, reason: str, transient: bool, retry_after: float | None = None) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason
        self.transient = transient
        self.retry_after = retry_after


@dataclass(frozen=True)
class Fetched:
    url: str
    """Where the answer came from, after redirects."""
    status: int
    content: bytes
    headers: httpx.Headers

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class PoliteClient:
    """GETs that wait their turn per host; ``stop`` cuts a wait short (a SIGTERM need not wait out a delay)."""

    def __init__(self, settings: Settings, stop: threading.Event | None = None) -> None:
        self.settings = settings
        self.stop = stop or threading.Event()
        self._last: dict[str, float] = {}
        self._client = httpx.Client(
            headers={"User-Agent": settings.user_agent},
            timeout=settings.timeout,
            follow_redirects=True,
            max_redirects=settings.max_redirects,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def get(self, url: str, *, max_bytes: int, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The answer to a GET of ``url`` (a 304 when the validators still hold); ``FetchError`` otherwise."""
        headers = {k: v for k, v in (("If-None-Match", etag), ("If-Modified-Since", last_modified)) if v}
        self._wait_turn(url)
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code >= 400:
                    transient = response.status_code in TRANSIENT_STATUSES
                    raise FetchError(url, f"HTTP {response.status_code}", transient, _retry_after(response.headers.get("retry-after")))
                content = bytearray()
                for chunk in response.iter_bytes():
                    content += chunk
                    if len(content) > max_bytes:
                        raise FetchError(url, f"over the {max_bytes:,}-byte limit", transient=False)
                return Fetched(str(response.url), response.status_code, bytes(content), response.headers)
        except httpx.TooManyRedirects:
            raise FetchError(url, f"more than {self.settings.max_redirects} redirects (a redirect loop?)", transient=False) from None
        except httpx.TimeoutException:
            raise FetchError(url, f"no answer within {self.settings.timeout:g} s", transient=True) from None
        except httpx.InvalidURL as error:
            raise FetchError(url, f"not a URL that can be fetched ({error})", transient=False) from None
        except httpx.HTTPError as error:
            raise FetchError(url, f"{type(error).__name__}: {error}", transient=True) from None
        finally:
            self._last[_host(url)] = time.monotonic()

    def _wait_turn(self, url: str) -> None:
        last = self._last.get(_host(url))
        if last is not None:
            self.stop.wait(max(0.0, last + self.settings.delay - time.monotonic()))


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` in seconds: a number of seconds, or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - datetime.now(timezone.utc)).total_seconds())
