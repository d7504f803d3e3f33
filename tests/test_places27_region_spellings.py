"""A name the gazetteer lacks, told before the region it lies in, is read as the region's place of the
nearest spelling (``geo.places._misspelt_before_regions``): outlets transliterate beyond the tables
("Gremyachka" for Hremiachka, "Kuzmine" for Kuzmyne, "Huriiv Kozachok" for Huriv Kozachok), and the
named region narrows a near spelling down to its own villages."""

from __future__ import annotations

import pytest

from harmledger.geo import find_places


@pytest.mark.parametrize("text, written, name, admin1", [
    ("Russian forces fired 120mm mortars at Gremyachka, Chernihiv, on Saturday, the border guard said.",
     "Gremyachka", "Hremiachka", "Chernihiv"),
    ("Ukrainian troops repelled an attack near Kuzmine, Luhansk, the General Staff said on Tuesday.",
     "Kuzmine", "Kuzmyne", "Luhansk"),
    ("Russian artillery shelled the outskirts of a village near Huriiv Kozachok, Kharkiv, overnight, damaging two homes.",
     "Huriiv Kozachok", "Huriv Kozachok", "Kharkiv"),
])
def test_a_name_spelt_otherwise_before_its_region(text: str, written: str, name: str, admin1: str) -> None:
    place = next(p for p in find_places(text) if p.text == written).place
    assert (place.name, place.admin1, place.country) == (name, admin1, "UA")


@pytest.mark.parametrize("text", [
    "Shelling went on in January, Kharkiv officials said, and again in March.",  # a word, not a name
    "Residents fled from Zzyzxovo, Kharkiv, the governor said.",  # no village of the region is spelt near it
])
def test_no_near_spelling_is_forced(text: str) -> None:
    assert [p.place.precision for p in find_places(text)] == ["town"]  # Kharkiv alone
    assert all(p.text == "Kharkiv" for p in find_places(text))


def test_the_region_must_hold_the_near_spelling() -> None:
    # Kuzmyne lies in Luhansk: told before Zaporizhzhia, "Kuzmine" is no place of that region
    text = "Russian forces shelled near Kuzmine, Zaporizhzhia, on Monday."
    assert all(p.text != "Kuzmine" or p.place.admin1 == "Zaporizhzhia" for p in find_places(text))
