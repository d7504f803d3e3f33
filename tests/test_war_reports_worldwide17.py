"""War reports of a seventeenth round (issue 11, session 21), written for these tests in the styles of AP, Reuters,
AFP, Al Jazeera, Ukrinform, the Kyiv Independent, Xinhua and Dawn: allies who strike together ("a U.S.-British air
strike", "a US-led coalition strike", "an Israeli-American strike": the side named first or leading is the doer),
the debris of a weapon shot down (the weapon's owner did the harm, not the side that downed it; an interception
alone stays the interceptor's), and an explosion that names no weapon ("an explosion ripped through a market":
ACLED's remote explosive/IED)."""

import pytest
from war_fixtures import lead_published

from harmledger.extract.classify import classify

lead = lead_published("2026-11-30")


@pytest.mark.parametrize("text, doer", [
    # Reuters, AP, Al Jazeera, Xinhua: allies named together, the first or the leader struck
    ("A U.S.-British air strike on the port city of Hodeidah killed at least six people, the Houthi-run health "
     "ministry said on Sunday.", "United States"),
    ("US-British strikes hit Houthi targets near Sanaa overnight, killing two people, Al Masirah TV reported.",
     "United States"),
    ("A US-led coalition air strike near the village of Baghouz killed nine civilians, a war monitor said.",
     "United States"),
    ("An Israeli-American strike on a compound in Isfahan killed four people, Iranian state media said.", "Israel"),
    ("Saudi-Emirati coalition jets bombed a market in Saada, killing 12 civilians, Houthi officials said.",
     "Saudi-led coalition"),
    ("Russian-led forces attacked the village of Hombori, killing 20 herders, local officials told AFP.", "Russia"),
])
def test_allies_named_together_are_led_by_the_first_named(text, doer):
    assert classify(text).perpetrator == doer


@pytest.mark.parametrize("text", [
    # guards: a sponsor or a government joined by a hyphen names no doer of its own
    "An Iran-backed militia fired rockets at a base in Erbil, wounding two contractors, officials said.",
    "The Hamas-run health ministry said 20 people were killed in the strike on Jabalia.",
])
def test_a_sponsor_or_a_government_joined_by_a_hyphen_is_no_leader(text):
    assert classify(text).perpetrator not in ("Iran", "Hamas", "United States")


@pytest.mark.parametrize("text, owner", [
    # Ukrinform, Kyiv Independent, AP, Times of Israel: the debris of a weapon shot down
    ("Ukrainian forces downed a Russian drone that crashed into a house in Kharkiv, killing a woman, the governor "
     "said.", "Russia"),
    ("Ukrainian air defence forces shot down 40 of 55 Shahed drones overnight; debris damaged homes in Kyiv and "
     "killed one man.", "Russia"),
    ("Ukrainian forces destroyed an incoming Russian missile over Zaporizhzhia, but debris killed two people, the "
     "governor said.", "Russia"),
    ("Israeli forces intercepted a Hezbollah rocket, and falling shrapnel killed a man in Nahariya, medics said.",
     "Hezbollah"),
    ("Russian air defence units intercepted two Ukrainian drones over Belgorod, and falling debris killed a woman, "
     "the governor said.", "Ukraine"),
    ("A Russian drone shot down by Ukrainian forces crashed into a school in Sumy, killing a teacher, the regional "
     "military administration said.", "Russia"),
])
def test_the_harm_a_downed_weapon_does_is_its_owners(text, owner):
    assert lead(text).perpetrator == owner


@pytest.mark.parametrize("text, shooter", [
    # guards: an interception alone is the interceptor's; an aircraft shot down was attacked by its shooter
    ("Interception: On 12 October 2026, Ukrainian forces shot down 14 Russian drones over Odesa region.", "Ukraine"),
    ("Ukrainian forces intercepted 30 Russian drones over the Kyiv region overnight, the air force said.", "Ukraine"),
    ("Russian forces shot down a Ukrainian Su-25 aircraft near Pokrovsk, Donetsk. Casualties unknown.", "Russia"),
])
def test_the_side_that_intercepts_or_downs_an_aircraft_is_the_doer(text, shooter):
    assert classify(text).perpetrator == shooter


@pytest.mark.parametrize("text", [
    # Dawn, AFP, Premium Times, Reuters, Xinhua: a blast with no weapon named
    "An explosion ripped through a crowded market in Bannu on Friday, killing at least seven people, police said.",
    "A blast tore through a mosque in Kunduz during Friday prayers, killing 20 worshippers, a Taliban spokesman said.",
    "A powerful explosion hit a fuel depot in Goma on Sunday, killing four people, local authorities said.",
    "Twin blasts rocked a bus terminal in Quetta on Monday morning, killing 11 people and wounding 30.",
    "A huge blast struck a checkpoint in Mogadishu on Saturday, killing at least five people, police told Xinhua.",
    "An explosion tore through a wedding hall in Jalalabad, killing 14 guests, the governor's spokesman said.",
])
def test_an_explosion_with_no_weapon_named_is_a_remote_explosive(text):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text, sub_event", [
    # guards: a strike's or a drone's explosion stays the strike's; a suicide bomber stays one
    ("A Russian missile strike on Odesa caused an explosion that killed three people, the governor said.",
     "Shelling/artillery/missile attack"),
    ("An explosion hit a Russian ammunition depot after a Ukrainian drone attack, killing two soldiers.",
     "Air/drone strike"),
    ("A suicide bomber blew himself up at a market in Maiduguri; the blast killed 12 people.", "Suicide bomb"),
])
def test_an_explosion_a_weapon_caused_stays_that_weapons(text, sub_event):
    assert classify(text).sub_event_type == sub_event


def test_an_explosion_only_named_gives_way_to_the_weapon_a_later_sentence_names():
    # AFP, Reuters: the heading names the blast, the report the bomber
    text = ("BREAKING: Explosion in Kabul\nA suicide bomber killed six people near the Ministry of Foreign Affairs in "
            "Kabul on Thursday, police said.")
    assert lead(text).sub_event_type == "Suicide bomb"
