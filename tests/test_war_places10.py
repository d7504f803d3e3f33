"""Places of war reports that round 9 (tests/test_war_reports_worldwide9.py) left misplaced, in reports written
for these tests in the styles of Reuters and AP wires, Kenya's Daily Nation and The Standard, Liberia's FrontPage Africa, Mexico's El
Universal and Milenio in translation, and Dawn: a first-level area the gazetteer keyed only with an admin word it
did not know (Kenya's and Liberia's counties) or only with "state" (Mexico's states named alone, as the press names them), and
Pakistan's Bolan district. Guards keep a town named with its area, a state capital that holds a share of its
state's people, and a surname that is also a state's name.
Each test is a class; towns are checked within 25 km of where they lie."""

import pytest
from war_fixtures import km_from, lead


@pytest.mark.parametrize("text, area, country", [
    # Daily Nation, The Standard, Reuters: Kenya's first-level areas are its counties, as Liberia's are
    ("Suspected al-Shabaab militants killed five people in an attack on a village in Lamu county on Sunday, "
     "police said.", "Lamu", "KE"),
    ("Four police reservists were killed when their vehicle hit an improvised explosive device in Mandera County on "
     "Tuesday, the county commissioner said.", "Mandera", "KE"),
    ("Militants ambushed a police patrol in Garissa county on Monday, killing three officers, the Interior ministry "
     "said.", "Garissa", "KE"),
    ("Bandits killed six herders and drove off hundreds of cattle in Baringo County on Saturday, police said.",
     "Baringo", "KE"),
    ("Three people were killed in clashes over land in Nimba County on Sunday, the Liberia National Police said.",
     "Nimba", "LR"),
])
def test_a_county_is_its_first_level_area_where_counties_are(text, area, country):
    place = lead(text).place
    assert (place.name, place.country, place.precision) == (area, country, "region")


@pytest.mark.parametrize("text, state", [
    # AP, Reuters, El Universal and Milenio in translation: a Mexican state named alone is the state
    ("Gunmen killed six people at a family party in Sinaloa on Sunday, state prosecutors said.", "Sinaloa"),
    ("Suspected cartel gunmen killed five police officers in an ambush in Sonora on Tuesday, the state security "
     "ministry said.", "Sonora"),
    ("Clashes between rival cartels in Tamaulipas left 11 people dead on Sunday, the state prosecutor's office "
     "said.", "Tamaulipas"),
    ("A drone attack blamed on the Jalisco New Generation Cartel killed two soldiers in Michoacán on Monday, the "
     "army said.", "Michoacan"),
    ("Gunmen killed 12 people at a bar in Guanajuato state on Saturday night, officials said.", "Guanajuato"),
])
def test_a_mexican_state_named_alone_is_the_state(text, state):
    place = lead(text).place
    assert (place.name, place.admin1, place.country, place.precision) == (state, state, "MX", "region")


@pytest.mark.parametrize("text, lat, lon", [
    # guards: a town named with its state or county stays the town; a capital with a share of its state's
    # people is what its bare name means
    ("Gunmen killed six people in Culiacán, Sinaloa, on Sunday, prosecutors said.", 24.80, -107.39),
    ("Gunmen killed 12 people at a bar in Irapuato, Guanajuato, on Saturday, officials said.", 20.67, -101.36),
    ("Gunmen killed three people at a car wash in Chihuahua on Monday, police said.", 28.64, -106.09),
    ("Al-Shabaab fighters attacked Mpeketoni in Lamu county on Sunday, killing five people, police said.",
     -2.39, 40.70),
    ("Militants attacked a village in Lamu County's Mpeketoni area on Sunday, killing five people.", -2.39, 40.70),
    # Dawn, Reuters: Bolan district (now Kachhi), by its headquarters Dhadar
    ("Baloch separatists attacked a passenger train in Bolan district on Tuesday, killing 26 hostages, the army "
     "said.", 29.47, 67.65),
])
def test_a_town_or_district_keeps_its_point(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


def test_a_surname_that_names_a_state_stays_a_surname():
    # AP: "Guerrero" the spokesman is no place; the state is named with its admin word
    text = ("Eight people were killed in an attack on a bus in Guerrero state on Monday, spokesman Jorge Guerrero "
            "said.")
    place = lead(text).place
    assert (place.name, place.country, place.precision) == ("Guerrero", "MX", "region")
