"""War reports of a twenty-third round (issue 11, session 24), written for these tests in styles the earlier rounds
had not used: AFP, Anadolu, Xinhua, TASS in translation, Ukrainska Pravda machine-translated, Al Mayadeen, Sudan
Tribune, Premium Times, The Irrawaddy, Kurdistan 24, OCHA flash updates, ReliefWeb sitreps and Telegram posts in
translation, from Sudan, the Sahel, the DRC, Somalia, Haiti, Myanmar, Syria, Yemen, Colombia, Mozambique, Pakistan,
Iraqi Kurdistan, Lebanon, Gaza, Nigeria, Ukraine and Russia. Each lead's figures, place, day, weapon, sub-event and
perpetrator were written down before it was run.

Of 50 probes, 17 had a slot that differed from the list on main. Six of those were errors in the list, not the code.
Two put 27 November on a Thursday when it is a Friday. Four expected "shelled" alone to name artillery, but
slot_weapons.json has shelling alone name no weapon; those are pinned as they read. A seventh, "injuring several
others", is read as 3. That is ACLED's conservative coding of a vague figure (acled_fatalities.json), so it is pinned
too. That leaves 10 real misses, by class:

- this round's files, mended (with several new variants each below):
  - an armed side's attack that killed "at least nine civilians" named no sub-event. The cue of an attack on
    civilians let no "at least", "more than" or "some" stand before the count (slot_event_types.json).
  - a side named before the day and then its verb ("Boko Haram on Thursday killed", Premium Times' and AP's
    order) named no perpetrator (slot_actors.json).
  - "Ukrainian formations" (TASS's and Russian channels' word for units) named no side (slot_actors.json).
- places (places34's geo/*): six strict xfails below. They are an outlet's name read as the Syrian town
  ("Al Mayadeen"), an airport named for a person that was read as Aden, a district, a gas field and a village that
  the gazetteer lacks, and a commune whose department was preferred.
- figures (toll20's): "killed six terrorists" counts no one. Strict xfail below.

Probing the mended classes further found three more of the same files, each with new variants below and guards:
an air power that "on Wednesday struck" (not only "struck") strikes from the air (slot_weapons.json,
slot_event_types.json). Russia's state media name Ukraine's side "the AFU", "Kiev" and "the Kiev regime", and these
named no one (slot_actors.json, beside "Kyiv"). And a city or side after "on", "at", "over", "near" or "against" is
where the attack struck, not who struck: "A drone attack on Kyiv killed three" named Ukraine on main (extract.classify).

The leftovers of rounds 21 and 22, several variants each:
- a numeric dateline with no published date ("WASHINGTON, 3/10 (AP) -", "MOGADISHU, 11/26 (AP) -") and a live
  blog's stamp with a weekday and no year ("Friday 27 November, 09:12 -", "Wed 25 Nov 10:05 -") anchored nothing.
  Both are now a dateline's day (extract.when). A numeric one reads either way round, the reading nearest before
  extraction, as a body's "on 4/6" does.
- "on Sunday night, November 22", told weeks on, was read as the latest Sunday. The date now takes in the weekday and
  its part of the day, and a night runs into the next day (extract.when).
- "Police shot and killed the suspect" is no suicide: pinned, it already reads right.
- "two people martyrs ... were recorded" (figures, toll20) and a defenders' answer ("repelled an attack ...,
  killing 20 assailants. Four soldiers were killed"): strict xfails. The answer is one incident, but its "20
  assailants" and "35 terrorists" count no one (counts, toll20), so the soldiers' toll leads."""

from datetime import date

import pytest
from war_fixtures import days_of, km_from, lead_published, read_as_of, value

from harmledger.extract import extract

lead = lead_published("2026-11-28")  # a Saturday


@pytest.fixture(autouse=True)
def _written_on(monkeypatch):
    """The reports with no published date were written to be read on the round's day."""
    read_as_of(monkeypatch, date(2026, 11, 28))


