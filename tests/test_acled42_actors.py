"""Issue 11's "Actors" class, round 42: who struck, and how sure the report is, on war reports of several outlets'
styles (40 probes, 10 of them wrong on main, and three of a weapon of unknown origin).

Mended (data/slot_actors.json):
- a side's forces or troops that say they struck ("Israeli forces said they struck", "Israeli troops said they hit")
  name their side as the doer of a claimed strike, as "the Israeli military said it struck" did;
- an attack "claimed by" a group names the group and the claim ("was later claimed by JNIM", "The attack, claimed by
  the Islamic State West Africa Province, killed"); "lives claimed by", "claimed by far" and "claimed by the
  authorities" name neither;
- Fulani herders, herdsmen and militiamen are one actor ("suspected Fulani herders killed", "blamed on Fulani
  herders", "gunmen suspected to be Fulani herdsmen"), the herders killed by others never the doer;
- a side that says its fighters captured or seized a town claims it;
- a weapon "of unknown origin" or "from an unknown source" is of an unknown doer, as "unidentified" is.
"""

import pytest

from harmledger.extract.classify import classify

DOERS = [
    ('A Russian drone strike on a bus in Bilopillia killed nine people on Saturday, regional officials said.',
     'Russia', None),
    ('Two Russian guided bombs hit the centre of Kostiantynivka on Monday, killing four civilians.',
     'Russia', None),
    ("RSF shelling of the Abu Shouk camp killed 12 people, the camp's coordination committee said.",
     'RSF', None),
    ("The alleged Russian missile attack on Odesa's port killed three people, Ukrainian officials said.",
     'Russia', 'alleged'),
    ('Israeli forces said they struck a Hamas command centre hidden in a school in Gaza City.',
     'Israel', 'claimed'),
    ('Israeli troops said they hit a Hezbollah weapons depot near Nabatieh overnight.',
     'Israel', 'claimed'),
    ('The ambush near Monguno, which killed seven soldiers, was claimed by ISWAP.',
     'ISWAP', 'claimed'),
    ('The attack on the army base in Djibo was later claimed by JNIM in a statement.',
     'JNIM', 'claimed'),
    ('The bombing at a Mogadishu market, which killed nine people, was blamed on al-Shabaab.',
     'Al-Shabaab', 'alleged'),
    ('The killings in Mangu were blamed on Fulani herders by local leaders.',
     'Fulani militia', 'alleged'),
    ('Suspected Fulani herders killed 15 villagers in Bokkos, Plateau state, on Sunday night.',
     'Fulani militia', 'alleged'),
    ('Gunmen suspected to be Fulani herdsmen attacked a village in Benue, killing 20 farmers.',
     'Fulani militia', 'alleged'),
    ('Unidentified gunmen shot dead a police officer in Peshawar on Monday.',
     None, 'unknown'),
    ('Unknown attackers set fire to a church in Kaduna state overnight, police said.',
     None, 'unknown'),
    ('Hezbollah said it fired a barrage of rockets at an Israeli military base in the Golan Heights.',
     'Hezbollah', 'claimed'),
    ('The Houthis said they launched ballistic missiles at a commercial ship in the Red Sea.',
     'Houthis', 'claimed'),
    ('Ukraine denied involvement in the drone strike on the fuel depot in Kursk region.',
     'Ukraine', 'alleged'),
    ('The Islamic State claimed responsibility for the suicide bombing at the mosque in Kunduz.',
     'Islamic State province', 'claimed'),
    ('A Ukrainian drone attack on Belgorod killed two people, the regional governor said.',
     'Ukraine', None),
    ("Russian artillery shelled Kherson's Dniprovskyi district on Tuesday, wounding three residents.",
     'Russia', None),
    ('An Israeli airstrike on a house in Deir al-Balah killed seven members of one family.',
     'Israel', None),
    ('Sudanese army warplanes bombed a market in Kabkabiya, killing at least 20 people.',
     'Sudan', None),
    ('A Myanmar military airstrike hit a school in Sagaing region, killing 11 children.',
     'Myanmar military', None),
    ('M23 rebels shelled positions of the Congolese army near Sake on Wednesday.',
     'M23', None),
    ('Al-Shabaab fighters attacked a military base in Lower Shabelle, the Somali army said.',
     'Al-Shabaab', None),
    ('Boko Haram insurgents abducted 20 women near Gwoza, residents said.',
     'Boko Haram', None),
    ('A US airstrike killed a senior al-Shabaab commander near Jilib, US Africa Command said.',
     'United States', None),
    ('The RSF denied responsibility for the attack on the Zamzam camp.',
     'RSF', 'alleged'),
    ('Residents accused the RSF of killing dozens of civilians in Wad Madani.',
     'RSF', 'alleged'),
    ('The attack was attributed to JNIM by security sources.',
     'JNIM', 'alleged'),
    ('Fighters loyal to the RSF stormed the village of Wad al-Nourah, killing more than 100 people.',
     'RSF', None),
    ('TTP militants attacked a police post in Bannu, killing three policemen.',
     'TTP', None),
    ('The BLA claimed the attack on the Jaffar Express train in Balochistan.',
     'BLA', 'claimed'),
    ('Pakistani Taliban fighters ambushed a convoy in North Waziristan, killing six soldiers.',
     'TTP', None),
    ('A drone strike blamed on Turkey killed two SDF fighters near Qamishli.',
     'Turkey', 'alleged'),
    ('The Arakan Army said its fighters had captured the town of Paletwa.',
     'Arakan Army', 'claimed'),
    ("Russia's defence ministry said its forces struck Ukrainian military targets in Dnipro.",
     'Russia', 'claimed'),
    ('The attack, claimed by the Islamic State West Africa Province, killed 10 soldiers in Borno.',
     'ISWAP', 'claimed'),
    ('Five people died in the explosion, which no group has claimed.',
     None, 'unknown'),
    ('Fulani militiamen attacked farmers in Bassa, killing 12, police said.',
     'Fulani militia', None),
]


@pytest.mark.parametrize("text, perpetrator, attribution", DOERS)
def test_the_doer_and_how_sure_the_report_is(text, perpetrator, attribution):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text", [
    'Gunmen killed 12 Fulani herders in Zamfara state, police said.',
    'Bandits attacked Fulani herders near Birnin Gwari, killing five.',
    'Fulani herders were attacked by vigilantes in Kwara state on Saturday.',
])
def test_herders_harmed_are_no_doers(text):
    assert classify(text).perpetrator is None


@pytest.mark.parametrize("text", [
    'The war has claimed by far the most lives in Bakhmut.',
    'The toll claimed by the health ministry rose to 40 on Tuesday.',
    'The bombing claimed the lives of 20 people in the market.',
])
def test_lives_and_tolls_claimed_are_no_claim_of_an_attack(text):
    assert classify(text).attribution != "claimed"


@pytest.mark.parametrize("text", [
    'A drone of unknown origin struck a wedding in Darfur, killing 15.',
    'An explosion of unknown origin rocked an ammunition depot in Crimea on Tuesday.',
    'Shelling from an unknown source hit the village of Tlass, wounding two residents.',
])
def test_a_weapon_of_unknown_origin_names_no_doer(text):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (None, "unknown")
