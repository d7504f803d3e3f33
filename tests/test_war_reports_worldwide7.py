"""War reports of a seventh round (issue 11, session 13), written for these tests in the styles of
Reuters and AP wires, Al Jazeera, SANA, Saba, WAFA and Xinhua datelines, OCHA's situation reports,
Ukrainian regional administrations in translation and their Telegram posts, Radio Dabanga, Daily
Trust and Premium Times, Garowe Online, Myanmar Now and the SOHR: a city that says where a body
sits or who set it up ("the London-based", "the Moscow-installed"), a town told as held by a
people ("the Russian-occupied city of"), a capital named by its people ("the Syrian capital"),
an agency's credit in a dateline, a report's "Issued:" stamp, armies the actor tables lacked,
armed men who abduct and kill no one, a district named for its town beside a village in it.
Each test is a class; places are checked within 25 km of where the town or village lies."""

import pytest
from war_fixtures import km_from, lead


@pytest.mark.parametrize("text, country", [
    # SOHR, Daily Trust, Radio Shabelle, Radio Tamazuj, Russian-installed officials: the city before
    # "-based" or "-installed" is where a monitor, a paper or a mayor's masters sit
    ("Regime shelling killed three civilians in the Jabal al-Zawiya area on Sunday, the London-based Syrian "
     "Observatory for Human Rights said.", "SY"),
    ("Ukrainian shelling killed two people in the Kuibyshevskyi district on Friday, the Moscow-installed mayor said.",
     "UA"),
    ("Gunmen killed seven worshippers at a mosque in Katsina State on Friday, the Abuja-based newspaper Daily Trust "
     "reported.", "NG"),
    ("An airstrike hit a market in Maban county on Sunday, killing five traders, the Juba-based Radio Tamazuj "
     "reported.", "SS"),
    ("A car bomb killed three soldiers at a checkpoint in Middle Shabelle on Monday, the Mogadishu-based Radio "
     "Shabelle reported.", "SO"),
])
def test_a_city_that_says_where_a_body_sits_is_no_place_of_the_attack(text, country):
    place = lead(text).place
    assert place is None or place.country == country and place.precision != "town"


@pytest.mark.parametrize("text, lat, lon", [
    # Reuters, AP, Ukrinform: a town a people holds lies in the country it lies in
    ("Ukraine attacked the Russian-occupied city of Horlivka with drones, killing two civilians, the city's mayor "
     "said.", 48.33, 38.05),
    ("A Ukrainian drone hit a bus in the Russian-occupied city of Nova Kakhovka on Monday, killing one passenger, "
     "local officials said.", 46.75, 33.37),
    ("Ukrainian artillery shelled the Russian-controlled town of Oleshky on Saturday, wounding three residents, the "
     "occupation authorities said.", 46.62, 32.71),
])
def test_a_town_a_people_holds_is_not_in_that_people_s_country(text, lat, lon):
    place = lead(text).place
    assert place.country == "UA" and km_from(place, lat, lon) < 25


@pytest.mark.parametrize("text, name", [
    # wire copy names a capital by its people
    ("An Israeli strike on a car in the Syrian capital killed two people on Monday, state media reported.", "Damascus"),
    ("A drone struck a power station in the Sudanese capital on Tuesday, killing three workers, the army said.",
     "Khartoum"),
    ("A car bomb exploded near a police station in the Somali capital on Wednesday, killing six people, police said.",
     "Mogadishu"),
    ("US and British strikes hit targets in the Yemeni capital overnight, killing two people, the Houthi-run Saba "
     "news agency said.", "Sanaa"),
    ("An Israeli strike on a building in the Lebanese capital's southern suburbs killed a senior Hezbollah commander "
     "on Tuesday.", "Beirut"),
    ("A Russian missile hit a children's hospital in the Ukrainian capital on Monday, killing two adults, officials "
     "said.", "Kyiv"),
])
def test_a_capital_named_by_its_people_is_that_capital(text, name):
    assert lead(text).place.name == name


@pytest.mark.parametrize("text, published, lat, lon", [
    # Saba, SANA: the agency in a dateline's brackets reports; it is no town (Saaba, Sanaa)
    ("SANAA, 18 July 2024 (Saba) – US-British aggression aircraft launched three raids on Al-Hawak district in "
     "Hodeidah on Wednesday, killing one person.", None, 14.80, 42.95),
    ("DAMASCUS, July 18 (SANA) – Two civilians were killed when a landmine exploded in the town of Mhardeh in Hama "
     "countryside on Thursday.", "2024-07-18", 35.25, 36.57),
])
def test_an_agency_in_a_dateline_s_brackets_is_no_place(text, published, lat, lon):
    assert km_from(lead(text, published).place, lat, lon) < 25