SUN, MON, TUE, WED, THU, FRI, SAT = (date(2026, 11, day) for day in range(22, 29))
AIR, SHELLING, IED = "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED"
ATTACK, CLASH, SUICIDE = "Attack", "Armed clash", "Suicide bomb"
ANY = object()  # a slot the report leaves open


def _is_lead(text, killed, injured, at, day, weapon, sub_event_type, perpetrator):
    """The report's lead incident holds every expected slot (ANY: not asked)."""
    mention = lead(text)
    first, last = days_of(mention)
    found = (value(mention.killed), value(mention.injured), km_from(mention.place, *at) < 25 if at is not ANY else None,
             first <= day <= last and (last - first).days <= 1 if day is not ANY else None, mention.weapon,
             mention.sub_event_type, mention.perpetrator)
    expected = (killed, injured, True, True, weapon, sub_event_type, perpetrator)
    asked = [e is not ANY for e in (killed, injured, at, day, weapon, sub_event_type, perpetrator)]
    assert [f for f, a in zip(found, asked) if a] == [e for e, a in zip(expected, asked) if a]


# text, killed, injured, (lat, lon) of the place, a day the lead's days hold, weapon, sub-event, perpetrator
REPORTS = [
    # AFP
    ("Rapid Support Forces shelled the main market in El Obeid on Wednesday, killing 11 civilians and wounding 30 "
     "others, a medical source told AFP.", 11, 30, (13.18, 30.22), WED, None, SHELLING, "RSF"),
    ("BAMAKO (AFP) - Suspected jihadists killed 14 soldiers in an ambush on an army convoy near Menaka on Tuesday, "
     "security sources told AFP.", 14, None, (15.92, 2.40), TUE, ANY, CLASH, ANY),
    ("A Russian drone strike on a minibus in Kherson killed two passengers and wounded five on Friday morning, regional "
     "governor Oleksandr Prokudin said.", 2, 5, (46.64, 32.61), FRI, "drone", AIR, "Russia"),
    # Anadolu
    ("ANKARA (AA) - At least eight Palestinians, including three children, were killed Thursday in an Israeli "
     "airstrike targeting a house in the Nuseirat refugee camp in central Gaza, according to medical sources.", 8, None,
     (31.45, 34.39), THU, "airstrike", AIR, "Israel"),
    ("Two civilians lost their lives and four others were injured as a result of an attack by YPG/PKK terrorists with "
     "mortars on the town of Azaz, the local council said on Wednesday.", 2, 4, (36.59, 37.05), WED, "mortar",
     SHELLING, "PKK"),
    ("Israeli army drones targeted a vehicle in the town of Bint Jbeil in southern Lebanon on Friday, killing one "
     "person, Lebanon's state news agency reported.", 1, None, (33.12, 35.43), FRI, "drone", AIR, "Israel"),
    # Xinhua
    ("MOGADISHU, Nov. 26 (Xinhua) -- At least seven people were killed and 12 others injured on Thursday when a "
     "roadside bomb hit a minibus in Somalia's Lower Shabelle region, police said.", 7, 12, ANY, THU, "IED/mine", IED,
     ANY),
    ("KHARTOUM, Nov. 27 (Xinhua) -- At least 23 civilians were killed on Thursday in a drone attack by the Rapid "
     "Support Forces on a market in Dilling, South Kordofan State, a local medical group said.", 23, None,
     (12.05, 29.65), THU, "drone", AIR, "RSF"),
    ("ISLAMABAD, Nov. 25 (Xinhua) -- Four policemen were killed and two others injured when militants attacked a police "
     "post in northwest Pakistan's Dera Ismail Khan district on Tuesday night, police said.", 4, 2, (31.83, 70.90), TUE,
     ANY, CLASH, ANY),
    # TASS, translated
    ("BELGOROD, November 27. /TASS/. Two civilians were killed and three injured when Ukrainian armed forces attacked a "
     "car with an FPV drone in the Shebekino district, the region's governor Vyacheslav Gladkov said.", 2, 3,
     (50.41, 36.90), FRI, "drone", AIR, "Ukraine"),
    ("DONETSK, November 26. /TASS/. Ukrainian forces shelled the Kuibyshevsky district of Donetsk on Wednesday, killing "
     "one civilian and wounding two, the city administration reported.", 1, 2, (48.00, 37.80), WED, None, SHELLING,
     "Ukraine"),
    # Ukrainska Pravda, machine-translated
    ("On the morning of November 27, the Russians attacked Sumy with Shahed drones, as a result of which 2 people were "
     "killed and 11 were injured, reported the head of the Sumy OVA.", 2, 11, (50.91, 34.80), FRI, "drone", AIR,
     "Russia"),
    ("Russian occupiers dropped a guided aerial bomb on the center of Zaporizhzhia on Wednesday. According to the head "
     "of the OVA Ivan Fedorov, 3 people died, 14 were injured.", 3, 14, (47.84, 35.14), WED, "airstrike", AIR, "Russia"),
    ("In the Kharkiv region, as a result of enemy shelling of the village of Kupiansk-Vuzlovyi, a 67-year-old man was "
     "killed, the head of the OVA Oleh Syniehubov reported on Friday.", 1, None, (49.66, 37.68), FRI, None, SHELLING,
     "Russia"),
    # Al Mayadeen, told by its own place elsewhere
    ("The American-British aggression launched three airstrikes on the Al-Salif district in Hodeidah governorate on "
     "Monday, killing two fishermen, Al Mayadeen reported.", 2, None, (15.30, 42.68), MON, "airstrike", AIR, ANY),
    # Sudan Tribune
    ("KHARTOUM - At least 15 displaced persons were killed on Sunday when the Rapid Support Forces (RSF) shelled the Abu "
     "Shouk camp north of El Fasher, the camp's coordination said.", 15, None, (13.67, 25.35), SUN, None, SHELLING,
     "RSF"),
    ("A Sudanese army drone strike killed nine civilians in Nyala on Monday, a local resistance committee told Sudan "
     "Tribune.", 9, None, (12.05, 24.88), MON, "drone", AIR, "Sudan"),
    # Premium Times: "several others" is ACLED's conservative 3 (acled_fatalities.json)
    ("Gunmen on Wednesday night attacked Bokkos community in Plateau State, killing 18 persons and injuring several "
     "others, residents have said.", 18, 3, (9.30, 8.99), WED, ANY, ATTACK, ANY),
    ("Bandits have killed seven persons and abducted 30 others in Tsafe Local Government Area of Zamfara State, a police "
     "spokesperson confirmed on Friday.", 7, None, (12.17, 6.92), ANY, ANY, ANY, ANY),
    # The Irrawaddy
    ("Junta airstrikes killed 11 civilians, including four children, in Kyaukphyu Township, Rakhine State, on Wednesday "
     "night, the Arakan Army said.", 11, None, (19.43, 93.55), WED, "airstrike", AIR, "Myanmar military"),
    ("Regime artillery shells landed on a monastery in Mandalay Region's Madaya Township on Tuesday, killing five people "
     "and injuring eight, residents said.", 5, 8, (22.22, 96.11), TUE, "artillery", SHELLING, "Myanmar military"),
    # OCHA flash updates
    ("On 25 November, an airstrike hit a health facility in Kadugli, South Kordofan, reportedly killing at least six "
     "people, including two health workers, and injuring 12 others.", 6, 12, (11.01, 29.72), WED, "airstrike", AIR,
     ANY),
    ("According to the Ministry of Health, on 26 November, an Israeli airstrike on a school sheltering displaced people "
     "in Jabalya killed 17 Palestinians.", 17, None, (31.53, 34.48), THU, "airstrike", AIR, "Israel"),
    # ReliefWeb sitrep
    ("On 26 November, NSAG fighters attacked the town of Macomia, Cabo Delgado province, killing four civilians and "
     "burning 30 houses.", 4, None, (-12.25, 40.13), THU, ANY, ATTACK, ANY),
    # Telegram, translated
    ("Telegram channel of the Kharkiv OVA: Today at 14:20 the enemy struck the Saltivskyi district of Kharkiv with a "
     "guided aerial bomb. 1 person killed, 6 injured. Information is being clarified.", 1, 6, (49.99, 36.23), SAT,
     "airstrike", AIR, "Russia"),
    # DRC / M23
    ("Bombs fired by M23 rebels landed on a displacement camp near Sake on Monday, killing six people, Congolese army "
     "spokesman said.", 6, None, (-1.57, 29.04), MON, ANY, SHELLING, "M23"),
    # Somalia
    ("A suicide bomber detonated an explosive vest at a teashop in Beledweyne on Friday evening, killing 10 people and "
     "wounding 17, a police officer said.", 10, 17, (4.74, 45.20), FRI, "IED/mine", SUICIDE, ANY),
    # Haiti
    ("PORT-AU-PRINCE (AP) - Gang members killed at least 20 people in an attack on the town of Pont-Sonde on Thursday, "
     "a local official said.", 20, None, (19.15, -72.61), THU, ANY, ATTACK, ANY),
    # Syria
    ("Regime artillery shelled the town of Ariha in southern Idlib on Tuesday, killing four civilians including two "
     "children, the White Helmets said.", 4, None, (35.81, 36.61), TUE, "artillery", SHELLING, ANY),
    ("An explosive device planted in a car exploded in the city of Manbij on Sunday, killing five people and wounding "
     "nine, a war monitor said.", 5, 9, (36.53, 37.95), SUN, "IED/mine", IED, ANY),
    # Yemen
    ("Houthi drones struck a government military camp in Marib on Thursday, killing three soldiers, a military source "
     "said.", 3, None, (15.46, 45.32), THU, "drone", AIR, "Houthis"),
    ("A Houthi sniper shot dead a child in the besieged city of Taiz on Monday, local officials said.", 1, None,
     (13.58, 44.02), MON, "small arms", ANY, "Houthis"),
    # Colombia
    ("BOGOTA (Reuters) - A car bomb exploded outside a police station in Jamundi on Wednesday, killing two police "
     "officers and injuring 11 civilians, authorities said, blaming FARC dissidents.", 2, 11, (3.26, -76.54), WED,
     "IED/mine", IED, "FARC dissidents"),
    ("Two soldiers were killed and four wounded when ELN guerrillas attacked a military base in Tibu with drones "
     "carrying explosives on Sunday, the army said.", 2, 4, (8.64, -72.74), SUN, "drone", AIR, "ELN"),
    # Mozambique
    ("Insurgents linked to the Islamic State beheaded five people in a village near Mocimboa da Praia on Monday, local "
     "sources told Lusa.", 5, None, (-11.35, 40.35), MON, ANY, ATTACK, ANY),
    # Pakistan
    ("QUETTA (Dawn) - At least nine people were killed and 20 injured when a bomb exploded at a crowded bus terminal in "
     "Quetta on Friday morning, police said.", 9, 20, (30.18, 67.00), FRI, "IED/mine", IED, ANY),
    # the Sahel
    ("OUAGADOUGOU - Jihadists attacked the town of Djibo on Sunday, killing dozens of soldiers and civilians, security "
     "sources said. At least 40 people were killed, one of them said.", 40, None, (14.10, -1.63), SUN, ANY, ANY, ANY),
    ("NIAMEY - A Nigerien army drone strike killed 21 people at a market in Tillaberi region on Thursday, residents "
     "said.", 21, None, ANY, THU, "drone", AIR, "Niger"),
    # Gaza, Ukraine
    ("GAZA (Reuters) - Israeli tank shells hit a school sheltering displaced families in Khan Younis on Friday, killing "
     "seven people, medics said.", 7, None, (31.34, 34.31), FRI, "artillery", SHELLING, "Israel"),
    ("A Russian missile strike on a residential building in Poltava on Thursday evening killed four people and injured "
     "19, Ukraine's emergency service said.", 4, 19, (49.59, 34.55), THU, "missile", SHELLING, "Russia"),
]


