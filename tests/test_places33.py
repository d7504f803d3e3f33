"""Place leftovers (places33): a street address's name is no town; a road or a station named for a town, a
missile brought down over a town, and a country's strike place at the town, not at the striker."""

from __future__ import annotations

import pytest

from harmledger.geo import find_places


def _named(text: str) -> list[tuple[str, str | None, str]]:
    return [(p.text, p.place.admin1, p.place.country) for p in find_places(text)]


@pytest.mark.parametrize("text, street", [
    ("CHICAGO (WLS) -- A 31-year-old man was shot and killed Sunday night in the 4400 block of Lexington, Chicago "
     "police said.", "Lexington"),
    ("A woman was wounded in a drive-by shooting in the 1200 block of South Frankfort early Saturday, Tulsa police "
     "said.", "Frankfort"),
    ("Officers responded to reports of shots fired in the 3900 block of West Madison around 2 a.m. and found a man "
     "with a gunshot wound to the leg, Chicago police said.", "Madison"),
])
def test_a_name_after_an_address_s_block_is_its_street(text: str, street: str) -> None:
    named = _named(text)
    assert all(name != street for name, _, _ in named), named
    assert named, text  # the town the report names is still there


@pytest.mark.parametrize("text, town, country", [
    ("NNA - An Israeli enemy drone targeted a car on the Kfar Kila road on Saturday, killing two people, the "
     "National News Agency reported.", "Kfar Kila", "LB"),
    ("Ukrainian troops came under heavy shelling along the Kostiantynivka highway overnight, the regional governor "
     "said.", "Kostiantynivka", "UA"),
])
def test_a_road_named_in_lower_case_for_a_town_is_the_town_s(text: str, town: str, country: str) -> None:
    assert (town, country) in [(name, c) for name, _, c in _named(text)]


@pytest.mark.parametrize("text, town, country", [
    ("Debris from a rocket intercepted over Sderot fell on a parked car, damaging it, the police said.",
     "Sderot", "IL"),
    ("Fragments of a drone shot down over Kupiansk damaged three houses overnight, the regional administration "
     "said.", "Kupiansk", "UA"),
    ("Shrapnel from a missile downed over Ashkelon hit a kindergarten on Tuesday; no one was hurt.",
     "Ashkelon", "IL"),
])
def test_a_town_a_missile_was_brought_down_over_is_where_debris_fell(text: str, town: str, country: str) -> None:
    assert (town, country) in [(name, c) for name, _, c in _named(text)]


@pytest.mark.parametrize("text, town, striker", [
    ("Russia's strike on a passenger train at Shostka railway station injured 30 people, the prime minister said.",
     "Shostka", "Russia"),
    ("Russia's missile attack on Pavlohrad overnight cut power to the whole town, the mayor said.", "Pavlohrad", "Russia"),
])
def test_a_country_s_strike_is_the_striker_not_the_place(text: str, town: str, striker: str) -> None:
    named = [name for name, _, _ in _named(text)]
    assert town in named and striker not in named, named


def test_a_country_s_air_strikes_name_no_place_of_it() -> None:
    text = "Israel's air strikes on Gaza City killed 20 people overnight, the health ministry in Gaza said."
    assert "Israel" not in [name for name, _, _ in _named(text)]


@pytest.mark.parametrize("text, part", [
    ("CHICAGO (WLS) -- A man was killed in a shooting in Austin on the West Side Sunday night, police said.", "Austin"),
    ("A 19-year-old man was shot in Roseland early Monday while standing on a sidewalk, according to Chicago police.",
     "Roseland"),
    ("Two men were wounded in Pilsen on Saturday afternoon when someone opened fire from a passing car, Chicago "
     "police said.", "Pilsen"),
    ("Chicago police say a teenager was shot and killed in Lawndale on the city's West Side Friday evening.",
     "Lawndale"),
])
def test_a_neighbourhood_of_the_city_the_story_names_is_the_city_s(text: str, part: str) -> None:
    found = [p.place for p in find_places(text) if p.text == part]
    assert found and found[0].name == f"Chicago - {part}" and found[0].admin1 == "Illinois", found


@pytest.mark.parametrize("text, town, state", [
    ("A man was shot and wounded in Bridgeport on Sunday night, Bridgeport police said.", "Bridgeport", "Connecticut"),
    ("A man from Austin, Texas, was shot and killed in Chicago on Sunday, police said.", "Austin", "Texas"),
    ("Two people were shot near a bar on Sixth Street in Austin early Saturday, Austin police said.", "Austin", "Texas"),
])
def test_a_namesake_town_stays_where_the_city_is_not_named_or_it_is_qualified(text: str, town: str,
                                                                               state: str) -> None:
    found = [p.place for p in find_places(text) if p.text == town]
    assert found and found[0].name == town and found[0].admin1 == state, found
