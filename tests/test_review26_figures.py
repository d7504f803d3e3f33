"""Session 26's review of this session's figures: "dead and wounded" read as one casualties count where "wounded"
has an object of its own ("left 15 dead and wounded dozens"), a gang's members who "had killed" counted as killed,
and a figure after a toll update's own ("12 injured remain in hospital") read as the update's. Each case failed on
main 0bc4ce7 / a2ed52b."""

import pytest
from war_fixtures import lead, value

from harmledger.extract.counts import find_counts


def figures(sentence):
    return [(f.slot, f.value) for f in find_counts(sentence) if f.basis != "negated" and not f.superseded]


@pytest.mark.parametrize("sentence, killed", [
    ("The attack left 15 dead and wounded dozens in Kano.", 15),
    ("The bombing left 15 dead and wounded scores of worshippers, police said.", 15),
    ("Gunmen left 15 dead and wounded many more in the raid on the market.", 15),
    ("The blast left 15 dead and wounded over 30 people at the bus station.", 15),
    ("Militants stormed the village, leaving 22 dead and wounded several others.", 22),
])
def test_wounded_with_an_object_of_its_own_leaves_the_dead_counted(sentence, killed):
    found = figures(sentence)
    assert ("killed", killed) in found
    assert all(slot != "casualties" for slot, _ in found)


@pytest.mark.parametrize("sentence, expected", [
    ("The attack left 15 dead and injured at least 40, officials said.", [("killed", 15), ("injured", 40)]),
])
def test_a_floor_after_injured_stays_the_injured(sentence, expected):
    assert sorted(figures(sentence)) == sorted(expected)


@pytest.mark.parametrize("sentence, count", [
    ("The shelling left 15 dead and wounded in Kharkiv on Tuesday.", 15),
    ("There were 40 dead and injured after the blast, the governor said.", 40),
    ("Rescuers pulled 12 dead and injured from the rubble.", 12),
    ("Officials counted 30 dead and wounded.", 30),
])
def test_dead_and_wounded_ending_its_phrase_is_one_casualties_count(sentence, count):
    assert ("casualties", count) in figures(sentence)


@pytest.mark.parametrize("sentence, killed", [
    ("Two members of the gang had killed five people in Kano, police said.", 5),
    ("Three members of the militia have killed 12 villagers since January, residents said.", 12),
    ("Four members of an armed group had shot dead seven traders on the highway, the army said.", 7),
])
def test_members_who_killed_are_the_killers_not_the_dead(sentence, killed):
    assert [value for slot, value in figures(sentence) if slot == "killed"] == [killed]


@pytest.mark.parametrize("sentence, killed", [
    ("Five members of the security forces had been killed in the ambush, officials said.", 5),
    ("Two members of the local militia have been killed in the clashes.", 2),
    ("Nine members of the same family were killed in the strike.", 9),
])
def test_members_who_were_killed_are_still_counted(sentence, killed):
    assert ("killed", killed) in figures(sentence)


@pytest.mark.parametrize("text, killed, injured", [
    ("A Russian strike on Kharkiv killed five people and injured 40, the governor said. The toll rose to seven, and "
     "12 injured remain in hospital.", 7, 40),
    ("A Russian drone attack on Odesa killed three people and wounded 31, officials said. The toll has risen to four, "
     "with 25 wounded discharged from hospital.", 4, 31),
    ("Gunmen killed eight worshippers and wounded 20 at a mosque in Katsina, police said. The toll later rose to 11, "
     "and six injured were flown to Abuja for treatment.", 11, 20),
    # a figure that ends the update's clause is the update's too
    ("A Russian strike on Kharkiv killed five people and injured 40, the governor said. The toll rose to seven dead "
     "and 52 injured on Tuesday.", 7, 52),
    ("An airstrike on a market in Kadugli killed nine people and wounded 14, activists said. The toll has risen to "
     "13 dead, with 30 wounded, a medical source said.", 13, 30),
])
def test_a_toll_update_takes_only_a_figure_ending_its_clause(text, killed, injured):
    mention = lead(text)
    assert (value(mention.killed), value(mention.injured)) == (killed, injured)
