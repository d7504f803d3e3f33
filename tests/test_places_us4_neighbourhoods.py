"""A city's neighbourhoods named bare in US local news (issue 11): a small town's name, unqualified, in a state
the text never names and far from every other town it names, is a part of the big city the story is about (its
dateline's, or one it names more often): "Homewood" in a Pittsburgh story is not Homewood, Alabama. A town the
story qualifies, names a state for, or tells of beside its neighbours stays itself. Every report here was written
for these tests, in the styles of US local television and newspaper sites."""

import pytest
from war_fixtures import titled_lead

from harmledger.geo import find_places


def place(text: str, title: str):
    found = titled_lead(text, title, "2016-08-14").place
    return (found.name, found.admin1) if found else None


@pytest.mark.parametrize("text, title, place_name, state", [
    ("Three people, including a 6-year-old girl, were shot Saturday night in Homewood. Pittsburgh police said the "
     "shots came from a passing car. Pittsburgh Public Safety spokeswoman said the girl was taken to Children's "
     "Hospital of Pittsburgh in critical condition.", "Triple shooting in Homewood leaves child critical",
     "Pittsburgh - Homewood", "Pennsylvania"),
    ("KNOXVILLE (WATE) - Four people were injured in a shooting in Lonsdale early Sunday. Knoxville police said the "
     "victims were taken to the University of Tennessee Medical Center.", "Four hurt in Lonsdale community shooting",
     "Knoxville - Lonsdale", "Tennessee"),
    ("KANSAS CITY, Mo. - Several people were hurt when gunfire broke out in Westport just after bars closed early "
     "Saturday, police said.", "Several injured in Westport shooting", "Kansas City - Westport", "Missouri"),
])
def test_a_far_namesake_town_is_the_city_s_neighbourhood(text, title, place_name, state):
    assert place(text, title) == (place_name, state)


@pytest.mark.parametrize("text, place_name, state", [
    # the town's state is named
    ("A man from Homewood, Ala., was shot dead Saturday, Pittsburgh police said. Pittsburgh officers found him on "
     "a porch.", "Homewood", "Alabama"),
    # the town is the dateline's
    ("BELOIT, Wis. - A Beloit man was killed in a shooting on Sunday. He had moved from Newark two years ago.",
     "Beloit", "Wisconsin"),
    # the big city is named once in passing
    ("Two people were wounded in a shooting in Cartersville on Tuesday. One of them had driven up from Austin for a "
     "family visit.", "Cartersville", None),
])
def test_a_town_the_story_tells_of_stays_itself(text, place_name, state):
    towns = [p.place for p in find_places(text) if p.text.lower() == place_name.lower()]
    assert towns and towns[0].name == place_name and (state is None or towns[0].admin1 == state)
