"""War figures told without a number or as a toll's revision (issue 11, session 22), in several outlets' styles:
one person named by a role or a relation with a possessive or an article ("killing its rider", "wounding his wife",
"killing a shepherd"), the guards of a village or a state counted ("five vigilantes", "12 gendarmes"), a death from
wounds told days after its attack, and a toll that supersedes an earlier one or that a death brings up."""

import pytest
from war_fixtures import lead_published, value

from harmledger.extract.counts import find_counts

lead = lead_published("2026-11-28")


def _killed_injured(text):
    mention = lead(text)
    return value(mention.killed), value(mention.injured)


@pytest.mark.parametrize("text, killed, injured", [
    # NNA, Ukrinform, Anadolu, Radio Dabanga: one person told by a role or a relation, owned or with an article
    ("An Israeli drone struck a car on the coastal road near Tyre on Thursday, killing its driver, the health ministry "
     "said.", 1, None),
    ("A Russian FPV drone hit a tractor in a field near Beryslav on Monday, wounding its driver, the regional military "
     "administration said.", None, 1),
    ("Russian shelling hit a house in Nikopol on Sunday, killing a man and injuring his wife, Governor Serhiy Lysak "
     "said.", 1, 1),
    ("Israeli troops opened fire on a herd near Beit Lahia on Wednesday, killing a shepherd, WAFA reported.", 1, None),
    ("RSF shelling struck a cart in Tawila on Saturday, killing its rider and wounding two children, residents "
     "said.", 1, 2),
])
def test_one_person_told_by_a_role_or_relation_is_one(text, killed, injured):
    assert _killed_injured(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    # Ukrinform, Al Jazeera, Kyiv Independent: the people a vehicle or a family held, counted after "its" or "the"
    ("A Russian drone hit a car in Kherson on Monday, wounding its two occupants, the regional governor said.", None, 2),
    ("An Israeli drone struck a car near Nabatieh on Tuesday, killing its three occupants, the health ministry said.",
     3, None),
    ("Russian shelling hit a house in Nikopol on Sunday, killing a man and wounding his two sons, Governor Serhiy "
     "Lysak said.", 1, 2),
    ("A Russian guided bomb hit a minibus in Kostiantynivka on Friday, wounding the four passengers, the city "
     "administration said.", None, 4),
])
def test_people_counted_after_a_possessive_or_the_are_all_counted(text, killed, injured):
    assert _killed_injured(text) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    # Premium Times, AFP, Reuters: the guards of a village or a state counted among the dead
    ("Bandits attacked Gidan Bisa village in Zamfara State on Sunday, killing 11 vigilantes, police said.", 11),
    ("Jihadists attacked a post near Djibo in northern Burkina Faso on Tuesday, killing 12 gendarmes, security sources "
     "said.", 12),
    ("Fighters of the M23 stormed Kalembe in North Kivu on Friday, killing seven Wazalendo militiamen, local officials "
     "said.", 7),
])
def test_village_and_state_guards_are_people(text, killed):
    assert _killed_injured(text)[0] == killed


@pytest.mark.parametrize("sentence", [
    # no person: a machine, a feeling, a dog or a hospital named by a role noun's neighbours
    "The drone hit the tractor, killing its engine.",
    "He survived the strike, though it wounded his pride.",
    "Soldiers said a German shepherd was killed in the blast.",
    "The wounded were taken to Good Shepherd Hospital.",
])
def test_what_is_no_person_counts_no_one(sentence):
    assert [f for f in find_counts(sentence) if f.value] == []


@pytest.mark.parametrize("text", [
    # Ukrinform, Dabanga, WAFA: one death from the wounds of an attack told days after it
    "A Ukrainian man died of his injuries on Saturday, three days after a Russian glide bomb hit his house in "
    "Kupiansk, the regional governor said.",
    "A nurse succumbed to her wounds on Tuesday, two days after an RSF drone hit the hospital in El Fasher, the "
    "Sudan Doctors Network said.",
    "A Palestinian teenager died of his wounds on Thursday, a day after Israeli troops shot him during a raid in "
    "Jenin, the health ministry said.",
])
def test_a_death_from_wounds_after_an_attack_is_one_dead(text):
    assert _killed_injured(text)[0] == 1


@pytest.mark.parametrize("text, killed", [
    # Myanmar Now, AFP, Reuters: the toll told after an earlier one it supersedes, or a death bringing it up
    ("At least 19 people were killed in a junta airstrike on a school in Magway Region, the NUG said on Thursday, "
     "revising an earlier toll of 11.", 19),
    ("A Russian missile strike on a hospital in Dnipro on Monday killed 14 people, up from a previous toll of 12, the "
     "governor said.", 14),
    ("A wounded villager died in hospital on Tuesday, bringing the number killed in Sunday's RSF drone strike on "
     "a market in El Obeid to nine, medics said.", 9),
    ("A girl wounded when Israeli troops raided Tubas on Monday has died, bringing the number dead to three, the "
     "health ministry said.", 3),
])
def test_a_revised_toll_is_the_toll(text, killed):
    assert _killed_injured(text)[0] == killed


def test_an_earlier_toll_alone_is_still_the_toll():
    """Where a sentence gives no later figure, its first toll is all it tells."""
    assert [(f.slot, f.value) for f in find_counts("An initial toll of 12 dead was given by the army after the strike.")
            ] == [("killed", 12)]


@pytest.mark.parametrize("sentence", [
    # "his other two comrades", "their other three children": more than one person, never a lone victim
    "The blast killed a soldier and wounded his other two comrades in the vehicle.",
    "The strike killed a woman in Khan Younis and injured her other three children.",
])
def test_others_after_a_possessive_are_no_lone_victim(sentence):
    assert ("injured", 1) not in [(f.slot, f.value) for f in find_counts(sentence)]
