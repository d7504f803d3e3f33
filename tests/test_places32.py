"""Namesakes in one oblast: a qualifier weighed once, and the nearest the front line of those near it (places32)."""

from __future__ import annotations

import pytest

from harmledger.geo import find_places
from harmledger.geo.fronts import front_reach
from harmledger.geo.gazetteer import gazetteer


def _place(text: str, name: str, on: str | None = None):
    from datetime import date

    found = [p for p in find_places(text, on=date.fromisoformat(on) if on else None) if p.text == name]
    assert found, f"{name!r} not found in {text!r}"
    return found[0].place


@pytest.mark.parametrize("text, name, lat_min, lon_min", [
    # Kozacha Lopan, the town of 1,200 on the Belgorod border, not the hromada village 25 km nearer Kharkiv city
    ("Russian artillery struck Kozacha Lopan, Kharkiv, on Monday morning, damaging a school.", "Kozacha Lopan", 50.25, 36.0),
    ("Two civilians were wounded when a drone hit a house in Kozacha Lopan, Kharkiv, the regional governor wrote.",
     "Kozacha Lopan", 50.25, 36.0),
    # Krynky on the Dnipro's left bank, not the village of that name by Kherson city
    ("Ukrainian marines repelled an assault near Krynky, Kherson, the General Staff said.", "Krynky", 46.6, 32.95),
    ("Fighting continued on Tuesday around Krynky, Kherson, where Ukrainian troops hold a small bridgehead.", "Krynky", 46.6, 32.95),
])
def test_a_village_named_with_its_oblast_is_not_drawn_to_the_oblast_city(text: str, name: str, lat_min: float,
                                                                           lon_min: float) -> None:
    """"X, Kharkiv" names the oblast (ACLED's and bulletins' style): the oblast city the qualifier is also
    read as must not pull X's namesakes towards it a second time, after the qualifier has weighed them."""
    place = _place(text, name)
    assert place.lat > lat_min and place.lon > lon_min, place


def test_a_qualifying_town_still_places_its_neighbourhood() -> None:
    """A qualifier weighed once still decides: "Saltivka, Kharkiv" is Kharkiv's district."""
    place = _place("Three people were injured when a missile hit a high-rise in Saltivka, Kharkiv, on Friday.", "Saltivka")
    assert place.admin1 == "Kharkiv" and abs(place.lat - 50.0) < 0.2 and abs(place.lon - 36.3) < 0.2, place


def test_front_nearness_falls_from_the_line_to_its_reach() -> None:
    gaz = gazetteer()
    reach = front_reach(frozenset({"ukraine-2022"}), gaz)
    town = {name: next(e for e in gaz.lookup(name) if e.country == "UA" and e.kind == "town")
            for name in ("bakhmut", "kostiantynivka", "kurakhove", "pokrovsk", "lviv")}
    assert reach.nearness(town["bakhmut"]) == 1.0  # a town the line runs through
    assert reach.nearness(town["kostiantynivka"]) == 1.0  # within a hromada's width of it: on it, as far as we know
    assert 0.0 < reach.nearness(town["kurakhove"]) < 1.0  # 15 km off the Marinka-Vuhledar segment
    assert reach.nearness(town["pokrovsk"]) == 0.0 and not reach.near(town["pokrovsk"])  # 40 km behind it
    assert reach.nearness(town["lviv"]) == 0.0 and reach.km(town["lviv"]) > 500


@pytest.mark.parametrize("text", [
    "Russian troops fired mortars at Volodymyrivka in the Sumy region on Thursday, the regional administration said.",
    "On 2 March 2024, Russian forces shelled near Volodymyrivka, Sumy, with artillery. Casualties unknown.",
])
def test_of_namesake_villages_near_the_front_the_nearest_the_line(text: str) -> None:
    """Sumy oblast's Volodymyrivkas of equal size both lie within reach of the 2022 front: the one on the
    border, where the shelling is, not the one 25 km behind it."""
    place = _place(text, "Volodymyrivka", on="2024-03-02")
    assert place.admin1 == "Sumy" and place.lon > 34.6 and place.lat > 51.1, place


@pytest.mark.parametrize("text", [
    "CHICAGO — Two men were shot in the Washington Park neighborhood early Sunday, police said.",
    "CHICAGO (WLS) -- A 16-year-old boy was wounded Friday night in a drive-by shooting in the Washington Park"
    " neighborhood on the South Side, police said.",
])
def test_a_neighbourhood_s_namesake_elsewhere_in_the_state_is_no_part_of_the_city(text: str) -> None:
    """A Chicago story's "Washington Park neighborhood" is Chicago's, not the village by East St. Louis, 400 km
    away in the same state: a neighbourhood lies within a city's reach, not anywhere in its state."""
    place = _place(text, "Washington Park")
    assert place.name == "Chicago - Washington Park" and abs(place.lat - 41.85) < 0.3, place


def test_a_neighbourhood_within_the_city_s_reach_keeps_its_own_point() -> None:
    place = _place("DALLAS — A man was shot outside a store in the Highland Park neighborhood, police said.", "Highland Park")
    assert place.name == "Highland Park" and abs(place.lat - 32.83) < 0.1, place
