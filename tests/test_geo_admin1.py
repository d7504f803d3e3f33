"""Admin1 areas of every country (issue 11): a town carries its area's name, an area named with
its admin word resolves to that area, and an area named like an English word ("Central",
"Northern", "Upper East") is a place only with its admin word. Reports written for these
tests, in several outlets' styles, about wars in Myanmar, DR Congo, Mali, Burkina Faso,
Somalia, Ethiopia, Yemen and Syria."""

import pytest

from harmledger.extract import extract
from harmledger.geo.places import find_places


def lead_place(text: str):
    found = next(m for m in extract(text, "2024-06-12") if not m.background and m.kind == "event").place
    return found and (found.name, found.admin1, found.country, found.precision)


@pytest.mark.parametrize("text, admin1, country", [
    ("M23 rebels shelled a camp for displaced people outside Goma on Friday, killing five civilians.", "Nord-Kivu", "CD"),
    ("Jihadists ambushed a convoy near Mopti, killing 14 soldiers, the Malian army said on Tuesday.", "Mopti", "ML"),
    ("Gunmen killed 22 people in an attack on a market in Djibo, in northern Burkina Faso, security sources said.", "Sahel", "BF"),
    ("An airstrike by the military hit a monastery in Monywa, killing at least eight people, residents said.",
     "Sagaing", "MM"),
    ("A Houthi drone struck a residential building in Taiz on Sunday, wounding six civilians.", "Ta'izz", "YE"),
    ("Government shelling on Ariha in northwest Syria killed four children on Monday, rescuers said.", "Idlib", "SY"),
])
def test_a_resolved_town_carries_its_admin1_name(text, admin1, country):
    _, found_admin1, found_country, precision = lead_place(text)
    assert (found_admin1, found_country) == (admin1, country)
    assert precision in ("town", "near")


@pytest.mark.parametrize("text, name, country", [
    ("Junta jets bombed a village in Sagaing region on Tuesday, killing 12 people, a local resistance group said.",
     "Sagaing", "MM"),
    ("Fighting between M23 and the army in North Kivu province killed at least nine civilians this week.",
     "Nord-Kivu", "CD"),
    ("Jihadists killed 20 soldiers in an attack in the Centre-Nord region, the army said.", "Centre-Nord", "BF"),
    ("Drone strikes in the Amhara region killed 30 people at a bus station, witnesses said.", "Amhara", "ET"),
    ("Al-Shabaab fighters attacked an army base in the Lower Shabelle region, killing seven soldiers.",
     "Lower Shabelle", "SO"),
    ("A Houthi missile struck a camp for displaced people in Marib governorate, wounding 11 people.", "Ma'rib", "YE"),
    ("Russian and Syrian airstrikes on Idlib province killed five civilians, the White Helmets said.", "Idlib", "SY"),
])
def test_an_area_named_with_its_admin_word_resolves_at_region_precision(text, name, country):
    assert lead_place(text) == (name, name, country, "region")


@pytest.mark.parametrize("text, name, country", [
    ("Saudi-led coalition air strikes killed 12 people in Hadramawt governorate, local officials said.", "Hadramawt", "YE"),
    ("A roadside bomb killed five policemen in Kirkuk province on Sunday, security sources said.", "Kirkuk", "IQ"),
    ("Militants killed four soldiers at a checkpoint in Matruh governorate on Friday, the army said.", "Matruh", "EG"),
])
def test_an_area_geonames_writes_after_a_transliterated_admin_word_is_named_without_it(text, name, country):
    assert lead_place(text) == (name, name, country, "region")


def test_a_state_named_after_a_town_qualifies_it():
    places = {p.text: p.place for p in find_places("Insurgents stormed Bama in Borno State, killing 11 people.")}
    assert (places["Bama"].admin1, places["Bama"].precision) == ("Borno", "town")


@pytest.mark.parametrize("text", [
    "Central bank officials said the currency fell after the attack.",
    "Northern forces advanced overnight, a spokesman said.",
    "The Upper house voted to extend the state of emergency.",
    "Coast guard boats rescued 40 migrants after the shelling.",
    "Eastern European diplomats condemned the strike.",
])
def test_an_area_named_like_a_word_is_no_place_alone(text):
    assert [p.text for p in find_places(text)] == []


@pytest.mark.parametrize("text, name, country", [
    ("Protests spread across the Central region of Ghana on Monday.", "Central", "GH"),
    ("Gunmen attacked a checkpoint in the Upper East region of Ghana, killing two officers.", "Upper East", "GH"),
])
def test_an_area_named_like_a_word_is_a_place_with_its_admin_word(text, name, country):
    regions = [(p.place.name, p.place.country) for p in find_places(text) if p.place.precision == "region"]
    assert regions == [(name, country)]


def test_an_area_named_like_a_town_or_a_surname_alone_is_the_town_or_the_person():
    text = "Police spokesman Daniel Guerrero said two men were shot in Houston. Shelling hit Idlib on Monday."
    assert [(p.text, p.place.precision) for p in find_places(text)] == [("Houston", "town"), ("Idlib", "town")]
