"""Casualty figures read from one report: issue 10's toll bar and issue 11's GVA floors, session 13 (tolls11).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest
from test_figures_tolls6 import _killed, _lead  # the lead incident's figures, read as session 12's cases read them

from harmledger.text import split_sentences


def _injured(text: str) -> int | None:
    lead = _lead(text)
    return lead.injured.best if lead and lead.injured else None


# --- "later died" after a victim told in a sentence before: the same death, one dead

@pytest.mark.parametrize("text", [
    "Three people were hurt when gunfire broke out outside the bar. A 24-year-old man later died at the hospital.",
    "Officers found the victim on the sidewalk with a wound to the chest. The man, 31, later died at a hospital.",
    "A teenager was rushed to Mercy Hospital after the shooting. The boy eventually died of his wounds.",
])
def test_a_victim_who_later_died_is_one_dead(text):
    assert _killed(text) == 1


def test_a_victim_who_later_died_leaves_the_injured_told():
    assert _injured("Three people were hurt when gunfire broke out outside the bar. "
                    "A 24-year-old man later died at the hospital.") == 3


# --- a person named, then who they are with an age, then their death ("Jesus Rios, a 17-year-old Latino male, died")

@pytest.mark.parametrize("sentence", [
    "Darnell Brooks, a 19-year-old Black man, died Saturday, June 4, after being shot in Compton, according to coroner's records.",
    "Maria Elena Soto, a 43-year-old mother of three, died at the scene, police said.",
    "Kendrick Lyle, a 22-year-old Latino, was shot and killed Friday night in the 1200 block of Pine Street.",
])
def test_a_named_victim_with_an_aged_apposition_is_one_dead(sentence):
    assert _killed(sentence) == 1


def test_a_named_victim_of_a_town_and_state_is_one_dead():
    assert _killed("Hargrove of Phenix City, Ala., was shot in the chest and pronounced dead at the scene at 2:10 a.m.") == 1


def test_a_named_wounded_victim_with_an_aged_apposition_is_not_dead():
    lead = _lead("Tyrone Mills, a 27-year-old father of two, was shot in the leg outside his home on Friday.")
    assert lead is not None and lead.killed is None and lead.injured is not None and lead.injured.best == 1


# --- a gunman killed by police after killing others is one more dead (the GVA count holds the shooter)

@pytest.mark.parametrize(("sentence", "killed"), [
    ("The gunman opened fire in the plant's break room, killing three before deputies shot him dead in the parking lot.", 4),
    ("Witnesses said Harmon killed two people at the bar before being fatally shot by police outside, officials said.", 3),
    ("He fatally shot his neighbor and her son before he was shot and killed by a state trooper, police said.", 3),
])
def test_a_gunman_killed_by_police_adds_his_death(sentence, killed):
    assert _killed(sentence) == killed


@pytest.mark.parametrize(("sentence", "killed"), [
    ("Police shot and killed a man who pointed a rifle at officers outside a gas station on Sunday.", 1),
    ("Two people, including the gunman, were killed. Officers shot the gunman dead after he fired at them.", 2),
])
def test_a_man_killed_by_police_is_counted_once(sentence, killed):
    assert _killed(sentence) == killed


# --- a death the sentence puts down to an illness is no killing

@pytest.mark.parametrize("text", [
    "The robbery victim died in March from cancer, the prosecutor said, and the charge against Miller was reduced.",
    "The coroner ruled that the woman found in the apartment on Tuesday died of natural causes.",
])
def test_a_death_from_illness_is_no_killing(text):
    assert _killed(text) is None


@pytest.mark.parametrize("sentence", [
    "The man died of his injuries at Grady Memorial Hospital.",
    "A 30-year-old woman died from a gunshot wound to the head, police said.",
])
def test_a_death_from_wounds_is_still_one_dead(sentence):
    assert _killed(sentence) == 1


# --- a translation's age ("a man of 54 years") stands between the victim and the verb

@pytest.mark.parametrize(("sentence", "slot", "value"), [
    ("A man of 54 years was injured in the shelling of Kherson, the regional governor said.", "injured", 1),
    ("A woman of 71 years old was killed when a missile hit her house in the village.", "killed", 1),
    ("Two women of 60 and 65 years were wounded by the drone attack on Nikopol.", "injured", 2),
])
def test_a_victim_aged_in_years_is_counted(sentence, slot, value):
    lead = _lead(sentence)
    count = getattr(lead, slot) if lead else None
    assert count is not None and count.best == value


# --- "lost his life" said of one victim, as "lost their lives" of several

@pytest.mark.parametrize("sentence", [
    "A 12-year-old boy lost his life and his mother was injured when the drone struck their house.",
    "The woman lost her life at the hospital early Sunday, the sheriff's office said.",
])
def test_one_victim_who_lost_his_life_is_one_dead(sentence):
    assert _killed(sentence) == 1


def test_a_victim_who_almost_lost_her_life_is_not_dead():
    assert _killed("The girl almost lost her life when the bullet passed through the window, her father said.") is None


# --- a page's list of videos, each line its length then a headline, is no part of the report

_VIDEOS = (
    "0:52 Firefighters rescue dog from frozen pond Pause\n\n"
    "1:27 2 dead after crash on Highway 16, troopers say\n\n"
    "0:41 Teen charged in Lakewood shooting that killed 19-year-old man\n\n"
)


def test_a_list_of_videos_gives_no_figures():
    text = _VIDEOS + "A 15-year-old boy was grazed by a bullet Sunday night in a drive-by shooting near the skate park, police said."
    lead = _lead(text)
    assert lead is not None and lead.killed is None and lead.injured is not None and lead.injured.best == 1


def test_a_list_of_videos_is_dropped_and_a_live_report_kept():
    text = _VIDEOS + "10:30 Police arrived at the scene.\n\nTwo men were shot."
    assert [s.text for s in split_sentences(text)] == ["10:30 Police arrived at the scene.", "Two men were shot."]


# --- "two were killed and a third was wounded": the last victim told by its place among them, with no noun

@pytest.mark.parametrize(("sentence", "killed", "injured"), [
    ("Three people are dead and a fourth is wounded after a gunman opened fire at a birthday party in Fairhill.", 3, 1),
    ("Two men were killed and a third was injured early Sunday in a shooting outside a nightclub on Pine Street.", 2, 1),
])
def test_the_last_victim_told_by_an_ordinal_is_one_more(sentence, killed, injured):
    lead = _lead(sentence)
    assert lead is not None and lead.killed.best == killed and lead.injured is not None and lead.injured.best == injured


def test_a_third_suspect_fatally_shot_is_no_count_of_three():
    assert _killed("Two robbery suspects fled and a third was fatally shot by the store owner, police said.") != 3


def test_a_name_ending_in_the_fourth_counts_no_four_victims():
    lead = _lead("Police said 15-year-old Marcus Reed the fourth was accidentally shot by a friend while they played with a handgun.")
    assert lead is not None and (lead.injured is None or lead.injured.best == 1)
