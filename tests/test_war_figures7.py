"""War figures of a seventh round (issue 11's Figures list): the wounded told as a noun, as machine translations
and agency statements tell them ("caused the death of 30 civilians and injury to 55 others"); the wounded told as
under treatment in hospitals ("61 were being treated in hospitals"); a family counted by its size ("killed a family
of six"); the members of a family counted across the family named ("five members of the same family were
killed"); and the wounded an active verb counts before the phrase that says they were caught up in the violence
("wounding six people caught in the crossfire"). Written for these tests in the styles of Reuters, AP, AFP, Al
Jazeera, Radio Dabanga, Premium Times, Addis Standard, SANA, WAFA and Le Nouvelliste, about Haiti, Libya, Ethiopia,
Yemen, Nigeria, Sudan, Gaza, Syria, Myanmar and Ukraine."""

import pytest
from war_fixtures import lead, value

from harmledger.extract import extract
from harmledger.extract.counts import find_counts

PUBLISHED = "2024-07-20"


def figures(text: str) -> tuple:
    """The lead incident's killed and injured."""
    found = lead(text, PUBLISHED)
    return value(found.killed), value(found.injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("According to residents, a drone strike on the Amhara region town of Finote Selam caused the death of 30 "
     "civilians and injury to 55 others on Sunday, Addis Standard reported.", 30, 55),
    ("The shelling of the Sheikh Maqsoud neighbourhood of Aleppo resulted in the death of four people and injuries "
     "to 12 others, the local council said in a statement.", 4, 12),
    ("The bombardment of a market in Saada led to the injury of nine civilians, among them three children, the "
     "ministry of health said.", None, 9),
    ("An Israeli air strike on a house in Tubas caused injuries to seven Palestinians, WAFA reported.", None, 7),
])
def test_the_wounded_told_as_a_noun_are_counted(text, killed, injured):
    assert figures(text) == (killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ("Gunmen attacked worshippers at a church in Owo on Sunday. The state governor later said 40 people had been "
     "killed and 61 were being treated in hospitals.", 40, 61),
    ("A Russian glide bomb struck a hardware store in Kharkiv on Saturday, killing 12 people. Forty-three others "
     "were treated in hospital, the regional governor said.", 12, 43),
    ("A car bomb exploded near a checkpoint in Azaz, killing six people. Nineteen others were receiving treatment in "
     "hospital, the civil defence said.", 6, 19),
    ("Two people were killed in the drone attack on the market in Omdurman and 14 others are undergoing treatment at "
     "the Al-Nau hospital, the Sudan Doctors Network said.", 2, 14),
])
def test_the_wounded_told_as_under_treatment_are_counted(text, killed, injured):
    assert figures(text) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("An Israeli strike killed a family of six in their home in Deir al-Balah overnight, hospital officials said.", 6),
    ("A Russian drone hit a house in Kherson's Dniprovskyi district, killing an entire family of four, the regional "
     "governor said.", 4),
    ("Government jets bombed a village in Sagaing, killing a whole family of seven, Myanmar Now reported.", 7),
])
def test_a_family_counted_by_its_size_is_its_dead(text, killed):
    assert value(lead(text, PUBLISHED).killed) == killed


def test_a_family_of_a_size_not_killed_counts_no_one():
    sentence = "A family of six was displaced by the shelling and two people were wounded."
    assert [(f.slot, f.value) for f in find_counts(sentence)] == [("injured", 2)]


@pytest.mark.parametrize("text, killed, injured", [
    ("Five members of the same family were killed in an Israeli strike on their home in Nuseirat, the civil defence "
     "agency said.", 5, None),
    ("Nine members of the Abu Jarad family, including four children, were killed when a strike flattened their house "
     "in Rafah, relatives told AFP.", 9, None),
    ("A shell hit a house in the Syrian town of Tafas on Tuesday. Seven members of one family were wounded, SANA "
     "reported.", None, 7),
    ("Four members of a family were killed and two neighbours were injured when a drone struck their car near "
     "Nikopol, the regional governor said.", 4, 2),
])
def test_members_of_a_family_are_counted_across_the_family_named(text, killed, injured):
    assert figures(text) == (killed, injured)


def test_family_members_who_were_not_harmed_count_no_one():
    sentence = "Three members of the victim's family were at the scene, and two people were wounded."
    assert [(f.slot, f.value) for f in find_counts(sentence)] == [("injured", 2)]


@pytest.mark.parametrize("text, killed, injured", [
    ("Gang members opened fire in the Delmas neighbourhood of Port-au-Prince on Wednesday, killing three people and "
     "wounding six people caught in the crossfire, Le Nouvelliste reported.", 3, 6),
    ("Clashes between two rival militias in Tripoli killed two people and wounded five civilians caught in the "
     "crossfire, the health ministry said.", 2, 5),
    ("RSF fighters and army troops fought street battles in El Obeid on Monday, killing four people and injuring "
     "11 residents caught up in the fighting, Radio Dabanga reported.", 4, 11),
    ("Houthi and government forces exchanged artillery fire near Taiz, killing a child and wounding three "
     "bystanders caught in the shelling, a local official said.", 1, 3),
])
def test_the_wounded_caught_up_in_the_violence_are_counted(text, killed, injured):
    assert figures(text) == (killed, injured)


@pytest.mark.parametrize("sentence, expected", [
    # the phrase names the violence, not any past participle: the people an active verb counts end at the noun
    ("Shelling killed two soldiers caught in the crossfire.", [("killed", 2)]),
    ("The gunmen wounded six people. Others were caught in the crossfire.", [("injured", 6)]),
    ("Police said the men traded shots, wounding two people caught in a crossfire near the market.", [("injured", 2)]),
])
def test_caught_in_the_crossfire_ends_the_object_only_after_its_noun(sentence, expected):
    assert [(f.slot, f.value) for f in find_counts(sentence)] == expected


def test_an_earlier_death_recalled_after_an_undated_mention_is_history():
    """The arrested men's own wounds open a mention no sentence dates yet; the body found two days before the
    attack the report dated is an earlier death recalled in passing, not theirs."""
    text = ("Police are investigating a grenade attack that occurred Saturday, July 13, 2024 morning at a market in "
            "Mogadishu. Eight people were injured in the blast early Saturday, officials said. Two men — one aged 22 "
            "and the other 30 — were arrested in connection with the attack, police said. Both suffered shrapnel "
            "wounds and were in stable condition. The attack was the second in a week in a city that has struggled to "
            "end such violence. On Thursday, police found the badly burned body of a 25-year-old man in a park.")
    found = [(value(m.killed), value(m.injured), m.background) for m in extract(text, "2024-07-13")]
    assert found == [(None, 8, False), (None, 2, False), (1, None, True)]
