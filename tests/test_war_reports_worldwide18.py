"""War reports of an eighteenth round (issue 11, session 21), written for these tests in the styles of AP, Reuters,
AFP, Al Jazeera, the BBC, Ukrinform, Suspilne, the Kyiv Independent, Premium Times, Daily Trust, Sudan Tribune,
WAFA, NNA, the Times of Israel and OCHA flash updates, each with its lead incident's figures, place, days and weapon
written down before it was run. New ground: tolls told a paragraph after the attack, figures spelled out
("Twenty-three", "thirty-four"), victims named after their count, tolls that "rose to", tolls from the other side's
officials, nights told as "the night of 24 to 25 November", districts told as "Gaza City's Zeitoun district".
Five classes failed and are mended: the weapon named only in the headline ("Drone strike kills four at El Fasher
hospital" over a text that only counts), guns fired by forces, an army, police or settlers ("Israeli forces opened
fire", "Colonists opened fire", WAFA's word for settlers; "opened fire with tanks" is tank fire), and an attack on a
funeral dated as if the funeral came after it; later also "two dozen" read as two and "Sunday-Monday night" as Sunday
alone."""

from datetime import date

import pytest
from war_fixtures import days_of, km_from, lead_published, titled_lead, value

lead = lead_published("2026-11-27")  # a Friday
TUE, WED, THU = date(2026, 11, 24), date(2026, 11, 25), date(2026, 11, 26)


def titled(text: str, title: str):
    return titled_lead(text, title, "2026-11-27")


