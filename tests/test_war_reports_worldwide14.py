"""War reports of a fourteenth round (issue 11): a raid that kills people has a type, a clash where the dead are
fighters or soldiers and an attack on civilians otherwise, an air raid staying an air strike and a raid that only
arrests staying arrests; and the people a strike killed keep their count when a past participle phrase says what was
done to them ("three hostages held in Rafah"). Written for these tests in the styles of Reuters, AP, AFP, Al Jazeera,
WAFA, Premium Times, Garowe Online and RFI, about the West Bank, Gaza, Nigeria, Mali, Burkina Faso and Somalia."""

import pytest
from war_fixtures import lead, value

from harmledger.extract.classify import classify
from harmledger.extract.counts import find_counts


@pytest.mark.parametrize("text", [
    "Israeli troops killed two Palestinians during a raid on Jenin on Tuesday, the health ministry said.",
    "Israeli forces killed three Palestinians in a raid on the Nur Shams refugee camp, WAFA reported.",
    "Two Palestinians were killed during an Israeli military raid on Tulkarem, the Palestinian health ministry said.",
    "Israeli forces raided the Balata camp near Nablus before dawn, killing a 17-year-old boy.",
    "Malian soldiers killed dozens of men in a raid on the village of Moura, rights groups said.",
    "Burkinabe troops shot dead seven herders during a raid on a hamlet near Djibo, residents told RFI.",
])
def test_a_raid_that_kills_people_is_an_attack_on_civilians(text):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text", [
    "Somali forces killed five al-Shabaab fighters during a raid near Jilib, state media reported.",
    "Nigerian troops neutralised 12 Boko Haram terrorists in a raid on their hideout in Sambisa forest.",
    "A raid by Malian troops on a camp near Gao killed 14 jihadists, the army said on Sunday.",
    "Five soldiers were killed in a raid on their base near Djibo, security sources said.",
])
def test_a_raid_where_the_dead_are_fighters_or_soldiers_is_a_clash(text):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == ("Battles", "Armed clash")


@pytest.mark.parametrize("text, sub_event_type", [
    ("An Israeli air raid killed five Hamas militants in Khan Younis, medics said.", "Air/drone strike"),
    ("Police raided a house in Kano and arrested three suspects, a spokesman said.", "Arrests"),
])
def test_an_air_raid_or_a_raid_that_only_arrests_keeps_its_type(text, sub_event_type):
    assert classify(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, killed", [
    ("Israeli strikes killed three hostages held in Rafah, the army said.", 3),
    ("The blast killed five civilians trapped under the rubble of a house in Jabalia.", 5),
    ("Shelling killed four people displaced by the fighting in El Fasher, Radio Dabanga reported.", 4),
    ("A drone strike killed six civilians gathered at a wedding in Sagaing region.", 6),
    ("Militants killed three soldiers stationed at a checkpoint near Gao, the army said.", 3),
])
def test_the_killed_keep_their_count_before_a_past_participle_phrase(text, killed):
    assert [(f.slot, f.value) for f in find_counts(text)] == [("killed", killed)]


def test_a_participle_count_reaches_the_lead_incident():
    assert value(lead("Israeli strikes killed three hostages held in Rafah, the Israeli military said.").killed) == 3


@pytest.mark.parametrize("text", [
    "Two masked intruders shot the man outside his home in Kaduna, police said.",
    "Two gunmen stormed the shop and one customer was wounded.",
])
def test_the_doers_before_a_verb_with_its_own_object_are_not_counted(text):
    assert all(f.value != 2 for f in find_counts(text))
