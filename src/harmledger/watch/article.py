"""A fetched article page into a ``Record``: the HTML reader's own main-text extraction (trafilatura),
with what the feed said about the article filling what the page does not say."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from harmledger.ingest.readers import Item, ReaderOptions, read_single
from harmledger.model import ReadError, Record
from harmledger.reading import InputError
from harmledger.watch.fetch import Fetched

READABLE = {"text/html": ".html", "application/xhtml+xml": ".html", "text/plain": ".txt"}
_CHARSET = re.compile(r""";\s*charset\s*=\s*["']?([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)


def read_article(page: Fetched, *, source: str | None, title: str | None, published: date | None) -> list[Item]:
    """The page's record (and any warning about it), or one ``ReadError`` naming the URL and the problem.

    The feed's title and date win over the page's: they are given, not guessed
    from the markup; the page's canonical URL wins over the link that led to it.
    """
    content_type = page.headers.get("content-type", "text/html")
    media_type = content_type.split(";")[0].strip().lower()
    charset = _CHARSET.search(content_type)
    suffix = READABLE.get(media_type)
    if suffix is None:
        return [ReadError(page.url, f"not an article page (content type {media_type})")]
    try:
        read = list(read_single(page.content, page.url, suffix, ReaderOptions(published=published), charset=charset and charset.group(1)))
    except InputError as error:
        return [ReadError(page.url, str(error).removeprefix(f"{page.url}: "))]
    return [
        replace(item, url=item.url or page.url, title=title or item.title, published=published or item.published, source=source or item.source)
        if isinstance(item, Record)
        else item
        for item in read
    ]
