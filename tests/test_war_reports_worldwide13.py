"""War reports of a thirteenth round (issue 11's Actors list and the sub-event type): a strike by a force that strikes
from the air named as "Israeli forces ... in a strike" is an air strike, as "an Israeli strike" is; and the survivors,
witnesses or residents of an attack or a site speak, not the place the attack hit. Written for these tests in the
styles of Reuters, AP, AFP, Al Jazeera, WAFA, Radio Dabanga, Garowe Online and Ukrinform, about Gaza, the West Bank,
Yemen, Somalia, Sudan and Ukraine."""

import pytest
from war_fixtures import lead

from harmledger.extract.classify import classify
from harmledger.extract.speakers import find_speaker


@pytest.mark.parametrize("text", [
    "Israeli forces killed 18 people in a strike on a house in Khan Younis on Friday, medics said.",
    "The Israeli military said its strike on a school in Gaza City targeted a Hamas command centre.",
    "US forces carried out a strike on an al-Shabaab camp near Jilib on Sunday, killing 12 militants, AFRICOM said.",
    "Israeli troops, backed by a drone, killed three men in a strike on a car near Tubas, WAFA reported.",
])
def test_a_strike_by_a_force_that_strikes_from_the_air_is_an_air_strike(text):
    found = classify(text)
    assert (found.sub_event_type, found.weapon) == ("Air/drone strike", "airstrike") or (
        found.sub_event_type == "Air/drone strike" and found.weapon == "drone")


@pytest.mark.parametrize("text, sub_event_type", [
    # the force's own guns or artillery are named: shelling, as before
    ("Israeli forces shelled the area before a strike on a school in Jabalia killed nine people.",
     "Shelling/artillery/missile attack"),
    # a strike by a force this rule does not know to strike from the air stays missile or artillery fire
    ("Russian forces killed five people in a strike on Kharkiv on Friday, the governor said.",
     "Shelling/artillery/missile attack"),
])
def test_a_named_gun_or_another_force_s_strike_is_not_made_an_air_strike(text, sub_event_type):
    assert classify(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, speaker", [
    ("Survivors of the strike on al-Mawasi said 20 people were killed when missiles hit tents on Saturday.",
     "Survivors of the strike on al-Mawasi"),
    ("Witnesses to the attack in Rafah told Reuters that nine people died.", "Witnesses to the attack in Rafah"),
    ("Relatives of those killed in the shelling of Nyala said 14 people were buried on Sunday.",
     "Relatives of those killed in the shelling of Nyala"),
    ("Residents of the camp near Nuseirat said the strike killed 12 people.", "Residents of the camp near Nuseirat"),
    ("Survivors of the massacre in Mahas said the gunmen killed 40 farmers.", "Survivors of the massacre in Mahas"),
])
def test_the_survivors_or_witnesses_of_an_attack_speak_not_its_place(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text", [
    "Displaced families in al-Mawasi said the strike killed 20 people.",
    "Hundreds of people sheltering near Deir al-Balah said they heard three explosions.",
    "Crowds gathered outside Kharkiv said nothing of the dead.",
])
def test_a_place_after_in_near_or_outside_is_no_speaker(text):
    assert find_speaker(text) is None


@pytest.mark.parametrize("text, speaker", [
    ("The Ministry of Health in Gaza said 30 people were killed.", "Ministry of Health in Gaza"),
    ("Police in Houston said two men were shot.", "Police in Houston"),
    ("The Sudan Doctors Network, a medical group, said 12 people died.", "Sudan Doctors Network"),
])
def test_a_named_body_in_its_town_still_speaks(text, speaker):
    assert find_speaker(text) == speaker


def test_the_lead_s_toll_has_the_survivors_as_its_speaker():
    text = ("Survivors of the strike on al-Mawasi said 20 people were killed when missiles hit tents on Saturday. "
            "The Israeli military said it had targeted a Hamas commander.")
    assert lead(text).killed.speaker == "Survivors of the strike on al-Mawasi"