@pytest.mark.parametrize("text, killed, injured, at, day, weapon, sub_event_type, perpetrator", REPORTS)
def test_the_lead_incident_of_a_war_report(text, killed, injured, at, day, weapon, sub_event_type, perpetrator):
    _is_lead(text, killed, injured, at, day, weapon, sub_event_type, perpetrator)


# the probes this round mended (each failed on main in the slot its class names)
MENDED = [
    # Premium Times: a side named before the day and its verb, and "at least" before the civilians killed
    ("Terrorists suspected to be members of Boko Haram on Thursday killed at least 12 farmers in Konduga Local "
     "Government Area of Borno State, a security source told PREMIUM TIMES.", 12, None, (11.65, 13.42), THU, ANY,
     ATTACK, "Boko Haram"),
    # OCHA: "killing at least nine civilians"
    ("On 24 November, non-State armed groups attacked the village of Djugu in Ituri province, killing at least nine "
     "civilians and injuring four.", 9, 4, (1.92, 30.50), TUE, ANY, ATTACK, ANY),
    # a Russian channel's post in translation: "Ukrainian formations"
    ("Translated from a Rybar Telegram post: Ukrainian formations attacked the Horlivka market with drones in the "
     "morning, killing 2 civilians and wounding 4.", 2, 4, (48.30, 38.05), SAT, "drone", AIR, "Ukraine"),
]


