"""War reports of a twenty-eighth round (issue 11, session 26) on how the WOUNDED are told across conflicts and
outlets: "N people sustained injuries", "were hospitalised", "received treatment", "were taken to hospital",
"treated for shrapnel wounds", "N casualties, including N dead" (the wounded are the rest: casualties are the dead
and the wounded together, DESIGN.md), "injuring N others" after the dead, "N seriously and N lightly wounded",
"dozens wounded" then a number, "the number of wounded rose to", a hospital's count beside a ministry's, "N people,
including N children, were injured", "N were wounded, N of them critically" (a part, not a sum), and machine
translation from Arabic and Ukrainian ("were injured of varying severity", "received injuries of varying
severity"); from Ukraine, Russia's border regions, Gaza, the West Bank, Lebanon, Israel, Sudan, Nigeria, Somalia,
Pakistan, Afghanistan, Myanmar and Mexico. Each lead's killed and injured were written down before it was run.

Of 42 probes, 3 read otherwise than the list on main; 39 read right and are pinned. A second batch of 14 was
written for the classes below (10 of them wrong on main). 11 tests fail on main; 4 are strict xfails. By class:

- the wounded of two degrees (2 of the 42 and 5 of the second batch, mended): "Two soldiers were seriously wounded
  and three lightly wounded" read 2, and "wounded four soldiers seriously and six lightly" nothing. The grave and the
  light joined by "and" are now one toll, their sum (extract.counts), and an active verb's object may be followed by
  how badly ("wounded four soldiers seriously", extract.lexicon). "Ten were wounded, four of them seriously" (a part)
  and a single degree stay as told.
- "taken to hospitals" (1 of the 42 and 2 of the second batch, strict xfails): the plural reads no one. Reading it
  (casualty_terms.json) read more of GVA's US victims "taken to area hospitals" and moved GVA articles' injured on
  dev down a record (gva-incidents' up one), so it is left. Were it read, "14 people were taken to hospitals after the
  strike ..., in which two people were killed" would still give 12: people taken to hospital are people shot, of
  whom the dead told after them died (the US shootings' reading).
- "killed three and two people respectively" (round 26's strict xfail, mended): "three and two" was read as one
  number, 5. "and" now joins a number's words only after a scale ("one hundred and five"), never two numbers
  (text.numbers), so the lead is the first town's three.
- also left as a strict xfail (1 of the second batch): "left four seriously and nine lightly injured" takes the nine
  alone.

Round 29 mended both leftovers: the bare plural "taken to hospitals" is now a wound term (the US shootings' "area
hospitals" stay people shot), and the grave degree told before "and nine lightly injured" is added to it.
"""

from datetime import date

import pytest
from war_fixtures import ANY, figures_read, lead_published, read_as_of

from harmledger.text.numbers import find_quantities

lead = lead_published("2026-11-29")  # a Sunday


@pytest.fixture(autouse=True)
def _written_on(monkeypatch):
    """The reports with no published date were written to be read on the round's day."""
    read_as_of(monkeypatch, date(2026, 11, 29))


def _reads(text, killed, injured):
    figures_read(lead(text), killed, injured)


