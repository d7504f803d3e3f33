"""Namesake villages of one oblast (``geo.places``, ``geo.build``, ``data/geo_fronts.tsv``).

A Ukrainian oblast holds many villages of one name, and war reports name them with their oblast
("Hrechanivka, Kherson"): the oblast's city named for the oblast qualifies the oblast first, the
Russian border of Kharkiv, Sumy and Chernihiv oblasts is a front shelled every day, and a village
council's seat that GeoNames lists with no population is a village like the others, not a place of no one.
"""

from __future__ import annotations

from harmledger.geo import gazetteer
from harmledger.geo.build import POSTAL_POPULATION, SEAT_POPULATION


def test_a_village_council_s_seat_weighs_as_a_village() -> None:
    entries = [e for e in gazetteer().lookup("starovirivka") if e.country == "UA" and e.admin1_code == "07"]
    seat = [e for e in entries if e.geonames_id == 692786]
    villages = [e for e in entries if e.geonames_id is None]
    assert [e.population for e in seat] == [SEAT_POPULATION]
    assert villages and all(0 < e.population <= POSTAL_POPULATION for e in villages)  # not dragged to no one