@pytest.mark.parametrize("text, killed, injured, at, day, weapon, sub_event_type, perpetrator", MENDED)
def test_the_lead_of_a_mended_report(text, killed, injured, at, day, weapon, sub_event_type, perpetrator):
    _is_lead(text, killed, injured, at, day, weapon, sub_event_type, perpetrator)


@pytest.mark.parametrize("text", [
    # OCHA, Radio Okapi, AFP, AP: an armed side that killed "at least", "more than" or "some" civilians attacked them
    "Armed groups attacked the village of Lopa in Djugu territory on Tuesday, killing at least 11 civilians, local "
    "sources said.",
    "Gang members shot at least five residents in Cite Soleil on Friday, a rights group said.",
    "CODECO militiamen attacked a displacement site near Bunia overnight, killing more than 20 civilians, the UN said.",
    "Unidentified gunmen attacked the village of Tin-Akoff on Friday, killing some 30 villagers, the mayor said.",
])
def test_an_armed_side_that_killed_at_least_so_many_civilians_attacked_them(text):
    assert lead(text).sub_event_type == ATTACK


@pytest.mark.parametrize("text, sub_event_type", [
    # shelling, drones and fighting keep their rules however many they killed
    ("Artillery shelling killed at least 12 civilians in Nyala on Monday, medics said.", SHELLING),
    ("RSF drones killed at least 12 civilians in El Obeid on Monday, medics said.", AIR),
    ("Soldiers killed at least 12 militants in an operation near Bannu on Monday, the army said.", CLASH),
])
def test_weapons_and_fighting_keep_their_rules_over_at_least(text, sub_event_type):
    assert lead(text).sub_event_type == sub_event_type


