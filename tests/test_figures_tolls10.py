"""Casualty figures read from one report: issue 10's toll bar, session 15 (tolls16).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest
from test_figures_tolls6 import _killed  # the lead incident's killed figure, read as session 12's cases read them


# --- the gunman who kills others is told dead in a sentence of his own: his death is one more

@pytest.mark.parametrize("text, killed", [
    ("Police said the gunman killed two people at a bar on Main Street on Saturday. "
     "The suspect was later found dead of a self-inflicted gunshot wound in a nearby field.", 3),
    ("Investigators say Dale Morrow shot and killed his neighbor and her boyfriend on Friday night. "
     "The suspect was found in his truck along Route 9, dead from what appeared to be a self-inflicted gunshot wound.", 3),
    ("A gunman shot and killed three co-workers at the warehouse on Monday. "
     "Deputies later found the gunman dead from an apparent self-inflicted gunshot wound to the head.", 4),
    ("Police said Ray Hollis killed his estranged wife at her home on Oak Street. "
     "Hollis then drove to a park and committed suicide, the sheriff said.", 2),
    # a victim named as what the killer did ("shot and killed Tanya Brooks") counts as "killed his wife" does
    ("Police say Marcus Lee shot and killed Tanya Brooks inside the home on Elm Street. "
     "Lee later died of a self-inflicted gunshot wound, the coroner said.", 2),
])
def test_a_gunman_told_dead_by_his_own_hand_in_another_sentence_adds_one(text, killed):
    assert _killed(text) == killed


def test_a_suspect_found_dead_as_a_result_of_a_self_inflicted_wound_adds_one():
    text = ("Deputies say Pedro Ruiz told relatives he killed his wife at their home on 12th Avenue. "
            "The murder suspect was later found dead as a result of a self inflicted gunshot wound, the sheriff said.")
    assert _killed(text) == 2


def test_the_dead_told_beyond_his_victims_count_the_shooter_already():
    text = ("A 13-year-old boy shot his 6-year-old brother to death and then committed suicide Wednesday evening, the sheriff said. "
            "Deputies found the 13-year-old and the 6-year-old dead inside the home. "
            "The 13-year-old retrieved a handgun, killed the 6-year-old brother and then shot himself, the sheriff said.")
    assert _killed(text) == 2


# --- "had passed away", "had died": the victim's death told in the past perfect; "passed away" alone is a death

@pytest.mark.parametrize("text", [
    "A boy was found in the yard of a home on Cedar Lane. A neighbor said she learned Monday morning that the boy had passed away.",
    "Officers were called to the apartment on Third Avenue on Sunday. By the time they arrived, the woman had died.",
    "A teenager was found in a car on Wells Street. Police later confirmed the teen had passed away.",
    "Firefighters were called to a home on Pine Street for a child who was unresponsive. THE CHILD HAS PASSED AWAY.",
])
def test_a_victim_who_had_passed_away_is_one_dead(text):
    assert _killed(text) == 1


# --- "were taken to a hospital, where they died": the people taken are the dead, not the wounded

@pytest.mark.parametrize("text, killed", [
    ("Both victims were rushed to Temple University Hospital, where they were pronounced dead, police said.", 2),
    ("City police said a man and woman were taken to a hospital on Friday night, where they later died.", 2),
    ("After the fire was put out, the four were taken from the house to a hospital, where they died.", 4),
])
def test_people_taken_to_a_hospital_where_they_died_are_dead(text, killed):
    assert _killed(text) == killed


# --- a "not" in an aside between commas denies nothing of the harm told after it

@pytest.mark.parametrize("text", [
    "Police said one of the intruders, who has not been identified, died at the scene from a gunshot wound to the head.",
    "One man, whose name has not been released, died at the hospital after the shooting on Ellis Avenue, police said.",
])
def test_a_negation_in_an_aside_does_not_deny_the_death(text):
    assert _killed(text) == 1


# --- guards

@pytest.mark.parametrize("text", [
    # a staged suicide is no second death
    "A man fatally shot his girlfriend in a motel room, then staged the scene to make it look like she had committed suicide, deputies said.",
    # the man police shot is the one death, not a shooter added to his victims
    "Victor Ramos was shot and killed by officers on March 7 after a standoff, police said.",
    # a child's accidental death by his own hand is the one victim
    "A 15-year-old boy died of a single self-inflicted gunshot wound Tuesday, according to the county coroner.",
])
def test_one_death_stays_one(text):
    assert _killed(text) == 1
