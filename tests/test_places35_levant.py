"""South Lebanon's border villages and the West Bank's refugee camps (places35): the 2023-2024 war and the West
Bank raids name them daily, GeoNames' populated places ≥ 500 lack them, and ``data/geo_local_names.tsv`` now places
each beside (or in) the GeoNames town nearest it."""

import pytest

from harmledger.geo import find_places
from harmledger.geo.build import haversine_km


def _place(text: str, name: str):
    (place,) = [p.place for p in find_places(text) if p.text == name]
    return place


@pytest.mark.parametrize("text, name, country, lat, lon", [
    ("An Israeli drone strike on a motorcycle in Rmeish killed one person, Lebanon's National News Agency reported.",
     "Rmeish", "LB", 33.08, 35.37),
    ("Hezbollah said it fired rockets after Israeli shelling of Odaisseh wounded two civilians.", "Odaisseh", "LB",
     33.25, 35.54),
    ("Israeli warplanes struck a house in Mays al-Jabal on Saturday, Lebanese state media said.", "Mays al-Jabal",
     "LB", 33.17, 35.52),
    ("Israeli forces raided the Jalazone refugee camp north of Ramallah overnight and arrested five people, the "
     "Palestinian prisoners' society said.", "Jalazone", "PS", 31.95, 35.21),
    ("A 15-year-old was shot dead during an Israeli raid on the Dheisheh camp, south of Bethlehem, the health "
     "ministry said.", "Dheisheh camp", "PS", 31.69, 35.18),
    ("Clashes broke out at the entrance of Al-Arroub camp on the road between Bethlehem and Hebron.", "Al-Arroub",
     "PS", 31.62, 35.15),
])
def test_a_village_or_camp_is_placed_beside_its_nearest_town(text: str, name: str, country: str, lat: float,
                                                             lon: float) -> None:
    place = _place(text, name)
    assert place.country == country and haversine_km(place.lat, place.lon, lat, lon) < 15, place


def test_a_border_village_is_placed_near_not_at_the_town() -> None:
    """Aita al-Shaab is not Ain Ebel: it lies beside it, as ACLED's geo_precision 2 says."""
    text = "Israeli shelling hit the outskirts of Aita al-Shaab on Monday, wounding a shepherd."
    place = _place(text, "Aita al-Shaab")
    assert (place.country, place.precision) == ("LB", "near"), place
