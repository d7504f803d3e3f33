"""War figures of a sixth round (issue 11's Figures list): people held or at work counted among the dead by their
own noun in either number ("killed 60 detainees", "a detainee was killed"), and the bound of the victims' ages after
them ("a child under the age of 10 was killed"), which counts the victims, not the bound. Written for these tests in
the styles of Reuters, AP, AFP, Al Jazeera, Radio Dabanga, Premium Times, Myanmar Now, Ukrinform and SANA, about
Yemen, Sudan, Ukraine, Gaza, Nigeria, Myanmar and Syria."""

import pytest
from war_fixtures import lead, value

from harmledger.extract.counts import find_counts

PUBLISHED = "2024-07-20"


@pytest.mark.parametrize("text, killed", [
    ("Saudi-led coalition air strikes on a detention centre in Saada killed at least 70 detainees on Friday, the "
     "medical charity said.", 70),
    ("RSF drones struck the Shala women's prison in El Fasher on Thursday, killing 14 inmates, Radio Dabanga "
     "reported.", 14),
    ("A Russian missile hit a penal colony in Olenivka, killing 53 Ukrainian prisoners, Kyiv said.", 53),
    ("Two prisoners were killed when shells hit the central jail in Kherson on Tuesday, the regional administration "
     "said.", 2),
    ("An Israeli strike on a tent camp in Mawasi killed 19 displaced people on Tuesday, the civil defence agency "
     "said.", 19),
    ("Gunmen killed 12 farmers working on their fields in Guma, Benue State, on Sunday, police said.", 12),
    ("An air strike on a jade mine in Hpakant killed 9 miners on Friday, Myanmar Now reported.", 9),
    ("A drone struck a mosque in Abu Kamal during evening prayers, killing 7 worshippers, SANA said.", 7),
])
def test_people_held_or_at_work_are_victims_in_either_number(text, killed):
    assert value(lead(text, PUBLISHED).killed) == killed


@pytest.mark.parametrize("sentence, killed, injured", [
    ("A detainee was killed and 14 others were wounded when a drone hit the Tajoura detention centre.", 1, 14),
    ("A prisoner was killed in the shelling of the jail, the governor said.", 1, None),
    ("Three captives were killed when the army stormed the camp, the group said.", 3, None),
])
def test_a_person_held_is_a_victim_in_either_number(sentence, killed, injured):
    found = {f.slot: f.value for f in find_counts(sentence)}
    assert (found.get("killed"), found.get("injured")) == (killed, injured)


@pytest.mark.parametrize("text, killed", [
    ("A child under the age of 10 was killed in a Russian strike on Kharkiv on Friday, the governor said.", 1),
    ("A boy under 10 was killed when a drone hit a house in Kherson on Sunday, Ukrinform reported.", 1),
    ("Six children under the age of 12 were killed in an Israeli strike on a house in Deir al-Balah, medics said.", 6),
    ("Bandits stormed the village of Kadisau in Zamfara State, killing five children under 10, residents said.", 5),
    ("Junta jets bombed a school in Sagaing, killing a girl younger than 8, Myanmar Now reported.", 1),
])
def test_an_age_bound_after_the_victims_counts_them_not_the_bound(text, killed):
    assert value(lead(text, PUBLISHED).killed) == killed


def test_an_age_bound_leaves_a_count_bounded_by_under_alone():
    assert [(f.slot, f.value, f.qualifier) for f in find_counts("The shelling killed under 10 people.")] == [
        ("killed", 10, "fewer_than")]
