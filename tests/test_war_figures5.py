"""Figures in war reports that session 15 left (issue 11), written for these tests (wire, local and agency
styles; Nigeria, Burkina Faso, the DRC, Mozambique): the dead told by how they were killed, where the
victims are a list rather than one number: "hacked two men and a woman to death", "burned three children and
their mother alive". Each person listed before the ending ("to death", "alive") is one more dead."""

import pytest
from war_fixtures import lead_published, value


lead = lead_published("2026-11-20")


@pytest.mark.parametrize("text, killed", [
    ("Gunmen hacked two men and a woman to death in the village of Kwall in Plateau State on Sunday night, "
     "police said.", 3),
    ("Jihadists burned three children and their mother alive in their home near Djibo, residents said.", 4),
    ("ADF rebels clubbed five villagers and a teacher to death near Beni on Tuesday, a civil society leader "
     "said.", 6),
    ("Insurgents hacked four fishermen and their two sons to death on the banks of the Messalo river in Cabo "
     "Delgado, a local official said.", 6),
])
def test_a_list_of_victims_killed_by_manner_counts_each_one(text, killed):
    assert value(lead(text).killed) == killed


# --- guards: a list that ends without the manner of killing, and one number alone

def test_a_list_without_an_ending_that_kills_counts_no_dead():
    text = "Gunmen stabbed two men and a woman in the village of Kwall on Sunday night, police said."
    assert not value(lead(text).killed)


def test_a_number_alone_killed_by_manner_is_unchanged():
    text = "Gunmen hacked 22 villagers to death in Bokkos local government area of Plateau State, police said."
    assert value(lead(text).killed) == 22