# text, killed, injured: read right on main, pinned
REPORTS = [
    ('A Russian missile struck a shopping centre in Kharkiv on Sunday afternoon, killing two people. Fourteen '
     'people sustained injuries, Governor Oleh Syniehubov said.',
     2, 14),
    ('Five people sustained injuries of varying severity after a Russian drone hit a high-rise building in '
     'Dnipro overnight, the regional military administration said.',
     None, 5),
    ("An Israeli strike on a car in Nabatieh killed one person, and seven others were hospitalised, Lebanon's "
     'health ministry said.',
     1, 7),
    ('Three people were hospitalised after Ukrainian drones attacked the city of Belgorod on Saturday, '
     'Governor Vyacheslav Gladkov said.',
     None, 3),
    ('Nine civilians received treatment for shrapnel wounds after RSF shells landed on a market in El Obeid, '
     'medics said.',
     None, 9),
    ('Twelve people were taken to hospital after a Russian glide bomb struck a residential area of '
     'Zaporizhzhia on Sunday, officials said.',
     None, 12),
    ('Four people were treated for shrapnel wounds after a drone strike on a bus station in Kherson, the '
     'regional administration said.',
     None, 4),
    ('RSF shelling of a market in Al-Fashir left 31 casualties, including eight dead, the Emergency Lawyers '
     'group said.',
     8, 23),
    ('The strike caused 17 casualties, including five dead, according to the Gaza civil defence.',
     5, 12),
    ('A Russian drone hit a minibus in Nikopol, killing the driver and injuring four others, the governor '
     'said.',
     1, 4),
    ('Israeli strikes on the Nuseirat camp killed six people and injured 22 others, Al-Aqsa Martyrs Hospital '
     'said.',
     6, 22),
    ('Dozens were wounded when a car bomb exploded near a checkpoint in Mogadishu on Sunday. Hospital '
     'officials said 34 wounded had been admitted.',
     ANY, 34),
    ('A Russian strike on Sumy killed three people on Saturday. The number of wounded rose to 27 on Sunday, '
     'the regional administration said.',
     3, 27),
    ('Seven people, including two children, were injured when a Russian drone struck a residential block in '
     'Odesa, Governor Oleh Kiper said.',
     None, 7),
    ('Eleven people, including three children, were wounded in Israeli shelling of Khan Younis, medics said.',
     None, 11),
    ('Eight people were wounded, three of them critically, when a drone hit a bus in Kherson, officials said.',
     None, 8),
    ('A suicide bomber killed four people and wounded 19, five of them critically, in Bannu on Sunday, police '
     'said.',
     4, 19),
    ('As a result of the Zionist aggression, three citizens were martyred and 11 others were injured of '
     'varying severity, the Palestinian Ministry of Health said.',
     3, 11),
    ('As a result of the enemy shelling, two people received injuries of varying severity, the head of the '
     'Kherson regional military administration reported.',
     None, 2),
    ('As a result of the attack, a 45-year-old man was killed and six people received injuries of varying '
     'severity, the Dnipropetrovsk regional administration said.',
     1, 6),
    ('A Russian attack on Kryvyi Rih wounded 15 people, among them four children, the head of the city '
     'military administration said.',
     None, 15),
    ('Twenty people were injured in an Israeli strike on a school sheltering displaced families in Gaza City, '
     'the civil defence said.',
     None, 20),
    ('A Pakistani airstrike killed 10 people and injured 16 others in Paktika province, Taliban spokesman '
     'Zabihullah Mujahid said.',
     10, 16),
    ('The blast at a mosque in Maiduguri killed five worshippers and left 23 others injured, police said.',
     5, 23),
    ('At least 40 people were wounded, 12 of them seriously, in a drone attack on a market in Sennar, medics '
     'said.',
     None, 40),
    ('An Israeli strike on a house in Jabalia killed nine people, and Al-Ahli Hospital said it had received 25'
     ' wounded.',
     9, 25),
    ('Three people were killed and several others injured in a Russian attack on Kharkiv overnight, the mayor '
     'said.',
     3, ANY),
    ('Six Palestinians were wounded by Israeli fire in Jenin on Sunday, the Palestine Red Crescent said.',
     None, 6),
    ('Two Ukrainian servicemen were wounded when a Russian drone hit their vehicle near Pokrovsk, the brigade '
     'said.',
     None, 2),
    ('A gunman opened fire at a market in Culiacan, killing three people and injuring five, state prosecutors '
     'said.',
     3, 5),
    ('Fifteen people suffered injuries when a RSF drone struck the airport in Port Sudan, a government source '
     'said.',
     None, 15),
    ('Eight people were injured, two of them seriously, in a Russian missile strike on Lviv, the mayor said.',
     None, 8),
    ('A Houthi drone hit a building in Eilat, lightly injuring two people, Magen David Adom said.',
     None, 2),
    ('Four soldiers were killed and seven injured in a militant attack in Lakki Marwat, ISPR said.',
     4, 7),
    ("In the shelling of Kherson, 13 people were injured, including a 9-year-old boy, the prosecutor's office "
     'said.',
     None, 13),
    ('The junta airstrike on a monastery in Sagaing killed 21 people and injured more than 30, residents said.',
     21, 30),
    ('A Russian guided bomb killed one person in Kramatorsk. Another six people were hospitalised with blast '
     "injuries, the city's head said.",
     1, 6),
    ('Israeli shelling on the town of Khiam killed two people. Nine others were treated in hospital, the '
     'health ministry said.',
     2, 9),
    ('A bomb attack on a police convoy in Quetta killed two officers and wounded eight, three of them '
     'seriously, police said.',
     2, 8),
]