# text, killed, injured, (lat, lon) of the place, a day the incident's days must hold, weapon
REPORTS = [
    # AP: the toll told two sentences after the attack
    ("KHARKIV, Ukraine (AP) — Russian glide bombs struck a residential area of Kharkiv on Thursday afternoon, setting "
     "apartment blocks ablaze, Ukrainian officials said. Firefighters worked through the night to pull residents from "
     "the rubble. Regional Governor Oleh Syniehubov said on Friday morning that seven people had been killed and 31 "
     "wounded, among them three children.", 7, 31, (49.99, 36.23), THU, "airstrike"),
    # Premium Times: a figure spelled out
    ("Twenty-three people were killed when gunmen attacked the village of Kwall in Bassa Local Government Area of "
     "Plateau State on Wednesday night, the police said. Several houses were razed.", 23, None, (9.93, 8.75), WED,
     "small arms"),
    # NNA: the dead named after their count
    ("An Israeli drone strike on a car in the town of Bint Jbeil in southern Lebanon on Thursday killed two men, Ali "
     "Hassan and Mohammad Faour, Lebanon's state news agency NNA said.", 2, None, (33.12, 35.43), THU, "drone"),
    # Reuters: a toll that rose, with the day of the strike in a possessive
    ("The death toll from Tuesday's Russian missile strike on the western Ukrainian city of Ternopil rose to 32 on "
     "Thursday, with 94 people injured, the State Emergency Service said.", 32, 94, (49.55, 25.59), TUE, "missile"),
    # Ukrinform: "the number of people killed ... has risen to six"
    ("The number of people killed in Wednesday's Russian attack on Kostiantynivka has risen to six, and 14 others "
     "were wounded, the Donetsk Regional Prosecutor's Office reported.", 6, 14, (48.53, 37.71), WED, None),
    # Reuters: the toll from the other side's officials
    ("Ukrainian drones struck a bus in the town of Oleshky in the Russian-controlled part of Kherson region on "
     "Wednesday, killing five civilians, Russian-installed officials said. Kyiv did not comment.", 5, None,
     (46.62, 32.72), WED, "drone"),
    # Ukrinform: a night told as two dates
    ("On the night of 24 to 25 November, the Russian invaders attacked Odesa with attack drones. Two people were "
     "killed and eight were injured, the head of the Odesa Regional Military Administration Oleh Kiper reported.",
     2, 8, (46.48, 30.73), WED, "drone"),
    # Suspilne: a night told as two weekdays
    ("In the night from Tuesday to Wednesday, the enemy struck Zaporizhzhia with guided aerial bombs. One person was "
     "killed and 11 were injured, Ivan Fedorov said.", 1, 11, (47.84, 35.14), WED, "airstrike"),
    # AFP: a city's district in a possessive
    ("An Israeli air strike on Gaza City's Zeitoun district killed 11 people, including four children, on Thursday, "
     "the civil defence agency said.", 11, None, (31.50, 34.46), THU, "airstrike"),
    # Myanmar Now: a region's township in a possessive
    ("A junta airstrike on a monastery in Sagaing Region's Tabayin township on Wednesday killed 19 people sheltering "
     "there, including children, local resistance groups said.", 19, None, (22.70, 95.35), WED, "airstrike"),
    # Garowe Online: a city's district, a car bomb
    ("A suicide car bomb exploded outside a military base in Mogadishu's Hodan district on Thursday, killing at least "
     "seven soldiers and wounding 13 others, a police officer said.", 7, 13, (2.03, 45.30), THU, "IED/mine"),
    # AFP: shelling names no weapon
    ("Houthi shelling killed a child and wounded three others in the city of Taiz on Wednesday, a medical official "
     "told AFP.", 1, 3, (13.58, 44.02), WED, None),
    # SANA-style: the dead "among them" children
    ("Six people, among them two children, were killed when an explosive device planted in a car went off in the "
     "northern city of Manbij on Tuesday, the Syrian civil defence said.", 6, None, (36.53, 37.95), TUE, "IED/mine"),
    # AP: a neighbourhood of a capital, overnight
    ("Gang members attacked the Solino neighbourhood of Port-au-Prince overnight, killing at least 15 people and "
     "torching dozens of homes, the UN human rights office said on Friday.", 15, None, (18.55, -72.33), THU, None),
    # Radio Okapi: spelled-out figures a sentence after the raid
    ("Fighters of the CODECO militia raided a camp for displaced people in the Djugu territory of Ituri province on "
     "Sunday night. Local civil society leader Jean Dhetchuvi said on Monday that thirty-four bodies had been "
     "recovered, and that at least forty people were wounded.", 34, 40, (1.92, 30.50), date(2026, 11, 23), None),
    # Kyiv Independent: two victims told by age
    ("A Russian Shahed drone hit a private house in the village of Krasnopillia in Sumy Oblast on Thursday, killing a "
     "67-year-old woman and her 12-year-old grandson, the regional military administration reported.", 2, None,
     (50.78, 35.27), THU, "drone"),
    # Times of Israel: the figures in the second sentence
    ("A Hezbollah rocket slammed into a home in the northern town of Kiryat Shmona on Wednesday evening. Magen David "
     "Adom said one man was killed and two people were seriously hurt.", 1, 2, (33.21, 35.57), WED, "rocket"),
    # Sudan Tribune: a spelled-out figure, a state capital told by apposition
    ("Twelve civilians were killed and 27 others injured in artillery shelling carried out by the Rapid Support "
     "Forces on the city of El Obeid, the capital of North Kordofan state, on Monday, according to the Emergency "
     "Lawyers group.", 12, 27, (13.18, 30.22), date(2026, 11, 23), "artillery"),
    # BBC: a quote between the attack and its toll
    ("A female suicide bomber detonated explosives at a crowded market in Konduga, near Maiduguri, on Tuesday evening. "
     "\"We heard a loud bang and people started running,\" said trader Musa Bukar. Emergency officials said 18 people "
     "died and 42 were injured.", 18, 42, (11.65, 13.42), TUE, "IED/mine"),
    # Premium Times: a figure spelled out in a village of an LGA
    ("Bandits on Saturday killed eleven farmers and abducted several others in Kware village, Maru Local Government "
     "Area of Zamfara State, a community leader said.", 11, None, (12.33, 6.40), date(2026, 11, 21), None),
    # Ukrinform: the wounded spelled out after "increased to", the dead a sentence later
    ("In Kherson, the number of people injured as a result of yesterday's Russian artillery shelling has increased to "
     "twelve, the Kherson Regional Military Administration said. Two people were killed.", 2, 12, (46.64, 32.61),
     THU, "artillery"),
    # Reuters: "on the outskirts of" a town
    ("Al-Shabaab fighters stormed a military base on the outskirts of Afgoye on Wednesday, killing nine soldiers, a "
     "Somali army officer told Reuters.", 9, None, (2.14, 45.12), WED, None),
    # Daily Trust: a village on the outskirts of a city
    ("Bandits killed 12 worshippers at a mosque in a village on the outskirts of Katsina on Monday night, residents "
     "told Daily Trust.", 12, None, (12.99, 7.60), date(2026, 11, 23), None),
]


