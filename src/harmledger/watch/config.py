"""What to watch and how politely: ``FEEDS.toml`` (or ``--feed URL``) into feeds and settings.

A file looks like::

    [settings]            # all optional; the defaults below
    delay = 1.0           # seconds between two requests to one host
    timeout = 20.0        # seconds before a request is given up
    interval = 900        # seconds between two polls of a feed (long-running mode)
    per_pass = 200        # articles read from one feed in one pass; the rest wait for the next

    [[feed]]
    url = "https://example.org/world/rss.xml"
    name = "Example News"   # stored as each article's source; else the page's site name
    interval = 600          # this feed's own interval

``[settings]`` takes any field of ``Settings`` (``user_agent``, ``backoff``, ...).
Unknown keys are errors, so a misspelt setting is not silently ignored.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from harmledger import __version__
from harmledger.reading import InputError

USER_AGENT = f"harmledger/{__version__} (conflict-news monitor; polls the feeds its user lists)"


@dataclass(frozen=True)
class Settings:
    """Polite defaults: one request at a time per host, a delay between them, a timeout, a named User-Agent."""

    delay: float = 1.0
    timeout: float = 20.0
    interval: float = 900.0
    max_redirects: int = 5
    max_attempts: int = 3
    per_pass: int = 200
    """Articles read from one feed in one pass; the rest wait for the next (a new sitemap lists thousands)."""
    backoff: float = 300.0
    backoff_max: float = 6 * 3600.0
    user_agent: str = USER_AGENT


@dataclass(frozen=True)
class Feed:
    url: str
    name: str | None = None
    interval: float | None = None


@dataclass(frozen=True)
class WatchList:
    feeds: list[Feed]
    settings: Settings = field(default_factory=Settings)


def load_watch_list(path: Path | None, urls: list[str]) -> WatchList:
    """The feeds of ``path`` (a TOML file) and of ``urls`` (``--feed``), first mention kept."""
    settings, feeds = Settings(), []
    if path is not None:
        settings, feeds = _read_toml(path)
    unique: dict[str, Feed] = {}
    for feed in feeds + [Feed(_checked_url(url, "--feed")) for url in urls]:
        unique.setdefault(feed.url, feed)
    if not unique:
        raise InputError("nothing to watch: give FEEDS.toml, --feed URL or --dir PATH")
    return WatchList(list(unique.values()), settings)


def _read_toml(path: Path) -> tuple[Settings, list[Feed]]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror or error})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"{path}: not valid TOML ({error})") from None
    _known(data, {"settings", "feed"}, str(path))
    settings = Settings(**_typed(data.get("settings", {}), Settings, f"{path} [settings]"))
    feeds = []
    for number, entry in enumerate(data.get("feed", []), start=1):
        where = f"{path} [[feed]] #{number}"
        if not isinstance(entry, dict) or "url" not in entry:
            raise InputError(f"{where}: needs a url")
        values = _typed(entry, Feed, where)
        feeds.append(replace(Feed(_checked_url(values.pop("url"), where)), **values))
    return settings, feeds


def _typed(table: Any, kind: type, where: str) -> dict[str, Any]:
    """``table``'s keys, each a field of ``kind`` with a value of the field's type (ints pass as floats)."""
    if not isinstance(table, dict):
        raise InputError(f"{where}: expected a table")
    types = {f.name: f.type for f in fields(kind)}
    _known(table, set(types), where)
    out = {}
    for key, value in table.items():
        wanted = {"float": (int, float), "float | None": (int, float), "int": (int,)}.get(types[key], (str,))
        if not isinstance(value, wanted) or isinstance(value, bool):
            raise InputError(f"{where}: {key} = {value!r} should be a {wanted[-1].__name__}")
        if isinstance(value, (int, float)) and value < 0:
            raise InputError(f"{where}: {key} = {value!r} cannot be negative")
        out[key] = float(value) if float in wanted else value
    return out


def _known(table: dict[str, Any], keys: set[str], where: str) -> None:
    unknown = sorted(set(table) - keys)
    if unknown:
        raise InputError(f"{where}: unknown key {', '.join(unknown)} (known: {', '.join(sorted(keys))})")


def _checked_url(url: Any, where: str) -> str:
    """An http(s) URL with a host that parses, checked here so a malformed one is named at start, not left
    failing (and backing off) at every poll."""
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise InputError(f"{where}: {url!r} is not an http(s) URL")
    try:
        parts = urlsplit(url.strip())
        parts.port  # noqa: B018  (parsing the port is the check: 'host:99999', 'host:x')
    except ValueError as error:
        raise InputError(f"{where}: {url!r} is not a URL that parses ({error})") from None
    if not parts.hostname or any(c.isspace() for c in parts.netloc):
        raise InputError(f"{where}: {url!r} names no host")
    return url.strip()
