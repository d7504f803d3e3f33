"""Russia's border regions (places35): the villages of Belgorod, Kursk and Bryansk oblasts come from GeoNames' postal
dump as Ukraine's do, spelt as the press spells Russian ("Malaya Loknya"), and every Latin name of their towns is one
free text may match ("Guevo" for GeoNames' Guyevo). A Ukrainian village told before its oblast stays Ukrainian,
whatever Russian village shares its spelling."""

import pytest

from harmledger.geo import find_places, gazetteer
from harmledger.geo.build import all_names_written, haversine_km
from harmledger.geo.postal import russian_spellings


def _place(text: str, name: str):
    (place,) = [p.place for p in find_places(text) if p.text == name]
    return place


def test_a_russian_name_is_spelt_as_the_press_spells_it_first() -> None:
    assert russian_spellings("Малая Локня") == ["Malaya Loknya", "Malaia Loknia"]
    assert russian_spellings("Глотово") == ["Glotovo"]


def test_a_border_village_below_geonames_floor_is_in_the_gazetteer() -> None:
    (village,) = [e for e in gazetteer().lookup("malaya loknya") if e.country == "RU"]
    assert village.admin1_code == "41" and haversine_km(village.lat, village.lon, 51.28, 35.31) < 5


def test_villages_of_regions_far_from_the_border_are_left_out() -> None:
    """The dump's Pskov village of Krestilovo (no border region's) is no place."""
    assert not [e for e in gazetteer().lookup("krestilovo") if e.country == "RU"]


def test_a_village_whose_point_the_dump_took_from_a_namesake_elsewhere_is_left_out() -> None:
    """The dump gives Belgorod's Zhuravlevka a point in the Orenburg steppe: no place beats a wrong one."""
    assert not [e for e in gazetteer().lookup("zhuravlevka") if e.country == "RU"]


@pytest.mark.parametrize("text, name, lat, lon", [
    ("Two civilians were wounded when Ukrainian forces shelled the village of Glotovo in the Belgorod region, "
     "governor Vyacheslav Gladkov said.", "Glotovo", 50.43, 35.59),
    ("On 12 August 2024, Ukrainian forces clashed with Russian forces near Malaya Loknya, Kursk. Casualties "
     "unknown.", "Malaya Loknya", 51.28, 35.31),
    ("Russia's defence ministry said its troops had repelled an attack near Sverdlikovo in the Kursk region.",
     "Sverdlikovo", 51.25, 35.12),
    ("On 3 February 2025, Ukrainian forces shelled Guevo, Kursk. One civilian was killed.", "Guevo", 51.09, 35.27),
])
def test_a_border_village_named_with_its_region_is_that_village(text: str, name: str, lat: float, lon: float) -> None:
    place = _place(text, name)
    assert place.country == "RU" and haversine_km(place.lat, place.lon, lat, lon) < 10, place


@pytest.mark.parametrize("text, name, country, admin1", [
    ("On 5 May 2024, Russian forces shelled Kamyshi, Sumy. Casualties unknown.", "Kamyshi", "UA", "Sumy"),
    ("Ukrainian drones struck a house in Kamyshi in Russia's Kursk region, the acting governor said.", "Kamyshi",
     "RU", "Kursk"),
    ("On 30 March 2024, Russian forces fired 120mm mortars at Gremyachka, Chernihiv. Casualties unknown.",
     "Gremyachka", "UA", "Chernihiv"),
])
def test_a_name_both_sides_of_the_border_bear_is_the_named_region_s(text: str, name: str, country: str,
                                                                    admin1: str) -> None:
    """"Gremyachka" is a Bryansk village's name and a Russian spelling of Chernihiv's Hremiachka: told before
    Chernihiv, the near spelling in Chernihiv oblast wins over the exact one across the border."""
    place = _place(text, name)
    assert (place.country, place.admin1) == (country, admin1), place


def test_every_name_of_a_border_region_s_town_is_free_text_s_but_english_words() -> None:
    """Belgorod's towns' alternate names include "Star" and "Ego": words, not towns; Moscow's are no border's."""
    assert all_names_written("RU", "41", "guevo")
    assert not all_names_written("RU", "09", "star")
    assert not all_names_written("RU", "48", "guevo")
