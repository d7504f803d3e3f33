"""Deaths a report tells without a number, in the headline or the text: a victim told by age in months or by
school grade ("9-month-old dies", "an 8th-grader"), a victim whose harm (or where he was found) is told before
the death ("Woman who was shot last week dies", "Man found in parked car died"), one dead among people told
harmed ("One of five victims ... dies", "two of the four people shot later died"), a crime named with a modifier
between ("deadly Hamilton bar shooting", "a fatal Northside shooting"), the death a suspect is charged with
("charged with murder", "negligent homicide", "manslaughter") and the dead a headline counts by their crimes
("charged in 4 slayings"). An attempt ("attempted murder") and people told only hurt give none.

The sentences and headlines are written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.model import TITLE

BOILERPLATE = (
    "We use cookies to improve your experience. By continuing to browse you accept our cookie policy.\n"
    "Home | News | Weather | Sports | Traffic | Contests\n"
    "Copyright 2016 Channel Media Group. All rights reserved."
)


def _lead(text: str, title: str | None = None):
    return next(m for m in extract(text, "2016-05-01", title=title) if m.kind == "event" and not m.background)


@pytest.mark.parametrize(("title", "words"), [
    ("9-month-old dies after being shot in Detroit home", "dies"),
    ("8th-grader dies days after shooting near school - WXYZ", "dies"),
    ("Woman who was shot outside bar last week dies", "dies"),
    ("Man found in parked car died from gunshot wound, coroner says", "died"),
    ("Boy Who Was Shot On Southwest Side Has Died", "Died"),
    ("One of five victims in Saturday's park shooting dies", "One of"),
    ("Police investigate fatal Northside shooting", "fatal Northside shooting"),
    ("Third man pleads guilty in deadly Hamilton bar shooting", "deadly Hamilton bar shooting"),
    ("KCK man charged with murder in shooting of woman at apartment", "murder"),
    ("17-Year-Old Charged With Negligent Homicide After Accidentally Shooting Friend", "Negligent Homicide"),
])
def test_a_headline_gives_the_one_death_a_page_tells_only_there(title, words):
    mention = _lead(BOILERPLATE, title)
    assert mention.killed is not None and mention.killed.value == 1
    assert mention.killed.span.part == TITLE
    assert words.split()[-1] in title[mention.killed.span.start:mention.killed.span.end]


@pytest.mark.parametrize("title", [
    "Man charged with attempted murder in shooting outside store",
    "9-month-old hurt when stray bullet enters Detroit home",
    "One of five victims in Saturday's park shooting released from hospital",
])
def test_guard_a_headline_without_a_death_gives_none(title):
    mentions = [m for m in extract(BOILERPLATE, "2016-05-01", title=title) if m.killed is not None and m.killed.value > 0]
    assert mentions == []


@pytest.mark.parametrize(("text", "killed"), [
    ("Police said a 3-month-old was shot and killed inside the apartment on Monday night.", 1),
    ("An 8th-grader died Tuesday after he was shot while walking home from school, police said.", 1),
    ("One of the five victims of Saturday's shooting at the park has died, police said Monday.", 1),
    ("Two of the four people shot on Elm Street early Sunday later died at a hospital, police said.", 2),
    ("Officers are investigating a deadly shooting on Elm Street that happened just after midnight.", 1),
    ("Detectives were called to a fatal Northside shooting on Friday evening.", 1),
])
def test_the_text_counts_a_death_told_without_a_number(text, killed):
    mention = _lead(text)
    assert mention.killed is not None and mention.killed.value == killed


@pytest.mark.parametrize(("text", "injured"), [
    ("A 9-month-old boy was shot and wounded in the leg on Monday, police said.", 1),
    ("One of the five victims was shot in the leg and is in stable condition, police said.", 1),
])
def test_guard_people_told_hurt_are_no_deaths(text, injured):
    mention = _lead(text)
    assert mention.killed is None or mention.killed.value == 0
    assert mention.injured is not None and mention.injured.value == injured


@pytest.mark.parametrize(("text", "title", "killed", "injured"), [
    ("According to the police department, one of the victims of Thursday's shooting that sent five people to the "
     "hospital has died.", None, 1, 4),
    (BOILERPLATE, "JUST IN: One of two men shot late Monday in Belle Glade dies", 1, 1),
    (BOILERPLATE, "One of three teens wounded in Friday's drive-by shooting has died - KTVB", 1, 2),
])
def test_one_dead_among_people_told_harmed_leaves_the_others_wounded(text, title, killed, injured):
    mention = _lead(text, title)
    assert mention.killed is not None and mention.killed.value == killed
    assert mention.injured is not None and mention.injured.value == injured


@pytest.mark.parametrize(("title", "killed", "injured"), [
    ("Mother, 2-year-old shot in Southeast home", None, 2),
    ("Father, 9-month-old killed in Gary house fire shooting", 2, None),
    ("Grandmother, 3-week-old wounded when gunfire hits house - WXYZ", None, 2),
])
def test_a_headline_lists_a_person_told_only_by_age(title, killed, injured):
    mention = _lead(BOILERPLATE, title)
    assert (mention.killed.value if mention.killed else None) == killed
    assert (mention.injured.value if mention.injured else None) == injured


@pytest.mark.parametrize(("title", "killed", "words"), [
    ("16-year-old charged in 4 slayings at Ohio home in June; arraignment scheduled", 4, "4 slayings"),
    ("Suspect in 5 Killings Arrested After Manhunt", 5, "5 Killings"),
    ("Police: Man charged in two homicides on East Side", 2, "two homicides"),
])
def test_a_headline_counts_the_dead_by_their_crimes(title, killed, words):
    mention = _lead(BOILERPLATE, title)
    assert mention.killed.value == killed
    assert mention.killed.span.part == TITLE and title[mention.killed.span.start:mention.killed.span.end] == words


def test_guard_attempted_crimes_count_no_dead():
    title = "Gang members indicted for roles in five attempted murders"
    assert [m for m in extract(BOILERPLATE, "2016-05-01", title=title) if m.killed is not None and m.killed.value > 0] == []
