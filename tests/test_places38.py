"""Leads that named their town and got no place (places38, issue 11).

A dateline whose brackets hold a day or a station's call sign with digits: local US outlets write
"INDIANAPOLIS, Ind. (Nov. 9th 2015) --" (a day), "CULPEPER, Va. (WUSA9) --" (a call sign with its channel) or
"AURORA, Colo. (CBS4/AP) -" (a station and its partner): the dateline read only letters in its brackets, so the town
was no dateline, and a lead whose harm is told in a sentence that names no place (its opening sentence
names the town for another clause) got no place at all.

A town told by its compass side, "the southeast side of Saginaw": local news with no state in it names its town where
only a place fits often enough to outweigh a surname or word of that spelling (``places._written_as_place``): "shot in
Saginaw", "Saginaw police"; "the north side of Petaluma" is such a frame too (no person or thing has a compass side in
news prose), and it was not counted. Each probe's point was written down before it was run."""

import pytest
from war_fixtures import km_from, lead_published

from harmledger.geo.gazetteer import gazetteer
from harmledger.extract import extract
from harmledger.geo.places import find_places

lead = lead_published("2015-11-10")
PLACE_KM = 25.0

# text, lat, lon (the dateline's town; the town whose side the report names)
PROBES = [
    ("INDIANAPOLIS, Ind. (Nov. 9th 2015) -- A game of dice turned deadly early Monday morning.\n\nTwo men were killed "
     "and two others remain in critical condition after someone tried to rob the players, police said.", 39.77, -86.16),
    ("FRANKLIN, Ind. (Feb. 4, 2014) – Police are still looking for a motive.\n\nThree people were killed in a "
     "murder-suicide at a house on the city's west side late Monday.", 39.48, -86.05),
    ("LOUISVILLE, Ky. (WHAS11) - Officers were called to an apartment complex just after midnight.\n\nOne man was killed "
     "and another was wounded, a police spokesman said.", 38.25, -85.76),
    ("AURORA, Colo. (CBS4/AP) – Officers closed off several blocks overnight.\n\nA teenager was shot dead and two others "
     "were hurt at a house party, police said Sunday.", 39.73, -104.83),
    ("A 9-year-old boy was hurt when a shotgun went off Friday night at an apartment complex on the southeast side "
     "of Saginaw.", 43.42, -83.95),
    ("Two men were shot, one fatally, outside a convenience store on the west side of Columbus late Tuesday, "
     "police said.", 39.96, -83.00),
    ("A teenager was wounded in a drive-by shooting on the north side of Petaluma early Sunday.", 38.23, -122.64),
]


@pytest.mark.parametrize(("text", "lat", "lon"), PROBES, ids=[p[0][:30] for p in PROBES])
def test_a_lead_naming_its_town_so_is_placed_there(text, lat, lon):
    place = lead(text).place
    assert place is not None and place.country == "US" and place.precision == "town"
    assert km_from(place, lat, lon) < PLACE_KM


def test_the_dateline_town_is_flagged_as_the_dateline():
    found = find_places("CULPEPER, Va. (WUSA9) -- Two men were wounded in a shooting early Sunday, police said.",
                        gaz=gazetteer())
    assert [(p.place.name, p.is_dateline) for p in found][:1] == [("Culpeper", True)]


def test_an_update_stamp_in_brackets_is_no_place():
    assert find_places("UPDATE (8/14/13): Police said a man was shot and wounded on Friday night.", gaz=gazetteer()) == []


@pytest.mark.parametrize("text", [
    "The boy's mother said she was on the other side of Marshall's house when she heard a shot.",
    # rarer surnames that are towns of over 20,000 (Carson, California; Conway, Arkansas): a bare "side of" had read them
    "The boy's mother said she was on the other side of Carson's house when she heard a shot.",
    "Police said a bullet struck the side of Conway's head as he sat in the car.",
])
def test_a_side_of_a_word_or_surname_is_no_place(text):
    assert find_places(text, gaz=gazetteer()) == []


def test_a_name_with_its_age_in_brackets_is_no_dateline():
    """A digit may stand in a dateline's brackets beside letters ("(WUSA9)", "(Nov. 9th 2015)"), not alone: a person's
    age "(25)" at a line's start is no dateline, and their first name no town."""
    text = "A man was shot dead Monday, police said.\nOrlando Smith (25) - the victim - died at the scene."
    assert [p for p in find_places(text, gaz=gazetteer()) if p.is_dateline] == []
    assert [m.place for m in extract(text, "2020-06-01")] == [None]


@pytest.mark.parametrize("text", [
    "NAHAL OZ, Israel (AP) — A mortar shell killed a 4-year-old boy on Friday, the military said.",
    "KFAR AZA, Israel (AP) — A rocket killed two residents on Friday, the military said.",
    "SOMEVILLAGE, Ukraine (AP) — A drone struck a bus on Friday, killing three passengers, officials said.",
])
def test_a_dateline_whose_town_is_unread_still_names_no_attacker(text):
    """The dateline's country is blanked before types are read, whether or not its town is known: the country a
    dateline names is where the report was filed, not who struck."""
    assert [m.perpetrator for m in extract(text, "2020-06-01")] == [None]


# a dateline whose town the gazetteer lacks (Kinloch, Mo.; Rhine, Ga.; Waitsfield, Vt.): its state places the lead
STATE_ONLY = [
    ("KINLOCH, Mo. ( KMOV.com ) – Four people were hospitalized after a late night shooting in Kinloch Monday.",
     "Missouri"),
    ("RHINE, Georgia (41NBC/WMGT) – A woman was shot dead at her home on Saturday night, deputies said.", "Georgia"),
    ("WAITSFIELD, Vt. (AP) — A 13-year-old boy accidentally shot himself in the foot while hunting on Wednesday.",
     "Vermont"),
]


@pytest.mark.parametrize(("text", "state"), STATE_ONLY, ids=[p[1] for p in STATE_ONLY])
def test_a_dateline_of_an_unknown_town_leaves_its_state_to_place_the_lead(text, state):
    place = lead(text).place
    assert place is not None and (place.country, place.admin1, place.precision) == ("US", state, "region")
