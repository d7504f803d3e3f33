"""Casualty figures read from one sentence or headline: session 11's classes (issue 10's toll bar).

Each case is written in the style of US local crime reporting (the GVA suites), not copied from
it. The cases of each class failed before the rule it pins; the guards beside them (what must
stay as it was) say so.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.extract.counts import find_counts


def _killed(text: str, title: str | None = None) -> int | None:
    """The killed figure of the report's lead incident."""
    mentions = extract(text, "2016-05-02", title=title)
    lead = next((m for m in mentions if m.kind == "event" and not m.background), None)
    return lead.killed.best if lead and lead.killed else None


# --- a murder-suicide told as the killer's victims listed, then "self" or "himself"

@pytest.mark.parametrize(("title", "killed"), [
    ("Police: Westbrook man kills wife, stepdaughter, himself", 3),
    ("Dad fatally shoots twin sons, himself in Elm Grove home", 3),
    ("Police: Man kills wife, mother-in-law, self in Maple Heights", 3),
    ("Police: Gunman fatally shoots 3 musicians, self at rehearsal studio", 4),
    ("Deputies: Man kills 2 stepsons, self in Pine Township", 3),
    ("Deputies: Man Kills Wife Then Himself at Lake Cabin", 2),
])
def test_a_headline_s_victims_listed_before_self_are_counted_with_him(title, killed):
    assert _killed("", title) == killed


@pytest.mark.parametrize(("text", "title", "killed"), [
    ("", "Sheriff: Father kills 4-year-old daughter, then himself", 2),
    ("", "Man shoots 3 relatives, killing 2, then himself", 3),
    ("Police said Harlan fatally shot his ex-girlfriend and her boyfriend and then himself.", None, 3),
    ("Investigators say the man killed his wife, 41, and then himself.", None, 2),  # an age is no second victim
])
def test_guard_victims_counted_before_himself_are_not_counted_twice(text, title, killed):
    assert _killed(text, title) == killed


# --- an age before a person noun is that person's modifier: the people listed after it are counted too

@pytest.mark.parametrize(("sentence", "killed"), [
    ("Police said Moore shot and killed his 6-year-old son and his wife early Sunday.", 2),
    ("Prosecutors say Dunn killed his 12-year-old daughter and her 35-year-old mother.", 2),
    ("Deputies said the man fatally shot his 14- and 11-year-old stepsons on Friday.", 2),
    ("Police said the father killed his 9-year-old son and his ex-wife before killing himself.", 3),
])
def test_an_age_before_the_victim_noun_does_not_end_the_list(sentence, killed):
    assert _killed(sentence) == killed


def test_guard_a_victim_told_by_age_alone_is_one():
    assert [(f.slot, f.value) for f in find_counts("Police said he fatally shot his 3-year-old on Sunday.")] == [("killed", 1)]
