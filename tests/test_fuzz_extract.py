"""No string makes ``extract`` raise: random text, and text built from the pieces that once did.

The suite runs a few examples (profile ``quick``); ``make fuzz`` runs the same test with
``HARMLEDGER_FUZZ=nightly``, 10,000 examples.
"""

from __future__ import annotations

import os
import warnings

from hypothesis import HealthCheck, given, settings, strategies as st

from harmledger import extract
from harmledger.extract.limits import PLAUSIBLE_MAX, ExtractWarning

settings.register_profile("quick", max_examples=40, deadline=None)
settings.register_profile("nightly", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FUZZ = settings.get_profile(os.environ.get("HARMLEDGER_FUZZ", "quick"))

# What crashed or stalled extract before (issue 12), and what a careless paste holds.
PIECES = [
    "9" * 400, "1,000,000,000,000", "999,999,999,999,999,999,999", "2.5 billion", "3.5", "a thousand million",
    "(555) 123-4567", "123-4567", "0", "at least", "more than", "about", "up to", "between", "and", "or",
    "one of ", "U.S. ", "J. K. ", "a.m.", "Scranton, Pa", ", ga", ", La", ", va", ", Mo", "Kyiv", "Kharkiv region",
    "SLOVIANSK, Ukraine (AP) — ", "people were killed", "killed", "wounded", "died", "including two children",
    "the death toll rose to", "He said", "according to the governor", "on Monday", "last year", "in December",
    "yesterday", ". ", ".", "\n", "\n\n", "\x00", "\u200f", "\u202e", "\u200b", "\ufeff", "\r\n", "\t", "\x0b",
    "\u2019s", "\u2014", "\ud7ff", "x" * 3_000, "killed " * 200, " ",
]
_PIECE = st.sampled_from(PIECES) | st.text(max_size=12) | st.integers(0, 10**30).map(str)
TEXTS = st.text() | st.lists(_PIECE, max_size=40).map("".join)
PUBLISHED = st.none() | st.dates() | st.dates().map(lambda d: d.isoformat())


@FUZZ
@given(TEXTS, PUBLISHED)
def test_extract_never_raises_and_keeps_its_promises(text: str, published) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ExtractWarning)
        mentions = extract(text, published=published)
    for mention in mentions:
        for span in mention.evidence:
            assert text[span.start:span.end] == span.text
        for count in (mention.killed, mention.injured, mention.missing, mention.casualties):
            if count is not None:
                assert 0 <= count.value <= PLAUSIBLE_MAX
