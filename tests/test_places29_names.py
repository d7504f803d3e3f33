"""Issue 11, session 21: a victim's or an officer's full name is no place, however big the town its last word
names ("Sergeant Musa Kano", "Omar Salem, 17", "Yazan Abu Hassan"), while the town told as a town stays ("in Kano",
"KANO, Nigeria (Reuters) -", "Salem police said"); and a town the Houthis strike in Israel ("struck a hotel in Eilat")
is where the harm was, not a namesake out of a Yemen report's focus."""

import pytest
from war_fixtures import km_from, lead_published, titled_lead

from harmledger.geo import find_places

lead = lead_published("2026-11-27")


def names(text: str) -> list[str]:
    return [p.place.name for p in find_places(text)]


@pytest.mark.parametrize("text, person", [
    # WAFA: the dead named after their count, one of them with "Abu" before his family name
    ("Israeli forces shot dead two Palestinians, Mohammed Jabarin and Yazan Abu Hassan, during a raid on the Jenin "
     "refugee camp on Tuesday, the Palestinian health ministry said.", "Hassan"),
    # Al Jazeera: a father and his sons
    ("An Israeli air strike on a house in Khan Younis killed Ahmad Abu Hassan and his two sons, medics said.", "Hassan"),
    # Anadolu / WAFA: a boy's name before his age
    ("Settlers shot dead Omar Salem, 17, near the village of Turmus Ayya, north of Ramallah, on Wednesday, WAFA "
     "reported.", "Salem"),
    # SANA: "bin" between the given name and the family's
    ("Rocket fire killed Ali bin Salem in the Syrian town of Jableh on Wednesday, state media said.", "Salem"),
    # Daily Trust / Premium Times: a rank before a soldier's or a policeman's full name
    ("Bandits killed Sergeant Musa Kano and two other soldiers in an ambush near Dutsin-Ma in Katsina State on "
     "Thursday, the army said.", "Kano"),
    ("Gunmen shot dead Cpl. Ibrahim Kano, a police officer, at a checkpoint in Zamfara State on Tuesday, police said.",
     "Kano"),
    # US local news: a victim named with an age
    ("The victim was identified as Maria Salem, 31, of Portland, Oregon police said.", "Salem"),
])
def test_a_full_names_last_word_is_no_town_of_any_size(text, person):
    assert person not in names(text)


@pytest.mark.parametrize("text, lat, lon", [
    ("Israeli forces shot dead two Palestinians, Mohammed Jabarin and Yazan Abu Hassan, during a raid on the Jenin "
     "refugee camp on Tuesday, the Palestinian health ministry said.", 32.46, 35.30),
    ("Settlers shot dead Omar Salem, 17, near the village of Turmus Ayya, north of Ramallah, on Wednesday, WAFA "
     "reported.", 32.04, 35.29),
    ("Bandits killed Sergeant Musa Kano and two other soldiers in an ambush near Dutsin-Ma in Katsina State on "
     "Thursday, the army said.", 12.45, 7.50),
])
def test_the_lead_is_placed_where_the_victim_was_killed(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text, town", [
    ("Gunmen killed five people in Kano on Monday, police said.", "Kano"),
    ("KANO, Nigeria (Reuters) - A bomb killed four people at a market on Monday.", "Kano"),
    ("Gov. Abba Kabir Yusuf visited Kano on Tuesday after the blast killed six people.", "Kano"),
    ("SALEM, Ore. (AP) — A man was shot and killed on Monday night, Salem police said.", "Salem"),
    ("Police in Hassan said two farmers were killed when a wild elephant attacked them in Karnataka on Monday.",
     "Hassan"),
])
def test_a_town_told_as_a_town_stays(text, town):
    assert town in names(text)


EILAT = (29.56, 34.95)


@pytest.mark.parametrize("text", [
    "Israel's military said a drone launched by the Houthis struck a hotel in Eilat, killing two people and "
    "wounding 20.",
    "A drone launched by the Houthis struck a hotel in Eilat, killing two people, Magen David Adom said.",
    "Yemen's Houthi rebels said they launched a drone that struck a hotel in Eilat, killing two people.",
])
def test_a_houthi_strike_on_an_israeli_town_is_placed_there(text):
    assert km_from(lead(text).place, *EILAT) < 25
    assert km_from(titled_lead(text, "Houthi drone attack kills two in Eilat", "2026-11-27").place, *EILAT) < 25
