"""A hromada's centre is the member its adjective is built on, not a village named with that adjective
(``geo.codifier._centre``): "Борівська Андріївка" is named for Борова, the centre of the Борівська hromada,
and "Літинські Хутори" for Літин. Taken for the centre, it is a place the gazetteer does not know, and every
village of the hromada was left out: "shelled Vyshche Solone" read as the Kharkiv region, 100 km off."""

from __future__ import annotations

import pytest

from harmledger.geo import codifier, find_places
from harmledger.geo.build import haversine_km


def test_a_village_named_for_the_centre_is_not_the_centre() -> None:
    centres = {s.name: s.centre_keys[0] for s in codifier.settlements()
               if s.name in ("Vyshche Solone", "Vinnykivtsi", "Kodra")}
    assert centres == {"Vyshche Solone": "borova", "Vinnykivtsi": "lityn", "Kodra": "makariv"}


@pytest.mark.parametrize("text, village, centre", [
    ("Russian troops shelled Vyshche Solone in the Kharkiv region, wounding a woman, Governor Oleh Syniehubov said.",
     "Vyshche Solone", (49.38, 37.62)),  # Borova
    ("Russian forces struck Borivska Andriivka, Kharkiv Oblast, with guided bombs overnight, the regional"
     " administration said.", "Borivska Andriivka", (49.38, 37.62)),
    ("A man drowned in a pond in Vinnykivtsi, Vinnytsia region, police said on Sunday.", "Vinnykivtsi", (49.33, 28.09)),
])
def test_the_hromada_s_villages_are_placed_at_its_centre(text: str, village: str, centre: tuple[float, float]) -> None:
    place = next(p for p in find_places(text) if p.text == village).place
    assert place.name == village and place.precision in ("town", "near")
    assert haversine_km(place.lat, place.lon, *centre) < 5
