"""A town GeoNames knows, keyed by the codifier's spellings of its name too (``geo.build._add_spellings``).

Ukrainian outlets and ACLED write the official transliteration ("Yevpatoriia", "Feodosiia", "Slovianoserbsk")
or a soft sign before "o" as "yo" ("Verkhnyotoretske"); GeoNames lists these towns under other spellings
only, and the codifier's spellings were dropped with its settlement wherever the town was known near its
hromada already, so the text's name found no place at all.
"""

from __future__ import annotations

import pytest

from harmledger.geo import find_places


@pytest.mark.parametrize("text, written, admin1", [
    ("NAF rebel forces fired mortars at Ukrainian positions near Verkhnyotoretske on Tuesday.",
     "Verkhnyotoretske", "Donetsk"),
    ("Ukrainian drones struck an air defence site near Yevpatoriia in occupied Crimea, the navy said.",
     "Yevpatoriia", "Crimea"),
    ("A Russian ammunition depot exploded in Feodosiia overnight, residents reported.", "Feodosiia", "Crimea"),
    ("Separatist forces shelled Ukrainian positions near Slovianoserbsk on Monday, the Joint Forces said.",
     "Slovianoserbsk", "Luhansk"),
])
def test_the_official_spelling_finds_the_geonames_town(text: str, written: str, admin1: str) -> None:
    place = next(p for p in find_places(text) if p.text == written).place
    assert (place.admin1, place.country) == (admin1, "UA") and place.precision in ("town", "near")
    assert place.geonames_id is not None  # the known town, not a village placed at a hromada's centre


@pytest.mark.parametrize("text, written, admin1", [
    ("Ukrainian troops repelled an assault near Verkhnyokamianka in the Luhansk region, the General Staff said.",
     "Verkhnyokamianka", "Luhansk"),
    ("Russian shelling damaged a farm in Verkhnyokamianske, Donetsk Oblast, near Siversk on Thursday.",
     "Verkhnyokamianske", "Donetsk"),
])
def test_a_soft_o_written_yo_beside_the_official_ia(text: str, written: str, admin1: str) -> None:
    # "Верхньокам'янка": the press's "yo" for "ьо" with the official table's "ia" for "я" (``geo.postal.spellings``)
    place = next(p for p in find_places(text) if p.text == written).place
    assert (place.admin1, place.country) == (admin1, "UA") and place.precision in ("town", "near")
