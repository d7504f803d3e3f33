"""More war reports from more conflicts and outlets (issue 11, session 8), written for these tests:
follow-ups that date the attack from the day they tell ("a day after", "the previous day",
"Thursday last week"), datelines and page stamps of more outlets, towns of Lebanon, Syria, Yemen,
Haiti, Mexico and Sudan as outlets spell them, a region's possessive before its town ("Borno's
Gwoza"), a cartel named after its state, and a given name before a surname. Each test is a class."""

from datetime import date

import pytest
from war_fixtures import days_of, lead_published, place_of

from harmledger.extract import extract
from harmledger.extract.classify import classify
from harmledger.extract.when import dateline_day


lead = lead_published("2024-06-17")


def event_place(text: str, published: str = "2024-06-17") -> tuple[str, str | None, str]:
    """The lead incident's place as (name, admin1, country)."""
    return place_of(lead(text, published))


@pytest.mark.parametrize("text, published, day", [
    # Al Jazeera: the mourning the day after a strike on a school
    ("A day after an Israeli strike hit a school sheltering displaced families in Nuseirat, killing at least 30 "
     "people, mourners gathered at al-Aqsa hospital.", "2024-06-19", date(2024, 6, 18)),
    # Premium Times: the flight two days after an attack
    ("Two days after gunmen killed 23 villagers in Zamfara State, residents fled to Gusau.", "2024-06-19",
     date(2024, 6, 17)),
    # Kyiv Independent: a city counting its dead the next day
    ("One day after a Russian missile struck a shopping centre in Kharkiv, killing 18 people, the city declared a "
     "day of mourning.", "2024-05-26", date(2024, 5, 25)),
    # Radio Okapi in translation
    ("Two days after the ADF attack that killed 40 villagers in Lubero territory, the army deployed troops to the "
     "area.", "2024-06-14", date(2024, 6, 12)),
])
def test_a_day_or_two_after_an_attack_opening_a_follow_up_counts_back(text, published, day):
    assert days_of(lead(text, published)) == (day, day)


@pytest.mark.parametrize("text, published, day", [
    # wire style: the day a source spoke, then "the previous day"
    ("Local officials said on Wednesday that gunmen had killed 17 people in Mangu the previous day.", "2024-06-20",
     date(2024, 6, 18)),
    # Sudan Tribune: "a day earlier"
    ("On Tuesday, the Sudan Doctors Network said RSF shelling had killed 15 people in El Obeid a day earlier.",
     "2024-06-19", date(2024, 6, 17)),
    # AFP on the Sahel: "the day before"
    ("The army said on Thursday that jihadists had killed 30 soldiers near Tahoua, Niger, the day before.",
     "2024-06-21", date(2024, 6, 19)),
    # Ukrainska Pravda, translated: "the previous night"
    ("On 14 June the regional administration said Russian drones had injured four people in Sumy the previous "
     "night.", "2024-06-15", date(2024, 6, 13)),
])
def test_the_day_before_counts_back_from_the_day_the_sentence_told(text, published, day):
    start, end = days_of(lead(text, published))
    assert start <= day <= end and (end - start).days <= 1


@pytest.mark.parametrize("text, published, day", [
    # BBC: a weekday of the week before the report's
    ("Gang members attacked the town of Pont-Sondé in Haiti's Artibonite department on Thursday last week, "
     "killing at least 70 people, the UN said.", "2024-06-21", date(2024, 6, 13)),
    ("Residents of Culiacan were still counting the dead from the shootout on Tuesday last week, in which six "
     "people were killed.", "2024-06-20", date(2024, 6, 11)),
    # The Guardian: "on Monday of last week"
    ("An airstrike on a camp for displaced people in Marib on Monday of last week killed 11 people, "
     "local officials said.", "2024-06-19", date(2024, 6, 10)),
])
def test_a_weekday_of_last_week_is_that_week_s_day(text, published, day):
    assert days_of(lead(text, published)) == (day, day)


