"""Figures in war reports of the kinds issue 11 lists, written for these tests (several outlets'
styles, several conflicts): each test is a class of phrasings, with more than one example."""

from datetime import date

import pytest
from war_fixtures import lead_published

from harmledger.extract import extract


lead = lead_published("2026-05-13")


@pytest.mark.parametrize("text, killed", [
    ("A Russian missile struck Odesa on Monday, killing 11 people. The death toll has risen to 14 after three more "
     "victims died in hospital today, the regional governor said.", 14),
    ("Shelling hit a market in Omdurman, killing 20 people, medics said. The toll has climbed to 23 after three more "
     "people died of their wounds.", 23),
    ("An airstrike on a school in Nuseirat killed 18 people. The death toll rose to 22 after four more bodies were "
     "pulled from the rubble.", 22),
    ("Gunmen attacked a village in Zamfara State, killing nine. The toll has risen to 12 after three wounded "
     "villagers died overnight.", 12),
    ("A drone hit a bus in Kherson, killing four. The toll has climbed to six, including two who died overnight.", 6),
])
def test_a_toll_update_that_explains_its_rise_is_the_toll_not_more_dead(text, killed):
    mentions = [m for m in extract(text, "2026-05-13") if not m.background]
    assert [m.killed.value for m in mentions] == [killed]


@pytest.mark.parametrize("text, killed", [
    ("Soldiers killed 20 Rohingya civilians near the border, witnesses told Reuters.", 20),
    ("Drones struck the camp outside El Fasher, killing 15 Masalit villagers.", 15),
    ("Gunmen killed 12 Fulani herders in Benue State on Sunday.", 12),
    ("Militants slaughtered 12 worshippers at a mosque in Katsina State.", 12),
    ("Attackers hacked to death 18 villagers in Ituri province, a local official said.", 18),
    ("Armed men massacred 30 Tiv farmers in Yelwata overnight.", 30),
    ("At least 40 villagers were hacked to death in the raid on Djugu.", 40),
])
def test_a_peoples_name_before_the_victims_and_verbs_of_massacre_count_the_dead(text, killed):
    mention = lead(text)
    assert mention.killed.value == killed


@pytest.mark.parametrize("text, killed", [
    ("The number of Palestinians killed in the strike on the school has climbed to 90, the health ministry said.", 90),
    ("A missile hit a shopping centre in Kharkiv. The number of people killed in the attack rose to 31 on Monday.", 31),
    ("RSF shelling hit the market in El Fasher. The number of civilians confirmed dead has reached 46, medics said.", 46),
])
def test_the_number_of_people_killed_risen_to_n_is_a_toll(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed, missing", [
    ("Rescuers have pulled out five bodies from the collapsed building in Dnipro; 13 more are unaccounted for.", 5, 13),
    ("Six people were killed in the strike on Kramatorsk and four others remain unaccounted for.", 6, 4),
    ("Gunmen killed nine villagers in Gwoza, and 20 more are still missing, residents said.", 9, 20),
])
def test_more_or_others_unaccounted_for_are_missing(text, killed, missing):
    mention = lead(text)
    assert (mention.killed.value, mention.missing.value) == (killed, missing)


@pytest.mark.parametrize("text, published, mourned", [
    ("Funerals were held on Sunday for nine people killed in an airstrike on Rafah.", "2026-05-13", date(2026, 5, 10)),
    ("Relatives buried on Monday the 14 villagers killed by gunmen in Zamfara State.", "2026-05-13", date(2026, 5, 11)),
    ("Mourners gathered in Kharkiv on Tuesday for the funeral of six people killed in a drone strike.", "2026-05-14",
     date(2026, 5, 12)),
])
def test_the_day_of_the_funerals_is_not_the_attacks(text, published, mourned):
    when = lead(text, published).when
    assert when.start < mourned


def test_an_attack_told_on_a_weekday_keeps_that_day():
    when = lead("A drone strike killed six people in Kharkiv on Tuesday.", "2026-05-14").when
    assert (when.start, when.end) == (date(2026, 5, 12), date(2026, 5, 12))


