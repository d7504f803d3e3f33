"""Casualty figures read from one sentence or headline: session 9's classes (issue 10's tolls).

Each case is written in the style of US local crime reporting (the GVA suites) and failed
before the rule it pins.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.extract.counts import find_counts
from harmledger.extract.lexicon import patterns, people_counted


def _figures(sentence: str) -> list[tuple[str, int]]:
    return sorted((f.slot, f.value) for f in find_counts(sentence) if f.basis != "negated")


def _lead(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    """Killed and injured of the first mention, as the GVA suites score them."""
    mentions = extract(text, "2015-06-01", title=title)
    lead = mentions[0] if mentions else None
    return (lead.killed.value if lead and lead.killed else None, lead.injured.value if lead and lead.injured else None)


# --- one count word, one reading, whichever pattern took it (group "q")

@pytest.mark.parametrize(("pattern", "text", "counted"), [
    ("object_also", " and two teenagers", 2),  # "killed a man and two teenagers"
    ("object_also", " and an elderly woman", 1),
    ("victim_item", "their three children", 3),  # "killed his wife and their three children"
    ("victim_item", "her mother", None),  # no count word: the caller's default
    ("subgroup", ", including a toddler", 1),
    ("subgroup", ", including 4 children", 4),
])
def test_a_count_word_reads_the_same_in_every_pattern(pattern, text, counted):
    match = patterns()[pattern].search(text)
    assert match is not None
    assert people_counted(match) == counted


def test_people_beside_the_counted_are_added_by_their_count_word():
    assert _figures("Three girls and an elderly man were found dead inside the home.") == [("killed", 4)]
    assert _figures("The gunman killed his estranged wife and their two sons before fleeing.") == [("killed", 3)]
    assert _figures("The blast killed four soldiers and two civilians, officials said.") == [("killed", 6)]
