"""War reports of a twenty-fifth round (issue 11, session 25) on the FIGURES of real war reporting: toll updates
("climbed to", "raising the toll to", "N more bodies were recovered"), victims told one per sentence, "the
martyrdom of N" and "N martyrs" in translation from Arabic, attackers killed by the defenders, "dozens" then a number,
"a further N", children and women among the dead, the missing under the rubble, casualties with no count, a
nationwide or war-long toll beside the strike, and tolls split by place; in the styles of wires, live blogs, ministry
statements and machine translation from Arabic, Ukrainian, Russian and French, from Ukraine, Russia's border regions,
Gaza, the West Bank, Lebanon, Sudan, Nigeria, the Sahel, Myanmar, Syria, Yemen, the DRC, Somalia, Pakistan,
Afghanistan and Haiti. Each lead's killed, injured and missing were written down before it was run.

Of 54 probes, 14 had a figure that differed from the list on main, by class (11 mended):

- martyrs (3, mended): "led to the martyrdom of three citizens", "four martyrs ... arrived at hospital" and "11
  martyrs and dozens of injuries" gave no toll. "martyrs" is now a noun of the dead and "the martyrdom of" a death
  (casualty_terms.json), not of a named imam or prophet ("marking the martyrdom of Imam Hussein"). This mends
  round 21's, 23's and 24's strict xfails of the same class ("two people martyrs ... were recorded").
- attackers killed (2, mended): "killing 20 assailants" and "killed six terrorists" counted no one. DESIGN.md
  counts every casualty, and ACLED codes every fatality of a clash, so both nouns now name people (person_nouns.txt).
  The dead of the other side of one clash ("... killing 20 assailants. Six soldiers were killed") are added to the
  first side's (casualty_terms.json 'clash_sides', extract.frame); the defenders' answer told after the attack stays
  an incident of its own, as round 17 pins. This mends round 21's and 23's strict xfails and moves round 23's
  pinned "12 insurgents ... Three soldiers died" from 12 to 15. "killing six of the attackers", a partitive, now
  names its dead by the noun after "of the" (extract.counts), so they are of a side too.
- toll updates (2, mended): "Nine more bodies were found ..., raising the toll to 21" read "more" as the bodies' noun,
  so it split the report in two; "N more bodies" are now bodies, and more dead where no toll follows them. And "Earlier reports had put the toll at four" was the latest update. A toll the
  text calls superseded ("had put", "initially put") now gives way to the figures the report gives elsewhere
  (extract.counts, extract.frame).
- victims one per sentence (3, two mended): "A passer-by was seriously wounded" named no person (person_nouns.txt).
  "the passenger was taken to hospital with shrapnel wounds" was one of the people shot, so the driver's death took
  him. A war wound (shrapnel, blast, burns) taken to hospital is now an injury (casualty_terms.json). "A woman
  ... was killed. Her neighbour, 40, died in hospital", summed then only when told with "also", is mended in round 26.
- the missing (1, mended): "10 others believed to be under the rubble" was no one. Those still, believed or feared
  trapped under the rubble are now missing, and those rescued from it are not.
- the source as a victim (1, mended): "wounded their mother, a local official said" counted the official as a
  second wounded. A person told after the victims who then speaks is the source (extract.lexicon).
- tolls split by place (2): "killed five people in eastern Ukraine: three in Kharkiv and two in Zaporizhzhia" and
  two strikes told in one sentence, one incident a sentence then; both mended in round 26 (its tests hold them).

A second batch of 24 probes found two more, both mended by the same classes: ISPR's "killed 11 terrorists ...,
while two soldiers were martyred" (13, the clash's two sides) and "resulted in one martyr" (a martyr alone).

Dozens then a number, "a further N", subgroups, casualties with no count, and nationwide or war-long tolls beside the
strike already read right on main. They are pinned below."""

from datetime import date

import pytest
from war_fixtures import lead_published, read_as_of, value

from harmledger.extract import extract
from harmledger.extract.counts import find_counts

