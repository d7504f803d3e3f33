"""War reports of a thirty-first round (issue 11, session 28) in the styles earlier rounds used least: OCHA flash
updates and sitreps, military statements in translation (Ukraine's General Staff, the IDF, Russia's defence ministry,
the Sudanese army, the Nigerian army, ISPR, the FAMa), local outlets in machine translation (Ukrainian, Arabic,
Amharic, Burmese, French), on Myanmar, the Sahel, the DRC, Amhara, Somalia, Yemen and the Red Sea, Syria, Lebanon,
Haiti, Colombia, Khyber Pakhtunkhwa and Manipur. Each lead's killed, injured and (where it matters) killed qualifier
were written down before it was run.

Of 59 probes, 21 read otherwise than the list on main; 18 are mended, 3 are strict xfails. By class:

- another language's word order (5 of 9, mended): "Killed were 12 people", "died 3 persons, wounded are 8 more",
  "lost their lives 14 civilians", "The dead numbered 7", "the killed civilians are 6 and the injured are 9" read
  no one. The harm told first, then "were/are/numbered" and the number ("killed in the attack were 4 ..."), and
  "died", "perished" or "lost their lives" right before the number, now count as an active verb's object does
  (casualty_terms.json 'active'); "among those killed were three children" is no toll of its own. "injured eight
  more" read nothing: "more" with no noun is the object's people (extract.lexicon ``object_after``).
- the wounded told by the care they sought (6 of 9, mended): "sought medical care/help", "were admitted to Jowhar
  hospital", "were evacuated to Bunia General Hospital" are wounded (casualty_terms.json 'passive'); the first two
  passed no sentence gate ("medical care", "doctors" are now stems of ``trigger``; "medical" alone is not: "were
  transported to St John Medical Center" after a crash, gva-articles).
- fighters neutralised or eliminated (4 of 7, mended; a fifth below): an army's "neutralised 9 terrorists", "up to 40
  militants ... were eliminated" and "paid the supreme sacrifice" are deaths (casualty_terms.json, ``trigger``).
- people of a named body or town (3, mended): "40 militants of the Armed Forces of Ukraine were eliminated", "six
  residents of Shebekino were hospitalised", "two dissidents of the FARC died": a capitalised name after "of" may
  stand between the counted people and their verb (extract.lexicon ``of_a_name``); "dissidents" are people
  (person_nouns.txt).
- a list of three or more (1, mended): "killed 4 members of the VDP, 2 soldiers and 6 civilians" read 4: the
  entries between the first object and the last one "and" adds are now counted (extract.counts ``_listed_between``).
- casualties with the dead as a part (1, mended): "left 9 casualties, 2 of them fatal" read nothing: "N of them
  fatal" right after a casualty toll is the dead, and the casualties the dead and the wounded together
  (extract.counts ``_with_fatal_parts``); after any other count it is not ("12 shootings this year, three of them
  fatal": read as the dead, that lost one held-aside gva-incidents toll).

Left as strict xfails: a General Staff or IDF summary "over the past day" is read as an aggregate (two probes; frame's
aggregate cues, not this round's files, and arguably right for a daily roll-up); "neutralised three bandits, while one
soldier paid the supreme sacrifice" finds both figures but the lead keeps the bandits' 3 (frame's clash sides in one
sentence: extract.frame).

Narrowed after review28e (tests/test_mend28e.py): a list after people, persons, victims or others, or one whose
entries sum to the head's number, breaks it down and adds no one ("killed two people, a man and a woman": 2); the harm
told before "were/are" counts only after "the" or opening its clause and never before an age's words ("The teens
killed were 16" is an age); care is a wound only with a harm after it ("sought medical care after the shelling", not
"for acute watery diarrhoea") and never a patient's; "neutralised" kills only the armed side ("9 terrorists", "100 of
the rebels were neutralised", not "he was neutralized by an officer"), "eliminated as persons of interest" no one.

A second batch of 15 on the same classes read 14 wrong on main; the mending above read 11 of them right, and three
more small changes the rest: a list's entry may be "a pastor", a unit's name may open with its ordinal ("three
soldiers of the 5th Brigade"), and "the number of the injured reached 31" is an injury toll (casualty_terms.json).

The 38 others (OCHA and ministry leads, ranges, "including N children", tolls split by side, headlines, revised tolls,
missing people, plain leads) read right on main and are pinned.
"""

