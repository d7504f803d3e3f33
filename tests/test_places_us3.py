"""Street names, drive-bys, outlets' states and people named like towns in US local news (issue 11): a street
named for a state ("Texas Ave.", "Florida Blvd.", "Missouri Ave.") is no state, abbreviated or not, and says nothing
of which state the text is in; and a town before "drive-by" ("a Calumet City drive-by") is the town, not a drive. A
state only the outlet's line names ("... - WSMV 4 - Nashville, Tennessee") does not drop a town of two words that the
text names with police of its own across the state line ("Bowling Green police said"): no neighbourhood nor street
has its own police. A big town's name before a surname and an age or "Jr." ("Austin Hale, 16,", "Dallas Reed Jr.")
is a person. Every report here was written for these tests, in the styles of US local television and newspaper
sites."""

import pytest
from war_fixtures import titled_lead

from harmledger.extract import extract
from harmledger.geo import find_places


def place(text: str, title: str) -> tuple[str, str | None] | None:
    found = titled_lead(text, title, "2016-05-02").place
    return (found.name, found.admin1) if found else None


@pytest.mark.parametrize("text, title, state", [
    ("Deputies were called to a shooting on Florida Blvd. late Sunday. One man died at the scene and a second was "
     "taken to the hospital.", "Man killed, 1 hurt in late-night shooting - WAFB 9 News - Baton Rouge, Louisiana", "Florida"),
    ("Two people were shot on Missouri Ave. in Jackson on Saturday night, police said. Both are expected to survive.",
     "2 shot Saturday night - WLBT 3 - Jackson, Mississippi", "Missouri"),
])
def test_a_street_named_for_a_state_is_not_the_state(text, title, state):
    found = place(text, title)
    assert found is None or found[1] != state


def test_a_street_named_for_a_state_leaves_the_text_s_town_in_its_own_state():
    assert place("Officers found a man with a gunshot wound on Texas Ave. Sunday. He died at the hospital, Shreveport "
                 "police said.", "Man dies after shooting - KSLA News 12") == ("Shreveport", "Louisiana")


@pytest.mark.parametrize("text", [
    "He was shot on Texas St. in Tampa, Florida.",
    "Police found him in the 1200 block of Kansas Ave in Topeka, Kan.",
    "The crash closed Virginia Rd. near Concord, Mass., for two hours.",
    "The car was found on Tennessee Dr. in Huntsville, Ala.",
])
def test_abbreviated_street_words_make_the_name_a_street(text):
    assert not [p for p in find_places(text) if p.text in ("Texas", "Kansas", "Virginia", "Tennessee")]


def test_a_sentence_that_ends_on_a_state_keeps_it_before_a_saint_s_town():
    found = {p.text for p in find_places("He grew up in East Texas. St. Louis police arrested him on Monday.")}
    assert {"Texas", "St. Louis"} <= found


@pytest.mark.parametrize("text, title, expected", [
    ("A man was killed and another wounded in a drive-by shooting Saturday night. Police said the shooter fired from "
     "a gray sedan.", "1 dead, 1 hurt in Calumet City drive-by", ("Calumet City", "Illinois")),
    ("Three people were hurt when someone opened fire from a passing car Friday night, police said.",
     "3 wounded in Kent drive-by shooting - KIRO 7 - Seattle, Washington", ("Kent", "Washington")),
    ("A 17-year-old was wounded when someone fired from a passing car on Sunday, police said. He is expected to "
     "recover.", "Teen wounded in Salem drive-by - KATU - Portland, Oregon", ("Salem", "Oregon")),
])
def test_a_town_before_drive_by_is_the_town(text, title, expected):
    assert place(text, title) == expected


def test_a_drive_named_without_a_hyphen_is_still_a_street():
    assert not find_places("He was shot on Calumet Drive by the park on Saturday.")


@pytest.mark.parametrize("text, title, expected", [
    # a station's line names its own state; the text's town of two words lies across the line
    ("A 22-year-old man was shot and killed at an apartment complex early Sunday, Bowling Green police said.",
     "Man killed in early morning shooting - WSMV 4 - Nashville, Tennessee", ("Bowling Green", "Kentucky")),
    ("One person died and two others were hurt in a shooting at a nightclub early Saturday, Lake Charles police said.",
     "1 dead, 2 hurt in nightclub shooting - KFDM - Beaumont, Texas", ("Lake Charles", "Louisiana")),
    ("A woman was shot in the arm during a robbery Thursday night, Rock Hill police said.",
     "Woman shot during robbery - WBTV - Charlotte, North Carolina", ("Rock Hill", "South Carolina")),
])
def test_an_outlet_s_state_does_not_drop_the_text_s_town_of_two_words_across_the_line(text, title, expected):
    assert place(text, title) == expected


def lead_place(text: str) -> tuple[str, str | None]:
    found = next(m for m in extract(text, "2016-05-02") if not m.background and m.kind == "event").place
    return found.name, found.admin1


@pytest.mark.parametrize("text, expected", [
    # a big town's name as a given name, before a surname and an age or "Jr."
    ("BELOIT, Wis. - Police arrested a second man Thursday in the death of Dallas Reed Jr., who was shot outside a "
     "home on Prairie Avenue, Beloit police said.", ("Beloit", "Wisconsin")),
    ("Houston Miller, 19, was shot in the leg outside a party Saturday night in Kinston, N.C., deputies said.",
     ("Kinston", "North Carolina")),
    ("Austin Hale, 16, died after a rifle went off inside a pickup truck near Newton, N.C., on Friday night, deputies "
     "said.", ("Newton", "North Carolina")),
    # the town itself, with its police
    ("A man, 34, was shot and killed in Austin on Sunday, Austin police said.", ("Austin", "Texas")),
])
def test_a_big_town_s_name_before_a_surname_and_an_age_is_a_person(text, expected):
    assert lead_place(text) == expected
