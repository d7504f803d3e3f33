"""Extract keeps the whole Mention contract on text built from what session 24's probe fed it: scripts written
right to left, combining marks and zero-width joiners, emoji, CJK, numbers of every shape ("1e308", "½", "٣",
"二十", "XIV"), unclosed brackets and quotes, markup, control characters, and a headline made of the same.
``test_fuzz_extract`` checks that extract does not raise and its counts' spans; this checks every span (the
place's, the date's, in the title too), every count field, the dates and the coordinates.

The probe (8,000 examples and 3,000 long ones with titles) found no failure; this runs a few each time
(``HARMLEDGER_FUZZ=nightly``: 10,000), so a change that breaks the contract on such text is caught.
"""

from __future__ import annotations

import os
import warnings
from datetime import date

from hypothesis import HealthCheck, given, settings, strategies as st

from harmledger import extract
from harmledger.extract.limits import PLAUSIBLE_MAX, ExtractWarning
from harmledger.model import BODY, Mention, Span

settings.register_profile("robust10-quick", max_examples=20, deadline=None, database=None)
settings.register_profile("robust10-nightly", max_examples=10_000, deadline=None, database=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings.get_profile("robust10-nightly" if os.environ.get("HARMLEDGER_FUZZ") == "nightly" else "robust10-quick")

PIECES = [
    # numbers of every shape
    "1e308", "10,000,000,000,000", "½", "¾ of", "1/2", "٣", "٣٤ قتيلا", "१२", "二十", "三人死亡", "III", "XIV", "-5", "−3", "+7",
    "5%", "3.", ".5", "1,2,3,4", "0x1F", "twenty-one", "a dozen", "hundreds",
    # scripts and invisible characters
    "قتل 3 أشخاص في غزة", "נהרגו 4", "\u200f", "\u202e", "\u2066", "\u2069", "\u0301", "e\u0300\u0301\u0302", "\u200d", "\u200c",
    "\ufeff", "👨\u200d👩\u200d👧", "🇺🇦", "💥", "北京", "キーウ", "\x00", "\x01", "\x1b[31m", "\x7f", "\x85", "\u2028", "\x0c", "\r\n",
    # brackets, quotes, markup
    "((((", "))))", "[[", "]]", "{{", "“", "”", "«", "»", "„", "\"", "'", "<b>", "</b>", "<a href='x'>", "&amp;", "&#x27;",
    "<!--", "-->", "<script>", "]]>", "**", "|", "#",
    # news pieces the numbers and places attach to
    "killed 3 people in Kyiv,", "Kyiv, Kharkiv, Odesa, Lviv, ", "were killed", "wounded", "at least", "on Monday", "March 5",
    "31/02/2024", "Feb 29, 2023", "in 1850", "Jan. 1, 0001", "Gaza", "Khan Younis", "Chicago, IL", "Kherson region", "(AP) —",
    ". ", "\n\n", " ",
]
_PIECE = st.sampled_from(PIECES) | st.text(max_size=6) | st.integers(-10**20, 10**40).map(str)
TEXTS = st.lists(_PIECE, max_size=60).map("".join)
TITLES = st.none() | st.lists(_PIECE, max_size=12).map("".join)
PUBLISHED = st.none() | st.dates() | st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29T23:59:59+14:00"])


def _points_into(span: Span | None, text: str, title: str | None) -> None:
    if span is None:
        return
    source = text if span.part == BODY else title or ""
    assert 0 <= span.start <= span.end <= len(source) and source[span.start:span.end] == span.text, span


def _keeps_the_contract(mention: Mention, text: str, title: str | None) -> None:
    for span in mention.evidence:
        _points_into(span, text, title)
    for count in mention.counts().values():
        assert type(count.value) is int and 0 <= count.value <= PLAUSIBLE_MAX, count
        assert all(v is None or (type(v) is int and v >= 0) for v in (count.low, count.best, count.high, count.children)), count
        _points_into(count.span, text, title)
    if mention.place:
        assert mention.place.lat is None or -90 <= mention.place.lat <= 90, mention.place
        assert mention.place.lon is None or -180 <= mention.place.lon <= 180, mention.place
        _points_into(mention.place.span, text, title)
    if mention.when:
        assert type(mention.when.start) is date and type(mention.when.end) is date and mention.when.start <= mention.when.end
        _points_into(mention.when.span, text, title)
    mention.to_dict()


@FUZZ
@given(TEXTS, TITLES, PUBLISHED)
def test_extract_keeps_the_mention_contract_on_any_script_number_or_markup(text, title, published):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExtractWarning)
        mentions = extract(text, published=published, title=title)
    for mention in mentions:
        _keeps_the_contract(mention, text, title)


def test_the_contract_checks_catch_a_span_that_points_elsewhere():
    """The checks themselves can fail: a mention whose place span is off by one is refused."""
    text = "Russian shelling killed 3 people in Kharkiv on Monday, the governor said."
    [mention] = extract(text, published="2024-03-04")
    _keeps_the_contract(mention, text, None)
    place = mention.place
    moved = Span(place.span.start + 1, place.span.end + 1, place.span.text)
    mention.place = type(place)(place.geonames_id, place.name, place.admin1, place.country, place.lat, place.lon, place.precision, moved)
    try:
        _keeps_the_contract(mention, text, None)
    except AssertionError:
        return
    raise AssertionError("a span off by one passed the contract check")