import pytest
from test_war_reports_worldwide28 import _reads, _written_on  # noqa: F401 (autouse: read on round 28's day, a Sunday)
from war_fixtures import figures_read, lead_published, titled_lead

from harmledger.extract.counts import find_counts

lead = lead_published("2026-11-29")


def _reads_as(text, killed, injured, qualifier):
    """The lead's figures and, where the report states one, its killed qualifier."""
    _reads(text, killed, injured)
    if qualifier:
        assert lead(text).killed.qualifier == qualifier


@pytest.mark.parametrize("text, killed, injured", [
    ('Killed were 12 people and wounded 30 others in the Russian shelling of Nikopol, the head of the regional '
     'military administration Serhiy Lysak said.',
     12, 30),
    ('The number of the dead reached 9 and the number of the injured 17 as a result of the Israeli bombing of '
     'a house in Deir al-Balah, the civil defence said.',
     9, 17),
    ('As a result of the enemy strike on Zaporizhzhia, died 3 persons, wounded are 8 more, reported the '
     'regional military administration.',
     3, 8),
    ('In the attack of the armed men on the village of Wegel Tena lost their lives 14 civilians, residents '
     'told the Amhara media.',
     14, None),
    ('The toll of the victims of the drone strike on the market of El Fasher rose to 22 dead and 40 wounded, '
     'according to the Emergency Lawyers.',
     22, 40),
    ('The dead numbered 7, among them 3 women, after the RSF shelled the Abu Shouk camp, the Sudan Doctors '
     'Network said.',
     7, None),
    ('Due to the airstrike of the military council on the Let Yet Kone village, 11 villagers died and 15 were '
     'injured, local residents said.',
     11, 15),
    ('In the drone attack carried out in Debre Birhan, the killed civilians are 6 and the injured are 9, '
     'witnesses told.',
     6, 9),
    ('The provisional toll is 8 dead and 13 wounded, of which 4 seriously, according to the administrator of '
     'the territory of Masisi, after an attack by M23 rebels.',
     8, 13),
    # those "among those killed" are a part of the toll told before, not a toll of their own
    ('Israeli strikes killed 10 people in Khan Younis on Sunday. Among those killed were three children, the ministry '
     'said.',
     10, None),
])
def test_tolls_told_in_another_language_s_word_order(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ('Humanitarian partners report that 17 people sought medical care at the Hodeidah hospital after the '
     'airstrikes on the port on 28 November; no deaths were reported.',
     0, 17),
    ('Following the clashes in the Shabelle valley on 27 November, 14 people were admitted to Jowhar hospital '
     'with gunshot wounds, according to WHO.',
     None, 14),
    ('Local authorities report that 25 people were evacuated to Bunia General Hospital after the CODECO attack '
     'on the Plaine Savo site; 8 bodies were recovered.',
     8, 25),
    ('Nine people sought medical care after a Russian drone struck an apartment block in Odesa, the regional '
     'governor said.',
     None, 9),
    ('Fourteen people sought medical help following the shelling of Kherson on Sunday, among them a child, the '
     'city military administration said.',
     None, 14),
    ('Six residents of Shebekino were hospitalised after a Ukrainian drone attack, Governor Gladkov said.',
     None, 6),
    ('Twelve wounded soldiers were evacuated by helicopter to Gao after the ambush, in which four soldiers '
     'were killed, the army said.',
     4, 12),
    ('Some 2,000 residents were evacuated from Kupiansk after the shelling, which killed two people.',
     2, None),
    ('Three people were killed and seven were taken to hospital after the drone strike on Nova Kakhovka, the '
     'Russian-installed administration said.',
     3, 7),
])
def test_the_wounded_told_by_the_care_they_sought(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured, qualifier", [
    ('As a result of the strike, up to 40 militants of the Armed Forces of Ukraine were eliminated in the area '
     'of Pokrovsk, the Russian Defence Ministry said.',
     40, None, 'up_to'),
    ('The Armed Forces repelled an attack by the terrorist militia on El Fasher, and more than 100 of the '
     'rebels were neutralised, the army spokesman said.',
     100, None, 'more_than'),
    ('Troops of Operation Hadin Kai neutralised 9 terrorists and rescued 14 kidnapped victims in Gwoza, the '
     'army said.',
     9, None, None),
    ('The FAMa neutralized about twenty terrorists during an air-land operation near Tessit, the general staff '
     'said.',
     20, None, 'about'),
    ('Security forces killed 6 khwarij in an intelligence-based operation in North Waziristan; during the '
     'exchange of fire, two soldiers embraced shahadat, ISPR said.',
     8, None, None),
    ('Air defence systems intercepted 12 Ukrainian drones over Belgorod region; as a result of falling debris, '
     '2 civilians were injured, the Russian Defence Ministry said.',
     None, 2, None),
    ('The Somali National Army said its forces killed 30 al-Shabaab militants and wounded 12 others in an '
     'operation in Middle Shabelle.',
     30, 12, None),
])
def test_fighters_neutralised_or_eliminated_are_dead(text, killed, injured, qualifier):
    _reads_as(text, killed, injured, qualifier)


