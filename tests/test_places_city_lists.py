"""A list of cities is no "town, region" pair: "Lviv, Kyiv and Odesa" had read Lviv as a place in Kyiv (the
pattern that makes "Gremyachka, Chernihiv" a village of that region), so a strike on three cities was placed in
Kyiv with the evidence "Lviv". Where a list goes on to a third city and all three are cities known in their own right
(``places.LISTED_CITY_POPULATION``), the first, having no town in the second's regions, is its own place; a village,
a town the region holds, or a district that shares a big city's name ("Kirov, Donetsk") keeps its qualifier."""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.geo import find_places


def _where(text: str) -> dict[str, tuple[str, str | None]]:
    return {p.text: (p.place.name, p.place.admin1) for p in find_places(text)}


@pytest.mark.parametrize("text, name, admin1", [
    ("Russian missiles struck Lviv, Kyiv and Odesa overnight, officials said.", "Lviv", "Lviv"),
    ("Shelling hit Sumy, Kharkiv and Poltava on Tuesday.", "Sumy", "Sumy"),
    ("Air strikes were reported in Damascus, Aleppo and Homs, state media said.", "Damascus", "Dimashq"),
    ("Protests spread to Chicago, Detroit and Cleveland over the weekend.", "Chicago", "Illinois"),
])
def test_the_first_city_of_a_list_is_its_own_place(text: str, name: str, admin1: str) -> None:
    place, region = _where(text)[name]
    assert region == admin1 and place != "Kyiv", (place, region)


@pytest.mark.parametrize("text, name, admin1", [
    ("A drone hit a house in Mariupol, Donetsk, killing two.", "Mariupol", "Donetsk"),
    ("A man was shot dead in Springfield, Illinois, and another in Columbus, Ohio.", "Springfield", "Illinois"),
    ("Police in Gary, Indiana, said two men were wounded.", "Gary", "Indiana"),
    # a name a big city elsewhere shares, with a town of its own in the next name's region, is that town
    ("Shelling hit Kirov, Donetsk and Makiivka on Sunday.", "Kirov", "Donetsk"),
])
def test_a_town_the_next_region_holds_keeps_its_qualifier(text: str, name: str, admin1: str) -> None:
    assert _where(text)[name][1] == admin1


def test_a_strike_on_three_cities_is_placed_at_the_first_not_the_second() -> None:
    (lead, *_) = extract("Russian missiles struck Lviv, Kyiv and Odesa on Monday, killing 5 people, officials said.",
                         published="2024-05-07")
    assert lead.place.name == "Lviv" and lead.place.admin1 == "Lviv", lead.place
