"""Casualty figures read from one report: issue 10's held-aside toll bar, session 20 (toll11).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract


def _mentions(text: str, published: str):
    return extract(text, published)


def _lead(text: str, published: str):
    return next((m for m in _mentions(text, published) if m.kind == "event" and not m.background), None)


def _value(count) -> int | None:
    return count.best if count is not None else None


# --- a death the report dates before an incident already told with its figures is an earlier incident,
# recalled in passing: the lead keeps its own figures, and the text goes back to it afterwards


@pytest.mark.parametrize("text, published, injured", [
    ("A 14-year-old girl was shot in the leg Wednesday night on East Walnut Street, police said. "
     "Exactly one week ago, on June 29, 13-year-old Marcus Reed died after a gun went off at a home two blocks away.",
     "2016-07-07", 1),
    ("Four men were shot near Cobbs Creek Park on Tuesday night, police said. "
     "A 19-year-old man was shot and killed on the same block on Saturday, Aug. 10, according to police.",
     "2013-08-14", 4),
    ("Two teenagers were wounded Monday afternoon when someone fired into a car on Hays Avenue, police said. "
     "In a similar case, the same man was charged in the Sept. 16, 2010, shooting death of a 17-year-old.",
     "2015-11-24", 2),
])
def test_an_earlier_death_told_in_passing_is_not_the_lead_incidents(text, published, injured):
    lead = _lead(text, published)
    assert _value(lead.killed) is None
    assert _value(lead.injured) == injured
    assert [(_value(m.killed), m.background) for m in _mentions(text, published) if m.killed] == [(1, True)]


def test_the_text_goes_back_to_the_news_after_the_death_it_recalls():
    text = ("A 14-year-old girl was shot in the leg Wednesday night on East Walnut Street, police said. "
            "Exactly one week ago, on June 29, 13-year-old Marcus Reed died after a gun went off at a home two blocks away. "
            "Police said two other people were wounded in the shooting.")
    lead = _lead(text, "2016-07-07")
    assert _value(lead.killed) is None
    assert _value(lead.injured) == 2


@pytest.mark.parametrize("text, published", [
    # the incident had no figure yet: the death is its own, told by a later story
    ("Students at Jenkins High School gathered Monday to remember a classmate killed in a shooting. "
     "Jackson Quinn, 15, died Saturday after he was shot at a party on Elm Street, police said.", "2016-03-08"),
    # the death told the day after the shooting, or on the same day, is the victim's
    ("A man was shot several times on Elm Street on Saturday night, police said. He died Sunday morning at a hospital.",
     "2016-03-08"),
    ("A woman was shot in the chest outside a Dollar General store on Friday evening, police said. "
     "She died Friday night at Grady Memorial Hospital.", "2016-03-08"),
    # an update dated after the story it tops: the death it told is the lead's
    ("Update, Dec. 5: Police arrested a 14-year-old boy after Kejohn Carroll, 16, was accidentally shot. "
     "Carroll was shot and killed Friday afternoon at a house on Spain Street.", "2015-12-10"),
])
def test_a_death_on_or_after_the_incidents_day_or_before_its_figures_stays_its_own(text, published):
    assert _value(_lead(text, published).killed) == 1


# --- a death told in the clause that told the shot ("was shot in the head and dead on the scene") is one dead


@pytest.mark.parametrize("text", [
    "A 27-year-old man was shot in the head and dead on the scene, police said.",
    "A teenager was shot several times outside the corner store on Friday night and was dead at the scene when officers arrived.",
    "The woman was struck by gunfire in her kitchen and dead at the scene, the sheriff said.",
])
def test_a_death_told_at_the_scene_in_the_clause_of_the_shot(text):
    assert _value(_lead(text, "2016-03-08").killed) == 1


@pytest.mark.parametrize("text", [
    # a scene with no death at it
    "A 27-year-old man was shot in the arm and treated at the scene, police said.",
])
def test_no_death_is_read_where_none_is_told(text):
    assert _value(_lead(text, "2016-03-08").killed) is None