lead = lead_published("2026-11-28")  # a Saturday
ANY = object()  # a figure the report leaves open


@pytest.fixture(autouse=True)
def _written_on(monkeypatch):
    """The reports with no published date were written to be read on the round's day."""
    read_as_of(monkeypatch, date(2026, 11, 28))


def _has_figures(text, killed, injured, missing, published="2026-11-28"):
    mention = lead(text, published)
    found = (value(mention.killed), value(mention.injured), value(mention.missing))
    expected = (killed, injured, missing)
    assert [f for f, e in zip(found, expected) if e is not ANY] == [e for e in expected if e is not ANY]


# text, killed, injured, missing[, published]
REPORTS = [
    # toll updates: Reuters, AP, a live blog, a wire follow-up
    ("KYIV (Reuters) - The death toll from a Russian missile strike on an apartment block in Dnipro climbed to 18 on "
     "Saturday, including three children, the regional governor said. Another 42 people were wounded.", 18, 42, ANY),
    ("Rescuers pulled four more bodies from the rubble of a five-storey building in Ternopil overnight, raising the "
     "toll to 23, the State Emergency Service said on Friday. Twelve people remain unaccounted for.", 23, ANY, 12),
    ("The number of people killed in Thursday's Israeli strike on a school sheltering displaced families in Gaza City "
     "has risen to 31, the civil defence agency said.", 31, ANY, ANY),
    ("ODESA, Nov 28 (Reuters) - Three more bodies were recovered from the debris of a residential building hit by "
     "Russian drones, bringing the death toll to nine, Governor Oleh Kiper said.", 9, ANY, ANY),
    ("The death toll from Wednesday's RSF shelling of a market in El Fasher rose to 47, with 63 wounded, medics said.",
     47, 63, ANY),
    ("10:42 - Toll in Kharkiv rises: two more people have died in hospital after this morning's glide bomb attack, "
     "bringing the number of dead to seven, Syniehubov says. 26 people were injured.", 7, 26, ANY),
    ("The number of wounded in the Russian strike on Zaporizhzhia has grown to 35, including four children, regional "
     "head Ivan Fedorov said. Earlier, he reported three dead.", 3, 35, ANY),
    ("The toll from Saturday's truck bomb at a checkpoint in Mogadishu climbed to 14 on Sunday after two of the "
     "wounded died in hospital, police said.", 14, ANY, ANY, "2026-11-29"),
    ("The strike hit the Saltivskyi district shortly after noon. By evening, the toll had climbed to six dead and 47 "
     "wounded, Terekhov said.", 6, 47, ANY),
    ("Two more people have died of their wounds after Monday's shelling of Horlivka, bringing the number of dead to "
     "five, the city's mayor said.", 5, ANY, ANY),
    # victims one per sentence
    ("Russian shelling struck Nikopol on Thursday. A 57-year-old man was killed. A 71-year-old woman was also killed, "
     "and a 34-year-old man was hospitalised with shrapnel wounds, Serhiy Lysak said.", 2, 1, ANY),
    # martyrs: a ministry's own words
    ("Palestinian Ministry of Health: Two young men were martyred and three others were injured by occupation "
     "bullets in Jenin camp this morning.", 2, 3, ANY),
    # armed men killed
    ("Security forces killed eight militants in an operation in Khyber district on Friday, the ISPR said.", 8, ANY,
     ANY),
    # "dozens", then the number
    ("Dozens of people were killed when an RSF drone hit a displacement camp near El Obeid on Monday. Local medics "
     "later put the toll at 43, with 70 wounded.", 43, 70, ANY),
    ("A Myanmar military airstrike on a monastery in Sagaing region killed dozens of villagers sheltering there on "
     "Wednesday. A local rescue group said 27 bodies had been recovered and 30 people were injured.", 27, 30, ANY),
    # a further N
    ("Two people were killed and a further 14 wounded when a Russian missile hit a shopping centre in Kharkiv on "
     "Friday, the governor said.", 2, 14, ANY),
    ("Russian drones hit an apartment block in Odesa overnight, killing three people and wounding a further 17, the "
     "mayor said.", 3, 17, ANY),
    # children and women among them
    ("An Israeli strike on a house in Deir al-Balah killed 12 people, including five children and three women, the "
     "civil defence said on Friday.", 12, ANY, ANY),
    ("Among the 19 dead in the RSF attack on the village of Wad al-Noura on Tuesday were seven children, the "
     "Resistance Committees said.", 19, ANY, ANY),
    ("A junta airstrike on a village in Magway region on Sunday killed 11 people, including four children, and "
     "wounded 23, the local People's Defence Force said.", 11, 23, ANY),
    ("M23 rebels shelled a displacement camp near Goma on Monday, killing 9 people, among them 6 children. Dozens more "
     "were injured.", 9, 24, ANY),
    ("Pakistani airstrikes on Paktika province overnight killed 46 people, mostly women and children, the Taliban "
     "spokesman said.", 46, ANY, ANY),
    ("Israeli forces killed three Palestinians in a raid on Tubas on Thursday, the Palestinian health ministry said. "
     "One of them was a 16-year-old boy.", 3, ANY, ANY),
    # the missing
    ("A Russian missile struck a five-storey building in Poltava on Saturday, killing six people; 15 more remain "
     "missing under the rubble, the emergency service said.", 6, ANY, 15),
    ("Five soldiers were killed and seven others remain unaccounted for after al-Shabaab fighters overran a base in "
     "Middle Shabelle on Tuesday, officials said.", 5, ANY, 7),
    # casualties with no count
    ("The Syrian Observatory said regime shelling on the town of Sarmin on Wednesday caused many civilian "
     "casualties.", None, None, ANY),
    ("Houthi shelling of residential areas in Taiz caused civilian casualties on Friday, the government said.", None,
     None, ANY),
    # a nationwide or war-long toll beside the strike
    ("An Israeli airstrike on a house in Jabalia killed seven people on Friday, medics said. More than 70,000 "
     "Palestinians have been killed in Gaza since October 2023, according to the health ministry.", 7, ANY, ANY),
    ("Russian drones killed two people in Kherson on Thursday, the governor said. Across the country that day, "
     "Russian attacks killed 11 civilians and wounded 49, the prosecutor's office said.", 2, None, ANY),
    ("A suicide bomber killed four soldiers at a checkpoint in Bannu on Monday. More than 900 security personnel have "
     "been killed in Khyber Pakhtunkhwa this year, according to official figures.", 4, ANY, ANY),
    ("Gang members killed nine people in the Port-au-Prince neighbourhood of Solino on Sunday, police said. Over 4,800 "
     "people have been killed in Haiti since January, the UN says.", 9, ANY, ANY),
    # Russian statements in translation
    ("As a result of a terrorist attack by the Kiev regime with drones on the city of Belgorod, 3 civilians were "
     "killed, 12 were injured, including 2 children, the governor said.", 3, 12, ANY),
    ("Kursk region: as a result of shelling by the Armed Forces of Ukraine of the village of Tetkino, a civilian was "
     "killed and two more were injured, acting governor Khinshtein reported.", 1, 2, ANY),
    # French in translation
    ("The attack perpetrated by armed individuals against the village of Solenzo on Sunday made 27 deaths and 14 "
     "wounded, according to a local source.", 27, 14, ANY),
    ("The ADF rebels killed at least 18 civilians with machetes in the locality of Mangurujipa on the night of "
     "Tuesday to Wednesday, civil society says; the provisional toll could rise.", 18, ANY, ANY),
    ("Haiti: The gang attack on Mirebalais on Thursday left at least 15 dead, including two police officers, and "
     "several injured, according to the National Police.", 15, 3, ANY),
    # Ukrainian in translation
    ("As a result of enemy shelling of Kherson, 2 people died and 7 were injured. Among the injured is a 13-year-old "
     "boy, - the OVA reports.", 2, 7, ANY),
    ("The number of dead as a result of the Russian attack on Kryvyi Rih has increased to 9, of which 2 are children. "
     "Another 58 people were injured, - Vilkul.", 9, 58, ANY),
    # Syria, Nigeria
    ("An explosion of a car bomb in the city of Azaz on Friday killed six people, including a child, and injured 15 "
     "others, according to a preliminary toll by the White Helmets.", 6, 15, ANY),
    ("Gunmen attacked a church in Owo, Ondo State, during Sunday mass. 'We have counted at least 40 dead,' a local "
     "lawmaker told AFP.", 40, ANY, ANY),
    # the second batch
    ("The death toll from Friday's Russian glide bomb attack on Zaporizhzhia climbed to 13 on Saturday after rescuers "
     "pulled two more bodies from the debris, the regional governor said. At least 60 people were wounded.", 13, 60,
     ANY),
    ("KHARTOUM (Reuters) - The number of people killed in an RSF drone strike on a mosque in El Fasher rose to 75, a "
     "local resistance committee said on Saturday, up from 43 reported on Friday.", 75, ANY, ANY),
    ("Two of the wounded died overnight, raising the toll from Thursday's suicide bombing at a Quetta railway station "
     "to 28, police said.", 28, ANY, ANY),
    ("Rescuers have recovered 19 bodies from the ruins of the apartment building in Kryvyi Rih, and the search "
     "continues, the emergency service said on Saturday.", 19, ANY, ANY),
    ("Update, 14:05: the toll has risen to eight dead and 31 injured, including five children, the Kharkiv governor "
     "said.", 8, 31, ANY),
    ("A Russian FPV drone attacked a car in Beryslav on Friday. A 48-year-old man was killed. His wife, 45, was also "
     "killed, the regional administration said.", 2, ANY, ANY),
    ("Israeli shelling hit a house in Aitaroun on Thursday. A man was killed and his son was wounded, the health "
     "ministry said.", 1, 1, ANY),
    ("The toll of the Zionist enemy's raid on the town of Nabatieh rose to five martyrs and 18 wounded, the ministry "
     "said on Friday.", 5, 18, ANY),
    ("Three martyrs, including a child, in an occupation drone strike on a tent in Mawasi Khan Younis at dawn today, "
     "medical sources said.", 3, ANY, ANY),
    ("Syrian state media: Two citizens were martyred and five others were wounded by the terrorist attack with a car "
     "bomb in Manbij.", 2, 5, ANY),
    ("Dozens were killed in a junta airstrike on a market in Rakhine on Tuesday. The Arakan Army later said 32 people "
     "had died and more than 50 were wounded.", 32, 50, ANY),
    ("A Russian ballistic missile killed four people in Kyiv on Sunday night; a further 11 were injured, including a "
     "child, Mayor Klitschko said.", 4, 11, ANY),
    ("The RSF shelling of the Abu Shouk camp killed 14 civilians, eight of them women, the Emergency Lawyers said on "
     "Thursday.", 14, ANY, ANY),
    ("Eleven people were killed when a Russian missile hit a five-storey building in Poltava on Friday; four others "
     "are still missing, the governor said.", 11, ANY, 4),
    ("At least 22 people were killed and dozens are feared trapped under the rubble after an Israeli strike flattened "
     "a residential block in Beit Lahia on Friday, civil defence said.", 22, ANY, ANY),
    ("An Israeli strike on a school sheltering displaced families in Gaza City caused casualties on Friday, the civil "
     "defence said, without giving a figure.", None, None, ANY),
    ("A Russian drone killed a woman in Kherson on Friday. Russian attacks killed five civilians across Ukraine over "
     "the past day, regional officials said.", 1, ANY, ANY),
    ("An RSF drone strike killed 12 people at a market in Al-Nuhud on Thursday, activists said. The war in Sudan has "
     "killed more than 150,000 people since April 2023.", 12, ANY, ANY),
    ("The provisional toll of the jihadist attack against the army post of Djibasso is 14 soldiers dead and 9 "
     "injured, according to a security source.", 14, 9, ANY),
    ("The enemy struck Kharkiv with guided aerial bombs. 1 person died, 12 were injured, - Syniehubov. Among the "
     "injured are three children.", 1, 12, ANY),
    ("As a result of a drone attack by the AFU on a bus in Horlivka, 2 civilians were killed and 7 more were injured, "
     "the mayor of the city reported.", 2, 7, ANY),
    ("Members of the Viv Ansanm gang coalition killed at least 20 people in Petite-Riviere de l'Artibonite overnight, "
     "and several others were wounded, a local official said.", 20, 3, ANY),
]


