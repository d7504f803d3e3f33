"""War tolls that gave no figure: session 21 (toll14, issue 11).

Cases are written in the style of wire and local war reporting (Reuters, AP, AFP, Al Jazeera, Ukrinform, Radio
Dabanga), not copied from any eval record. Each failed before the rule it pins; the guards say what must stay.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.extract.counts import find_counts


def _lead(text: str, published: str = "2025-06-09"):
    mentions = extract(text, published)
    return next((m for m in mentions if m.kind == "event" and not m.background), None)


def _killed(text: str) -> int | None:
    lead = _lead(text)
    return lead.killed.best if lead is not None and lead.killed is not None else None


def _injured(text: str) -> int | None:
    lead = _lead(text)
    return lead.injured.best if lead is not None and lead.injured is not None else None


# --- the uprooted are people a toll counts: displaced persons by their acronym, migrants, asylum seekers


@pytest.mark.parametrize("text, killed", [
    ("A Rapid Support Forces drone struck the Abu Shouk camp on Monday, killing at least 15 internally displaced persons (IDPs), the camp coordinator said.", 15),
    ("The shelling killed 15 IDPs in Zamzam camp on Tuesday, aid workers told Radio Dabanga.", 15),
    ("Gunmen killed nine IDPs sheltering in a school in Ituri province, a local official said.", 9),
    ("The boat capsized off the coast of Libya on Sunday, killing 30 migrants, the IOM said.", 30),
    ("Border guards shot dead two asylum seekers near the fence on Thursday, a rights group said.", 2),
])
def test_the_uprooted_are_counted(text, killed):
    assert _killed(text) == killed


# --- an active verb's object ends at any preposition a war report goes on with ("over the weekend",
# "throughout Khan Younis", "off the coast", "around the city"), not only at the ones listed before


@pytest.mark.parametrize("text, killed", [
    ("Airstrikes killed 14 people over the weekend.", 14),
    ("Israeli strikes killed 25 people throughout Khan Younis on Sunday, health officials said.", 25),
    ("Russian glide bombs killed seven civilians around Kostiantynivka on Friday, the regional governor said.", 7),
    ("A naval drone attack killed 11 sailors off the coast of Crimea overnight, Ukraine's navy said.", 11),
    ("Army shelling killed 12 people over two days in El Fasher, activists said.", 12),
])
def test_an_objects_end_at_a_preposition(text, killed):
    assert _killed(text) == killed


def test_an_age_bound_after_the_object_stays_an_age():
    """"people over 60": the bound of their age, no second figure."""
    counts = find_counts("The strike killed six people over 60 who were queuing for pensions, officials said.")
    assert [(f.slot, f.value) for f in counts] == [("killed", 6)]


# --- of a toll told across an area, the share at one site a strike hit ("including 12 in a school") is that
# strike's incident, as a share "in a strike" or "in Kyiv" is


@pytest.mark.parametrize("text, killed", [
    ("Israeli strikes killed at least 32 people across Gaza on Saturday, including 12 in a school sheltering displaced families in Gaza City, the civil defence agency said.", 12),
    ("Russian strikes killed at least 10 people across Ukraine overnight, including six at a market in Kharkiv.", 6),
    ("Israeli strikes killed at least 40 people throughout the Gaza Strip on Tuesday, among them 15 at the al-Ahli hospital, medics said.", 15),
    ("Attacks across Darfur killed 40 people, including 18 in a displacement camp near El Fasher, the UN said.", 18),
])
def test_a_share_at_a_site_is_its_strikes_toll(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("text, killed", [
    # no toll across an area: the share stays a breakdown of the toll told first
    ("Israeli strikes killed at least 32 people in Gaza City on Saturday, including 12 in a school, medics said.", 32),
    ("Gunmen killed three people on Elm Street on Saturday, including two in a home, police said.", 3),
])
def test_a_site_share_of_one_places_toll_stays_a_breakdown(text, killed):
    assert _killed(text) == killed


# --- a casualty toll with the dead it includes leaves the rest wounded


@pytest.mark.parametrize("text, killed, injured", [
    ("Russian drones hit Odesa overnight, and the number of victims rose to 22, including four dead, the governor said.", 4, 18),
    ("The car bomb in Mogadishu left 30 casualties, including five dead, police said.", 5, 25),
    ("The number of casualties in the Sumy strike has risen to 47, among them 11 killed, the regional administration said.", 11, 36),
])
def test_the_wounded_are_the_casualties_less_the_dead(text, killed, injured):
    assert (_killed(text), _injured(text)) == (killed, injured)


@pytest.mark.parametrize("text, injured", [
    # the wounded told apart: no derivation over them
    ("The strike left 30 casualties, including five dead and 20 wounded, officials said.", 20),
    # a bound, not a count: no wounded derived from it
    ("At least 30 people were killed or injured in the blast, including six dead, police said.", None),
])
def test_no_wounded_derived_where_the_report_tells_them_or_gives_a_bound(text, injured):
    assert _injured(text) == injured
