"""A Ukrainian town's former name that villages of its oblast bear as their own is the villages' (places44).

GeoNames lists Bilozerka under "Ivanivka", Donetsk under "Oleksandrivka", Vilniansk under "Sofiivka": names the towns
once bore, and the own names of villages of the same oblast, which reports mean ("shelled near Ivanivka, Kherson").
With the town's population such a key outranked every village of the name."""

import pytest
from war_fixtures import km_from, lead_published

from harmledger.geo.build import drop_borrowed_names

lead = lead_published("2024-04-05")
KM = 10.0

# text, the village's spellings, its oblast, and the point of the town that had taken its name
VILLAGES = [
    ("Russian forces shelled near Ivanivka, Kherson region, wounding a 64-year-old man, the regional administration "
     "said.", ("Ivanivka",), "Kherson", 46.63, 32.44),
    ("On 12 March 2024, Russian forces fired artillery at Ivanivka, Kherson, damaging a school. Casualties unknown.",
     ("Ivanivka",), "Kherson", 46.63, 32.44),
    ("A guided bomb hit Oleksandrivka in the Donetsk region overnight, damaging five houses, local officials said.",
     ("Oleksandrivka",), "Donetsk", 48.02, 37.80),
    ("A Russian drone struck a car in Sofiivka, Zaporizhzhia oblast, injuring two men, governor Ivan Fedorov said.",
     ("Sofiivka", "Sofiyivka"), "Zaporizhia", 47.93, 35.43),
]


@pytest.mark.parametrize(("text", "names", "admin1", "lat", "lon"), VILLAGES, ids=[v[0][:40] for v in VILLAGES])
def test_a_village_is_not_the_town_that_once_bore_its_name(text, names, admin1, lat, lon):
    place = lead(text).place
    assert place is not None and place.name in names and place.admin1 == admin1, place
    assert km_from(place, lat, lon) > KM, place


@pytest.mark.parametrize(("text", "lat", "lon"), [
    ("Russian shelling of Bilozerka in Kherson oblast killed a woman on Monday, the regional governor said.", 46.63,
     32.44),
    ("Two people were killed when a missile hit Vilniansk, Zaporizhzhia oblast, the governor said.", 47.94, 35.43),
])
def test_the_town_keeps_its_own_name(text, lat, lon):
    place = lead(text).place
    assert place is not None and km_from(place, lat, lon) < KM, place


def test_only_a_name_unlike_the_towns_own_that_another_place_of_its_oblast_bears_is_dropped():
    places = [(1, "Bilozerka", "UA", "08", 46.6, 32.4, 9565, "town"),
              (None, "Ivanivka", "UA", "08", 47.4, 33.3, 200, "town"),
              (2, "Ivanivka", "UA", "14", 48.2, 38.9, 7333, "town"),
              (3, "Kalynivka", "UA", "08", 46.9, 33.0, 900, "town")]
    lookup = {"ivanivka": [0, 1, 2], "bilozerka": [0], "kalinivka": [3], "kalynivka": [3]}
    assert drop_borrowed_names(places, lookup) == [("ivanivka", 0)]
    assert lookup == {"ivanivka": [1, 2], "bilozerka": [0], "kalinivka": [3], "kalynivka": [3]}
