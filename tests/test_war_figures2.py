"""Figures in war reports of the kinds issue 11 left after session 13, written for these tests (wire, local,
translated and agency styles; Lebanon, Gaza, Nigeria, Sudan, Ukraine, Syria, Iraq, Somalia): each test is a
class of phrasings with more than one example. The guards at the end pin what already held."""

import pytest
from war_fixtures import lead_published, value


lead = lead_published("2026-05-13")


# --- a role a report names its dead by is one dead: "killed a Hamas official", "killed a staff member"

@pytest.mark.parametrize("text", [
    "An Israeli strike on a car near Tyre on Tuesday killed a Hamas official, the group said in a statement.",
    "A drone strike in Deir al-Balah killed a UNRWA staff member on Sunday, the agency said.",
    "The shelling of the aid compound in El Fasher killed a staff member of the World Food Programme, the agency said.",
    "Unknown gunmen killed a local official in Kaduna State's Kajuru area overnight, police said.",
    "Russian artillery fire killed a crew member of the ambulance in Beryslav, the regional administration reported.",
])
def test_a_role_noun_killed_is_one_dead(text):
    assert value(lead(text).killed) == 1


@pytest.mark.parametrize("text, injured", [
    ("Two local officials were injured when a drone hit their car in Nikopol, the governor said.", 2),
    ("The blast at the market in Maiduguri wounded three staff members of the state emergency agency.", 3),
])
def test_a_role_noun_hurt_counts_the_injured(text, injured):
    assert value(lead(text).injured) == injured


# --- a pair told with one article or a name and a relative is two dead: "a village head and his son"

@pytest.mark.parametrize("text", [
    "Gunmen killed a village head and his son in Zamfara State on Monday night, police said.",
    "Bandits killed a district chief and his bodyguard in an ambush near Tsafe, residents told AFP.",
    "An airstrike on a house in Jabalia killed a father and son, the civil defence said.",
    "Al-Shabaab fighters shot dead a clan elder's guard and his brother in Afgoye, local media said; a strike earlier "
    "killed a mother and daughter in the same district.",
    "The RSF shot and killed Adam Yahya and his wife, Fatima, at their home in Kutum, the resistance committee said.",
])
def test_a_pair_of_relatives_or_a_role_and_a_relative_killed_is_two_dead(text):
    assert value(lead(text).killed) == 2


def test_two_victims_named_with_their_ages_are_two_dead():
    text = "Prosecutors say the militiamen killed 41-year-old Hassan Karim and 16-year-old Ali Karim at a checkpoint near Kirkuk."
    assert value(lead(text).killed) == 2


def test_a_relative_with_a_verb_of_their_own_is_not_among_the_dead():
    mention = lead("A sniper killed a farmer and his son was wounded as they fled the field near Khan Younis, witnesses said.")
    assert value(mention.killed) in (None, 1) and value(mention.injured) == 1


# --- a nation's troops told by its name or acronym ("four US personnel", "two Iraqi servicemen")

@pytest.mark.parametrize("text, injured", [
    ("A one-way drone attack on the Tower 22 outpost injured four US personnel, the Pentagon said.", 4),
    ("Rockets fired at Ain al-Asad air base wounded three US servicemen, a defence official told Reuters.", 3),
    ("The strike on the port wounded five UN troops serving with the peacekeeping mission, UNIFIL said.", 5),
    ("Three UN peacekeepers were wounded when their position near Naqoura came under fire, the mission said.", 3),
    ("Houthi missiles struck the merchant ship in the Red Sea, wounding two sailors, CENTCOM said.", 2),
])
def test_troops_told_by_their_nations_name_are_counted(text, injured):
    assert value(lead(text).injured) == injured


# --- guards: what earlier rounds fixed still holds

@pytest.mark.parametrize("text, killed", [
    ("Two servicemen were killed and five wounded in the shelling of Kupiansk, the ministry said.", 2),
    ("Three aid workers were killed when the convoy was hit by an air strike near Deir al-Balah.", 3),
    ("A missile hit Kharkiv on Monday. The death toll from the strike rose to 23, the regional governor said on Wednesday.", 23),
    ("Rescuers recovered 14 bodies from the rubble of the building in Dnipro by Thursday morning.", 14),
    ("The strike killed a senior Hezbollah commander and two other fighters near Nabatieh.", 3),
    ("Israeli troops shot dead a Palestinian paramedic near Jenin on Sunday.", 1),
])
def test_earlier_figure_classes_hold(text, killed):
    assert value(lead(text).killed) == killed


def test_a_further_n_wounded_children_and_missing_hold():
    mention = lead("A Russian missile struck a residential block in Odesa, killing 18 people, including five children, "
                   "the governor said. A further 12 people were wounded, and seven people were still unaccounted for.")
    assert value(mention.killed) == 18 and mention.killed.children == 5
    assert value(mention.injured) == 12 and value(mention.missing) == 7