@pytest.mark.parametrize("report", REPORTS)
def test_the_figures_of_a_war_report(report):
    _has_figures(*report)


# the probes this round mended (each failed on main in the figure its class names)
MENDED = [
    ("Suspected Boko Haram insurgents killed 12 farmers in Jere on Tuesday. Nine more bodies were found on Wednesday, "
     "raising the toll to 21, a militia leader said.", 21, ANY, ANY),
    ("At least seven people were killed and 20 wounded when a blast ripped through a mosque in Kunduz on Friday. "
     "Earlier reports had put the toll at four.", 7, 20, ANY),
    ("An Israeli drone targeted a motorcycle in Bint Jbeil on Tuesday. The rider was killed. A passer-by was "
     "seriously wounded, the health ministry said.", 1, 1, ANY),
    ("Governor Vyacheslav Gladkov: in Shebekino, a drone dropped an explosive device on a car. The driver died on the "
     "spot, the passenger was taken to hospital with shrapnel wounds.", 1, 1, ANY),
    ("The Israeli enemy's raid on the town of Khiam on Friday led to the martyrdom of three citizens and the injury "
     "of five others, the Ministry of Public Health announced.", 3, 5, ANY),
    ("The occupation's aircraft bombed a house in the Nuseirat camp at dawn today, and four martyrs, including two "
     "children, arrived at Al-Awda Hospital, medical sources said.", 4, ANY, ANY),
    ("Civil Defence: 11 martyrs and dozens of injuries in the occupation's bombing of a displacement centre in Khan "
     "Younis on Friday.", 11, 24, ANY),
    ("Soldiers repelled an attack by jihadists on an army post near Djibo on Thursday, killing 20 assailants, the "
     "army said. Six soldiers were killed.", 26, ANY, ANY),
    ("A Gaza civil defence spokesman said 15 people had been killed in the strike on the Al-Mawasi area on Friday, and "
     "that rescuers were still searching for 10 others believed to be under the rubble.", 15, ANY, 10),
    ("A Houthi drone attack on a market in Taiz on Wednesday killed two children and wounded their mother, a local "
     "official said.", 2, 1, ANY),
    ("Gunmen stormed a village in Zamfara State on Sunday, killing 14 villagers. Vigilantes fought back, killing six "
     "of the attackers, residents said.", 20, ANY, ANY),
    # the second batch
    ("Pakistani security forces killed 11 terrorists in a shootout in the Tirah valley on Friday, while two soldiers "
     "were martyred, the ISPR said.", 13, ANY, ANY),
    ("Ministry of Public Health: The Israeli enemy's strike on a car on the Tyre-Naqoura road today resulted in one "
     "martyr.", 1, ANY, ANY),
]