@pytest.mark.parametrize("text, killed, injured, at, day, weapon", REPORTS)
def test_the_lead_incident_of_a_war_report(text, killed, injured, at, day, weapon):
    mention = lead(text)
    first, last = days_of(mention)
    assert (value(mention.killed), value(mention.injured)) == (killed, injured)
    assert km_from(mention.place, *at) < 25
    assert first <= day <= last
    assert mention.weapon == weapon


@pytest.mark.parametrize("text, injured, at, day", [
    # OCHA: 'IDPs' counts no dead here yet (figure model: toll13's); the rest of the lead stands
    ("On 24 November, an airstrike reportedly hit a displacement site in Tawila, North Darfur, killing at least 15 "
     "internally displaced persons (IDPs), including six children, and injuring 30 others. Humanitarian partners are "
     "verifying the reports.", 30, (13.53, 24.88), TUE),
])
def test_an_ocha_flash_update_places_and_dates_its_strike(text, injured, at, day):
    mention = lead(text)
    assert value(mention.injured) == injured and mention.weapon == "airstrike"
    assert km_from(mention.place, *at) < 25 and days_of(mention) == (day, day)


@pytest.mark.parametrize("title, text, killed, weapon, sub_event_type", [
    # Sudan Tribune, Reuters, Al Jazeera, Daily Trust, Radio Dabanga: the weapon told only in the headline
    ("Drone strike kills four at El Fasher hospital", "Four people were killed and 10 wounded on Tuesday when the "
     "Rapid Support Forces targeted the Saudi Hospital in El Fasher, a medical source said.", 4, "drone",
     "Air/drone strike"),
    ("Russian missile strike on Odesa kills three", "Three people were killed and 12 injured in Odesa on Thursday "
     "morning, regional governor Oleh Kiper said. A port building was damaged.", 3, "missile",
     "Shelling/artillery/missile attack"),
    ("Israeli air strike kills family of seven in Deir al-Balah", "Seven members of one family, including three "
     "children, were killed when their home in Deir al-Balah was hit overnight, medics at Al-Aqsa Martyrs Hospital "
     "said.", 7, "airstrike", "Air/drone strike"),
    ("Suicide bomber kills 12 at mosque in Borno", "At least 12 worshippers were killed and 20 others injured during "
     "dawn prayers at a mosque in Mallam Fatori on Friday, a local official said.", 12, "IED/mine", "Suicide bomb"),
])
def test_a_weapon_named_only_in_the_headline_arms_the_texts_incident(title, text, killed, weapon, sub_event_type):
    mention = titled(text, title)
    assert value(mention.killed) == killed
    assert (mention.weapon, mention.sub_event_type) == (weapon, sub_event_type)


def test_the_texts_own_weapon_outranks_the_headlines():
    mention = titled("A drone struck a power station in Kosti on Monday, killing five workers, officials said.",
                     "Missile attack in Sudan's Kosti kills 5")
    assert mention.weapon == "drone"


def test_a_headline_that_names_no_weapon_arms_nothing():
    mention = titled("Two people were killed and five wounded in Kherson on Thursday, the regional administration "
                     "said.", "Shelling kills two in Kherson")
    assert mention.weapon is None and value(mention.killed) == 2


@pytest.mark.parametrize("text, killed, injured", [
    # WAFA, Al Jazeera, Myanmar Now, Radio Dabanga, Saba: forces, an army, police or settlers who opened fire fired guns
    ("Colonists opened fire on citizens in the village of Turmus Ayya, northeast of Ramallah, on Wednesday, killing "
     "Ahmad Saleh, 19, and wounding three others, the Ministry of Health said.", 1, 3),
    ("Israeli forces opened fire on a car near the town of Tubas on Thursday, killing two young men, the Palestinian "
     "health ministry said.", 2, None),
    ("Settlers opened fire on villagers in Sinjil, north of Ramallah, on Wednesday, wounding four, WAFA reported.",
     None, 4),
    ("Security forces opened fire on mourners at a funeral in the town of Bago on Tuesday, killing five people, "
     "witnesses said.", 5, None),
    ("RSF paramilitaries opened fire on displaced people fleeing El Fasher on Monday, killing 14, the Sudan Doctors "
     "Network said.", 14, None),
    ("The army opened fire on a bus near Hodeidah on Tuesday, killing three passengers, Houthi media said.", 3, None),
])
def test_forces_or_settlers_who_opened_fire_fired_guns(text, killed, injured):
    mention = lead(text)
    assert mention.weapon == "small arms"
    assert (value(mention.killed), value(mention.injured)) == (killed, injured)


