"""Places by class (places34): a city's neighbourhood named as one in a story that names no other town (a city
station's own beat) lies in that city, and the name told again bare is that part too."""

from __future__ import annotations

import pytest

from harmledger.geo import find_places


def _places(text: str, name: str) -> list:
    return [p.place for p in find_places(text) if p.text.lower() == name.lower()]


@pytest.mark.parametrize("text, part", [
    ("A 19-year-old man was shot and killed late Saturday in the Woodlawn neighborhood, police said.", "Woodlawn"),
    ("Two teenagers were wounded in a drive-by shooting in the Lawndale neighborhood early Sunday, according to "
     "police.", "Lawndale"),
    ("Police are looking for a gunman who opened fire on a group standing outside a store in the Chatham "
     "neighborhood Tuesday night, wounding three people.", "Chatham"),
    ("A 16-year-old boy was killed in an accidental shooting in the Bridgeport neighborhood Friday morning, according "
     "to police and the Cook County medical examiner's office.", "Bridgeport"),
])
def test_a_neighbourhood_named_without_any_town_lies_in_its_city(text: str, part: str) -> None:
    """The namesake towns (Woodlawn, Maryland; Lawndale, California; Chatham, England; Bridgeport, Connecticut) are
    no neighbourhood; Chicago's community area of the name is."""
    (place,) = _places(text, part)
    assert place.name == f"Chicago - {part}" and place.admin1 == "Illinois", place


def test_the_neighbourhood_told_again_bare_is_the_same_part() -> None:
    text = ("A teenager was fatally shot in the Bridgeport neighborhood on Friday, police said. Outside the family's "
            "Bridgeport bungalow, neighbors left flowers and candles.")
    assert [p.name for p in _places(text, "Bridgeport")] == ["Chicago - Bridgeport"] * 2


@pytest.mark.parametrize("text, part, state", [
    ("Two people were hurt in a shooting in the Englewood neighborhood on Sunday, New Jersey State Police said.",
     "Englewood", "New Jersey"),
    ("A man was wounded in the Bridgeport neighborhood late Friday, Connecticut State Police said.", "Bridgeport",
     "Connecticut"),
])
def test_a_neighbourhood_whose_namesake_s_state_the_text_names_stays_the_namesake(text: str, part: str,
                                                                                  state: str) -> None:
    (place,) = _places(text, part)
    assert place.name == part and place.admin1 == state, place


def test_a_neighbourhood_of_a_town_the_text_names_stays_that_town_s() -> None:
    """A named town other than the namesake still takes the neighbourhood (places32's rule, unchanged)."""
    (place,) = _places("HOUSTON — A woman was shot in the Austin neighborhood on Sunday, police said.", "Austin")
    assert place.name == "Houston - Austin", place



@pytest.mark.parametrize("text, name, country", [
    ("Poland scrambled fighter jets early on Saturday as Russia launched a massive drone attack on Ukraine; in "
     "Konotop, three people were injured, the mayor said.", "Konotop", "UA"),
    ("Russia and Ukraine exchanged prisoners on Friday. Overnight, shelling of Pokrovsk killed two civilians, the "
     "regional governor said.", "Pokrovsk", "UA"),
    ("Mexico and the United States traded accusations over the border on Tuesday, a day after gunmen killed four "
     "people at a party in Salamanca, state prosecutors said.", "Salamanca", "MX"),
])
def test_of_two_countries_named_alike_the_one_of_the_text_s_towns_leads(text: str, name: str, country: str) -> None:
    """Two countries named as often tie: the text's towns decide (Konotop of 85,000 in Ukraine, not Poland's village
    of 1,400; Donetsk oblast's Pokrovsk, not Yakutia's), not which country is named first (Mexico's Salamanca, not
    New York's, where Mexico and the United States are named alike)."""
    assert [p.country for p in _places(text, name)] == [country]
