"""A Ukrainian city's district named by an adjective is no village of the noun it was named after (places44).

GeoNames lists Donetsk's Kalynivskyi district (103,000 people) under "Kalynivka" too, its Oleksandrivskyi under
"Oleksandrivka", its Chumakivskyi under "Chumakove": with the district's population those keys outranked every village
of the name in the oblast, so "shelled Kalynivka, Donetsk" was placed in Donetsk city, not at a village of the name. The
districts keep their own names ("the Kalynivskyi district of Donetsk"). (Donetsk city's own former name "Oleksandrivka"
is test_places44_borrowed's.)"""

import pytest
from war_fixtures import km_from, lead_published

from harmledger.geo.build import district_names
from harmledger.geo.gazetteer import gazetteer

lead = lead_published("2024-04-05")
DONETSK_CITY = (48.00, 37.80)  # its districts lie within 15 km of this point
CITY_KM = 15.0

# text, the village's name as the gazetteer spells it
VILLAGES = [
    ("On 9 March 2024, Russian forces fired mortars at Kalynivka, Donetsk, damaging a house. Casualties unknown.",
     "Kalynivka"),
    ("Russian troops shelled the village of Kalynivka in Donetsk oblast on Tuesday, wounding a woman, the regional "
     "governor said.", "Kalynivka"),
    ("A Russian drone dropped a grenade on a car in Kalinivka, Donetsk region, wounding the driver, police said.",
     "Kalynivka"),
    ("Ukrainian forces repelled a Russian assault near Kalynivka in the Donetsk region, the General Staff said in its "
     "evening report.", "Kalynivka"),
]


@pytest.mark.parametrize(("text", "name"), VILLAGES, ids=[v[0][:40] for v in VILLAGES])
def test_a_village_named_like_a_city_district_is_the_village(text, name):
    place = lead(text).place
    assert place is not None and place.name == name and place.admin1 == "Donetsk", place
    assert km_from(place, *DONETSK_CITY) > CITY_KM, place


@pytest.mark.parametrize("text", [
    "Shelling of the Kalynivskyi district of Donetsk killed two people, the Russian-installed mayor said.",
    "Ukrainian shells hit a market in Donetsk's Kyivskyi district on Sunday, killing three, Russian-installed officials "
    "said.",
])
def test_a_city_district_told_by_its_own_name_is_still_the_city_district(text):
    place = lead(text).place
    assert place is not None and km_from(place, *DONETSK_CITY) < CITY_KM, place


def test_a_district_keeps_its_adjectival_names_and_those_with_a_district_word():
    keys = {"kalynivskyi", "kalininskij", "kalynivka", "kalynivka district", "kalininskyi rayon", "karinin de qu"}
    assert district_names(keys) == {"kalynivskyi", "kalininskij", "kalynivka district", "kalininskyi rayon"}


def test_the_gazetteer_keys_no_district_under_a_village_noun():
    names = {entry.name for key in ("kalynivka", "oleksandrivka", "chumakove", "mykytivka") for entry in
             gazetteer().lookup(key)}
    assert not names & {"Kalynivskyi", "Oleksandrivskyi", "Chumakivskyi", "Mykytivskyi"}
