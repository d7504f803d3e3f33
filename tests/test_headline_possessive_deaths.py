"""A headline that tells one person's death by its crime's name, with the person as its possessor:
"Teen charged in friend's shooting death", "Police question man about child's murder". Over a page
whose text gives no figure, the headline gives one dead, and the figure points at the headline's
own words. A possessor that is no person ("Chicago's homicide rate") gives none.

The headlines are written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.model import TITLE

BOILERPLATE = (
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n"
    "Home | News | Weather | Sports | Traffic | Contests\n"
    "Copyright 2017 Channel Media Group. All rights reserved."
)


@pytest.mark.parametrize(("title", "words"), [
    ("Teen charged in friend's shooting death", "shooting death"),
    ("Arrest Made In 16-Year-Old's Shooting Death - KTVB", "Shooting Death"),
    ("Police question man about child’s murder", "murder"),
    ("Stepfather held in toddler's slaying, deputies say", "slaying"),
])
def test_a_persons_death_told_by_its_crimes_name_is_one_dead(title, words):
    [mention] = [m for m in extract(BOILERPLATE, "2017-03-01", title=title) if m.counts()]
    assert mention.killed.value == 1
    assert mention.killed.span.part == TITLE and mention.killed.span.text == words
    assert title[mention.killed.span.start:mention.killed.span.end] == words


@pytest.mark.parametrize("title", [
    "Chicago's homicide rate climbs for third straight year",
    "Mayor's murder plan draws criticism from council",
])
def test_guard_a_possessor_that_is_no_person_gives_no_death(title):
    assert not any(m.killed for m in extract(BOILERPLATE, "2017-03-01", title=title))
