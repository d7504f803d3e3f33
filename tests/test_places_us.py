"""Places of US local news (issue 10): a name that is a small town states away and also a surname, a first name,
a street or a word ("Turner", "Gordon", "Broadway", "Christmas") is no place in a report whose own state is named,
by name, abbreviation or a big city of it; the town the report tells of is its place. Guards keep a town qualified
by its state, a town written as a place, a big city, and a town across a state line beside the report's own towns.
Every report here was written for these tests, in the styles of US local television and newspaper sites."""

import pytest

from harmledger.extract import extract
from harmledger.geo import find_places


def named(text: str) -> set[str]:
    return {m.text for m in find_places(text)}


def lead_place(text: str) -> tuple[str, str | None]:
    lead = next(m for m in extract(text, "2016-05-02") if not m.background and m.kind == "event")
    return lead.place.name, lead.place.admin1


@pytest.mark.parametrize("text, place", [
    # a street, a block or a business named after a town states away
    ("ST. LOUIS, Mo. (KSDK) - A woman and a 5-year-old child were wounded in a shooting in the 3100 block of Mount "
     "Pleasant on Saturday afternoon, police said. Both were taken to a hospital.", ("St. Louis", "Missouri")),
    ("DETROIT (WXYZ) - Police say eight people were shot early Sunday in the 14000 block of Patton on the city's "
     "west side. Two of them died, Detroit police said.", ("Detroit", "Michigan")),
    ("LAS VEGAS (KTNV) - A 14-year-old boy struck by a stray bullet just after midnight was taken to Sunrise "
     "Hospital with non-life-threatening injuries, Las Vegas police said.", ("Las Vegas", "Nevada")),
    ("A 16-year-old was killed and two others were wounded in a drive-by shooting on Glen Arm Road in "
     "Indianapolis, Indiana, on Tuesday evening.", ("Indianapolis", "Indiana")),
    # a person's first name
    ("TAMPA, Fla. (WFLA) - Police have arrested Gary Omar Rivera, 22, in connection with a shooting that left one "
     "man dead and four others wounded outside a nightclub on Sunday.", ("Tampa", "Florida")),
    ("MOLALLA, Ore. - Wayne Edmund Flues, 54, faces a murder charge after his wife was found shot dead at their "
     "home, Clackamas County deputies said.", ("Molalla", "Oregon")),
    ("Police say 11-year-old Raul Alvarez and his brother, 15-year-old Pablo Alvarez, were home alone in "
     "Columbus, Ohio, when Pablo found a gun and it went off, wounding Raul.", ("Columbus", "Ohio")),
    # a neighbourhood, or a word
    ("NORFOLK, Va. - A man was killed in an Ocean View shooting Wednesday night, police said. Officers found him "
     "in the 9500 block of 4th Bay Street.", ("Norfolk", "Virginia")),
    ("WILSON, N.C. (WNCN) - A Christmas Eve shooting at a Wilson County home left four people dead, deputies "
     "said.", ("Wilson", "North Carolina")),
])
def test_a_name_that_is_a_small_town_states_away_is_not_the_place(text, place):
    assert lead_place(text) == place


@pytest.mark.parametrize("text, name", [
    ("Four people were injured in a shooting at a bar on North Parkway early Sunday, police said. Officers were "
     "called to the bar around 2 a.m. The Jackson, Tenn., police department asks anyone with information to call "
     "Crime Stoppers.", "Parkway"),
    ("PITTSBURGH (KDKA) - Shots were fired at the Perry Market in the 2600 block of Perrysville Avenue on Monday "
     "night, days after the clerk chased off two robbers, Pittsburgh police said. Nobody was hurt.", "Perry"),
])
def test_a_street_or_shop_named_after_a_town_states_away_is_no_place(text, name):
    assert name not in named(text)


@pytest.mark.parametrize("text, kept", [
    # a town qualified by its state, or written as a place twice, stays wherever it is
    ("A Molalla man was arrested in Wayne, N.J., two days after his wife was shot at their home in Oregon.",
     "Wayne"),
    ("The suspect, who lives in Truckee, was arrested by Truckee police and held for Idaho authorities, who say "
     "he shot a man in Idaho Falls.", "Truckee"),
    # a town across the state line beside the report's own towns ("Masury" by Sharon, Pa.)
    ("A teen was shot in Masury on Friday night and taken to Sharon Regional Hospital in Sharon, Pennsylvania, "
     "police said.", "Masury"),
])
def test_a_qualified_written_or_neighbouring_town_stays_a_place(text, kept):
    assert kept in named(text)
