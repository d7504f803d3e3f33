"""Places of US local news read with the headline (issue 11): a report's text often leaves out the town or
the state that its headline or the outlet's line after it names ("Man shot, killed in Kokomo", "... - wistv.com
- Columbia, South Carolina"). The headline's town places a lead incident whose text names none, and a state
the headline or the outlet names decides the text's namesakes, as one the text names does; the text's own
places, and how the text writes its own names, stay the text's. Every report here was written for these tests,
in the styles of US local television and newspaper sites."""

import pytest
from war_fixtures import titled_lead


def place(text: str, title: str) -> tuple[str, str | None] | None:
    found = titled_lead(text, title, "2016-05-02").place
    return (found.name, found.admin1) if found else None


@pytest.mark.parametrize("text, title, expected", [
    # the town only in the headline
    ("A man was shot and killed Saturday night outside a convenience store, police said. Officers found him in the "
     "parking lot with a gunshot wound to the chest. Indiana State Police are helping with the investigation.",
     "Man shot, killed outside Kokomo convenience store", ("Kokomo", "Indiana")),
    ("A 7-year-old girl was taken to the hospital Sunday after a gun went off inside her family's home, "
     "police said. Her injuries are not life-threatening, and the Ohio Bureau of Criminal Investigation is looking "
     "into how the gun was stored.",
     "7-year-old accidentally shot in Bellefontaine", ("Bellefontaine", "Ohio")),
    ("Seven people were wounded when someone opened fire from a passing car after a funeral Saturday afternoon. "
     "None of the wounds were life-threatening, an Illinois State Police spokesman said.",
     "Seven wounded in Calumet City shooting after funeral - NBC Chicago", ("Calumet City", "Illinois")),
    ("Police say four people were shot at a memorial service Sunday night. One of them, a 19-year-old man, "
     "is in critical condition at a California hospital.", "4 people shot at memorial service in Southwest Fresno", ("Fresno", "California")),
])
def test_the_headline_s_town_places_a_lead_incident_the_text_leaves_unplaced(text, title, expected):
    assert place(text, title) == expected


@pytest.mark.parametrize("text, title, expected", [
    # the state only in the outlet's line decides which namesake the text's town is
    ("LEXINGTON - An eighth grader died Tuesday after he was shot at a Lexington home, the coroner said. "
     "Deputies say the shooting appears to have been an accident.",
     "Eighth grader dead after shooting at Lexington home - wistv.com - Columbia, South Carolina",
     ("Lexington", "South Carolina")),
    ("A 5-year-old boy shot a 3-year-old child with a handgun he found in a bedroom in Laurel on Monday, "
     "police said. The younger child is expected to survive.",
     "Laurel 5-year-old allegedly shoots child - WDAM-TV 7-News, Weather, Sports-Hattiesburg, MS",
     ("Laurel", "Mississippi")),
    ("Police in Columbus say a 16-year-old was killed Friday night in what may have been a revenge shooting. "
     "Friends gathered on Saturday to remember him.",
     "Friends react after Columbus teen killed in possible revenge shooting - WTVM.com-Columbus, GA News",
     ("Columbus", "Georgia")),
    # the state in the headline ("West Virginia Boy") is the text's, though the text names only its town
    ("A 10-year-old boy died Sunday after being accidentally shot by his brother at their home in Princeton, "
     "the county sheriff said.", "Accidental shooting takes life of 10-year-old West Virginia boy",
     ("Princeton", "West Virginia")),
])
def test_a_state_the_headline_or_its_outlet_names_decides_the_text_s_namesakes(text, title, expected):
    assert place(text, title) == expected


@pytest.mark.parametrize("text, title, expected", [
    # a Title Case headline writes the town after a capitalised word, as a person's name: the text's town stays
    ("Police say a 9-year-old girl was shot in the leg Sunday inside a home in Lodi. Lodi police said an adult "
     "was cleaning a gun when it went off. The girl was taken to a hospital in Lodi.",
     "Accidental Gunfire Sends Lodi Girl To Hospital", ("Lodi", "California")),
    # the headline's town is the text's neighbourhood, not a namesake city elsewhere
    ("CHICAGO (CBS) - A teenager was killed and five other people were wounded in a shooting in the Austin "
     "neighborhood on the West Side late Saturday, police said.",
     "Teen Killed, Five Others Injured In Austin Shooting", ("Chicago - Austin", "Illinois")),
    # the headline's "shooting in Ocean View" does not make the text's neighbourhood a town in Delaware
    ("NORFOLK, Va. - A man was killed in an Ocean View shooting Wednesday night, police said. Officers found him "
     "in the 9500 block of 4th Bay Street.", "Norfolk police investigate fatal shooting in Ocean View",
     ("Norfolk", "Virginia")),
    # the text's own town outranks the headline's
    ("A man was shot and wounded early Sunday outside a bar in Gary, Indiana, police said.",
     "Man wounded in shooting near Merrillville bar", ("Gary", "Indiana")),
])
def test_the_text_s_own_places_stay_its_own(text, title, expected):
    assert place(text, title) == expected


@pytest.mark.parametrize("text, title", [
    # the outlet's home town is where it broadcasts from, not where the shooting was
    ("A man was shot and killed late Friday, deputies said. Investigators have not named a suspect.",
     "Man shot, killed Friday night - WMC Action News 5 - Memphis, Tennessee"),
    ("Two teenagers are recovering after a gun went off while they were hunting on Saturday, the sheriff said.",
     "Teens recovering after accidental shooting | KSDK.com St. Louis"),
])
def test_the_outlet_s_town_places_nothing(text, title):
    assert place(text, title) is None


@pytest.mark.parametrize("text, title, expected", [
    # a text that names no state nor country says where it is once ("in Galt"): its headline says so again
    ("At least two people are dead after a shooting early Sunday in Galt. It happened around 1 a.m. outside a "
     "house on C Street, police said. Seven people were hurt.", "7 injured in Galt drive-by shooting",
     ("Galt", "California")),
    ("Seven people were wounded when someone opened fire from a passing car in Calumet City after a funeral "
     "Saturday afternoon. None of the wounds were life-threatening.",
     "Seven wounded in Calumet City drive-by after funeral", ("Calumet City", "Illinois")),
])
def test_a_text_that_names_no_state_takes_its_headline_s_word_for_its_town(text, title, expected):
    assert place(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    # the harm first, the scene in a sentence of its own that names no harm
    ("Two children were hurt when a gun went off inside a home Tuesday night, police said. It happened at a "
     "house on Youngstown Road in Chattanooga around 9 p.m.", ("Chattanooga", "Tennessee")),
    ("A 22-year-old man was shot and killed early Saturday, Gwinnett County police said. It happened in the "
     "4900 block of Appaloosa Trail in Norcross just before 6 a.m.", ("Norcross", "Georgia")),
    ("A man was shot in the leg during an argument Sunday afternoon. Police said the incident happened along "
     "the 800 block of Dogwood Drive in Kannapolis.", ("Kannapolis", "North Carolina")),
    # the lead's own town stays
    ("A man was shot and killed Friday night in Macon, Ga., deputies said. It happened hours after a fight at a "
     "party in Warner Robins.", ("Macon", "Georgia")),
])
def test_the_town_where_it_happened_places_a_lead_incident_the_text_leaves_unplaced(text, expected):
    found = titled_lead(text, "", "2016-05-02").place
    assert (found.name, found.admin1) == expected
