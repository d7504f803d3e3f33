"""Namesake villages of one oblast (``geo.places``, ``geo.build``, ``data/geo_fronts.tsv``).

A Ukrainian oblast holds many villages of one name, and war reports name them with their oblast
("Hrechanivka, Kherson"): the oblast's city named for the oblast qualifies the oblast first, the
Russian border of Kharkiv, Sumy and Chernihiv oblasts is a front shelled every day, and a village
council's seat that GeoNames lists with no population is a village like the others, not a place of no one.
"""

from __future__ import annotations

from datetime import date

import pytest

from harmledger.geo import find_places, gazetteer
from harmledger.geo.build import POSTAL_POPULATION, SEAT_POPULATION
from harmledger.geo.places import haversine_km


def _first(text: str, day: date):
    return find_places(text, on=day)[0].place


@pytest.mark.parametrize("text", [
    "Russian artillery struck Hrechanivka, Kherson, overnight, damaging two houses, the regional administration said.",
    "A tractor driver was wounded when his vehicle hit a mine near Tsentralne, Kherson, police said.",
])
def test_a_city_named_for_its_oblast_qualifies_the_oblast_first(text: str) -> None:
    # each name is also a village of Mykolaiv oblast within 60 km of Kherson city, with more people
    place = _first(text, date(2023, 6, 2))
    assert place.admin1 == "Kherson"


def test_a_city_still_qualifies_its_own_neighbourhood() -> None:
    place = _first("Russian drones struck the Saltivka district of Kharkiv overnight, wounding three residents.",
                   date(2023, 9, 1))
    assert haversine_km(place.lat, place.lon, 49.98, 36.25) < 15


@pytest.mark.parametrize("text", [
    "Russian troops shelled Shabelne, Kharkiv, with mortars on Tuesday, the regional governor said.",
    "Russian forces fired artillery at Kruhle, Kharkiv, damaging a farm building.",
    "Two civilians were wounded when Russian artillery hit Loshakove in the Kharkiv region, the regional prosecutor said.",
])
def test_the_russian_border_is_a_front(text: str) -> None:
    # the namesake on the border, not the one placed at Vovchansk (its hromada's centre), 30 km inland
    place = _first(text, date(2023, 6, 6))
    assert place.lat > 50.3 and place.lon > 37.2


def test_a_village_council_s_seat_weighs_as_a_village() -> None:
    entries = [e for e in gazetteer().lookup("starovirivka") if e.country == "UA" and e.admin1_code == "07"]
    seat = [e for e in entries if e.geonames_id == 692786]
    villages = [e for e in entries if e.geonames_id is None]
    assert [e.population for e in seat] == [SEAT_POPULATION]
    assert villages and all(0 < e.population <= POSTAL_POPULATION for e in villages)  # not dragged to no one
