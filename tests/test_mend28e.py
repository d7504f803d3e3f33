"""Mends of the regressions review28e found in round war44 (test_war_reports_worldwide31), read wrong on main
(9f10131) and right before that round (e2df771). Each probe's killed and injured were written down before it was run.

- a breakdown set off by commas was added to the total it breaks down ("killed two people, a man and a woman": 4):
  a list after people, persons, victims or others, or one whose entries sum to the head's number, adds nothing
  (extract.counts ``_object_more``); a list of other sides still adds ("killed 5 soldiers, 2 policemen and 1
  civilian": 8).
- an age after "killed/injured ... were" read as a toll ("The teens killed were 16"): the harm told before its copula
  counts only after "the" or where it opens the clause ("the dead were 8", "Killed were 12 people", not "those
  killed", "the teens killed"), never before an age's words ("16 or younger") (casualty_terms.json
  'told_before_copula', extract.counts ``_AGES_AFTER``).
- care read as injuries whatever its cause ("admitted to a hospital for a psychiatric evaluation", "sought medical
  care for acute watery diarrhoea", "60 patients were evacuated"): care is a wound only with a harm told after it
  ("after the strike", "following the shelling", "with gunshot wounds"), and never a patient's
  (casualty_terms.json 'shared' care_for_harm).
- "eliminated" and "neutralized" in police text ("eliminated as persons of interest", "he was neutralized by an
  off-duty officer"): "eliminated" from an inquiry or a race is no death, "neutralised" kills only the armed side of a
  clash ("neutralised 9 terrorists", "100 of the rebels were neutralised").

Left as a strict xfail: a care figure told after a larger count of the shot still replaces it where the care has a
harm after it ("Five people were shot ... Three were evacuated to a trauma center after the shooting": 3), as "two
were hospitalized" does on main and before war44 (frame's choice between sentences, not this mend's files).
"""

import pytest
from test_war_reports_worldwide28 import _reads, _written_on  # noqa: F401 (autouse: read on round 28's day, a Sunday)

from harmledger.extract.counts import find_counts


@pytest.mark.parametrize("text, killed, injured", [
    ("The shooting killed two people, a man and a woman, police said.", 2, None),
    ("Gunfire injured three people, two men and a woman, near the park.", None, 3),
    ("A gunman shot five people, three men and two women, outside a nightclub.", None, 5),
    ("Police said the shooter wounded 4 people, 3 adults and a child.", None, 4),
    ("The gunman shot 4 people, 3 men and a woman, and fled in a black sedan.", None, 4),
    ("The blast killed 12 people, 2 soldiers and 10 civilians, officials said.", 12, None),
    ("Gunmen killed six villagers, two women and four children, in the raid on Kauru, police said.", 6, None),
    ("The attack wounded seven victims, four men and three women, witnesses said.", None, 7),
    # a generic head keeps its number even where its entries count only some of them
    ("The car bomb killed 10 people, 4 soldiers and 2 civilians among them, the governor said.", 10, None),
    # a list of other people than the head's still adds them
    ("The attack killed 5 soldiers, 2 policemen and 1 civilian near Diffa, the army said.", 8, None),
])
def test_a_breakdown_set_off_by_commas_is_no_more_people(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("sentence", [
    "The teens killed were 16.",
    "Those killed were 19, police said.",
    "The people killed in Saturday's shooting were 23, police said.",
    "The injured were 16 or younger.",
    "Both teens killed were 16.",
    "The victims killed were 17, police said.",
    "The two men wounded were 24 and 31, according to police.",
    "The injured were 15 years old, the sheriff said.",
])
def test_an_age_after_the_harmed_and_were_is_no_toll(sentence):
    assert [f.value for f in find_counts(sentence) if f.value >= 15] == []


@pytest.mark.parametrize("text, killed, injured", [
    ("Four people were shot Saturday night. Two were admitted to Christiana Hospital in critical condition.", None, 4),
    ("Two people were shot Sunday. Three others sought medical care for cuts.", None, 2),
    ("The strike killed two people and 14 patients were evacuated to Nasser Hospital.", 2, None),
    # care after a harm is still the wounded
    ("Eight people were admitted to Nasser hospital with shrapnel wounds after the Israeli strike on the camp.",
     None, 8),
])
def test_care_with_no_harm_after_it_replaces_no_count(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("sentence", [
    "Police said the man was admitted to a hospital for a psychiatric evaluation after the standoff.",
    "Sixty patients were evacuated to the Indonesian Hospital after Israeli forces ordered Kamal Adwan Hospital "
    "emptied.",
    "In Gaza, 12 children were admitted to hospital with acute malnutrition this week, OCHA said.",
    "More than 200 people sought medical care for acute watery diarrhoea in Al Mawasi last week.",
    "Two residents were evacuated to a nearby hospital as a precaution after the gas leak.",
    "Five people sought medical care for smoke inhalation after the fire at the market.",
])
def test_care_for_an_illness_or_a_patient_s_is_no_wound(sentence):
    assert find_counts(sentence) == []


# the dead each sentence counts, where it counts any
@pytest.mark.parametrize("sentence, killed", [
    ("Two suspects were eliminated as persons of interest after detectives reviewed video of the shooting.", []),
    ("Two men were eliminated from the investigation after their alibis checked out.", []),
    ("A gunman opened fire at a Walmart, wounding two people before he was neutralized by an off-duty officer "
     "who shot him in the leg.", []),
    ("Police said the gunman was neutralized after killing two.", [2]),
    ("The shooter was neutralized by a security guard, police said.", []),
    ("Police neutralized two suspects after a shootout at the mall.", []),
])
def test_eliminated_or_neutralized_in_police_text_is_no_death(sentence, killed):
    assert [f.value for f in find_counts(sentence) if f.slot == "killed"] == killed


@pytest.mark.xfail(strict=True, reason="frame (not this mend's files): a care figure with a harm after it, told after "
                                       "a larger count of the shot, replaces that count, as 'two were hospitalized' "
                                       "does before war44")
def test_care_after_a_larger_count_of_the_shot_left():
    _reads("Five people were shot early Sunday. Three were evacuated to a trauma center after the shooting.", None, 5)
