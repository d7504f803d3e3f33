"""Injured figures: the classes of GVA toll misses session 24's toll21 studied after toll20.

Cases are written in the styles of US local news (police blotter, TV station, metro daily), not copied from the eval
data. Each failed on main before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest
from test_tolls20 import _toll  # the lead incident's (killed, injured), read as toll20's cases read them


# --- a house, a car or a building on a named street that was hit is no victim


@pytest.mark.parametrize("text", [
    "A home on Pine Hollow Lane was hit by gunfire late Saturday. Police said the bullets came from a passing car.",
    "Shots were fired overnight and an apartment building on Carver Street was hit by gunfire, police said. "
    "Investigators have no suspects.",
    "Someone fired into a parked SUV on Linden Avenue early Sunday. The SUV on Linden Avenue was struck by gunfire "
    "several times, police said.",
])
def test_a_thing_hit_on_a_named_street_is_no_victim(text):
    assert _toll(text)[1] in (None, 0)


@pytest.mark.parametrize("text", [
    "The owner of the two-family house on Elmhurst Street suffered minor injuries after being struck with a handgun "
    "during the robbery, police said.",
    "A man who lives on Linden Avenue was shot in the leg Saturday night, police said.",
])
def test_a_person_at_a_house_on_a_street_is_still_a_victim(text):
    assert _toll(text)[1] == 1

# --- a victim treated at the scene (by medics, not in hospital) is one of the wounded


@pytest.mark.parametrize("text, injured", [
    ("Two men were wounded in a shooting outside a bar on Main Street early Sunday, police said. "
     "A third man was treated at the scene for a graze wound.", 3),
    ("Two people were shot Friday night near Grant Park. A third person was treated on the scene and released, "
     "according to the fire department.", 3),
    ("Three people were injured in the shooting. Two were taken to Jackson Memorial Hospital. "
     "The other man was treated at the scene by paramedics.", 3),
])
def test_a_victim_treated_at_the_scene_is_wounded(text, injured):
    assert _toll(text)[1] == injured


@pytest.mark.parametrize("text, injured", [
    ("Police said four people were shot at the party. Two were treated at the scene and two were taken to "
     "Grady Memorial Hospital.", 4),
    ("A 30-year-old man was shot in the chest outside a store on Fulton Street on Friday night, police said. "
     "A woman was treated at the scene for a cut to her hand.", 1),
])
def test_the_treated_at_the_scene_told_otherwise_stay_as_they_were(text, injured):
    assert _toll(text)[1] == injured