@pytest.mark.parametrize("text, perpetrator", [
    # Premium Times, AP, Reuters, Garowe Online: the side, the day, then the verb
    ("Boko Haram on Monday killed 14 fishermen on the shores of Lake Chad, residents said.", "Boko Haram"),
    ("The RSF on Sunday shelled the Abu Shouk camp near El Fasher, killing 15 people, activists said.", "RSF"),
    ("Russia on Friday launched 40 drones at Odesa, killing two people, the governor said.", "Russia"),
    ("Al-Shabaab late on Tuesday attacked a military base in Lower Shabelle, killing five soldiers, officials said.",
     "Al-Shabaab"),
])
def test_a_side_named_before_the_day_and_its_verb_is_the_doer(text, perpetrator):
    assert lead(text).perpetrator == perpetrator


@pytest.mark.parametrize("text", [
    # AP, Reuters, the Times of Israel: an air power that struck, with the day told between them, struck from the air
    "Israel on Wednesday struck a house in Khan Younis, killing six people, medics said.",
    "The Israeli military on Sunday struck a car in Nabatieh, killing two people, Lebanon's health ministry said.",
    "The Israeli military said on Monday it struck a Hezbollah commander in Tyre, killing him.",
    "The US late on Friday struck Houthi targets in Hodeidah, killing four people, Houthi media said.",
])
def test_an_air_power_that_struck_on_a_day_struck_from_the_air(text):
    mention = lead(text)
    assert (mention.weapon, mention.sub_event_type) == ("airstrike", AIR)


