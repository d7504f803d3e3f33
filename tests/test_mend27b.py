"""Mends of review27b's findings in session 27's merged work.

A recap of the dead among the wounded is not more dead; a denial for one group denies no one else's harm; two
governments' rival claims are not the two sides' dead of one clash; a Ukrainian town keeps the name it bears now
(the postal dump names it so at its point) though GeoNames' main name is its former one; ``Sections`` unwraps what it
wrapped when wrapping fails partway."""

import pytest
from war_fixtures import km_from, lead_published, value

import harmledger.link.linker as linker_module
from harmledger.bench.link import Sections
from harmledger.extract import extract
from harmledger.geo.build import drop_borrowed_names

lead = lead_published("2026-11-29")


def _figures(text: str) -> list[tuple]:
    return [(value(m.killed), value(m.injured)) for m in extract(text, "2026-11-29") if not m.background]


# 1. "wounded 14 people, two of whom later died" after the deaths were told: those two again, not two more
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Two people have died after a Russian strike on Kherson on Monday. The strike wounded 14 people, two of whom "
     "later died in hospital, the governor said.", 2, 12),
    ("Three people were killed in a car bomb attack in Mogadishu on Sunday, police said. The blast also injured nine "
     "people, three of whom have since died, according to a hospital official.", 3, 6),
    ("A gunman opened fire at a bar in Memphis early Saturday, killing one man. Police said the shooting wounded five "
     "people, one of whom later died at Regional One.", 1, 4),
])
def test_a_recap_of_the_dead_among_the_wounded_counts_them_once(text, killed, injured):
    assert _figures(text) == [(killed, injured)]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Gunmen killed three villagers and wounded 12 others, two of whom later died, police said.", 5, 10),
    ("Gunmen killed three villagers in Bokkos on Sunday. They also wounded 12 others, two of whom later died, police "
     "said.", 5, 10),
    ("Gunmen killed three villagers in Bokkos on Sunday. Another 12 people were wounded, two of whom later died, the "
     "police spokesman said.", 5, 10),
    ("A suicide bomber killed four soldiers at a checkpoint in Bannu on Friday. The attack left 12 other people "
     "injured, two of whom later succumbed to their wounds.", 6, 10),
])
def test_dead_among_other_wounded_are_more_dead(text, killed, injured):
    assert _figures(text) == [(killed, injured)]


# 3. a denial of one group's casualties leaves the other harmed untold, not none
@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Three soldiers were wounded in the attack on a base near Jowhar on Friday. No casualties were reported among "
     "civilians, the army said.", None, 3),
    ("A soldier was killed when militants attacked a checkpoint in Tank district on Sunday. There were no civilian "
     "casualties, Dawn reported.", 1, None),
    ("Three soldiers were wounded when militants attacked a post in Tank on Sunday. The militants suffered no "
     "casualties, the group claimed.", None, 3),
    ("Russian troops killed two Ukrainian soldiers near Kupiansk on Tuesday, the ministry said. There were no "
     "casualties on the Russian side, it added.", 2, None),
    ("One policeman was killed in the ambush near Borno on Monday. The army said it sustained no casualties.", 1, None),
])
def test_a_denial_for_one_group_denies_no_one_else(text, killed, injured):
    assert _figures(text) == [(killed, injured)]


@pytest.mark.parametrize(("text", "killed"), [
    ("Russian shelling killed two civilians in Kherson on Monday. No other casualties were reported, the governor "
     "said.", 2),
    ("A Russian missile killed one man in Dnipro on Tuesday. There were no other casualties, officials said.", 1),
])
def test_a_denial_of_anyone_else_still_counts_no_wounded(text, killed):
    assert _figures(text) == [(killed, 0)]


# 4. two governments' rival claims of one assault are not the two sides' dead
@pytest.mark.parametrize("text", [
    "Ukraine's army said two soldiers were killed in the Russian assault on Sunday. Russia's defence ministry said 40 "
    "Ukrainian fighters were killed.",
    "The Nigerian army said two soldiers were killed in the attack on the base in Damboa on Sunday. Boko Haram said "
    "in a statement that 40 fighters were killed.",
])
def test_rival_claims_are_not_summed(text):
    assert 42 not in [killed for killed, _ in _figures(text)]
    assert value(lead(text).killed) == 2


def test_one_speakers_both_sides_dead_are_still_summed():
    text = ("Militants attacked a checkpoint in Bannu on Friday, killing four soldiers, the military said. Six "
            "militants were also killed in the exchange of fire, it said.")
    assert value(lead(text).killed) == 10


# 2. a renamed town keeps the name the postal dump gives it at its point
@pytest.mark.parametrize("text", [
    "Russian drones struck Druzhba in Sumy Oblast on Sunday, injuring a 62-year-old man, the regional administration "
    "said.",
    "A Russian guided bomb hit Druzhba, Sumy region, overnight, damaging a school, governor Oleh Hryhorov said.",
])
def test_a_renamed_town_keeps_its_current_name(text):
    place = lead(text).place
    assert place is not None and place.admin1 == "Sumy" and km_from(place, 52.048, 33.945) < 10, place


def test_a_name_the_postal_dump_gives_the_town_at_its_point_is_kept():
    places = [(1, "Khutir-Mykhaylivskyi", "UA", "21", 52.05, 33.95, 4000, "town"),
              (None, "Druzhba", "UA", "21", 50.9, 34.8, 200, "town")]
    lookup = {"druzhba": [0, 1], "khutir mykhaylivskyi": [0]}
    assert drop_borrowed_names(places, lookup, {("druzhba", 0)}) == []
    assert lookup == {"druzhba": [0, 1], "khutir mykhaylivskyi": [0]}
    assert drop_borrowed_names(places, lookup) == [("druzhba", 0)]


# 5. wrapping that fails partway unwraps what it wrapped
def test_sections_unwrap_what_they_wrapped_when_one_is_missing():
    original = linker_module.match_probability
    sections = Sections((("scoring", "harmledger.link.linker", "match_probability"),
                         ("missing", "harmledger.link.linker", "no_such_function")))
    with pytest.raises(AttributeError):
        with sections:
            pass
    assert linker_module.match_probability is original
