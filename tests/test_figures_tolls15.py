"""Casualty figures read from one report: issue 10's toll bar, session 19 (toll7).

Gun Violence Archive counts a shooter who dies (by his own hand or shot by police) among the killed.
Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest
from test_figures_tolls6 import _killed  # the lead incident's killed figure, read as session 12's cases read them

# --- the shooter's death told apart ("The gunman was shot and killed") adds one to the dead he killed by number


@pytest.mark.parametrize("text, dead", [
    ("A gunman killed three police officers outside a gas station Sunday morning. The gunman was shot and killed by a SWAT officer.", 4),
    ("Police said the man fatally shot two customers inside the liquor store on Friday night. The suspect was killed in a shootout with deputies an hour later.", 3),
    ("Investigators say the attacker killed five people at the warehouse before officers arrived. The attacker was shot dead by a deputy.", 6),
])
def test_a_shooter_killed_by_police_counts_with_those_he_killed(text, dead):
    assert _killed(text) == dead


# --- and so does his suicide, where his victims are counted as a group he is no part of


@pytest.mark.parametrize("text, dead", [
    ("Deputies found two children dead inside the home on Walnut Street. Their father died of a self-inflicted gunshot wound, the sheriff said.", 3),
    ("Three officers were killed and two others were wounded in the ambush Sunday. The gunman later killed himself, police said.", 4),
])
def test_a_suicide_counts_with_victims_told_as_a_group(text, dead):
    assert _killed(text) == dead


@pytest.mark.parametrize("text, dead", [
    # the shooter may be the "adult male" or the named father the list gives
    ("Two children and an adult male were found dead inside the home, police said. Investigators believe the man shot the children and then himself.", 3),
    ("Ray Morris, 35, Anna Morris, 29, and their two children died in the house, the coroner said. Police called it a murder-suicide; Ray Morris shot himself.", 4),
    # a number of the dead that may count him already
    ("Two people were found dead in what police called a murder-suicide on Elm Street. The man shot his wife and then himself.", 2),
    # "suspected robber" is the one the clerk killed, told again
    ("A store clerk shot and killed a suspected armed robber on Monday night. The suspect was killed after he pointed a gun at the clerk.", 1),
])
def test_the_dead_that_may_count_the_shooter_stay_as_told(text, dead):
    assert _killed(text) == dead


# --- an ordinal after a copula ranks the one victim in a series ("This is the third child ... shot and killed this year")


@pytest.mark.parametrize("text", [
    "A 6-year-old boy was fatally shot by a stray bullet while he slept in his bedroom on Friday night, deputies said. This is the third child in the county who has been shot and killed.",
    "Jayden Smith, 15, was killed in a shooting on Elm Street Saturday night, police said. Smith is the second area teen who was shot and killed this month.",
    "A 4-year-old girl died after she found a loaded handgun in her grandmother's purse. She was the fifth child in the state who was accidentally shot and killed.",
])
def test_a_rank_in_a_series_is_no_count_of_the_dead(text):
    assert _killed(text) == 1


def test_an_ordinal_victim_still_counts_those_before():
    assert _killed("Two men were shot on Main Street on Friday night. A third victim was killed, police said.") == 3


# --- a number after "the age of" bounds an age ("a child under the age of 10 was killed"): it counts no one


@pytest.mark.parametrize("text, age", [
    ("A child under the age of 10 was killed in a drive-by shooting on Cedar Street Thursday night. His 7-year-old brother was wounded and is expected to survive.", 10),
    ("Deputies said a girl under the age of 5 was fatally shot inside a home on Oak Lane on Sunday. Her mother was taken to the hospital with a gunshot wound.", 5),
])
def test_an_age_bound_is_no_toll(text, age):
    assert _killed(text) != age


def test_an_age_bound_leaves_the_count_of_the_dead():
    text = "One person was killed and a child under the age of 12 was wounded when gunfire erupted at a birthday party on Saturday, police said."
    assert _killed(text) == 1