@pytest.mark.parametrize("text, perpetrator", [
    # a side that spoke or accused on a day is no doer
    ("Ukraine on Friday accused Russia of shelling Kherson, killing two people.", "Russia"),
    ("Russia on Monday said Ukrainian drones struck an oil depot in Bryansk, injuring three workers.", "Ukraine"),
])
def test_a_side_that_spoke_on_a_day_stays_no_doer(text, perpetrator):
    assert lead(text).perpetrator == perpetrator


@pytest.mark.parametrize("text", [
    # TASS, Russian channels in translation: "Ukrainian (armed) formations" are Ukraine's units
    "Ukrainian armed formations shelled the Kuibyshevsky district of Donetsk on Wednesday, killing one civilian, the "
    "city administration said.",
    "Ukrainian formations attacked a bus in Nova Kakhovka with a drone on Friday, injuring four passengers.",
    "Ukrainian formations attacked the Horlivka market with drones in the morning, killing 2 civilians.",
])
def test_ukrainian_formations_are_ukraine(text):
    assert lead(text).perpetrator == "Ukraine"


@pytest.mark.parametrize("text", [
    # TASS, RIA, a Russian-installed official: Russia's state media name Ukraine's side "the AFU", "Kiev", "the Kiev
    # regime"
    "The AFU shelled Horlivka on Friday, killing two civilians, the city's mayor Ivan Prikhodko said.",
    "Kiev regime troops shelled the village of Tetkino in Kursk region, wounding a woman, the governor said.",
    "An AFU drone attacked a car in Oleshky on Friday, killing a man, Kherson region governor Vladimir Saldo said.",
    "Kiev's forces fired HIMARS rockets at Lysychansk on Wednesday, killing three, LPR officials said.",
    "Moscow accused the Kiev regime of shelling Belgorod, where two people were killed on Friday.",
])
def test_russian_state_media_s_names_of_ukraine_are_ukraine(text):
    assert lead(text).perpetrator == "Ukraine"


@pytest.mark.parametrize("text", [
    # AP, the BBC: a city or a side an attack was on is where it struck, not who struck
    "A drone attack on Kyiv killed three people overnight, the mayor said.",
    "A drone attack on Kiev killed three people overnight, the mayor said.",
])
def test_the_city_an_attack_was_on_is_no_doer(text):
    assert lead(text).perpetrator is None


@pytest.mark.parametrize("text, perpetrator", [
    ("Ukrainian forces fired at Russian troops near Bakhmut, killing four, the general staff said.", "Ukraine"),
    ("Ukraine blamed the attack on Russian forces, saying a missile hit a school in Sumy, killing three.", "Russia"),
    ("Russian missiles struck Kiev on Friday, killing four people.", "Russia"),
])
def test_the_side_that_struck_stays_the_doer(text, perpetrator):
    assert lead(text).perpetrator == perpetrator


