"""Gazetteer gaps (places32): an area named for its seat in the press's spelling of the seat, and places the
sources lack or spell otherwise (Maiorsk, Zhelanne, Kamaran, Tal al-Abyad)."""

from __future__ import annotations

import pytest

from harmledger.geo import distance_km, find_places
from harmledger.geo.build import add_seat_spellings
from harmledger.model import Place


def _found(text: str, name: str):
    found = [p for p in find_places(text) if p.text.lower().startswith(name.lower())]
    assert found, f"{name!r} not found in {text!r}: {[p.text for p in find_places(text)]}"
    return found[0]


def test_an_area_named_for_its_seat_takes_the_seat_s_spellings() -> None:
    places = [(1, "Al Hudaydah", "YE", "08", 14.8, 42.95, 700_000, "town"),
              (2, "Bajil", "YE", "08", 15.05, 43.28, 50_000, "town")]
    lookup = {"al hudaydah": [0], "hodeidah": [0], "hudaydah": [0], "bajil": [1], "hodeidah province": [7]}
    text_keys = {"al hudaydah": "place", "hodeidah": "place", "hudaydah": "place", "bajil": "place"}
    region_keys = {("YE", "08"): {"al hudaydah governorate", "al hudaydah province"}}
    add_seat_spellings(places, lookup, text_keys, region_keys)
    keys = region_keys[("YE", "08")]
    assert {"hodeidah governorate", "hudaydah governorate", "hodeidah region"} <= keys
    assert "hodeidah province" not in keys  # a key that names something already keeps it
    assert not any(k.startswith("bajil") for k in keys)  # another town of the area is no name of it


@pytest.mark.parametrize("text, name, admin1", [
    ("Houthi forces shelled a village in Hodeidah governorate on Sunday, killing two children, local officials said.",
     "Hodeidah governorate", "al Hudaydah"),
    ("The UN mission said fighting in the Hodeidah province had displaced 3,000 families since June.",
     "Hodeidah province", "al Hudaydah"),
    ("Coalition airstrikes hit several targets in Raqqa governorate overnight, the Observatory said.",
     "Raqqa governorate", "Ar-Raqqah"),
])
def test_a_governorate_in_the_press_s_spelling_is_the_area(text: str, name: str, admin1: str) -> None:
    found = _found(text, name)
    assert found.text == name and found.place.precision == "region" and found.place.admin1 == admin1, found.place


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Saudi-led coalition jets struck Zabid district in Hodeidah governorate on Monday, killing five farmers, residents"
     " said.", "Zabid", 14.20, 43.32),
    ("Houthi shelling hit a market in Hays district, Hodeidah province, wounding six civilians, the government said.",
     "Hays", 13.93, 43.48),
])
def test_a_district_s_town_in_the_governorate_the_press_names(text: str, name: str, lat: float, lon: float) -> None:
    found = _found(text, name)
    assert found.place.admin1 == "al Hudaydah" and distance_km(found.place, Place(None, "", None, None, lat, lon)) < 10


def test_the_seat_alone_stays_the_town() -> None:
    found = _found("An airstrike hit the port city of Hodeidah on Friday, killing four dock workers.", "Hodeidah")
    assert found.place.precision == "town" and found.place.name == "Al Ḩudaydah", found.place


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Turkish drones hit a vehicle near Tal al-Abyad, killing three SDF fighters, the group said.", "Tal al-Abyad", 36.70, 38.95),
    ("Shelling on Tell el-Abyad's western villages wounded a woman and her son, a local monitor reported.", "Tell el-Abyad", 36.70, 38.95),
    ("Russian forces shelled Maiorsk, Donetsk, with artillery on Monday. Casualties unknown.", "Maiorsk", 48.37, 38.02),
    ("Ukrainian troops repelled an assault near Mayorsk, north of Horlivka, the General Staff said.", "Mayorsk", 48.37, 38.02),
    ("Russian troops attacked near Zhelanne in the Pokrovsk direction on Wednesday.", "Zhelanne", 48.13, 37.38),
    ("Russian military forces shelled Zhelanne, Donetsk. Casualties unknown.", "Zhelanne", 48.13, 37.38),
    ("Coalition aircraft struck a Houthi camp on Kamaran island, off the coast of Hodeidah, on Tuesday.", "Kamaran", 15.35, 42.60),
    ("US strikes on Kamaran killed several Houthi fighters, the group's health ministry said.", "Kamaran", 15.35, 42.60),
])
def test_places_the_sources_lack_or_spell_otherwise(text: str, name: str, lat: float, lon: float) -> None:
    found = _found(text, name)
    assert distance_km(found.place, Place(None, "", None, None, lat, lon)) < 10, found.place


@pytest.mark.parametrize("text", [
    "DAYTONA BEACH — A man was shot and killed Saturday night outside a bar on Main Street, police said. The victim"
    " was taken to Halifax Health Medical Center, where he died.",
    "A 19-year-old was wounded in a shooting in Ormond Beach on Friday and taken to Halifax Health in critical"
    " condition, deputies said.",
])
def test_a_hospital_system_named_for_a_place_is_no_place(text: str) -> None:
    """Halifax Health is a Florida hospital system: no mention of Halifax, Nova Scotia, and no vote for Canada."""
    found = find_places(text)
    assert found and all(p.place.country == "US" for p in found), [(p.text, p.place) for p in found]
    assert not any(p.text.startswith("Halifax") for p in found)


def test_the_town_named_beside_its_hospital_system_stays() -> None:
    text = "Two people were shot in Orlando early Sunday and taken to Orlando Health, police said."
    assert [p.place.name for p in find_places(text)] == ["Orlando"]
