"""Victims named in a list with their ages and home towns, then one verb for them all (issue 10), written for
these tests in the styles of several local outlets: "Lyndon Beharry, 35, Amanda Morris, 29, and their two children
... died" is four dead, not the two children alone; "William Gonzalez, 32, of Garfield Heights, and Brandon White,
31, of Cleveland, were taken to ..., where they died" two dead, where the home towns had ended the list."""

import pytest
from harmledger.extract import extract


def figures(text: str) -> dict[str, int | None]:
    mention = next(m for m in extract(text, "2015-06-01") if not m.background and m.kind == "event")
    return {slot: (getattr(mention, slot).value if getattr(mention, slot) else None) for slot in ("killed", "injured")}


@pytest.mark.parametrize("text, killed", [
    ("Lyndon Beharry, 35, Amanda Morris, 29, and their two children died after a gunman opened fire inside the "
     "family's apartment on Tuesday night, police said.", 4),
    ("Police said Keisha Long, 31, Darnell Price, 33, and her three sons were killed in the shooting at the home "
     "on Elm Street.", 5),
    ("Marcus Reed, 24, and his two cousins were shot and killed outside a corner store on Saturday, authorities "
     "said.", 3),
])
def test_people_named_with_ages_before_those_counted_are_among_them(text, killed):
    assert figures(text)["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("William Gonzalez, 32, of Garfield Heights, and Brandon White, 31, of Cleveland, were taken to MetroHealth "
     "Medical Center, where they died, police said.", 2),
    ("Akbar Muhammad, 36, of Newark, and Shante Spivey, 28, of East Orange, were shot and killed as they sat in "
     "a car on Springfield Avenue, the prosecutor's office said.", 2),
    ("Tyrone Banks, 19, of Harvey, Luis Ortega, 22, of Cicero, and Devin Hall, 20, of Maywood, were killed in "
     "the shooting early Sunday, the medical examiner's office said.", 3),
])
def test_a_list_of_names_with_home_towns_is_counted_to_its_end(text, killed):
    assert figures(text)["killed"] == killed


# --- guards: named people who were not harmed; a killer's named victims; what already held

def test_named_suspects_with_home_towns_are_no_victims():
    text = ("Michael Holman, 30, of Brownsville, and Tarrence Starks, 28, of Stanton, were arrested Sunday in "
            "connection with a shooting that wounded one man at a car wash, police said.")
    assert figures(text) == {"killed": None, "injured": 1}


def test_named_objects_of_a_killing_verb_are_still_counted_once():
    text = "A gunman killed Lamont Jones, 33, and his two sons at their home on Friday, police said."
    assert figures(text)["killed"] == 3


def test_a_named_list_with_ages_still_counts():
    text = "Lamont Jones, 33, and Mario King, 26, were killed in the shooting on Friday, police said."
    assert figures(text)["killed"] == 2