@pytest.mark.parametrize("text, published, start, end", [
    ("ADF rebels killed 40 villagers with machetes in Lubero territory, North Kivu, overnight Sunday into Monday, "
     "local officials said on Wednesday.", "2024-06-21", date(2024, 6, 16), date(2024, 6, 17)),
    ("Russian drones attacked Odesa overnight Saturday to Sunday, killing one man, the regional governor said.",
     "2024-06-17", date(2024, 6, 15), date(2024, 6, 16)),
])
def test_a_night_from_one_named_day_into_the_next_is_those_two_days(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, day", [
    # Sudan Tribune: the day, then the town in brackets
    ("June 11, 2024 (EL FASHER) – At least 12 people were killed when the Rapid Support Forces shelled the Abu "
     "Shouk camp north of El Fasher on Monday.", date(2024, 6, 10)),
    # AFP: the town, the day with its year, the agency
    ("KYIV, 12 June 2024 (AFP) - Russian missiles struck Kryvyi Rih on Tuesday, killing nine people.",
     date(2024, 6, 11)),
    # Ukrainska Pravda: a weekday, the day and the time above the text
    ("Wednesday, 12 June 2024, 09:15\nRussian forces attacked Nikopol with artillery overnight, injuring two people.",
     date(2024, 6, 11)),
    # UN OCHA flash update
    ("Flash Update #12\n14 June 2024\nOn 12 June, an airstrike hit a market in Hajjah governorate, killing seven "
     "civilians, including three children.", date(2024, 6, 12)),
])
def test_a_dateline_or_stamp_of_more_outlets_dates_a_report_without_metadata(text, day):
    start, end = days_of(lead(text, None))
    assert start <= day <= end and (end - start).days <= 1


def test_a_dateline_in_brackets_after_its_day_is_read():
    assert dateline_day("June 11, 2024 (EL FASHER) – Shelling killed 12 people.", date(2026, 11, 26)) == (
        date(2024, 6, 11), False)


@pytest.mark.parametrize("text, place", [
    ("Gunmen killed 12 people in Borno's Gwoza on Sunday, residents said.", ("Gwoza", "Borno", "NG")),
    ("Bandits stormed Zamfara's Maru on Saturday night, killing 14 villagers.", ("Maru", "Zamfara", "NG")),
    ("Russian shelling of Kherson's Bilozerka killed a 62-year-old woman, the regional governor said.",
     ("Bilozerka", "Kherson", "UA")),
    ("An RSF drone hit a fuel depot in North Darfur's Kutum, killing three people.", ("Kutum", "North Darfur", "SD")),
])
def test_a_regions_possessive_before_its_town_is_no_other_name(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place, country", [
    ("An Israeli strike on a car in Nabatieh, southern Lebanon, killed two Hezbollah fighters.",
     "Nabatîyé et Tahta", "LB"),
    ("Turkish drone strikes killed four people near Qamishli in northeast Syria, the Kurdish-led SDF said.",
     "Al Qāmishlī", "SY"),
    ("Saudi-led coalition airstrikes hit a prison in Saada, Yemen, killing 70 inmates, aid groups said.",
     "Sa'dah", "YE"),
    ("Houthi shelling hit a residential area of Hodeidah, killing two children, the government said.",
     "Al Ḩudaydah", "YE"),
    ("Al-Shabaab fighters attacked a military base in Beledweyne, killing nine soldiers.", "Beledweyne", "SO"),
])
def test_towns_of_lebanon_syria_yemen_and_somalia_as_outlets_spell_them(text, place, country):
    assert event_place(text)[::2] == (place, country)


