"""A lead incident whose own sentences name no place takes the town whose police the text names
elsewhere ("Kansas City police identified the victim", a tip line's "Lexington Police Department"),
never a town of its history or of another incident, nor one of two towns' police, nor a town named otherwise."""

from __future__ import annotations

import pytest

from harmledger.extract import extract


def _lead_place(text: str) -> str | None:
    lead = next(m for m in extract(text, "2024-05-01") if not m.background and m.kind == "event")
    return lead.place.name if lead.place else None


@pytest.mark.parametrize("text, town", [
    # the police who name the victim (local TV)
    ("A 19-year-old man was shot and killed Sunday night during a party on the east side. Kansas City police "
     "identified the victim as Marcus Allen. No arrests have been made.", "Kansas City"),
    # the police who say what they believe (a metro daily)
    ("A woman was found shot to death inside her car early Tuesday, officers said. Houston police believe she "
     "knew her attacker. Detectives are reviewing surveillance video.", "Houston"),
    # a tip line's department closes the report
    ("Five people were hurt in a late-night shooting at a park, police said. The victims were taken to hospitals "
     "with wounds not considered life-threatening. Anyone with information should contact the Lexington Police "
     "Department.", "Lexington"),
    # a police appeal closes the report (a British daily)
    ("Two men were stabbed to death outside a nightclub in the early hours of Sunday. Manchester Police appealed "
     "for witnesses to come forward.", "Manchester"),
    # war-zone crime news: the city's police open the case
    ("A grenade thrown into a crowded bar killed three people and wounded nine late on Friday, officials said. "
     "Kharkiv police have opened a criminal case and are searching for the attacker.", "Kharkiv"),
])
def test_a_lead_with_no_place_takes_the_town_whose_police_the_text_names(text, town):
    assert _lead_place(text) == town


@pytest.mark.parametrize("text", [
    # a town whose police are told only in the report's history
    "A man was shot dead Tuesday night outside a convenience store, police said. Last year, Dayton police "
    "arrested a gunman who killed three people at a bar.",
    # a town named otherwise than by its police (the city whose hospitals answer a strike)
    "An airstrike hit a crowded market on Friday, killing at least 12 people, medics said. Hospitals in "
    "Kharkiv appealed for blood donors.",
    # two towns' police
    "A teenager was wounded in a drive-by shooting Saturday, police said. Columbus police and Houston "
    "police are working together on the case.",
])
def test_no_town_whose_police_alone_the_text_names_leaves_the_lead_unplaced(text):
    assert _lead_place(text) is None


def test_another_incident_s_town_stays_its_own():
    text = ("Three people were killed on Monday when a drone struck a minibus, officials said. The strike came "
            "a day after shelling killed two in Kherson, Kherson police said.")
    mentions = [m for m in extract(text, "2024-05-01") if not m.background]
    assert [m.place.name if m.place else None for m in mentions] == [None, "Kherson"]
