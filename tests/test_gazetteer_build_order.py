"""The gazetteer's build lists namesakes in the same order whatever order its tables were keyed in.

Equal-population namesakes keep the order they were keyed in, and the cache is built once per machine: a build
that followed the run's string hashing gave "Kamianyi Brid" villages in a different order from run to run, so two
machines could place the same report differently.
"""

from __future__ import annotations

from collections import defaultdict

from harmledger.geo.build import add_press_spellings


def _village(name: str) -> tuple:
    return (None, name, "UA", "05", 49.0, 28.0, 200, "town")


def _keyed(order: list[str]) -> dict[str, list[int]]:
    places = [_village("Kamyanyi Brid"), _village("Kamyanii Brid")]
    keyed = {"kamyanyi brid": [0], "kamyanii brid": [1]}
    lookup: dict[str, list[int]] = defaultdict(list, {key: keyed[key] for key in order})
    add_press_spellings(places, lookup, {}, frozenset())
    return lookup


def test_a_spelling_two_names_share_lists_their_towns_in_one_order_whichever_was_keyed_first() -> None:
    first = _keyed(["kamyanyi brid", "kamyanii brid"])
    second = _keyed(["kamyanii brid", "kamyanyi brid"])
    assert sorted(first["kamyaniy brid"]) == [0, 1]
    assert first["kamyaniy brid"] == second["kamyaniy brid"]
    assert first["kamyany brid"] == second["kamyany brid"]