@pytest.mark.parametrize("text, place", [
    ("Gang members attacked the town of Pont-Sondé in Haiti's Artibonite department, killing at least 70 people.",
     ("Pont-Sondé", "Artibonite", "HT")),
    ("Shelling by the RSF killed 14 people in Haj Yousif in East Nile locality, the emergency room said.",
     ("Khartoum North", "Khartoum", "SD")),
])
def test_towns_and_neighbourhoods_gazetteers_lack(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    ("Sinaloa cartel gunmen killed five people in Culiacan on Sunday, prosecutors said.", "Culiacán"),
    ("Gunmen believed to belong to the Gulf Cartel shot dead four men in Reynosa, Tamaulipas.", "Reynosa"),
])
def test_a_cartel_named_after_a_state_or_a_gulf_is_no_place(text, place):
    assert event_place(text)[0] == place


@pytest.mark.parametrize("text", [
    "Police said Brandon Crawford was shot in the leg and another man was killed.",
    "The victim, identified as Tyler Morgan, was killed at a house party, police said.",
])
def test_a_given_name_before_a_surname_is_no_town(text):
    found = extract(text, "2024-06-17")
    assert all(m.place is None for m in found)


@pytest.mark.parametrize("text, place, admin1", [
    ("A barrel bomb dropped by government forces killed six people in Jisr al-Shughur, Idlib province.",
     "Jisr ash Shughūr", "Idlib"),
    ("Turkish drones struck a car in Ras al-Ayn, killing two people, the Syrian Observatory said.",
     "Ra’s al ‘Ayn", "Al-Hasakah"),
    ("An Israeli strike on a house in Deir al-Balah killed four members of one family.", "Dayr al Balaḩ", "Gaza Strip"),
])
def test_an_arabic_article_written_al_where_geonames_writes_it_as_said(text, place, admin1):
    assert event_place(text)[:2] == (place, admin1)


@pytest.mark.parametrize("text, killed", [
    # Mexican and Nigerian wire copy: gunmen "shot dead" their victims
    ("Gunmen shot dead six people at a party in Celaya, Guanajuato, late on Saturday, state prosecutors said.", 6),
    ("Bandits shot dead 12 villagers and abducted 30 others in Maru, Zamfara State, residents said.", 12),
    # translated Palestinian, Pakistani and Syrian outlets: the dead "martyred"
    ("Four Palestinians were martyred and 10 others injured in an Israeli strike on Khan Younis, Wafa reported.", 4),
    ("Eleven soldiers were martyred when their vehicle hit a landmine in North Waziristan, the army said.", 11),
])
def test_victims_shot_dead_or_martyred_are_killed(text, killed):
    assert lead(text, "2024-06-17").killed.value == killed


@pytest.mark.parametrize("text, place", [
    # camps, LGAs, townships and hromadas of several wars, as their outlets write them
    ("Israeli forces struck the Jabalia refugee camp in northern Gaza on Sunday, killing 15 people.",
     ("Jabālyā", "Gaza Strip", "PS")),
    ("An Israeli drone strike on a motorcycle in Bint Jbeil killed a Hezbollah member, Lebanon's state news agency "
     "said.", ("Bent Jbaïl", "Nabatiye", "LB")),
    ("Gunmen killed nine people in Kauru LGA of Kaduna State on Saturday night, the state government said.",
     ("Kauru", "Kaduna", "NG")),
    ("ISWAP fighters attacked a military base in Malam Fatori, Abadam LGA, killing five soldiers.",
     ("Mallam Fatori", "Borno", "NG")),
    ("The Arakan Army said military airstrikes on Kyauktaw township killed eight people.", ("Kyauktaw", "Rakhine", "MM")),
    ("A suicide bomber blew himself up at a tea shop in Baidoa, killing 10 people.", ("Baidoa", "Bay", "SO")),
    ("A Russian drone hit a car in the Bilozerka hromada of Kherson Oblast, killing the driver.",
     ("Bilozerka", "Kherson", "UA")),
    ("Cartel gunmen killed eight people at a bar in Irapuato, Guanajuato state, authorities said.",
     ("Irapuato", "Guanajuato", "MX")),
])
def test_camps_lgas_townships_and_hromadas_of_several_wars(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    ("FLINT — A man was shot dead in Flint on Friday night, and police are looking for the gunman.",
     ("Flint", "Michigan", "US")),
    ("PONTIAC -- Two people were wounded in a shooting in Pontiac early Sunday, police said.",
     ("Pontiac", "Michigan", "US")),
])
def test_a_dateline_and_one_more_mention_write_a_town_in_a_report_naming_no_state(text, place):
    assert event_place(text) == place


