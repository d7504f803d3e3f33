"""Towns whose name opens with Mount, Fort or Point, as local news abbreviates them ("Mt. Vernon, N.Y.", "Ft.
Worth police", "Mt. Juliet, Tenn."): read as the town written in full would be (issue 11, round 25). Reports
written for these tests in the styles of AP, local television and a police release; towns within 25 km."""

import pytest
from war_fixtures import km_from, lead

from harmledger.geo import find_places


@pytest.mark.parametrize("text, lat, lon", [
    ("MT. VERNON, N.Y. (AP) - Two men were shot outside a bodega late Friday, police said. Mt. Vernon police "
     "have made no arrests.", 40.91, -73.84),
    ("A 19-year-old was shot and killed early Sunday in Mt. Juliet, Tenn., the Wilson County Sheriff's Office "
     "said.", 36.20, -86.52),
    ("Ft. Worth police said two men were wounded in a shooting at an apartment complex on Saturday night.",
     32.75, -97.33),
    ("Three people were injured when gunfire broke out at a party in Mt. Pleasant, S.C., police said.",
     32.79, -79.86),
])
def test_an_abbreviated_town_is_placed(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("abbreviated, full", [
    ("A man was shot in Ft. Myers, Fla., on Friday.", "A man was shot in Fort Myers, Fla., on Friday."),
    ("Deputies were called to a home near Pt. Pleasant, W.Va.", "Deputies were called to a home near Point Pleasant, W.Va."),
])
def test_abbreviated_and_full_names_are_one_town(abbreviated, full):
    short, whole = find_places(abbreviated)[0].place, find_places(full)[0].place
    assert (short.name, short.admin1, short.lat, short.lon) == (whole.name, whole.admin1, whole.lat, whole.lon)


def test_an_abbreviation_before_a_person_stays_no_place():
    assert not find_places("The patient, Pt. Smith, was stable on Monday, the nurse said.")
