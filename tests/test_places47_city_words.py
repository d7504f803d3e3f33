"""Round places47, issue 11: a name that ``data/geo_not_places.txt`` lists as mostly a word or a person but that is
also a big city (Phoenix, Buffalo, Lincoln, Jackson, Independence) is that city where US local news writes it after
a word that says where ("shot in west Phoenix", "in suburban Buffalo", "north of Jackson") and no capitalised word
goes on from it. A name that goes on ("Phoenix O'Dell", "Lincoln Correctional Center"), a possessive, or a name
after another word ("a University of Phoenix student") stays a word. Each probe's place was written down before it
was run."""

import pytest
from war_fixtures import km_from, lead_published

lead = lead_published("2026-11-28")
PLACE_KM = 25.0

# text, the lead's town, its country and a point of it
CITIES = [
    ('A 30-year-old man was shot and killed in west Phoenix on Sunday night, police said. Officers found him in the '
     'parking lot of an apartment complex near 43rd Avenue and Thomas Road.',
     'Phoenix', 'US', 33.45, -112.07),
    ('Two people were killed in a crash in north Phoenix early Saturday when a car ran a red light, officers said. '
     'The other driver was taken to a hospital with serious injuries.',
     'Phoenix', 'US', 33.45, -112.07),
    ('A man was found shot to death inside a car in east Buffalo on Tuesday morning, police said. Detectives said the '
     'victim, 34, had been shot several times.',
     'Buffalo', 'US', 42.89, -78.88),
    ('A 16-year-old was wounded in a shooting in suburban Buffalo late Friday, authorities said. The teen was taken to '
     'Erie County Medical Center.',
     'Buffalo', 'US', 42.89, -78.88),
    ('A woman was killed in a shooting in Lincoln on Saturday, officers said. The suspect, a 19-year-old man, was '
     'arrested at a nearby apartment after a brief standoff.',
     'Lincoln', 'US', 40.81, -96.7),
    ('A gunman opened fire at a house party north of Jackson early Sunday, killing one man and wounding three, the '
     'Hinds County Sheriff\'s Office said.',
     'Jackson', 'US', 32.3, -90.18),
    ('A man was shot and killed in Independence on Monday evening, police said. The victim was found in a driveway '
     'near 23rd Street and was pronounced dead at the scene.',
     'Independence', 'US', 39.09, -94.42),
]

# ordinary US local news whose listed words go on as names, or stand after no word that says where
WORDS = [
    ('A 21-year-old woman, identified as Phoenix O\'Dell, was shot in the abdomen at a home in Charleston, West '
     'Virginia, on Saturday, the Kanawha County Sheriff\'s Office said.',
     'Charleston', 'US', 38.35, -81.63),
    ('A University of Phoenix student was shot and wounded outside a bar in Dayton early Sunday, Dayton police '
     'said. The 26-year-old was taken to Miami Valley Hospital.',
     'Dayton', 'US', 39.76, -84.19),
    ('An Omaha man was sentenced Tuesday to 20 years in prison for a 2023 shooting that wounded two people near 30th '
     'and Ames, a Douglas County judge ruled. He had served time in Lincoln Correctional Center.',
     'Omaha', 'US', 41.26, -95.94),
    ('A Memphis man was charged with murder after a shooting at a gas station on Lamar Avenue, police said. The '
     'victim, Tyler Jackson, 22, died at Regional One. His mother said he had just started a job in construction.',
     'Memphis', 'US', 35.15, -90.05),
    ('A 4-year-old boy was shot in the leg at a home in Glendale on Sunday and flown to Phoenix Children\'s '
     'Hospital, Glendale police said. His father was arrested.',
     'Glendale', 'US', 33.54, -112.19),
]


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), CITIES + WORDS, ids=[p[1] for p in CITIES + WORDS])
def test_a_listed_word_that_is_a_big_city_is_the_city_where_written_as_one(text, name, country, lat, lon):
    place = lead(text).place
    assert place is not None and place.country == country and km_from(place, lat, lon) < PLACE_KM, place