def test_a_town_written_as_a_town_stays_where_a_namesake_given_name_is_dropped():
    text = ("TRENTON — One man was killed in a shooting in Trenton on Saturday. Police said Brandon Hale was "
            "shot outside a store.")
    assert event_place(text)[0] == "Trenton"


@pytest.mark.parametrize("text", [
    # wire copy: the day a source told an outlet is the report's, the attack the night or day before
    "A Russian missile strike killed seven people in Kharkiv, a local official told Reuters on Thursday.",
    "Gunmen killed 23 villagers in Zamfara State, a resident told the BBC on Thursday.",
    "An RSF drone strike killed 12 people at a market in El Fasher, a doctor told AFP on Thursday.",
    "Israeli strikes killed 17 people in Nuseirat, medics told Al Jazeera on Thursday.",
    "A drone attack killed three people in Sumy, according to a statement issued on Thursday by the regional "
    "administration.",
])
def test_the_day_a_source_told_an_outlet_dates_the_report_not_the_attack(text):
    assert days_of(lead(text, "2024-06-21")) == (date(2024, 6, 19), date(2024, 6, 20))


@pytest.mark.parametrize("text, published, attack", [
    # Kyiv Independent: the funerals two days after a strike
    ("Funerals were held on Sunday for nine people killed in a Russian strike on Kharkiv.", "2024-06-17",
     date(2024, 6, 14)),
    # Premium Times: a burial the day after suicide bombings
    ("Mourners in Gwoza buried on Saturday the 18 victims of the suicide bombings.", "2024-06-17", date(2024, 6, 14)),
    # WAFA in translation: the funeral three days after a raid
    ("Hundreds of mourners attended the funeral on Tuesday of the six people killed in the Israeli raid on Jenin.",
     "2024-06-19", date(2024, 6, 15)),
])
def test_a_day_of_funerals_dates_an_attack_up_to_a_few_days_before_it(text, published, attack):
    start, end = days_of(lead(text, published))
    assert start <= attack <= end


