"""The sentence boundary pattern with its look-ahead first finds the boundaries it found with its
look-behind first, on real dev texts and on drawn strings."""

from __future__ import annotations

import random
import re

from harmledger.text import split_sentences
from harmledger.text.sentences import _BOUNDARY
from speed_fixtures import dev_texts

_AHEAD, _BEHIND = r"""(?=[\s"')\]])""", r"(?<!\s)"
_AS_BEFORE = re.compile(_BEHIND + _AHEAD + _BOUNDARY.pattern.removeprefix(_AHEAD + _BEHIND))


def _boundaries(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(match.span(), match.lastgroup, match.groups()) for match in pattern.finditer(text)]


def test_the_tests_are_reordered_only():
    assert _BOUNDARY.pattern.startswith(_AHEAD + _BEHIND)
    assert _AS_BEFORE.pattern != _BOUNDARY.pattern and len(_AS_BEFORE.pattern) == len(_BOUNDARY.pattern)


def test_as_before_ondev_texts(eval_dir):
    found = 0
    for suite, records in (("gva-articles", 300), ("acled-notes", 400), ("seed", 200)):
        for text in dev_texts(eval_dir, suite)[:records]:
            expected = _boundaries(_AS_BEFORE, text)
            assert _boundaries(_BOUNDARY, text) == expected, text[:80]
            found += len(expected)
    assert found > 3000


_PIECES = ["Police said", ". ", "! ", "? ", ".\n", "\n\n", "\n", " \n ", "\t", "  ", '"', "'", ")", "]", "(", "[",
           "U.S. ", "Dr. ", "A ", "a ", "7 ", "shot", ":", "\r\n", "\u00a0", "\u2003", "Gaza City\n", "killed."]


def test_as_before_on_drawn_text():
    """Stops, quotes, brackets and every kind of white space, in runs, at a text's ends."""
    draw = random.Random(14)
    found = 0
    for _ in range(5000):
        text = "".join(draw.choice(_PIECES) for _ in range(draw.randrange(0, 20)))
        expected = _boundaries(_AS_BEFORE, text)
        assert _boundaries(_BOUNDARY, text) == expected, text
        found += len(expected)
    assert found > 5000


def test_sentences_split():
    text = ('Two men were shot in Kharkiv. "They were at the market," police said.\n\nIn Gaza City (AFP) '
            'a strike killed 3 people.')
    assert [sentence.text for sentence in split_sentences(text)] == [
        "Two men were shot in Kharkiv.", '"They were at the market," police said.',
        "In Gaza City (AFP) a strike killed 3 people."]