@pytest.mark.parametrize("text, month, day", [
    # AP's and a wire copy's numeric datelines with no published date: either way round, the reading nearest before
    ("WASHINGTON, 3/10 (AP) - An airstrike on March 9 killed four al-Shabaab fighters near Kismayo, the U.S. military "
     "said.", 3, 9),
    ("MOGADISHU, 11/26 (AP) - A car bomb exploded outside a police station in Mogadishu on Wednesday, killing six, "
     "police said.", 11, 25),
    ("KYIV, 11/27 (AP) - Russian drones struck Odesa overnight, killing two people, the governor said.", 11, 27),
    # the Guardian's and Al Jazeera's live blogs: an entry's weekday, day and time with no year
    ("Friday 27 November, 09:12 - A Russian ballistic missile hit Odesa's port, killing four, the governor said.", 11,
     27),
    ("Thursday 26 November 18.40 GMT - An Israeli strike on a house in Deir al-Balah killed five people, medics said.",
     11, 26),
    ("Wed 25 Nov 10:05 - Russian shelling killed a man in Kherson this morning, the regional administration said.", 11,
     25),
])
def test_a_numeric_dateline_or_a_yearless_stamp_dates_a_report(text, month, day):
    first, last = days_of(lead(text, None))  # a stamp's day with no other day told: the day or the night before it
    assert (month, day) in {(first.month, first.day), (last.month, last.day)} and (last - first).days <= 1


def test_a_weekday_and_date_in_a_sentence_are_no_dateline():
    mention = lead("Friday 27 November was the deadliest day: a Russian missile hit Odesa's port, killing four.", None)
    assert mention.when is None or mention.when.start.day == 27


@pytest.mark.parametrize("text", [
    # HRW, Premium Times, MSF, told weeks on: "Sunday night, November 22" is the night of the 22nd
    "An airstrike on Sunday night, November 22, killed 12 people at a market in Kauda, monitors said on Thursday.",
    "Gunmen attacked a village in Zamfara on Sunday night, Nov. 22, killing 9 villagers, police said in a statement "
    "released on Wednesday.",
    "On Sunday night, 22 November, a drone struck a displacement camp in El Fasher, killing six people, MSF said.",
])
def test_a_weekday_night_with_its_date_told_weeks_on_is_that_night(text):
    mention = lead(text, "2026-12-10")
    assert (mention.when.start, mention.when.end) == (SUN, MON)


def test_a_weekday_morning_with_its_date_is_that_day():
    mention = lead("Gunmen killed 16 villagers in Maru on Sunday morning, 22 November, according to a report released "
                   "on Wednesday.", "2026-12-10")
    assert (mention.when.start, mention.when.end) == (SUN, SUN)


@pytest.mark.parametrize("text, killed", [
    # GVA-style and war reports: the suspect the police shot dead is one death, no suicide
    ("Police shot and killed the suspect after he opened fire on officers outside a mosque in Kano, police said.", 1),
    ("A gunman killed two people at a checkpoint in Mombasa on Friday before police shot and killed the suspect, "
     "officials said.", 3),
    ("Police shot and killed the suspect, who had stabbed three people at a bus stop in Nairobi, officials said.", 1),
])
def test_the_suspect_police_shot_dead_is_no_suicide(text, killed):
    mention = lead(text)
    assert (value(mention.killed), mention.sub_event_type != SUICIDE) == (killed, True)


def test_a_repelled_attack_with_the_defenders_dead_told_with_insurgents_counted():
    mention = lead("Nigerian troops repelled an ISWAP attack on a base in Marte on Wednesday night, killing 12 "
                   "insurgents, the army said. Three soldiers died in the attack.")
    assert (value(mention.killed), mention.sub_event_type) == (15, CLASH)  # every dead of the clash (war38)


