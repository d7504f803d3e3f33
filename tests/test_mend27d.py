"""A pattern's lower-case twin, shared by ``lower_case_twin`` and ``CaselessSearch``, finds over lower-cased text
what the pattern finds under ``re.IGNORECASE``: ranges that hold some capitals but not their lower-case letters
("[0-_]") have none, and patterns that name capitals ("Governor") have one."""

from __future__ import annotations

import random
import re

import pytest

from harmledger.text.regex import CaselessSearch, lower_case_twin, lowers_as_ignorecase
from speed_fixtures import dev_texts, drawn


def _starts(pattern: re.Pattern[str], text: str) -> list[int]:
    """Every offset where ``pattern`` matches ``text``, overlapping matches too, as ``CaselessSearch.starts`` gives."""
    found, starts = pattern.search(text), []
    while found:
        starts.append(found.start())
        found = pattern.search(text, found.start() + 1)
    return starts


@pytest.mark.parametrize("pattern", [r"[0-_]x", r"[@-_]x", r"[ -~]", r"(?:killed|[0-_])+", r"(?>[!-Z])", r"[A-z]", r"[0-Z]"])
def test_a_range_holding_capitals_with_other_characters_has_no_twin(pattern):
    assert lower_case_twin(pattern) is None
    assert CaselessSearch(pattern)._lowered is None


def test_a_range_holding_capitals_is_found_as_case_insensitive_search_finds_it():
    assert re.search(r"[0-_]x", "ax", re.IGNORECASE)  # "a" is "A", which "0" to "_" holds
    assert CaselessSearch(r"[0-_]x").search("ax")
    assert CaselessSearch(r"[@-_]\d+ killed").first("Reports say a12 killed") == 12


def test_ranges_of_capitals_only_or_of_no_capital_keep_their_twin():
    assert lower_case_twin(r"[A-Z]\.\s+[A-Fa-f0-9]+") == r"[a-z]\.\s+[a-fa-f0-9]+"
    assert lower_case_twin(r"[a-z]+ killed") == r"[a-z]+ killed"
    assert lower_case_twin(r"[_-z]") == r"[_-z]"  # lower-case letters and a few signs
    assert lower_case_twin("[\u2013-\u2014]") == "[\u2013-\u2014]"  # dashes: no cased character


def test_a_range_beyond_ascii_holding_cased_letters_has_no_twin():
    assert lower_case_twin("[a-\u0557]") is None  # holds the Armenian capitals but not their lower-case letters


_ENDS = [chr(code) for code in range(0x20, 0x7F)]
_TEXT = ["a", "A", "z", "Z", "m", "M", "_", "@", "[", "`", "0", "9", " ", "~", "x", "X", "-", "\u0531", "\u0561", "\u212a", "k"]


def _drawn_ranges(count: int) -> list[str]:
    draw = random.Random(27)
    ranges = []
    for _ in range(count):
        low, high = sorted(draw.sample(_ENDS, 2))
        negated, tail = draw.choice(["", "^"]), draw.choice(["", "x", "[a-c]", "M"])
        ranges.append(f"[{negated}{re.escape(low)}-{re.escape(high)}]{tail}")
    return ranges + ["[a-\u0557]", "[\u0530-\u0560]x", "[\u2013-\u2014]"]


def test_drawn_ranges_search_as_case_insensitive_search():
    twins = 0
    texts = list(drawn(_TEXT, 60, 6))
    for pattern in _drawn_ranges(400):
        caseless, reference = CaselessSearch(pattern), re.compile(pattern, re.IGNORECASE)
        twin = lower_case_twin(pattern)
        twins += twin is not None
        for text in texts:
            assert list(caseless.starts(text)) == _starts(reference, text), (pattern, text)
            if twin is not None and lowers_as_ignorecase(text):
                assert _starts(re.compile(twin), text.lower()) == _starts(reference, text), (pattern, text)
    assert twins > 100  # the quick path is taken, not only refused


_NAMING_CAPITALS = [r"\b(?:Governor|Mayor|Sheriff|Chief)\s+[A-Z]\w+", r"Police|Sheriff's Office", r"\b[A-Z]\.\s+[A-Z][a-z]+", r"\bU\.S\.|Kyiv|Gaza",
                    r"(?P<Agency>AP|Reuters)\b"]


@pytest.mark.parametrize("pattern", _NAMING_CAPITALS)
def test_patterns_naming_capitals_take_the_quick_path_with_case_insensitive_matches_on_dev_texts(eval_dir, pattern):
    caseless, reference = CaselessSearch(pattern), re.compile(pattern, re.IGNORECASE)
    assert caseless._lowered is not None
    found = 0
    for suite in ("gva-articles", "acled-notes", "seed"):
        for text in dev_texts(eval_dir, suite)[:150]:
            starts = _starts(reference, text)
            assert list(caseless.starts(text)) == starts, (suite, text[:80])
            found += len(starts)
    assert found > 2