@pytest.mark.parametrize("report", MENDED)
def test_the_figures_of_a_mended_report(report):
    _has_figures(*report)


# text, the lead's killed
KILLED = [
    # SANA, NNA, WAFA, Al Mayadeen in translation: the martyrs are the dead
    ("The Israeli enemy's raid on the town of Khiam led to the martyrdom of three citizens, the ministry said.", 3),
    ("An Israeli drone strike on a car in Bint Jbeil on Friday led to the martyrdom of a young man.", 1),
    ("Five martyrs and 12 wounded in an occupation bombing of a house in Deir al-Balah on Friday.", 5),
    ("The occupation's shelling of Beit Lahia on Thursday left seven martyrs, medical sources said.", 7),
    ("According to the ministry, two people martyrs and three wounded were recorded in the raid on Al-Khiam on "
     "Thursday.", 2),
    # ISPR, Niger's and Burkina Faso's armies, AFP: the attackers the forces killed are dead too
    ("Soldiers repelled an attack on a military post in Tillaberi region on Thursday, killing 20 assailants.", 20),
    ("Security forces killed six terrorists in an intelligence-based operation in North Waziristan on Thursday, the "
     "ISPR said.", 6),
    ("Troops killed 14 terrorists when they repelled an attack on a base near Djibo on Monday, the army said.", 14),
    ("Police shot dead three assailants who attacked a checkpoint in Bannu on Friday, officials said.", 3),
    # Premium Times, Daily Trust: Nigeria's bandits (counted no one on main, found probing the class)
    ("Troops killed 30 bandits in Zamfara State on Friday, police said.", 30),
    ("Police shot dead five bandits on the Abuja-Kaduna highway on Sunday, the command said.", 5),
    # the answer told first, the defenders' dead after it: one clash of all its dead
    ("Burkina Faso's army said troops repelled an attack on their base in Djibo on Tuesday, killing 35 terrorists. "
     "Six soldiers were killed and 11 wounded.", 41),
    ("Nigerian troops repelled an ISWAP attack on a base in Marte on Wednesday night, killing 12 insurgents. Three "
     "soldiers died in the attack.", 15),
    ("Malian forces repulsed an assault on the Boulkessi camp on Sunday, killing 30 jihadists, the army said. Four "
     "soldiers were killed in the fighting.", 34),
    # ISPR's and AFP's clashes told in one sentence
    ("Two soldiers were martyred while 11 terrorists were killed in an exchange of fire in North Waziristan on "
     "Friday, the ISPR said.", 13),
    ("JNIM fighters killed 15 villagers in Djibo on Sunday before vigilantes killed eight attackers, residents said.",
     23),
    # the dead told as some of a side ("six of the attackers") are of that side
    ("Bandits killed nine villagers in Maru on Tuesday. Local hunters repelled them, killing four of the bandits, "
     "residents said.", 13),
    ("Al-Shabaab fighters killed five soldiers at a base near Jowhar on Friday, and troops killed 12 of the militants "
     "as they withdrew, officials said.", 17),
    # the same answer told twice is not more dead, nor are the dead told by their role or among all the dead
    ("Troops repelled an attack on a base in Marte on Wednesday, killing 12 insurgents. Twelve insurgents were killed, "
     "the army said.", 12),
    ("Israeli strikes killed 12 people in southern Lebanon on Friday, including five Hezbollah fighters, the ministry "
     "said.", 12),
    ("The army killed 30 militants in an offensive near Mosul on Monday. Five commanders were among the 30 killed, it "
     "said.", 30),
    # the attack told first: its own dead lead, the answer is an incident of its own (round 17)
    ("Militants stormed a military base in Bannu, killing eight soldiers. Security forces repelled the attack and "
     "killed 10 militants.", 8),
    # Reuters, AP, Premium Times: more bodies found before the toll they raise are the same dead
    ("Gunmen killed 12 villagers in Bokkos on Tuesday. Nine more bodies were found on Wednesday, raising the toll to "
     "21, residents said.", 21),
    ("A Russian missile killed eight people in Kryvyi Rih on Monday. Three more bodies were recovered from the rubble "
     "on Tuesday, bringing the toll to 11.", 11),
    ("An airstrike killed 20 people in a market in Sagaing on Sunday. Six more bodies were pulled from the debris on "
     "Monday, raising the death toll to 26, a rescue group said.", 26),
    # and with no toll after them, more dead (on main: "two" alone, and "eight" alone)
    ("Gunmen killed two people in Bokkos on Tuesday. Three more bodies were found on Wednesday, residents said.", 5),
    ("A Russian missile killed eight people in Kryvyi Rih on Monday. Rescuers recovered three more bodies from the "
     "rubble on Tuesday.", 11),
    # a toll the text calls superseded gives way to the figure it gives now
    ("At least seven people were killed when a blast ripped through a mosque in Kunduz on Friday. Earlier reports had "
     "put the toll at four.", 7),
    ("Twelve people were killed in the Russian strike on Sumy on Sunday, the governor said. Officials had initially "
     "put the death toll at eight.", 12),
    ("A car bomb killed nine people in Mogadishu on Saturday, police said. Police had earlier given the toll as five.",
     9),
]


