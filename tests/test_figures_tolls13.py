"""Casualty figures in US local news that session 15 left (issue 10), written for these tests in the styles of
several local outlets, one class of phrasing each:

- harm only wondered about counts no one: "there were no reports that either person was hurt", "there was no
  indication that the woman was injured";
- a denial governs every person its subject lists: "Neither the driver nor the other passenger was injured",
  "Neither Melissa, Chris nor their three children were injured", "not one kid is hurt";
- an injury whose severity alone is denied is still an injury: "Joseph was not seriously hurt";
- the sentence's subject told dead in a relative clause is a death: "A man who died after walking into a
  hospital with a gunshot wound has been identified" (not "his grandmother who died last year").

The guards at the end pin what must not move."""

import pytest
from harmledger.extract import extract


def figures(text: str) -> dict[str, int | None]:
    mention = next(m for m in extract(text, "2015-06-01") if not m.background and m.kind == "event")
    return {slot: (getattr(mention, slot).value if getattr(mention, slot) else None) for slot in ("killed", "injured")}


@pytest.mark.parametrize("text", [
    "Shots were fired at a car on Park Avenue on Tuesday night, but there were no reports that either person was "
    "hurt, police said.",
    "A man fired several rounds at a deputy during a traffic stop on Route 9. It was unknown if the deputy was "
    "hurt, the sheriff's office said.",
    "Gunfire broke out at a party on Elm Street early Sunday. There was no indication that the woman was "
    "injured, police said.",
])
def test_harm_only_wondered_about_counts_no_one(text):
    assert not figures(text)["injured"]


@pytest.mark.parametrize("text, killed", [
    ("A man was killed after he crashed his car into a tree while fleeing a shooting on Elm Street, police said. "
     "Neither the driver nor the other passenger was injured.", 1),
    ("A man was shot and killed by his neighbor in a dispute over a fence on Saturday, police said. Neither "
     "Melissa, Chris nor their three children were injured during the incident.", 1),
    ("A man was shot and killed in the parking lot of a bar on Route 1 early Sunday. Nobody inside of the "
     "Tequila Bar & Grill was injured, police said.", 1),
    ("A man was killed when gunfire erupted outside a middle school on Grand River Avenue as classes let out. "
     "\"It's a miracle that not one kid is hurt,\" the assistant police chief said.", 1),
])
def test_a_denied_subject_lists_no_injured(text, killed):
    assert figures(text) == {"killed": killed, "injured": 0}


def test_not_seriously_hurt_is_still_hurt():
    text = ("A man fired into a car at a stop light on Pine Street on Saturday, police said. Joseph was not "
            "seriously hurt and was treated at the scene.")
    assert figures(text)["injured"] == 1


@pytest.mark.parametrize("text", [
    "SANTA ANA - A man who died after walking into a hospital with a gunshot wound has been identified. Alex "
    "Romero, 25, arrived at the hospital around 9 p.m. Saturday, the coroner said.",
    "The teen who died in Saturday night's shooting on Elm Street was identified as Marcus Lee, 17, police said.",
    "The child who died was 10-year-old Darnell Hayes, police said, after gunfire tore through the family's "
    "apartment on Friday.",
])
def test_the_subject_who_died_is_a_death(text):
    assert figures(text)["killed"] == 1


# --- guards: a death in a relative clause inside the sentence is not its news; a denial ends at its clause

def test_a_relative_who_died_inside_the_sentence_is_no_death():
    text = ("A 24-year-old man was shot in the leg outside a home on Elm Street on Friday, police said. He lived "
            "there with his grandmother who died last year.")
    assert figures(text) == {"killed": None, "injured": 1}


def test_a_denial_stops_at_but():
    text = ("Officers confirmed that no one was hit by a bullet in the incident, but the landlord was injured by "
            "flying glass as a result of the gunfire.")
    assert figures(text)["injured"] == 1
