"""Session 25's review of the type cues (extract.classify, data/slot_event_types.json, data/slot_actors.json).

- "March" the month is no protest march: the cues read lower-cased text, so a march next to a day or a year, or
  followed by a noun it dates ("during a March 2021 raid", "at the March 23 roundabout", "during the March traffic
  stop"), makes no excessive force against protesters nor an intervention.
- Supporters who riot are a crowd; armed supporters, or supporters who kill, shoot or wound, are an armed group's men.
- A base or a post is a force's only where it is one: "the base of a hill", "the base of operations of an NGO" and
  "the Kyiv Post website" are no clash.
- A bracketed aside that names a force ("Soldiers (Burkinabe Army)") is no place aside: it is not masked.
"""

import re

import pytest

from harmledger.extract.classify import _asides_masked, _event_cues, classify
from harmledger.extract.cues import lowered

BATTLES, CIVILIANS, PROTESTS, RIOTS = "Battles", "Violence against civilians", "Protests", "Riots"


def types(text: str) -> tuple[str | None, str | None]:
    found = classify(text)
    return found.event_type, found.sub_event_type


# the month March, dated by a day or a year or dating the noun after it
@pytest.mark.parametrize("text, expected", [
    ("Soldiers killed 12 civilians during a March 2021 raid on Ngala, survivors said.", (CIVILIANS, "Attack")),
    ("Police shot dead a suspect at the March 23 roundabout in Goma on Tuesday.", (CIVILIANS, "Attack")),
    ("Gunmen killed three farmers during the 14 March attack on Kukawa, residents told Reuters.",
     (CIVILIANS, "Attack")),
    ("Troops shot and killed a motorist during the March traffic stop, the family's lawyer said.",
     (CIVILIANS, "Attack")),
])
def test_the_month_march_is_no_protest_march(text, expected):
    assert types(text) == expected


# a march of protesters, however its sentence goes on
@pytest.mark.parametrize("text", [
    "Police shot dead two men during a march against fuel prices in Nairobi on Tuesday.",
    "Soldiers killed a student at the march, witnesses said.",
    "Security forces gunned down three people during a march on the presidential palace.",
    "Police killed a teenager during a march organised by opposition parties in Conakry.",
])
def test_a_protest_march_met_with_killing_is_excessive_force(text):
    assert types(text) == (PROTESTS, "Excessive force against protesters")


def test_tear_gas_before_a_month_is_no_intervention_on_a_march():
    assert types("Police fired tear gas into a market in Kisumu on 3 March 2024, injuring 15 people.") != (
        PROTESTS, "Protest with intervention")


def test_tear_gas_on_marchers_is_an_intervention():
    assert types("Police fired tear gas at hundreds of students marching to parliament in Nairobi.") == (
        PROTESTS, "Protest with intervention")
    assert types("Riot police used water cannon to break up the march in Tbilisi on Sunday.") == (
        PROTESTS, "Protest with intervention")


# supporters armed, or who kill, are an armed group's men
@pytest.mark.parametrize("text", [
    "Islamic State supporters attacked a church in Cabo Delgado, killing five civilians.",
    "Armed supporters of the militia stormed a village in Ituri and killed 12 civilians.",
    "Al-Shabaab supporters attacked a bus near Mandera and shot dead six passengers, police said.",
])
def test_supporters_who_kill_are_no_rioters(text):
    assert types(text)[0] != RIOTS


@pytest.mark.parametrize("text", [
    "PTI supporters stormed and set fire to the residence of a minister in Lahore.",
    "Opposition supporters attacked a police station and torched two vehicles in Kinshasa.",
    "Football supporters vandalised shops after the match, police said.",
])
def test_supporters_who_riot_are_rioters(text):
    assert types(text) == (RIOTS, "Violent demonstration")


# a base or a post that is no force's
@pytest.mark.parametrize("text", [
    "Gunmen attacked the base of a hill where villagers were farming near Bokkos.",
    "Militants attacked the base of operations of an NGO in Kidal, looting its stores.",
    "Pro-Russian hackers claimed an attack on the Kyiv Post website on Monday.",
])
def test_a_base_or_post_that_is_no_forces_is_no_clash(text):
    assert types(text)[0] != BATTLES


@pytest.mark.parametrize("text", [
    "JNIM militants attacked a military base in Boulkessi, the army said.",
    "Gunmen attacked the base in Damboa overnight, killing four soldiers.",
    "Al-Shabaab fighters overran a Kenyan post near the border on Friday.",
    "Rebels carried out an attack on an RSF post east of El Fasher.",
])
def test_a_forces_base_or_post_attacked_is_still_a_clash(text):
    assert types(text) == (BATTLES, "Armed clash")


# a bracketed force named after the doer's noun
@pytest.mark.parametrize("text, perpetrator", [
    ("Soldiers (Burkinabe Army) killed 12 civilians in Djibo.", "Burkina Faso"),
    ("Militiamen (Wagner Group forces) executed 14 men near Moura (Mopti).", "Wagner Group"),
    ("Troops (Sudanese Armed Forces) shelled a market in Omdurman (Khartoum), killing 9.", "Sudan"),
])
def test_a_bracketed_force_names_the_doer(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


def test_a_bracketed_place_is_still_masked():
    text = "Militia burned the village of Tawila (North Darfur) and killed villagers."
    masked = _asides_masked(text, lowered(text))
    assert "north darfur" not in masked and len(masked) == len(text)
    assert classify("Gunmen attacked Kaduna (Kaduna, Nigeria) and killed 4.").perpetrator is None


def test_several_asides_keep_every_offset():
    text = "Gunmen raided Tawila (North Darfur) and Kutum (North Darfur), then Soldiers (Sudanese Army) replied."
    masked = _asides_masked(text, lowered(text))
    assert len(masked) == len(text)
    assert masked.count("north darfur") == 0 and "(sudanese army)" in masked


def test_every_cue_placeholder_is_filled():
    """The file's parts and {actor} are filled in every event cue, none left as a name in braces."""
    assert not [cue for *_, cue in _event_cues() if re.search(r"\{[a-z_]+\}", cue)]


@pytest.mark.parametrize("text", [
    "M23 rebels marched into Goma on Monday after government troops withdrew.",
    "Fighters of the RSF marched on El Fasher at dawn, residents said.",
    "Jihadists marched into the town without a shot being fired.",
])
def test_armed_men_who_march_are_no_protest_march(text):
    assert types(text)[0] != "Protests"


@pytest.mark.parametrize("text", [
    "Hundreds of people marched through Kinshasa to protest the killings.",
    "Students marched on parliament demanding reforms.",
])
def test_people_who_march_still_protest(text):
    assert types(text) == ("Protests", "Peaceful protest")