@pytest.mark.parametrize("text, day", [
    # OCHA's flash updates and situation reports: the stamp that dates a report with no metadata
    ("Issued: 10 July 2024\nOn 8 July, an Israeli airstrike hit a school in Abasan al Kabira, east of Khan Younis, "
     "killing at least 29 Palestinians.", "2024-07-08"),
    ("Released: 15 July 2024\nOn 13 July, RSF fighters attacked the village of Galgani in Sennar state, killing at "
     "least 80 people, according to local sources.", "2024-07-13"),
    ("Issued on 22 July 2024\nOn 19 July, a drone strike hit the Abu Shouk camp in El Fasher, killing at least five "
     "IDPs.", "2024-07-19"),
])
def test_an_issued_stamp_dates_an_undated_report(text, day):
    when = lead(text, None).when
    assert (str(when.start), str(when.end)) == (day, day)


@pytest.mark.parametrize("text, perpetrator, attribution", [
    # SDF statements, AFP on northern Syria: Turkey's forces are Turkey
    ("Turkish drones struck a car near Qamishli on Wednesday, killing three members of the SDF, the Kurdish-led force "
     "said.", "Turkey", None),
    ("Turkish warplanes bombed villages near Kobani on Sunday, killing four civilians, the SDF said.", "Turkey", None),
    ("Turkey launched airstrikes on a power station near Derik on Tuesday, killing two workers, the Kurdish-led "
     "administration said.", "Turkey", None),
    # an army that says its warplanes or jets struck claims the strike
    ("The Sudanese army said its warplanes had struck RSF positions in Nyala on Tuesday; residents said 11 civilians "
     "were killed.", "Sudan", "claimed"),
    ("The Israeli military said its jets had struck a Hezbollah weapons depot in Nabatieh overnight; the health "
     "ministry said three people were killed.", "Israel", "claimed"),
    # Ukrainian administrations in translation: the enemy or the occupiers "dropped" from a drone
    ("In the village of Bilozerka, the enemy dropped explosives from a drone on a car; two men were injured, the "
     "Kherson OVA said.", "Russia", None),
    ("The occupiers dropped a grenade from a drone on a civilian in Beryslav on Sunday, wounding him, the regional "
     "administration said.", "Russia", None),
    # WAFA, Al Jazeera: Israel's snipers and gunboats are its forces
    ("Israeli gunboats opened fire on fishermen off the coast of Deir al-Balah on Monday, killing one, medics said.",
     "Israel", None),
    ("Israeli snipers shot dead two Palestinians near the Nasser Hospital in Khan Younis on Friday, medics said.",
     "Israel", None),
])
def test_armies_and_weapons_the_actor_tables_lacked(text, perpetrator, attribution):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, lat, lon", [
    # a quadcopter is Israel's in Gaza, so the camp it struck is Gaza's
    ("An Israeli quadcopter dropped a bomb on a group of displaced people in the Bureij camp on Tuesday, killing "
     "three, medics said.", 31.44, 34.40),
    ("Israeli gunboats opened fire on fishermen off the coast of Deir al-Balah on Monday, killing one, medics said.",
     31.42, 34.35),
    # Garowe Online, Hiiraan: "in the X corridor", "in the X market" writes X as the place struck
    ("An IED blast targeted a police vehicle in the Afgooye corridor on Wednesday, killing two officers and wounding "
     "three, police said.", 2.14, 45.12),
    ("A mortar round landed in the Jamame market on Tuesday, wounding four people, witnesses said.", 0.07, 42.75),
    ("Drone strikes by the Port Sudan-based army killed 12 civilians in the Darfur town of Kabkabiya on Saturday, "
     "residents said.", 13.65, 24.09),
    # towns the gazetteer lacked
    ("MANDALAY — Junta airstrikes on Singu township in Mandalay Region killed 11 civilians on Tuesday, the People's "
     "Defence Force said.", 22.55, 95.99),
    ("Al-Shabaab militants stormed a police station in Afmadow on Monday night, killing four officers, a local "
     "official said.", 0.52, 42.07),
])
def test_places_of_wars_a_report_names_once(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text", [
    # Punch, Daily Trust, Garowe Online, ACLED's codebook: armed men who abduct and kill no one abduct
    "Gunmen abducted 16 passengers travelling on the Abuja-Kaduna highway on Sunday evening, police in Kaduna State "
    "said.",
    "Al-Shabaab gunmen kidnapped six aid workers near Luuq in the Gedo region on Sunday, a local elder said.",
    "Bandits kidnapped 20 worshippers from a church in Kajuru LGA of Kaduna State on Sunday, residents said.",
    "Gunmen kidnapped a Catholic priest in Enugu State on Saturday night, the diocese said.",
])
def test_armed_men_who_abduct_and_kill_no_one_abduct(text):
    assert lead(text).sub_event_type == "Abduction/forced disappearance"


@pytest.mark.parametrize("text", [
    # where they kill as well, the attack is what ACLED codes
    "Gunmen killed three villagers and abducted 10 others in Zamfara on Sunday, police said.",
    "Gunmen abducted 10 villagers and killed three others in Zamfara on Sunday, police said.",
])
def test_armed_men_who_abduct_and_kill_attack(text):
    assert lead(text).sub_event_type == "Attack"


