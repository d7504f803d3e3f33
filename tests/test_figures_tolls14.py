"""Framing a report's dead into its incident's toll (issue 10), written for these tests in the styles of US local
news and of war reporting:

- a death told without a number as "also" is one more than the dead told before it ("Kenneth Mills ... was shot
  and killed ... German Booker, a customer at the shop, was also killed": 2).

The guards at the end pin what must not move: a toll told by number already counts whoever is told "also", an
ordinal counts them all ("A third person ... was also killed": 3, not 4), and "also shot" is no death."""

import pytest
from harmledger.extract import extract


def figures(text: str) -> dict[str, int | None]:
    mention = next(m for m in extract(text, "2015-06-01") if not m.background and m.kind == "event")
    return {slot: (getattr(mention, slot).value if getattr(mention, slot) else None) for slot in ("killed", "injured")}


@pytest.mark.parametrize("text, killed", [
    ("Darnell Price, a 24-year-old black man, was shot and killed Saturday in the 1200 block of Vermont Avenue, "
     "according to coroner's records. Price was taken to a hospital where he was pronounced dead. Luis Ortega, a "
     "31-year-old customer at the store, was also killed.", 2),
    ("A man was shot and killed outside a convenience store on Elm Street on Saturday night, police said. A "
     "14-year-old boy was also killed.", 2),
    ("A St. Louis County man shot his 16-year-old daughter, Brittany, in their home on Friday, police said. "
     "Brittany was pronounced dead at the scene. Her twin sister, Tiffany, was also killed.", 2),
    ("Sheriff's deputies found Carla Jennings dead in the kitchen of the home on Maple Road. Her husband, Roy "
     "Jennings, 58, was also killed, the sheriff said.", 2),
    ("A 62-year-old woman was killed when Russian shells hit a residential block in Kherson on Monday, the "
     "regional governor said. Her neighbour, a 70-year-old man, was also killed.", 2),
    ("A woman died when a drone struck a house in Nikopol overnight, governor Serhiy Lysak said on Telegram. "
     "Her son was also killed.", 2),
])
def test_a_death_told_as_also_is_one_more(text, killed):
    assert figures(text)["killed"] == killed


@pytest.mark.parametrize("text, killed", [
    ("Two people were killed in a shooting on Main Street on Friday, police said. Marcus Hill, 19, was also "
     "killed.", 2),
    ("A woman and her baby granddaughter were shot to death in their home on Friday night, police said. A third "
     "person, a 28-year-old man, was also killed in the melee.", 3),
    ("A man was shot and killed outside a bar on Route 9 early Sunday. His girlfriend was also shot in the leg.", 1),
    ("Police said Jason Reed, 31, was killed in the shooting on Oak Avenue. He was also stabbed.", 1),
])
def test_guards(text, killed):
    assert figures(text)["killed"] == killed
