"""Casualty figures read from one report: issue 10's toll bar, session 14 (tolls12).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest
from test_figures_tolls6 import _killed, _lead  # the lead incident's figures, read as session 12's cases read them


# --- a pair of victims a killing verb takes: "a father and son", "Smith and her daughter", two aged names

@pytest.mark.parametrize("sentence", [
    "Deputies arrested a 17-year-old accused of killing a father and son outside a Rio Grande City store in November.",
    "Police say the gunman shot and killed a mother and daughter inside the apartment on Elm Street.",
    "Investigators believe Loyd shot and killed Tamika Reed and her daughter, Kiara Reed, inside the home on Sunday night.",
    "Prosecutors say Barnes fatally shot Devon Hall and his brother at a gas station on the city's east side.",
    "Detectives believe the teen killed 41-year-old Hector Ruiz and 3-year-old Mateo Ruiz as they sat in a parked truck.",
])
def test_a_pair_a_killing_verb_takes_is_two_dead(sentence):
    assert _killed(sentence) == 2


def test_a_relative_with_a_verb_of_their_own_is_not_killed():
    lead = _lead("Police said Carter shot and killed Dana Price and her son was wounded in the leg.")
    assert lead is not None and lead.killed.best == 1 and lead.injured.best == 1


# --- pronounced or declared "clinically dead" is dead (GVA counts the victim killed)

@pytest.mark.parametrize("text", [
    "A 17-year-old was shot in the head on Violet Street. He was airlifted to the hospital, where he was pronounced clinically dead.",
    "Jaylen Moore was shot in the head and taken to Lakeview Medical Center, where he has since been declared clinically dead, deputies said.",
    "A woman was found with a gunshot wound in her car on Route 9. She was declared clinically dead at the trauma center on Sunday.",
])
def test_a_victim_declared_clinically_dead_is_dead(text):
    assert _killed(text) == 1


def test_a_victim_declared_dead_who_was_not_is_no_death():
    assert _killed("A man was shot in the chest on Main Street. Initial reports said he had died, but police said he "
                   "was in stable condition at the hospital.") in (None, 0)


# --- a child who accidentally killed himself is one dead, not a shooter who killed himself after his victims

@pytest.mark.parametrize("text", [
    "A 10-year-old boy died after accidentally shooting himself Sunday night. Neighbors did not hear the fatal gunshot "
    "that killed him. It is believed the boy pulled the trigger, accidentally killing himself.",
    "A 4-year-old found his father's handgun under a couch. Deputies said the gun went off and killed him; the boy "
    "accidentally killed himself while his parents were in the kitchen.",
])
def test_an_accidental_self_killing_is_one_dead(text):
    assert _killed(text) == 1


def test_a_shooter_who_killed_himself_after_his_victim_is_still_counted():
    assert _killed("Police said the man shot and killed his neighbor before killing himself in the garage.") == 2
