"""A round-up headline over a report that tells its incidents one by one: "6 Dead, 28 Wounded In Weekend
Shootings", "In D.C., weekend gunfire kills 1, wounds 12". The headline's toll is the sum over many
incidents; the text's lead incident is one of them, so the headline fills none of its slots, not
even one the text leaves empty. A headline over one incident still does.

The headlines and texts are written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.model import TITLE

PUBLISHED = "2016-05-02"


def _lead(text: str, title: str):
    return next(m for m in extract(text, PUBLISHED, title=title) if m.kind == "event" and not m.background)


@pytest.mark.parametrize(("title", "text"), [
    ("6 Dead, 28 Wounded In Weekend Shootings",
     "CHICAGO (CBS) — A 22-year-old man was shot in the leg early Saturday in the 4000 block of West Madison "
     "Street in West Garfield Park, police said. He was taken to Stroger Hospital in good condition."),
    ("In D.C., weekend gunfire kills 1, wounds 12",
     "Two men were shot and wounded Friday night in the 1500 block of Alabama Avenue SE, police said. "
     "Both were expected to survive."),
    ("2 dead, 7 hurt after shootings on Detroit's east side",
     "A 31-year-old woman was shot in the arm Sunday afternoon on Gratiot Avenue, Detroit police said. "
     "She drove herself to a hospital."),
    ("Violent night: 3 killed, 4 wounded across Baltimore - WBAL TV",
     "A man was shot in the hand around 11 p.m. Friday in the 2300 block of Druid Hill Avenue in Baltimore, police said."),
])
def test_a_round_up_headline_gives_no_death_to_the_one_incident_the_text_leads_with(title, text):
    lead = _lead(text, title)
    assert lead.killed is None
    assert lead.injured is not None and lead.injured.span.part != TITLE  # the text's own wounded


def test_a_round_up_headline_gives_no_wounded_to_a_text_that_tells_one_death():
    text = ("A 19-year-old man was shot to death early Sunday on South Ashland Avenue in Chicago, "
            "the medical examiner's office said.")
    lead = _lead(text, "1 dead, 5 wounded in Chicago shootings")
    assert lead.killed.value == 1 and lead.killed.span.part != TITLE
    assert lead.injured is None


@pytest.mark.parametrize(("title", "killed"), [
    ("Man killed, 2 hurt in Saturday night shooting", 1),
    ("2 Dead In Shooting Outside West Garfield Park Bar", 2),
])
def test_guard_a_headline_over_one_shooting_still_fills_the_death_the_text_leaves_out(title, killed):
    text = ("Police are investigating a shooting outside a bar on West Madison Street early Saturday. "
            "Two men were wounded and taken to Stroger Hospital, police said.")
    lead = _lead(text, title)
    assert lead.killed.value == killed and lead.killed.span.part == TITLE