@pytest.mark.parametrize("text, killed", KILLED)
def test_the_lead_s_dead(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text", [
    # a martyr of history or of faith, named, is no death of the news
    "Thousands of mourners marked the martyrdom of Imam Hussein in Karbala on Friday.",
    "Shiites mark the martyrdom of the Prophet's grandson every year.",
    "Crowds gathered on Friday to mark the martyrdom of Ahmed Yassin.",
])
def test_a_named_martyrdom_is_no_toll(text):
    assert [f for f in find_counts(text) if f.slot == "killed"] == []


def test_a_superseded_toll_alone_is_the_toll():
    assert value(lead("An airstrike hit a market in Sagaing on Sunday. Officials initially put the death toll at "
                      "eight.").killed) == 8


@pytest.mark.parametrize("text, killed, injured", [
    # a passer-by, and the war's wounded taken to hospital
    ("A Russian drone hit a bus stop in Kherson on Friday. Two passers-by were killed.", 2, ANY),
    ("An Israeli drone struck a car in Tyre on Monday, killing the driver. A passer-by was wounded.", 1, 1),
    ("The driver died on the spot, and the passenger was taken to hospital with shrapnel wounds, after a drone hit "
     "their car in Shebekino on Friday.", 1, 1),
    ("A shell killed a man in Nikopol on Thursday; his wife was hospitalised with blast injuries, Lysak said.", 1, 1),
])
def test_passers_by_and_the_war_wounded(text, killed, injured):
    _has_figures(text, killed, injured, ANY)


