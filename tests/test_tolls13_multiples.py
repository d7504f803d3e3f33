"""Casualty figures read from one report: session 21 (toll13).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract
from harmledger.extract.counts import find_counts
from harmledger.extract.headline import as_prose
from harmledger.extract.lexicon import is_person_noun


def _lead(text: str, published: str = "2016-05-09", title: str | None = None):
    mentions = extract(text, published, title=title)
    return next((m for m in mentions if m.kind == "event" and not m.background), None)


def _killed(text: str, title: str | None = None) -> int | None:
    lead = _lead(text, title=title)
    return lead.killed.best if lead is not None and lead.killed is not None else None


# --- a multiple joined to its crime's name by a hyphen ("a triple-murder") tells as many dead as one
# written with a space ("a triple murder"), and with no article before it too ("the triple-homicide suspect")


@pytest.mark.parametrize("text, killed", [
    ("As the suspect in a triple-murder appeared in a Hilo courtroom Monday, police confirmed his wife was a victim.", 3),
    ("A 34-year-old man was charged Friday in the quadruple-homicide at a home on Ridge Road, prosecutors said.", 4),
    ("The double-slaying remains unsolved, the sheriff's office said Tuesday.", 2),
    ("Deputies arrested the man wanted in Saturday's triple homicide near Bristol, the sheriff said.", 3),
    ("Neighbors were relieved after the Hudson Street quadruple murder suspects were arrested in Mississippi.", 4),
])
def test_a_multiple_tells_its_crimes_dead(text, killed):
    assert _killed(text) == killed


@pytest.mark.parametrize("title, killed", [
    ("Utah triple-homicide suspect was paranoid schizophrenic, warrant says", 3),
    ("Suspect in triple-murder appears in court", 3),
    ("Brothers to stand trial for January quadruple murder at Fairmont Terrace", 4),
])
def test_a_headlines_multiple_tells_its_crimes_dead(title, killed):
    assert _killed("Police released no other details.", title=title) == killed


def test_a_hyphenated_double_shooting_is_two_people_shot():
    assert _lead("Police are investigating a double-shooting on Elm Street late Saturday.").injured.best == 2


@pytest.mark.parametrize("text", [
    "The man was charged with attempted triple murder after firing into a crowded car, police said.",
    "Detectives with the homicide unit are investigating the shooting, police said.",
])
def test_no_death_where_no_multiple_crime_was_done(text):
    assert _killed(text) is None


# --- every reader takes the lines of data/person_nouns.txt alike, a regex fragment ("headm[ae]n",
# "crew members?") as a word: as a person noun an age bound follows, and as an entry of a headline's list


@pytest.mark.parametrize("word, person", [
    ("headman", True), ("headmen", True), ("crew members", True), ("sophomore", True), ("boy", True),
    ("headmaster", False), ("crews", False), ("house", False),
])
def test_a_person_noun_is_any_line_of_the_list(word, person):
    assert is_person_noun(word) is person


@pytest.mark.parametrize("text", [
    "Police said freshmen under 15 who were wounded in the shooting were taken to Children's Hospital.",
    "The victims included headmen over 60 who were killed in the raid, residents said.",
])
def test_an_age_bound_after_a_regex_listed_noun_is_no_toll(text):
    """"freshmen under 15": 15 is their age bound, no count of the wounded."""
    assert not [f for f in find_counts(text) if f.value in (15, 60)]


def test_a_headlines_list_of_regex_listed_people_reads_as_people():
    """"Headman, 2 sons killed": each entry names people, so the list reads as one subject of the harm."""
    assert "A Headman and 2 sons were killed" in as_prose("Headman, 2 sons killed in village raid").text


# --- a headline's person told by age takes the article a headline drops wherever it stands ("Family grieves
# after 6-year-old fatally shot", "Police identify 10-year-old killed in ..."), not only at its start; and the
# fatal shooting an inquiry is into is one death ("Milwaukee police investigating fatal shooting")


@pytest.mark.parametrize("title", [
    "Family grieves after 6-year-old fatally shot by stray bullet",
    "Police identify 10-year-old killed in block party shooting",
    "Deputies ID 17-year-old shot dead outside Orlando nightclub",
    "Shotgun blast kills 11-year-old on hunting trip",
    "Neighbors remember 13-Year-Old Augusta Boy Killed by Gun",
    "Norfolk police investigating fatal shooting in Ocean View",
    "Two men arrested following fatal shooting at gas station",
])
def test_a_headlines_dead_told_mid_title(title):
    assert _killed("Police released no other details.", title=title) == 1


@pytest.mark.parametrize("title, text", [
    ("Police: Man shot his 6-year-old son in the leg", "man shot his 6-year-old son"),
    ("Two 17-year-olds shot in Englewood", "Two 17-year-olds were shot"),
])
def test_an_age_already_determined_takes_no_article(title, text):
    assert text.lower() in as_prose(title).text.lower()


def test_a_suspect_told_by_age_is_no_death():
    assert _killed("Police released no other details.", title="Waukegan police searching for 18-year-old murder suspect") is None
