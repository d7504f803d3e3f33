"""Figures in war reports of the kind issue 11 left after session 15, written for these tests (wire, local and
agency styles; Nigeria, Burkina Faso, Mozambique, Kenya, Sudan, the DRC, Myanmar): the dead told by how they
were killed, with no casualty verb of the usual kind: "hacked 22 villagers to death", "burning six people alive",
"beheaded 11 villagers", "were burned alive", "were beheaded". The guards at the end pin what
must not become a death."""

import pytest
from war_fixtures import lead_published, value


lead = lead_published("2026-11-20")


@pytest.mark.parametrize("text, killed", [
    ("Gunmen hacked 22 villagers to death in Bokkos local government area of Plateau State on Sunday night, "
     "police said.", 22),
    ("Suspected herders stormed the farming community before dawn, hacking 17 people to death and torching "
     "dozens of homes, a council chairman told reporters.", 17),
    ("Militants stormed the village of Meurdi in northern Burkina Faso, burning six people alive in their "
     "homes, residents said.", 6),
    ("ADF rebels burned alive 14 people in a village in Beni territory, a local civil society leader said.", 14),
    ("Attackers clubbed four farmers to death near their fields outside Djibo, a local official said.", 4),
])
def test_dead_told_by_the_manner_of_their_killing_are_counted(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text, killed", [
    ("Islamist insurgents beheaded 11 villagers in Cabo Delgado province, state media reported on Monday.", 11),
    ("Al-Shabaab militants beheaded seven men in a village in Lamu county overnight, Kenyan police said.", 7),
])
def test_beheadings_are_killings(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text, killed", [
    ("Seven people were burned alive when gunmen set fire to their homes in Ituri province, officials said.", 7),
    ("Five farmers were beheaded by suspected jihadists on Monday near Mocimboa da Praia, a local official "
     "said.", 5),
    ("At least 12 villagers were burnt alive after soldiers torched houses in Sagaing region, local media "
     "reported.", 12),
])
def test_burned_alive_and_beheaded_victims_are_dead(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text", [
    "Gunmen hacked a farmer to death in Guma local government area of Benue State on Monday, police said.",
    "Militants burned a man alive in his home near Djibo, a local official told AFP.",
    "Insurgents beheaded a village chief in Macomia district on Sunday, residents said.",
])
def test_a_single_victim_killed_by_such_a_manner_is_one_dead(text):
    assert value(lead(text).killed) == 1


# --- guards: a manner verb without its ending is no death; what already held

@pytest.mark.parametrize("text", [
    "A man stabbed two men outside a bar on Main Street early Sunday, police said; both were treated and released.",
    "Protesters burned a police car and beat a man near the market on Friday, witnesses said; he was treated in hospital.",
    "Officers executed a search warrant at the home on Friday and found two guns, police said.",
])
def test_no_death_without_the_killing_told(text):
    assert not value(lead(text).killed)


@pytest.mark.parametrize("text, killed", [
    ("Twelve villagers were hacked to death in an overnight raid in Kaduna State, police said.", 12),
    ("Attackers slaughtered 15 worshippers at a mosque in northern Burkina Faso, security sources said.", 15),
    ("Soldiers massacred 30 people in a village in Sagaing region, witnesses said.", 30),
])
def test_hacked_slaughtered_and_massacred_still_count(text, killed):
    assert value(lead(text).killed) == killed
