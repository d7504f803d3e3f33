"""speed17: the place finder's faster paths read as the slower ones did.

Datelines are tried only where a line starts, names are made ``_Match``es only once written
capitalised, and the searches back from a name look first for the literal they need.
"""

from __future__ import annotations

import pytest

from harmledger.geo import find_places
from harmledger.geo.places import _DATELINE, DATELINE_REACH, _datelines

DATELINED = [
    "TRENTON, N.J. (AP) — Two men were shot dead Sunday in Trenton, police said.",
    "Two killed in Trenton shooting\nBy Jane Doe\nTRENTON, N.J. (AP) — Two men were shot dead Sunday in Trenton.",
    "Sudan war: 12 killed\nKHARTOUM, Feb. 4 (Xinhua) -- Shelling killed 12 civilians in Omdurman on Sunday.",
    "Posted 3 July\n\n  BAMAKO, Mali | Published 3 July 2024\nGunmen killed five villagers near Mopti.",
    "Man shot on Main Street - police\nCHICAGO (WLS) -- A man was shot in the Austin neighborhood.\nGARY | A dispute",
    "A man was shot in Gary on Friday, police said; no dateline opens this report.",
]


@pytest.mark.parametrize("text", DATELINED)
def test_datelines_are_the_pattern_s_matches_over_the_text_s_start(text):
    assert [d.places for d in _datelines(text)] == [m.span("places") for m in _DATELINE.finditer(text[:DATELINE_REACH])]


def test_a_dateline_after_a_headline_and_a_byline_is_flagged_and_the_town_in_the_text_is_not():
    text = DATELINED[1]
    flagged = [(m.text, m.is_dateline) for m in find_places(text) if m.text.lower() == "trenton"]
    assert flagged == [("Trenton", False), ("TRENTON", True), ("Trenton", False)]


def test_a_name_geonames_writes_with_its_article_is_read_after_a_lower_case_article():
    assert [m.text for m in find_places("A man was shot in the Bronx early Sunday, police said.")] == ["Bronx"]


def test_a_street_after_an_address_block_is_no_town():
    text = "Police found the victim in the 4400 block of Lexington on Friday in Chicago."
    assert [m.text for m in find_places(text)] == ["Chicago"]


def test_a_neighbourhood_after_greater_is_no_small_town_elsewhere():
    text = "The shooting happened at a Greater Eastwood home in Houston, police said."
    assert [m.text for m in find_places(text)] == ["Houston"]
