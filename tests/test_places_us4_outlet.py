"""The outlet's city for a lead incident that nothing else places (issue 11): local news tells of its own city, and
its page title often names the city only in the outlet's line ("... - WMC Action News 5 - Memphis, Tennessee"). The
text's own places, the headline's town and a dateline still come first, and a text whose police are a sheriff's
or the state's (who police the county around the city) is not placed in the outlet's city. Every report here was written for these
tests, in the styles of US local television and newspaper sites."""

import pytest
from war_fixtures import titled_lead


def place(text: str, title: str):
    found = titled_lead(text, title, "2016-09-04").place
    return (found.name, found.admin1) if found else None


@pytest.mark.parametrize("text, title, expected", [
    ("Two men were killed and two others critically injured in a shooting at a house party late Saturday, police "
     "said. Officers found the victims in the front yard.",
     "Two dead, two hurt after house party shooting - WMC Action News 5 - Memphis, Tennessee", ("Memphis", "Tennessee")),
    ("A 14-year-old boy died after he was accidentally shot by a friend who was handling his father's pistol, "
     "police said Monday.", "Teen's shooting death ruled accidental - KSLA News 12 Shreveport, Louisiana",
     ("Shreveport", "Louisiana")),
    ("One person was killed and four were wounded in an early-morning shooting outside an apartment complex, "
     "police said.", "1 dead, 4 wounded in shooting - WAFB 9 News Baton Rouge, Louisiana", ("Baton Rouge", "Louisiana")),
])
def test_the_outlet_s_city_places_a_lead_nothing_else_places(text, title, expected):
    assert place(text, title) == expected


@pytest.mark.parametrize("text, title, expected", [
    ("A man was shot dead in Germantown early Sunday, police said.",
     "Man killed in overnight shooting - WMC Action News 5 - Memphis, Tennessee", ("Germantown", "Tennessee")),
    ("A woman was wounded when someone fired into her car, police said.",
     "Woman hurt in Bossier City shooting - KSLA News 12 Shreveport, Louisiana", ("Bossier City", "Louisiana")),
])
def test_the_text_s_or_the_headline_s_own_town_comes_first(text, title, expected):
    assert place(text, title) == expected


@pytest.mark.parametrize("text, title", [
    ("A man was found shot dead in his truck on a rural road Saturday, sheriff's investigators said.",
     "Man found shot dead in truck - WMC Action News 5 - Memphis, Tennessee"),
    ("State troopers say a driver was wounded when someone fired at his car on the interstate overnight.",
     "Driver wounded in interstate shooting - KSLA News 12 Shreveport, Louisiana"),
])
def test_county_police_keep_the_outlet_s_city_out(text, title):
    assert place(text, title) is None