def test_fire_opened_with_tanks_is_tank_fire():
    mention = lead("Russian troops opened fire with tanks on the village of Bilohorivka on Monday, killing two people, "
                   "the governor said.")
    assert mention.weapon == "artillery"


@pytest.mark.parametrize("text, day", [
    # Myanmar Now, Daily Trust, Ukrinform: the funeral the attack struck is its scene, not its aftermath
    ("Security forces opened fire on mourners at a funeral in the town of Bago on Tuesday, killing five people, "
     "witnesses said.", TUE),
    ("A suicide bomber blew himself up at a funeral in the town of Konduga on Monday, killing 12 mourners, police "
     "said.", date(2026, 11, 23)),
    ("A Russian drone struck a funeral procession in the village of Bilopillia on Wednesday, killing three people, "
     "the governor said.", WED),
])
def test_an_attack_on_a_funeral_happened_on_the_funerals_day(text, day):
    assert days_of(lead(text)) == (day, day)


@pytest.mark.parametrize("text", [
    # guards: funerals told after the attack are its aftermath
    "Funerals were held on Thursday for nine people killed in a Russian missile strike on Dnipro, the mayor said.",
    "Hundreds of mourners gathered at a funeral on Thursday for 12 villagers killed by gunmen in Zamfara State.",
])
def test_a_funeral_after_the_attack_does_not_date_it(text):
    first, last = days_of(lead(text))
    assert first < THU  # up to some days before the funeral's Thursday, not that day alone


@pytest.mark.parametrize("text, killed, qualifier", [
    # Reuters, AP, Myanmar Now, Premium Times: "dozen" counts twelve to each unit before it
    ("Two dozen people were killed in an air strike on a fuel station in Yemen's Hodeidah province on Wednesday, "
     "Houthi media said.", 24, "exact"),
    ("Nearly two dozen people were killed when a Russian missile hit a railway station in the town of Chaplyne on "
     "Wednesday, officials said.", 24, "about"),
    ("A junta air strike on a school in the village of Let Yet Kone on Wednesday killed three dozen civilians, local "
     "residents said.", 36, "exact"),
])
def test_units_of_a_dozen_are_counted(text, killed, qualifier):
    mention = lead(text)
    assert (value(mention.killed), mention.killed.qualifier) == (killed, qualifier)


@pytest.mark.parametrize("text, killed", [
    # guards: "a dozen" and "half a dozen" stay about twelve and six, "dozens" vague
    ("A dozen civilians were killed when a drone hit a market in Kutum, North Darfur, on Tuesday, activists said.", 12),
    ("Half a dozen soldiers were killed in an ambush near Mopti on Monday, the army said.", 6),
])
def test_a_dozen_alone_stays_about_twelve(text, killed):
    mention = lead(text)
    assert value(mention.killed) == killed and mention.killed.qualifier == "about"


@pytest.mark.parametrize("text, first, last", [
    # Ukrinform, Suspilne, TASS via Reuters: a night told as two weekdays joined by a hyphen or a slash
    ("On Sunday-Monday night, Ukrainian drones hit an oil depot in the city of Tuapse, killing one worker, the "
     "regional governor said.", date(2026, 11, 22), date(2026, 11, 23)),
    ("During the Tuesday-Wednesday night, Russian drones struck Odesa, killing a woman, Oleh Kiper said.", TUE, WED),
    ("On the Tuesday/Wednesday night, Russian forces attacked Nikopol with drones, injuring two men, Serhii Lysak "
     "said.", TUE, WED),
])
def test_a_night_told_as_two_weekdays_joined_runs_over_both(text, first, last):
    assert days_of(lead(text)) == (first, last)


def test_a_weekday_alone_is_its_own_day():
    assert days_of(lead("On Wednesday, Russian drones struck Odesa, killing a woman, Oleh Kiper said.")) == (WED, WED)