@pytest.mark.parametrize("text, killed, injured", REPORTS)
def test_the_wounded_as_war_reports_tell_them(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ('Two soldiers were seriously wounded and three lightly wounded when a Hezbollah drone struck a base in '
     'northern Israel, the IDF said.',
     None, 5),
    ('A roadside bomb in North Waziristan wounded four soldiers seriously and six lightly, the military said.',
     None, 10),
    ('Three Israeli soldiers were seriously wounded and four others lightly wounded in a Hezbollah anti-tank '
     'missile attack near Metula, the army said.',
     None, 7),
    ('Ukrainian shelling of Horlivka wounded two civilians seriously and three slightly, the Russian-installed'
     ' mayor said.',
     None, 5),
    ('One person was critically injured and two were moderately injured when a drone hit a car in the Belgorod'
     ' region, the governor said.',
     None, 3),
    ('Five people were lightly injured and one seriously when a rocket struck a house in Kiryat Shmona, Magen '
     'David Adom said.',
     None, 6),
    ('An IED attack on a convoy in Kurram wounded six soldiers seriously and two others slightly, security '
     'officials said.',
     None, 8),
])
def test_the_wounded_of_two_degrees_are_one_toll(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ('Ten people were wounded, four of them seriously, and two were killed in a drone strike on Kherson, '
     'officials said.',
     2, 10),
    ('A Russian drone strike killed two people and seriously wounded three in Nikopol, the governor said.',
     2, 3),
    ('Two people were killed and three seriously injured in shelling of Donetsk, the Russian-installed '
     'authorities said.',
     2, 3),
])
def test_the_wounded_of_one_degree_or_a_part_of_them_are_not_added(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ('Twenty people were taken to hospitals in Kherson after the shelling, the regional administration said.',
     None, 20),
    ('Eleven people were rushed to hospitals after an RSF drone struck a market in Omdurman, medics said.',
     None, 11),
    # the 14 are the strike's wounded, the two dead told beside them (round 29)
    ('Health officials said 14 people were taken to hospitals after the strike on the market in '
     'Kostiantynivka, in which two people were killed.',
     2, 14),
])
def test_people_taken_to_hospitals_are_wounded(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ('Drone strikes on Kherson and Nikopol killed two and one people respectively, the regional governors '
     'said.',
     2, None),
    ('Russian strikes on Kharkiv and Odesa killed three and two people respectively, officials said.',
     3, None),
])
def test_two_numbers_joined_by_and_are_two_figures(text, killed, injured):
    _reads(text, killed, injured)


def test_and_within_one_number_s_words_is_one_figure():
    _reads('One hundred and five people were killed in the RSF assault on the village, the Sudan Doctors Network '
           'said.', 105, None)


@pytest.mark.parametrize("text, values", [
    ("three and two people", [3, 2]),
    ("twenty-one and four", [21, 4]),
    ("three hundred and twenty people", [320]),
    ("two thousand and twelve", [2012]),
    ("between two and three", [2]),
])
def test_and_joins_a_number_s_words_only_after_a_scale(text, values):
    assert [q.value for q in find_quantities(text)] == values


@pytest.mark.parametrize("text, killed, injured", [
    ('A Russian strike on Sumy killed two people and left four seriously and nine lightly injured, the '
     'regional administration said.',
     2, 13),
])
def test_the_wounded_of_two_degrees_left_in_a_state(text, killed, injured):
    _reads(text, killed, injured)
