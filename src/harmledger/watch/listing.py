"""A feed's listing: the articles an RSS or Atom feed (feedparser) or a sitemap (lxml) points to."""

from __future__ import annotations

import calendar
import contextlib
import email.utils
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urldefrag, urljoin

import feedparser
from lxml import etree

from harmledger.dates import read_date

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
MAX_XML_BYTES = 50 * 1024 * 1024
"""The sitemap protocol's own limit on one file; feeds are far smaller."""


class ListingError(Exception):
    """The answer is neither a feed nor a sitemap (or is broken past reading); the caller names the URL."""


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None = None
    published: date | None = None


@dataclass(frozen=True)
class Listing:
    kind: str
    """rss, atom (with feedparser's version, e.g. rss20), sitemap or sitemapindex."""
    entries: list[Entry]
    title: str | None = None
    warning: str | None = None
    """Set when the XML was malformed but feedparser still read entries from it."""


def read_listing(content: bytes, url: str, content_type: str | None = None) -> Listing:
    """The entries of a feed or sitemap at ``url``; ``ListingError`` says why there are none to read.

    A sitemap index lists sitemaps, not articles: its entries are the child sitemaps to read next.
    """
    content = _gunzipped(content)
    sitemap = _sitemap(content, url)
    if sitemap is not None:
        return sitemap
    parsed = feedparser.parse(content, response_headers={"content-location": url, "content-type": content_type or "application/xml"})
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    entries = [entry for entry in map(_feed_entry, parsed.entries) if entry is not None]
    if not entries and (problem or not parsed.get("version")):
        reason = f"malformed XML ({problem})" if problem else "no RSS or Atom feed or sitemap found"
        raise ListingError(f"not a feed: {reason}")
    warning = f"malformed XML ({problem}); read the {len(entries)} entries found before it" if problem else None
    return Listing(parsed.get("version") or "feed", entries, parsed.feed.get("title"), warning)


def _feed_entry(entry: feedparser.FeedParserDict) -> Entry | None:
    link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
    if not link or not link.startswith(("http://", "https://")):  # no page to fetch (none, mailto:, a tag URI)
        return None
    return Entry(article_url(link), entry.get("title") or None, _entry_day(entry))


def _entry_day(entry: feedparser.FeedParserDict) -> date | None:
    """The day the entry was published as written (ISO 8601 in Atom, RFC 822 in RSS), not converted to
    UTC, as everywhere in harmledger; feedparser's UTC reading only for the formats neither reads."""
    raw = entry.get("published") or entry.get("updated")
    if not raw:
        return None
    day = read_date(raw)
    if day is None:
        with contextlib.suppress(TypeError, ValueError):
            day = email.utils.parsedate_to_datetime(raw).date()
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    if day is None and stamp:
        day = datetime.fromtimestamp(calendar.timegm(stamp), timezone.utc).date()
    return day


def _sitemap(content: bytes, url: str) -> Listing | None:
    """A sitemap's ``<loc>``s (``<urlset>``, or ``<sitemapindex>``); None when it is no sitemap."""
    try:
        root = etree.fromstring(content, etree.XMLParser(resolve_entities=False, no_network=True))  # no entities, no network
    except etree.XMLSyntaxError:
        return None
    kind = etree.QName(root).localname if root is not None else ""
    if kind not in ("urlset", "sitemapindex"):
        return None
    entries = []
    for loc in root.iter(f"{{{SITEMAP_NS}}}loc", "loc"):
        link = urljoin(url, (loc.text or "").strip())
        if link.startswith(("http://", "https://")):
            entries.append(Entry(article_url(link)))
    return Listing("sitemap" if kind == "urlset" else "sitemapindex", entries)


def _gunzipped(content: bytes) -> bytes:
    """A ``.xml.gz`` sitemap's XML (served as a gzip file, not a gzip encoding httpx undoes), at most ``MAX_XML_BYTES``."""
    if content[:2] != b"\x1f\x8b":
        return content
    inflater = zlib.decompressobj(wbits=31)
    try:
        xml = inflater.decompress(content, MAX_XML_BYTES)
    except zlib.error as error:
        raise ListingError(f"a broken gzip file ({error})") from None
    if inflater.unconsumed_tail:
        raise ListingError(f"over {MAX_XML_BYTES:,} bytes once unzipped")
    if not inflater.eof:
        raise ListingError("a broken gzip file (truncated)")
    return xml


def article_url(link: str) -> str:
    """The link as it is remembered: whitespace and ``#fragment`` off (they name the same page)."""
    return urldefrag(link.strip()).url