@pytest.mark.parametrize("text, killed", [
    ("Two SDF fighters were killed in a Turkish drone strike near Qamishli, the group said.", 2),
    ("Fighting in El Fasher left 14 RSF soldiers dead, the army said.", 14),
    ("The army said it killed 11 RSF fighters near Bara.", 11),
    ("Five Al-Shabaab militants were killed in the clash near Baidoa.", 5),
    ("Congolese troops killed nine M23 rebels near Goma, the army said.", 9),
])
def test_a_groups_acronym_or_hyphenated_name_before_its_fighters_counts_them(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed", [
    ("An Israeli airstrike in southern Lebanon killed a senior commander and two other fighters, the group said.", 3),
    ("Israel said its drone struck a car near Tyre, killing a Hezbollah commander and three of his aides.", 4),
    ("A US strike in Somalia killed an Al-Shabaab leader and four other militants, the US Africa Command said.", 5),
    ("Ukrainian forces killed a Russian battalion commander and five of his men near Pokrovsk, the army said.", 6),
])
def test_a_named_role_and_n_others_killed_are_n_plus_one(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("Two people were killed when a Russian drone hit a bus in Kherson. Five more were hurt, the regional governor said.",
     2, 5),
    ("Three soldiers died in the ambush near Mopti. Four more were wounded, the army said.", 3, 4),
    ("Two policemen were killed in the bombing in Quetta and five more were hurt.", 2, 5),
    ("Shelling killed two people in Toretsk on Friday; three more were injured, the prosecutor said.", 2, 3),
    ("An Israeli strike on a house in Deir al-Balah killed four people, medics said. Three others were wounded.", 4, 3),
])
def test_more_or_others_hurt_after_the_dead_are_the_injured(text, killed, injured):
    mention = lead(text)
    assert (mention.killed.value, mention.injured.value) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("One of the five people hospitalized after the drone strike in Sumy has died, the governor said.", 1),
    ("One of the seven people injured in the shelling of Nikopol has died in hospital.", 1),
    ("Two of the 12 people wounded in the airstrike on Jabalia have since died of their injuries, medics said.", 2),
    ("One of the four civilians hurt in the attack on the village near Maiduguri later died, police said.", 1),
])
def test_one_of_the_n_hurt_who_died_is_one_dead_not_n(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed", [
    ("Israeli fire killed five people waiting for aid in Khan Younis, the civil defence said.", 5),
    ("An airstrike killed 12 people sheltering in a school in Gaza City.", 12),
    ("A Russian missile killed seven people queuing at a post office in Kharkiv.", 7),
    ("Gunmen killed nine farmers working on their fields in Borno State.", 9),
])
def test_the_dead_then_what_they_were_doing_are_counted(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed", [
    ("Jihadists attacked an army post near Djibo, killing two soldiers and three civilians, security sources said.", 5),
    ("A Russian glide bomb killed two women and three children in Kostiantynivka on Tuesday, the governor said.", 5),
    ("The Israeli strike on the house in Rafah killed 12 adults and 7 children, the civil defence said.", 19),
    ("RSF shelling killed four policemen and a nurse in El Fasher, the resistance committee said.", 5),
    ("Al-Shabaab gunmen killed three police officers and two others at a checkpoint in Mogadishu.", 5),
])
def test_everyone_an_active_verb_counts_in_its_object_is_dead(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed, injured", [
    ("The car bomb killed two people and five others were wounded in Mogadishu, police said.", 2, 5),
    ("A drone strike on the market killed three civilians and two children were injured, officials said.", 3, 2),
    ("Shelling killed one woman and four other residents were hurt in Kherson overnight.", 1, 4),
])
def test_others_after_the_dead_with_a_verb_of_their_own_are_not_among_the_dead(text, killed, injured):
    mention = lead(text)
    assert (mention.killed.value, mention.injured.value) == (killed, injured)
