"""The Arabic ʿayn after an "a" (places35): GeoNames writes it as an apostrophe ("'Alma ash-Sha'b", "Sa'dah"), which
folding drops ("shab", "sadah"); the press writes a second "a" ("Alma al-Shaab", "Saadah"). The names of the Arab
countries' towns are keyed so too."""

import pytest

from harmledger.geo import find_places
from harmledger.geo.build import ayn_as_vowel, haversine_km


def test_an_ayn_after_a_is_written_as_a_second_a() -> None:
    assert ayn_as_vowel("'Alma ash-Sha'b") == "alma ash shaab"
    assert ayn_as_vowel("Sa'dah") == "saadah"


def test_a_name_without_an_ayn_after_a_has_no_such_spelling() -> None:
    """An apostrophe before a vowel is dropped by folding already ("Ma'arrat": "maarrat")."""
    assert ayn_as_vowel("Ma'arrat an Nu'man") is None
    assert ayn_as_vowel("Baalbek") is None


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("Israeli shelling hit the village of Alma al-Shaab on Monday, wounding two people, Lebanese state media said.",
     "Alma al-Shaab", "LB", 33.10, 35.18),
    ("Hezbollah said its fighters repelled an Israeli incursion near Alma ash-Shaab, in the western sector.",
     "Alma ash-Shaab", "LB", 33.10, 35.18),
    ("Saudi-led coalition airstrikes on a market in Saadah killed 12 civilians, the Houthi health ministry said.",
     "Saadah", "YE", 16.94, 43.76),
])
def test_the_press_s_spelling_of_an_ayn_names_the_town(text: str, name: str, country: str, lat: float,
                                                       lon: float) -> None:
    (place,) = [p.place for p in find_places(text) if p.text == name]
    assert place.country == country and haversine_km(place.lat, place.lon, lat, lon) < 10, place