@pytest.mark.parametrize("text, perpetrator", [
    ("At least 11 people were killed when Ethiopian army drones struck a bus in Amhara's North Shewa zone.", "Ethiopia"),
    ("Fano militiamen attacked a police station in Gondar, killing four officers, residents said.", "Fano"),
    ("CODECO militiamen killed 22 people at a displacement camp near Bunia in Ituri province.", "CODECO"),
    ("Saudi-led coalition airstrikes hit a prison in Saada, killing 70 inmates, aid groups said.",
     "Saudi-led coalition"),
])
def test_the_sides_of_ethiopia_ituri_and_yemen(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


@pytest.mark.parametrize("text, sub_event", [
    ("A day after an Israeli airstrike hit a school sheltering displaced families in Nuseirat, killing at least 30 "
     "people, mourners gathered at al-Aqsa hospital.", "Air/drone strike"),
    ("Mourners gathered outside the morgue in Maiduguri after a suicide bomber killed 12 people at a market.",
     "Suicide bomb"),
])
def test_mourners_gathering_after_an_attack_are_no_protest(text, sub_event):
    assert classify(text).sub_event_type == sub_event


def test_strikes_across_one_city_on_one_day_are_an_incident_not_a_toll():
    mention = lead("Israeli strikes killed 24 Palestinians and wounded dozens more across Gaza City on Sunday.",
                   "2024-06-17")
    assert (mention.killed.value, mention.place.name) == (24, "Gaza")


@pytest.mark.parametrize("text, published, day, killed", [
    # AP / Kyiv Independent: a day of mourning, then the attack it follows
    ("Ukraine declared a day of mourning on Wednesday, a day after a Russian missile hit a children's hospital in "
     "Kyiv, killing two people.", "2024-07-11", date(2024, 7, 9), 2),
    # Premium Times: officials speak, then the raid they speak of
    ("Officials said on Tuesday, two days after the raid, that bandits had killed 23 villagers in Zamfara State.",
     "2024-06-20", date(2024, 6, 16), 23),
    # Al Jazeera: the burial, then the strike
    ("Mourners buried the dead in Nuseirat on Tuesday, a day after an Israeli strike on a school there killed at "
     "least 30 people.", "2024-06-19", date(2024, 6, 17), 30),
])
def test_an_attack_recalled_after_a_day_of_mourning_or_of_a_statement_is_the_news(text, published, day, killed):
    mention = lead(text, published)
    assert (mention.when.start, mention.when.end, mention.killed.value) == (day, day, killed)


@pytest.mark.parametrize("text, weapon", [
    # Kherson's outlets: quadcopters dropping munitions are drones
    ("A Russian quadcopter dropped explosives on a bus in Kherson, killing a woman.", "drone"),
    ("Occupiers attacked a car in Beryslav with a quadcopter; the driver was wounded.", "drone"),
    ("Russia hit Kharkiv with an Iskander ballistic missile, killing four people.", "missile"),
    ("Grad rockets hit Nikopol overnight, killing one man.", "rocket"),
    ("A barrel bomb dropped by government helicopters killed six people in Idlib province.", "airstrike"),
])
def test_the_weapons_war_reports_name(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text, place", [
    # an attacker's raid or its army says which war the report is about, whose towns it names
    ("An Israeli raid on the Jenin refugee camp killed seven Palestinians, the health ministry said.",
     ("Janīn", "West Bank", "PS")),
    ("Israeli raids on Tubas overnight killed three Palestinians.", ("Ţūbās", "West Bank", "PS")),
    ("Ethiopian army drones struck a bus near Merawi, killing 11 people, witnesses said.",
     ("Mer’āwī", "Amhara", "ET")),
])
def test_an_attackers_raid_or_army_places_a_town_in_its_war(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    ("Clashes between Druze fighters and government forces in Suwayda, southern Syria, killed 12 people.",
     ("As-Suwayda", "As-Suwayda", "SY")),
    ("A Turkish drone strike on a car near Qamishli, Syria, killed two SDF fighters and wounded three.",
     ("Al Qāmishlī", "Al-Hasakah", "SY")),
    ("An airstrike hit a weapons depot in Mayadin, eastern Syria, killing six militiamen.",
     ("Al Mayādīn", "Deir ez-Zor", "SY")),
])
def test_a_syrian_town_without_the_article_geonames_writes(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    ("An Israeli strike on Beirut's Dahiyeh killed a Hezbollah commander and four civilians.",
     ("Beirut", "Beyrouth", "LB")),
    ("Israeli shelling hit Khiam in southern Lebanon, killing two people.", ("Khiam", "Nabatiye", "LB")),
    ("Gangs attacked Cite Soleil in Port-au-Prince, killing 12 people.", ("Port-au-Prince", "Ouest", "HT")),
    ("Gunmen killed five people in Petion-Ville, Haiti, police said.", ("Pétionville", "Ouest", "HT")),
    ("Turkish shelling of Tal Rifaat killed three civilians, the Syrian Observatory said.",
     ("Tall Rif‘at", "Aleppo", "SY")),
])
def test_suburbs_and_towns_of_lebanon_haiti_and_syria_as_the_press_spells_them(text, place):
    assert event_place(text) == place