@pytest.mark.parametrize("text, published, lat, lon", [
    # regional administrations in translation: the raion named for its seat, then the village struck in it
    ("In Beryslav district, the enemy dropped explosives from a UAV on a private house in the village of Tiahynka; "
     "a man was injured.", "2024-07-20", 46.78, 33.06),
    ("In Kherson district, Russian troops shelled the village of Stanislav on Sunday; a 66-year-old woman was "
     "injured.", "2024-07-22", 46.57, 32.15),
    ("In Synelnykove district, Russian drones hit the village of Mezhova on Friday; a 50-year-old man was injured, the "
     "regional administration said.", "2024-07-20", 48.25, 36.73),
    # and an official's given name is no town ("Serhii" is not Serhiyi, Chernivtsi)
    ("Serhii Lysak reported that a Russian drone hit a car in Marhanets; a man was injured.", "2024-07-20", 47.65,
     34.63),
])
def test_the_village_struck_in_a_district_named_for_its_town(text, published, lat, lon):
    assert km_from(lead(text, published).place, lat, lon) < 25


@pytest.mark.parametrize("text, lat, lon", [
    # regional channels on Telegram open a post with the town alone, as a dateline
    ("Sumy. Russian glide bomb hit the city center at 14:20. 1 dead, 7 injured. Rescuers on site.", 50.91, 34.80),
    ("Zaporizhzhia. The enemy attacked the city with drones at night; two people were injured.", 47.84, 35.14),
    ("Nikopol. The occupiers shelled the city with heavy artillery in the morning. A 58-year-old man was wounded.",
     47.57, 34.40),
])
def test_a_telegram_post_s_opening_town_places_an_incident_that_names_none(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


def test_a_telegram_post_s_opening_town_yields_to_the_town_struck():
    text = "Sumy. Russian drones hit a school in Bilopillia, injuring two teachers."
    assert km_from(lead(text).place, 51.15, 34.31) < 25


@pytest.mark.parametrize("text, perpetrator, attribution", [
    # OCHA and wires: "reportedly" between the side and what it did leaves the side the doer
    ("On 17 July, the RSF reportedly shelled the Al Hilla Al Jadida neighbourhood of Al Fasher, killing nine "
     "civilians.", "RSF", None),
    ("The Russian army reportedly struck a school in Kharkiv on Monday, killing two teachers.", "Russia", None),
    ("Russian forces reportedly shelled Kupiansk on Sunday, killing a man, local officials said.", "Russia", None),
    # a group that says its fighters struck claims it
    ("The Taliban said its fighters ambushed a Pakistani army convoy in Kurram on Friday, killing eight soldiers.",
     "Taliban", "claimed"),
    ("Al-Shabaab said its fighters attacked a military base near Baidoa on Monday, killing 12 soldiers.",
     "Al-Shabaab", "claimed"),
    # fighters loyal to, affiliated with or linked to a side are that side's
    ("Fighters loyal to the RSF torched the village of Hillat Khamis in Gezira state on Thursday, killing 25 people, "
     "activists said.", "RSF", None),
    ("Militiamen affiliated with the RSF looted and burned the market in Kutum on Monday, killing 13 people.", "RSF",
     None),
    ("Gunmen loyal to Hamas shot dead two men in Gaza City on Monday, witnesses said.", "Hamas", None),
    ("Troops loyal to the junta torched 40 houses in a village in Sagaing region on Monday, killing five people.",
     "Myanmar military", None),
])
def test_the_side_behind_an_adverb_a_claim_or_a_loyalty(text, perpetrator, attribution):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, lat, lon", [
    # Kharkiv's, Zaporizhzhia's and Kherson's officials name a city district bare, after the city; GeoNames holds
    # the name as Kyiv's or Poltava's district
    ("Kharkiv. Two Russian drones hit the Shevchenkivskyi district; three people were injured.", 49.99, 36.23),
    ("Zaporizhzhia. The enemy struck the Dniprovskyi district with guided bombs; a woman was injured.", 47.84, 35.14),
    ("A Russian drone hit a high-rise in the Shevchenkivskyi district on Sunday, injuring four people, the "
     "Zaporizhzhia city military administration said.", 47.84, 35.14),
])
def test_a_city_district_named_bare_lies_in_the_city_told_of(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text", [
    # Saba, Reuters, AP on Yemen: the US's and Britain's strikes come from the air, as Israel's do
    "US and British strikes hit targets in the Yemeni capital overnight, killing two people, the Houthi-run Saba news "
    "agency said.",
    "US strikes on Houthi targets near Hodeidah killed six people on Thursday, the group's media office said.",
    "British strikes on Houthi positions near Bajil killed two people on Monday, the group said.",
])
def test_a_us_or_british_strike_is_an_air_strike(text):
    assert lead(text).sub_event_type == "Air/drone strike"
