"""A name's locative frames counted with the frames' patterns compiled once give the count the patterns
compiled per name gave, on real dev texts and on drawn strings."""

from __future__ import annotations

import random
import re
from functools import cache

from harmledger.data import tsv_rows
from harmledger.geo.places import _frame_reach, _locative_count, _locative_frames
from harmledger.text.regex import choice
from speed_fixtures import dev_texts


@cache
def _after() -> str:
    return choice((r[1].strip() for r in tsv_rows("geo_locative_frames") if r[0] == "after"), flexible_spaces=True)


def _counted_as_before(text: str, surface: str) -> int:
    """``_locative_count`` as it was: a pattern compiled per name, the frames after it written inside."""
    frames, name = _locative_frames(), re.escape(surface)
    named, framed_after = re.compile(rf"{name}\b"), re.compile(rf"\b{name}(?i:\s+(?:{_after()}))\b")
    count, done = 0, 0
    at = text.find(surface)
    while at != -1:
        if at >= done:
            if named.match(text, at) and frames.before.search(text, _frame_reach(text, at, frames.before_chars, done), at):
                count, done = count + 1, at + len(surface)
            elif matched := framed_after.match(text, at):
                count, done = count + 1, matched.end()
        at = text.find(surface, at + 1)
    return count


_NAME = re.compile(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)?")


def test_as_counted_before_ondev_texts(eval_dir):
    framed = 0
    for suite, records in (("gva-articles", 80), ("acled-notes", 200), ("seed", 60)):
        for text in dev_texts(eval_dir, suite)[:records]:
            for surface in {match.group() for match in _NAME.finditer(text)}:
                expected = _counted_as_before(text, surface)
                assert _locative_count(text, surface) == expected, (surface, text[:80])
                framed += expected
    assert framed > 300  # names in frames are counted, not only names in none


_PIECES = ["in ", "IN ", "near ", "Bell ", "bell", "Bellwood ", "Bell-", "police ", "Police ", "POLICE ", "county ",
           "shot in ", "a shooting in ", "residents ", ", ", ". ", "\n", "  ", "_Bell", "Bell_", "é", "Taunton ",
           "Taunton", "fire department ", "officers ", "north of ", "Sheriff's ", "St. ", "Bell\n"]


def test_as_counted_before_on_drawn_text():
    """Names joined to letters, underscores and stops on either side, frames in every case, names that overlap."""
    draw = random.Random(14)
    framed = 0
    for _ in range(4000):
        text = "".join(draw.choice(_PIECES) for _ in range(draw.randrange(1, 16)))
        for surface in ("Bell", "Taunton", "Bell Bell", "ell", "é"):
            expected = _counted_as_before(text, surface)
            assert _locative_count(text, surface) == expected, (surface, text)
            framed += expected
    assert framed > 1000


def test_frames_counted():
    text = ("A man was shot in Taunton on Friday. Taunton police said the Taunton-born victim, 19, lived in "
            "TAUNTON; Tauntonians mourned.")
    assert _locative_count(text, "Taunton") == 2  # "shot in Taunton", "Taunton police"; not "Taunton-born"
    assert _locative_count("Police in Bellwood and Bell police said", "Bell") == 1
    assert _locative_count("Bell police", "Bell") == 1
    assert _locative_count("XBell police", "Bell") == 0  # the name inside a word is not the name