@pytest.mark.xfail(strict=True, reason="places (geo/*, places34): an outlet's name read as the Syrian town ('Al "
                                       "Mayadeen'), an airport named for a person read as Aden, a district, a gas "
                                       "field and a village the gazetteer lacks")
@pytest.mark.parametrize("text, at", [
    ("Al Mayadeen's correspondent reported that an Israeli occupation drone strike on a motorcycle in the town of "
     "Aitaroun in southern Lebanon martyred two citizens on Tuesday.", (33.11, 35.47)),
    ("Al-Shabaab fighters fired mortar shells at Aden Adde international airport in Mogadishu on Wednesday, wounding "
     "three people, police said.", (2.01, 45.30)),
    ("ERBIL (Kurdistan24) - A Turkish drone strike on a vehicle near Sulaimani's Penjwen district on Friday killed two "
     "people, local officials told Kurdistan24.", (35.62, 45.95)),
    ("A drone attack on the Khor Mor gas field in Sulaimani province on Wednesday night injured four workers, the "
     "Kurdistan Region's interior ministry said.", (35.30, 44.83)),
    ("GOMA - M23 rebels killed at least 16 civilians in the village of Kishishe, Rutshuru territory, on Tuesday, the "
     "army spokesman told Radio Okapi.", (-1.07, 29.23)),
])
def test_places_the_geo_module_owes(text, at):
    mention = lead(text)
    assert mention.place is not None and km_from(mention.place, *at) < 25


def test_a_commune_named_with_its_department_is_the_commune():
    """OCHA's "the commune of Mirebalais, Centre department": the commune, not the department's seat (read right
    once session 24's place round merged; round 23 had written it as a strict xfail)."""
    mention = lead("Situation overview: On 23 November, armed gangs attacked the commune of Mirebalais, Centre "
                   "department, killing at least 10 people and forcing hundreds to flee.")
    assert km_from(mention.place, 18.83, -72.10) < 25


@pytest.mark.parametrize("text, killed", [
    ("Security forces killed six terrorists in an intelligence-based operation in North Waziristan's Datta Khel area "
     "on Thursday, the ISPR said.", 6),
    ("Soldiers repelled an attack on a military post in Tillaberi region on Thursday, killing 20 assailants.", 20),
])
def test_armed_men_killed_count(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text, killed", [
    ("According to the Ministry of Health, as a result of the aggression of the Zionist enemy on the town of Aita "
     "al-Shaab, three people martyrs and four wounded were recorded on Friday.", 3),
    ("As a result of the Israeli enemy raid on the town of Kfar Rumman, two martyrs and five wounded were recorded, the "
     "Health Emergency Operations Centre said on Wednesday.", 2),
    ("The toll of the Zionist aggression on the city of Tyre on Tuesday: four people martyrs were recorded and 11 "
     "injured, according to the ministry.", 4),
])
def test_martyrs_recorded_give_the_toll(text, killed):
    assert value(lead(text).killed) == killed


@pytest.mark.parametrize("text, killed", [
    ("Niger's defence ministry said on Friday that soldiers repelled an attack by 'terrorists' on a military post in "
     "Tillaberi region on Thursday, killing 20 assailants. Four soldiers were killed in the fighting.", 24),
    ("Burkina Faso's army said troops repelled an attack on their base in Djibo on Tuesday, killing 35 terrorists. Six "
     "soldiers were killed and 11 wounded.", 41),
])
def test_a_repelled_attack_is_one_clash_of_all_its_dead(text, killed):
    assert value(lead(text).killed) == killed


def test_a_repelled_attack_is_one_incident():
    text = ("Burkina Faso's army said troops repelled an attack on their base in Djibo on Tuesday, killing 35 terrorists. "
            "Six soldiers were killed and 11 wounded.")
    assert [m.sub_event_type for m in extract(text, "2026-11-28") if not m.background and m.kind == "event"] == [CLASH]
