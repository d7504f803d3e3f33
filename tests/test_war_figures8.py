"""Killings told by their manner in war reports (issue 11): the dead an execution, a beheading or a shooting
names, written for these tests in several outlets' styles and conflicts; each test is a class of phrasings."""

import pytest
from war_fixtures import lead_published, value

from harmledger.extract import extract


lead = lead_published("2026-05-13")


@pytest.mark.parametrize("text, killed", [
    ("The junta's troops executed 11 villagers in Magway region on Tuesday, residents told Myanmar Now.", 11),
    ("Cartel gunmen executed seven men at a family party in Salvatierra, Guanajuato, state prosecutors said.", 7),
    ("RSF fighters executed at least 24 civilians in a village west of El Geneina, the Sudan Doctors Network said.", 24),
    ("Islamic State militants executed 15 truffle-hunting farmers in the desert near Palmyra, the Syrian Observatory reported.", 15),
    ("Wagner mercenaries and Malian soldiers executed dozens of civilians in the central town of Moura.", 24),
])
def test_an_execution_counts_its_dead(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text", [
    "Police executed two search warrants at homes in Kaduna and arrested a suspected arms dealer.",
    "Troops executed their orders in three villages before withdrawing to the base.",
    "Officers executed a search warrant for a man wanted over a kidnapping in Abuja.",
])
def test_an_execution_of_a_warrant_or_an_order_is_no_death(text):
    assert all(value(m.killed) is None for m in extract(text, "2026-05-13"))


@pytest.mark.parametrize("text, killed", [
    ("Insurgents beheaded at least 11 Christians in Macomia district, local sources said.", 11),
    ("Jihadists killed 14 Christians in an attack on a village in Plateau State on Sunday.", 14),
    ("Gunmen killed nine Muslims at a mosque in Katsina State during evening prayers.", 9),
])
def test_the_faithful_killed_are_counted(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed", [
    ("Unknown gunmen shot dead a traditional ruler and his aide in Kogi State, police said.", 2),
    ("Bandits killed a traditional ruler in Zamfara State on Friday, residents said.", 1),
    ("Suspected herdsmen murdered two traditional rulers in Benue State, the state government said.", 2),
])
def test_a_traditional_ruler_is_a_person_killed(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text, killed", [
    ("Al-Shabaab militants executed a man they accused of spying for the government in Lower Shabelle.", 1),
    ("The RSF executed the village chief and his two sons in front of residents in North Darfur.", 3),
    ("Soldiers executed him in front of his family in Sagaing region, witnesses told RFA.", 1),
])
def test_an_execution_of_people_told_without_a_number_counts_them(text, killed):
    assert lead(text).killed.value == killed


@pytest.mark.parametrize("text", [
    "Police executed an arrest warrant on a man at his home in Kano on Monday.",
    "The gang executed a plan to rob a trader at the market in Lagos.",
])
def test_a_warrant_or_a_plan_executed_against_a_person_is_no_death(text):
    assert all(value(m.killed) is None for m in extract(text, "2026-05-13"))


@pytest.mark.parametrize("text, killed, injured", [
    ("A suicide bomber killed five people at a market in Kabul. Another 9 people are receiving treatment.", 5, 9),
    ("Russian drones struck a bus in Kherson, killing two passengers. Four more people are undergoing treatment.", 2, 4),
    ("Shelling hit the market in Omdurman, killing 12. Another 30 people are receiving treatment for shrapnel wounds.", 12, 30),
])
def test_people_receiving_treatment_alone_are_wounded(text, killed, injured):
    mention = lead(text)
    assert (mention.killed.value, mention.injured.value) == (killed, injured)


@pytest.mark.parametrize("text", [
    "The health ministry said 40 people were receiving treatment for cholera in the camp outside Port Sudan.",
    "Doctors said 25 children are undergoing treatment for acute malnutrition at the hospital in Zalingei.",
])
def test_treatment_for_a_disease_is_no_wound(text):
    assert all(value(m.injured) is None for m in extract(text, "2026-05-13"))


@pytest.mark.parametrize("text, killed", [
    ("Soldiers executed a village headman and two of his sons near Kani, residents said.", 3),
    ("Gunmen killed 15 shepherds grazing their flocks near Dioura, a local official said.", 15),
    ("Militants executed three village headmen in Borno State on Friday, sources said.", 3),
])
def test_headmen_and_shepherds_killed_are_counted(text, killed):
    assert lead(text).killed.value == killed


def test_a_headman_who_speaks_is_no_victim():
    assert all(value(m.killed) is None for m in extract("The headman of the village said gunmen torched 40 homes overnight.", "2026-05-13"))


def test_a_dog_of_a_shepherd_breed_is_no_victim():
    text = "An officer fatally shot a German shepherd that charged at him while deputies detained a man in the park."
    assert all(value(m.killed) is None for m in extract(text, "2026-05-13"))
