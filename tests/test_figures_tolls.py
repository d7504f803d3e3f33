"""Tolls of US local shooting reports in classes the GVA incident suite showed missed (session 8).

Every sentence is written here in the style of the reports, never copied from them; each class
holds several phrasings: a headline giving the figure its text leaves out, a bare participle that
takes an object (the shooters, not the victims), a shooter told after his victims ("killing two,
then himself"), a town's name among the people killed, a victim named with an age, how many
people a killing verb's object names, and school grades as people.
"""

import pytest

from harmledger.extract import extract
from harmledger.model import TITLE


def lead(text: str, title: str | None = None):
    return next(m for m in extract(text, "2016-03-14", title=title) if m.kind == "event" and not m.background)


def tally(text: str, title: str | None = None) -> tuple[int | None, int | None]:
    found = lead(text, title)
    return (found.killed.value if found.killed else None, found.injured.value if found.injured else None)


@pytest.mark.parametrize("title, text, expected", [
    ("Man dies, 3 others hurt in Fresno liquor store shooting",
     "A 31-year-old Fresno man died Tuesday night in a shooting outside a liquor store on Blackstone Avenue, police said.",
     (1, 3)),
    ("Teen killed, another wounded in drive-by shooting in North Tulsa",
     "A 16-year-old boy was shot and killed Friday in north Tulsa, police said. Officers found him in a car on Pine Street.",
     (1, 1)),
    ("2 people shot, 1 fatally, in Camden",
     "Two people were shot Sunday night on Federal Street in Camden, police said.",
     (1, 2)),
    # the man the text tells shot and in hospital is the victim the headline tells dead: 1 dead, no wounded
    ("Apopka shooting victim dies in hospital",
     "An Apopka man who was shot on Main Street last week has been hospitalized in critical condition, deputies said.",
     (1, None)),
])
def test_a_headline_gives_the_figure_the_text_leaves_out(title, text, expected):
    assert tally(text, title) == expected


def test_a_figure_from_the_headline_points_at_the_headline_and_the_texts_own_at_the_text():
    title = "Woman killed, 2 men wounded in Rockford shooting"
    found = lead("Two men were wounded in a shooting on Kilburn Avenue in Rockford early Saturday, police said.", title)
    assert (found.killed.value, found.injured.value) == (1, 2)
    assert found.killed.span.part == TITLE and title[found.killed.span.start:found.killed.span.end] == found.killed.span.text
    assert found.injured.span.part != TITLE


@pytest.mark.parametrize("title, text, expected", [
    # the headline never replaces a figure the text gives
    ("3 dead in weekend shootings across Mobile",
     "A man was shot and killed early Saturday on Government Street in Mobile, police said.", (1, None)),
    # a headline that tells no death counts the text's dead among its people shot
    ("Teen shot near Roswell apartment complex",
     "A 17-year-old was shot and killed Monday night at an apartment complex in Roswell, police said.", (1, None)),
    ("Boy, 8, shot while playing with gun, police say",
     "An 8-year-old boy died Thursday after he was shot while playing with a handgun at a home in Pasadena, police said.", (1, None)),
])
def test_a_headline_never_outranks_the_text_and_its_shot_may_be_the_texts_dead(title, text, expected):
    assert tally(text, title) == expected


@pytest.mark.parametrize("text, expected", [
    ("A pair of gunmen shot five people outside a nightclub on Elm Street early Sunday, police said.", (None, 5)),
    ("Two masked men shot a clerk during a robbery at a gas station in Akron, police said.", (None, 1)),
    ("Three teenagers shot two men after an argument in a parking lot, police said.", (None, 2)),
])
def test_a_bare_participle_with_an_object_tells_the_shooters_not_the_victims(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police said the man shot three relatives, killing two, then himself.", (3, 1)),
    ("The gunman killed two coworkers and then himself inside the warehouse, police said.", (3, None)),
    ("A man killed two women and himself at a motel in Tulsa, police said.", (3, None)),
    ("Deputies say a man fatally shot his wife and her sister, then himself, at a home in Ocala.", (3, None)),
])
def test_a_shooter_told_after_his_victims_is_one_more_dead(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A shooting near a bar left two Gary men dead and three wounded, police said.", (2, 3)),
    ("The argument ended with gunfire that killed three Chicago teens on the West Side, police said.", (3, None)),
    ("A fire at the house left two Fontana women dead, investigators said.", (2, None)),
])
def test_a_towns_name_among_the_people_killed(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A shooting on Friday night killed 19-year-old Marcus Reed of Dorchester, police said.", (1, None)),
    ("The gunman shot and killed 34-year-old Tanya Bell and her brother, 29-year-old Curtis Bell, police said.", (2, None)),
    ("Investigators say a stray bullet killed 6-year-old Aniyah Brooks inside her home.", (1, None)),
])
def test_a_victim_named_with_an_age_is_one_dead(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police say the father killed his two daughters at the family's apartment.", (2, None)),
    ("The man killed his sons, 6 and 9, before turning the gun on himself, deputies said.", (3, None)),
    ("Deputies say the woman shot and killed her children, ages 2, 5 and 7, at their home.", (3, None)),
    ("A Reno police officer said the shooting killed a 17 year-old boy Tuesday night.", (1, None)),
])
def test_how_many_people_a_killing_verbs_object_names(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A Lodi eighth-grader died Friday after being accidentally shot at his home.", (1, None)),
    ("Two sophomores were wounded in a shooting outside the high school, police said.", (None, 2)),
])
def test_school_grades_are_people(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A man fatally shot his girlfriend and their two sons before killing himself, prosecutors said.", (4, None)),
    ("Police say he killed his wife, her sister and her mother before turning the gun on himself.", (4, None)),
    ("The man killed his ex-wife and her mother at a home in Gresham, police said.", (2, None)),
])
def test_every_person_a_killing_verb_lists(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("A teenager shot in the head outside her home on Cedar Street last week has died, police said.", (1, None)),
    ("A man wounded in a shooting at a Waco gas station on Friday died Monday, police said.", (1, None)),
    ("A 9-year-old girl who had been hospitalized since a March 3 shooting at her home has died.", (1, None)),
    ("A woman struck by a stray bullet while sitting on her porch has passed away, her family said.", (1, None)),
])
def test_a_victim_harmed_before_who_has_died_is_one_dead(text, expected):
    assert tally(text) == expected


@pytest.mark.parametrize("title", [
    "Beebe 7-year-old shooting victim passes away",
    "UPDATE: Apopka Teen Wounded In Drive-By Passes Away",
    "Shooting victim dies days after Elm Street attack",
])
def test_a_headline_telling_a_victims_death(title):
    assert tally("Subscribe to our newsletter for the latest updates.", title) == (1, None)


@pytest.mark.parametrize("text, expected", [
    ("The gunman fired several rounds, killing Maria Lopez at the scene and injuring Derek Owens and Lisa Grant.", (1, 2)),
    ("Police said the man opened fire, wounding Marcus T. Reed, 24, and Tanya Bell, 31, outside the store.", (None, 2)),
    ("Investigators say Jones shot and killed Robert Lee Hill outside a bar on Main Street.", (1, None)),
])
def test_people_named_in_full_as_what_a_harm_verb_did(text, expected):
    assert tally(text) == expected


def test_a_day_after_a_harm_verb_is_no_person_named():
    assert tally("A man was injured Saturday Night in a shooting on the West Side, police said.") == (None, 1)