@pytest.mark.parametrize("text, killed, injured", [
    ("Five soldiers and three civilians were killed and 11 others wounded in an attack on a convoy in Mali's "
     'Segou region.',
     8, 11),
    ('The clashes left 7 gang members and 2 police officers dead in Croix-des-Bouquets, the Haitian National '
     'Police said.',
     9, None),
    ('Killed in the attack were 4 members of the VDP, 2 soldiers and 6 civilians, security sources said.',
     12, None),
    ('Two policemen and an army major were among 5 people killed in the IED blast in Bajaur.',
     5, None),
    ('Two Kuki militants and a Meitei volunteer were killed in a gunfight at Jiribam, while four people were '
     'injured, police said.',
     3, 4),
    ('Three soldiers and two dissidents of the FARC Estado Mayor Central died in combat in rural Cauca, the '
     'army said.',
     5, None),
    # more than one entry before the last "and"; people a verb of their own takes are no entry
    ('The ambush killed four soldiers, two policemen and six civilians on the road to Djibo, security sources said.',
     12, None),
    ('The ambush killed four soldiers, two policemen were wounded and six civilians fled the village, the army said.',
     4, 2),
    ('A drone strike killed three people on Monday and injured eight more, the governor said.',
     3, 8),
])
def test_tolls_split_by_side_or_listed(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.parametrize("text, killed, injured", [
    ('The Israeli strike on the Nuseirat camp caused 40 casualties, among them 12 dead, the civil defence '
     'said.',
     12, 28),
    ("The shelling of Donetsk left 9 casualties, 2 of them fatal, the city's Russian-installed mayor said.",
     2, 7),
    ('Thirty casualties, including 8 killed, were brought to Al-Aqsa hospital after the strike, MSF said.',
     8, 22),
])
def test_casualties_are_the_dead_and_the_wounded(text, killed, injured):
    _reads(text, killed, injured)


# text, killed, injured, the killed qualifier where it matters: read right on main, pinned
@pytest.mark.parametrize("text, killed, injured, qualifier", [
    ('OCHA Flash Update #3: On 27 November, an attack on the IDP site of Lushagala killed at least 9 '
     'civilians, including 4 children, and injured 23 others, according to health partners.',
     9, 23, 'at_least'),
    ('On 28 November, shelling hit a residential area of Kharkiv city, injuring 11 civilians, including two '
     'children, according to local authorities.',
     None, 11, None),
    ('On 28 November, a drone strike hit a market in Al Fasher. At least 12 people were killed and more than '
     '30 were hospitalized, local health authorities reported.',
     12, 30, 'at_least'),
    ('Residents said 15-20 people were killed when jets bombed the village of Kanan in Sagaing.',
     15, None, 'range'),
    ('The death toll from the attack on Barsalogho is estimated at between 200 and 400, according to the '
     'collective Justice pour Barsalogho.',
     200, None, 'range'),
    ('From 10 to 15 fishermen were killed in the drone strike on Lake Chad, sources told HumAngle.',
     10, None, 'range'),
    ("An airstrike on a school in Myanmar's Sagaing killed 11 people, including 7 children, and wounded 17, "
     'the NUG said.',
     11, 17, None),
    ('Six people, among them three children and a woman, were killed when a shell hit a house in El Obeid, '
     'medics said.',
     6, None, None),
    ('The dead include 4 children and 2 women, bringing the toll of the attack on Zamzam camp to 9, MSF said.',
     9, None, None),
    ("The death toll from Sunday's Russian strike on Sumy has risen to 12 from 9, after three of the wounded "
     'died in hospital; 84 people were injured, the regional administration said.',
     12, 84, None),
    ('The toll of the attack on the convoy near Ouallam was revised upward to 21 soldiers killed, from 12 '
     'initially announced, the Nigerien defence ministry said.',
     21, None, None),
    ('Authorities revised down the number of dead in the Mogadishu beach bombing to 32 from 37 earlier, and '
     'said 63 people were wounded.',
     32, 63, None),
    ('An earlier toll of 15 dead was raised to 19 after more bodies were found in the rubble of the building '
     'in Dnipro, the emergency service said.',
     19, None, None),
    ('Four people were killed and 11 remain missing after the Israeli strike on the building in Beit Lahia, '
     'the civil defence said.',
     4, None, None),
    ('Al-Shabaab fighters attacked a base in El Baraf; the army said 6 soldiers were killed and 5 are missing.',
     6, None, None),
    ('Ten fishermen are missing after the Houthi attack on the vessel in the Red Sea; three crew members were '
     'killed.',
     3, None, None),
    ('Three crew members of the bulk carrier True Confidence were killed and at least four injured in a Houthi '
     'missile strike in the Gulf of Aden, CENTCOM said.',
     3, 4, None),
    ("Lebanon's health ministry said an Israeli strike on a car in Bint Jbeil killed two people, one of them a "
     'child.',
     2, None, None),
    ('At least 115 people were killed in the Wharf Jérémie massacre ordered by gang leader Micanor Altès, the '
     'UN said.',
     115, None, 'at_least'),
])
def test_leads_read_right_on_main(text, killed, injured, qualifier):
    _reads_as(text, killed, injured, qualifier)


@pytest.mark.parametrize("text, killed, injured, title", [
    ('RSF shelling of a market in El Fasher killed 15 people and wounded 30 on Sunday, medics said.',
     15, 30, 'Sudan: 15 dead, 30 wounded in RSF shelling of El Fasher'),
    ('A Russian drone hit a residential building in Kharkiv overnight. Three people were killed, Governor '
     'Syniehubov said.',
     3, 12, 'Drone strike in Kharkiv: 3 dead, 12 injured'),
    ('Gunmen on motorcycles attacked the village of Kaura on Saturday, killing nine people and abducting '
     'dozens, police said.',
     9, None, 'Gunmen kill 9 in Zamfara village'),
])
def test_a_headline_s_figures_beside_the_body_s(text, killed, injured, title):
    figures_read(titled_lead(text, title, "2026-11-29"), killed, injured)


# a second batch on the same classes, written after the first was mended: 14 of 15 read wrong on main, all now right
# (three after the batch: a list's entry "a pastor", "of the 5th Brigade" and "the number of the injured reached 31")
@pytest.mark.parametrize("text, killed, injured, qualifier", [
    ('Wounded were 14 people, among them 3 children, in the Russian strike on Sumy, the regional '
     'administration reported.',
     None, 14, None),
    ('As a result of the shelling, killed are 2 residents of Kherson and wounded 6 more, the city military '
     'administration said.',
     2, 6, None),
    ('In the bombardment of the market perished 19 civilians, the Emergency Lawyers said.',
     19, None, None),
    ('The number of the injured reached 31, and the dead were 8, the ministry of health in Gaza said.',
     8, 31, None),
    ('Twenty people turned to doctors after the massive attack on Kyiv overnight, Mayor Klitschko said.',
     None, 20, None),
    ('Seven people requested medical assistance after the Russian drone attack on Kharkiv, the regional '
     'governor said.',
     None, 7, None),
    ('Eleven wounded civilians were evacuated to the Kassala teaching hospital after the drone strike, medics '
     'said.',
     None, 11, None),
    ('The Burkinabe army said it neutralised more than 50 terrorists in an air strike near Djibo.',
     50, None, 'more_than'),
    ('Two commanders of the TTP were eliminated in an intelligence-based operation in Bajaur, security '
     'officials said.',
     2, None, None),
    ('Five fighters of the Rapid Support Forces were killed and 12 wounded in clashes with the army in '
     'Babanusa, a military source said.',
     5, 12, None),
    ('Gunmen killed three farmers, two herders, a pastor and four children in the attack on Bokkos, the local '
     'government chairman said.',
     10, None, None),
    ('The drone strike killed 6 soldiers, 3 militiamen and 2 civilians, a local official told AFP.',
     11, None, None),
    ('The raid left 12 casualties, three of whom died, according to the health office in Bunia.',
     3, 9, None),
    ('Ukrainian drones struck a bus in Horlivka, causing 8 casualties, one of them fatal, the '
     'Russian-installed mayor said.',
     1, 7, None),
    ('Three soldiers of the 5th Brigade were killed in the ambush near Kidal, the army said.',
     3, None, None),
])
def test_second_batch_on_the_same_classes(text, killed, injured, qualifier):
    _reads_as(text, killed, injured, qualifier)


@pytest.mark.parametrize("sentence", [
    # the harm told before "were" and a number list ages, not a toll
    "Davis said he believes the children killed in the shooting were 9 and 10 years old.",
    # "of them fatal" after a count that is no casualty toll counts shootings, not the dead
    "There have been 12 shootings in the city this year, three of them fatal, police said.",
])
def test_numbers_that_are_no_dead_beside_the_new_forms(sentence):
    assert [f for f in find_counts(sentence) if f.slot == "killed"] == []


# the new forms narrowed after review28e (tests/test_mend28e.py has more): a breakdown set off by commas adds no one,
# an age after "killed ... were" is no toll, care for no harm is no wound, "eliminated" from an inquiry no death
@pytest.mark.parametrize("sentence, figures", [
    ("The fire killed 3 people, 2 adults and 1 child, officials said.", [("killed", 3)]),
    ("An airstrike killed 9 persons, 4 women and 5 children, in the village of Tabarak Allah.", [("killed", 9)]),
    ("The gunman wounded six victims, five students and a teacher, before he fled.", [("injured", 6)]),
    ("Those injured were 14, according to the school district.", []),
    ("The teenagers killed in the crash were 17, the coroner said.", []),
    ("A man was evacuated to a hospital for observation, police said.", []),
    ("Forty patients were admitted to the Al-Ahli hospital after the strike on the clinic.", []),
    ("The team was eliminated from the competition after a 2-1 defeat.", []),
    ("Two men were eliminated as suspects of interest after a review of the footage.", []),
])
def test_the_new_forms_narrowed_after_review(sentence, figures):
    assert [(f.slot, f.value) for f in find_counts(sentence)] == figures


@pytest.mark.xfail(strict=True, reason="frame (sentence cues, not this round's files): a General Staff's or the IDF's "
                                       "summary 'over the past day' is read as an aggregate, arguably right for a "
                                       "daily roll-up")
@pytest.mark.parametrize("text, killed, injured", [
    ('During the past day, the enemy launched 3 missile strikes at Kherson; as a result, 2 civilians were '
     'killed and 5 were injured, the General Staff of the Armed Forces of Ukraine reported.',
     2, 5),
    ('IDF troops eliminated approximately 20 terrorists in the Jabalia area over the past day, the IDF said.',
     20, None),
])
def test_a_military_summary_of_the_past_day_left(text, killed, injured):
    _reads(text, killed, injured)


@pytest.mark.xfail(strict=True, reason="frame (tolls47): both sides' dead told in one sentence ('neutralised three "
                                       "bandits, while one soldier paid the supreme sacrifice') are both found, but "
                                       "the lead keeps the first")
def test_both_sides_dead_in_one_sentence_left():
    _reads('Troops of Operation Whirl Stroke neutralised three bandits, while one soldier paid the supreme sacrifice '
           'in the encounter at Katsina-Ala, the army said.', 4, None)
