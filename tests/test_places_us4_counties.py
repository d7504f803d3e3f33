"""US counties as places (issue 11): local news places a harm by its county as often as by its town ("Harris
County deputies", "a home in Rankin County"); the county is a region inside its state, at the middle of its
towns, chosen among its namesakes by the state the text names, and a town the text names sharpens it. Every
report here was written for these tests, in the styles of US local television, newspaper and wire sites."""

import pytest
from war_fixtures import km_from, titled_lead

from harmledger.geo import find_places


def place(text: str, title: str):
    return titled_lead(text, title, "2017-03-14").place


@pytest.mark.parametrize("text, title, county, state, lat, lon", [
    ("Harris County deputies are investigating after a man was shot and killed outside a convenience store early "
     "Sunday, the sheriff's office said.", "Man killed outside store - KPRC 2", "Harris County", "Texas", 29.8, -95.4),
    ("A 4-year-old boy found a loaded handgun and accidentally shot his father in Brown County, S.D., on Monday, "
     "authorities say. The man died at the scene.", "Man killed by 4-year-old, authorities say", "Brown County",
     "South Dakota", 45.6, -98.4),
    ("The Navarro County Sheriff's Office is investigating the shooting death of a 3-year-old child, officials "
     "confirmed Tuesday.", "Toddler dies in accidental shooting - CBS DFW", "Navarro County", "Texas", 32.1, -96.4),
    ("A Caddo Parish deputy shot and wounded a man who pointed a rifle at officers during a standoff Saturday.",
     "Deputy shoots armed man in standoff - KSLA 12", "Caddo Parish", "Louisiana", 32.6, -93.9),
])
def test_a_county_places_a_harm_that_no_town_does(text, title, county, state, lat, lon):
    found = place(text, title)
    assert (found.name, found.admin1, found.precision) == (county, state, "region")
    assert km_from(found, lat, lon) < 40


@pytest.mark.parametrize("text, state", [
    ("Two people were wounded in a shooting in Washington County, Ark., late Friday, the sheriff said.", "Arkansas"),
    ("WASHINGTON COUNTY, Tenn. (WJHL) - A man was killed Saturday in a shooting at a home off Highway 11E.", "Tennessee"),
    ("Deputies in Orange County, Fla., said a teenager was shot in the leg Sunday night.", "Florida"),
])
def test_of_namesake_counties_the_one_in_the_state_named(text, state):
    counties = [p.place for p in find_places(text) if p.text.lower().endswith("county")]
    assert counties and counties[0].admin1 == state


def test_a_town_the_text_names_sharpens_its_county():
    found = place("Weld County sheriff's deputies found two people shot inside a home in Keenesburg on Sunday. "
                  "One of them died.", "Two shot in Weld County home - 9News")
    assert (found.name, found.precision) == ("Keenesburg", "town")


@pytest.mark.parametrize("text", [
    "Harris was shot twice in the chest outside a bar in Houston, police said.",
    "Brown, 24, was wounded in the shooting on Maple Street in Green Bay, police said.",
])
def test_a_surname_is_no_county_without_its_word(text):
    assert not any(p.place.name.endswith(" County") for p in find_places(text))


@pytest.mark.parametrize("text, title, town", [
    ("CONROE, Texas (KHOU) - A man was killed in a shooting at a home early Saturday, Montgomery County deputies said.",
     "Man killed in shooting at home", "Conroe"),
    ("Rankin County deputies say a 15-year-old boy was wounded when a gun went off at a friend's house. It happened at "
     "a home off Crossgates Boulevard in Brandon on Sunday afternoon.", "Teen wounded when gun goes off", "Brandon"),
])
def test_a_dateline_or_scene_town_in_the_county_is_the_place(text, title, town):
    found = place(text, title)
    assert (found.name, found.precision) == (town, "town")


def test_a_dateline_town_far_from_the_county_is_not_its_place():
    found = place("SEATTLE (KOMO) - A deputy was shot and wounded Tuesday night in Spokane County, the sheriff said.",
                  "Deputy wounded in shooting")
    assert (found.name, found.admin1) == ("Spokane County", "Washington")


@pytest.mark.parametrize("text, state", [
    ("Orange County deputies said four people were wounded in a drive-by shooting on Orange Blossom Trail north of "
     "Orlando late Saturday.", "Florida"),
    ("Montgomery County sheriff's deputies responded to a home in Conroe where a 6-year-old had been shot.", "Texas"),
    ("Fayette County deputies say a child was hurt when a rifle discharged at a home near Oak Hill and Fayetteville, "
     "W.Va.", "West Virginia"),
])
def test_of_namesake_counties_the_one_by_the_towns_named(text, state):
    counties = [p.place for p in find_places(text) if p.text.endswith("County")]
    assert counties and counties[0].admin1 == state


@pytest.mark.parametrize("text, title, county, state", [
    ("A 15-year-old hunter was wounded Saturday when another member of his party fired at a deer, the Wisconsin "
     "Department of Natural Resources said.", "Teen hunter shot in Oconto County", "Oconto County", "Wisconsin"),
    ("A man was killed when a rifle he was cleaning went off at his home Sunday, Georgia investigators said.",
     "Man dies in accidental shooting in Bartow County - WSB-TV", "Bartow County", "Georgia"),
])
def test_a_headline_s_county_places_a_lead_the_text_places_only_in_its_state(text, title, county, state):
    found = place(text, title)
    assert (found.name, found.admin1) == (county, state)


def test_a_headline_s_town_comes_before_its_county():
    found = place("A woman was shot in the leg during an argument Friday night, Missouri troopers said.",
                  "Woman shot in Licking, Texas County")
    assert (found.name, found.admin1) == ("Licking", "Missouri")
