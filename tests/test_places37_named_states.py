"""A small US town told after "in", "near" or "outside" in a report that names its state elsewhere (places37, issue 11).

"A Georgia man was shot dead at his home in Appling": free text matches no town under 1,000 people alone (thousands are
words or surnames), so the report was placed at the state's point, 100-300 km off. The state named anywhere in the report
narrows the name to that state's towns, as a state written right after the name does ("Appling, Ga.", places36).
Each probe's point was written down before it was run."""

import pytest
from war_fixtures import km_from, lead_published

from harmledger.geo.gazetteer import gazetteer
from harmledger.geo.places import find_places

lead = lead_published("2025-03-02")
PLACE_KM = 25.0

# text, lat, lon (the small town the lead incident happened in)
PROBES = [
    ("A Georgia man was shot dead at his home in Appling on Saturday, and his son was arrested, the sheriff said.",
     33.55, -82.32),
    ("Georgia authorities are investigating the shooting death of a teenager at a birthday party outside Danielsville "
     "on Sunday night.", 34.12, -83.22),
    ("A North Dakota woman was found shot to death in a home in Edgeley, and a man was arrested, the sheriff said.",
     46.36, -98.71),
    ("Indiana State Police said a 14-year-old boy was accidentally shot in the leg by a friend near Campbellsburg "
     "late Tuesday.", 38.65, -86.26),
    ("A teenager was wounded at a party outside Danielsville Sunday night, Georgia investigators said.", 34.12, -83.22),
]


@pytest.mark.parametrize(("text", "lat", "lon"), PROBES, ids=[p[0][:40] for p in PROBES])
def test_a_small_town_of_a_state_the_report_names_is_that_town(text, lat, lon):
    place = lead(text).place
    assert place is not None and place.country == "US" and place.precision == "town"
    assert km_from(place, lat, lon) < PLACE_KM


def _place_names(text: str) -> set[str]:
    return {p.place.name for p in find_places(text, gaz=gazetteer())}


def test_a_small_town_is_no_place_where_no_state_is_named():
    assert "Appling" not in _place_names("A man was shot dead at his home in Appling on Saturday, the sheriff said.")


def test_a_small_town_of_another_state_is_no_place():
    # Edgeley is a town of North Dakota, not of Texas
    assert "Edgeley" not in _place_names("A Texas man was found shot to death in a home in Edgeley on Friday.")


def test_a_surname_after_no_locative_word_stays_a_name():
    text = "A Texas man was shot dead in Houston on Friday, Sgt. Tom Appling of the Houston police said."
    assert _place_names(text) >= {"Houston"}
    assert lead(text).place.name == "Houston"


def test_a_name_followed_by_another_capitalised_word_is_no_town():
    # "near Campbellsburg Road", "in Appling Memorial Park": a road's, a park's name, not the town
    names = _place_names("Indiana State Police said a man was shot near Campbellsburg Road in Salem on Tuesday.")
    assert "Campbellsburg" not in names