def test_a_gunshot_wound_taken_to_hospital_stays_shot():
    assert [(f.slot, f.value) for f in find_counts("The victim was taken to hospital with a gunshot wound.")] == [
        ("shot", 1)]


@pytest.mark.parametrize("text, missing", [
    # the missing a strike buried
    ("Rescuers were still searching for 10 others believed to be under the rubble.", 10),
    ("Ten people are believed to be trapped under the rubble, the emergency service said.", 10),
    ("At least 12 people remain trapped under the debris of the building, officials said.", 12),
    ("Five people are still under the rubble, the mayor said.", 5),
])
def test_those_under_the_rubble_are_missing(text, missing):
    assert [(f.slot, f.value) for f in find_counts(text)] == [("missing", missing)]


@pytest.mark.parametrize("text", [
    # those pulled from it alive are not
    "Three people were trapped under the rubble and later rescued.",
    "Rescuers pulled two people trapped under the rubble alive.",
    "Two people who were trapped in the rubble were rescued alive.",
])
def test_those_rescued_from_the_rubble_are_not_missing(text):
    assert [f for f in find_counts(text) if f.slot == "missing"] == []


@pytest.mark.parametrize("text, injured", [
    # the source told after the victims is no victim
    ("The strike killed a boy and wounded his mother, a local official said.", 1),
    ("Gunmen killed a farmer and wounded his wife, a local official told Reuters.", 1),
    ("The shell wounded a woman and her son, a medic told AFP.", 2),
])
def test_the_source_after_the_victims_is_no_victim(text, injured):
    assert [f.value for f in find_counts(text) if f.slot == "injured"] == [injured]


def test_one_clash_stays_one_incident():
    text = ("Burkina Faso's army said troops repelled an attack on their base in Djibo on Tuesday, killing 35 "
            "terrorists. Six soldiers were killed and 11 wounded.")
    assert len([m for m in extract(text, "2026-11-28") if not m.background and m.kind == "event"]) == 1
