"""War reports of a fourth round (issue 11, session 10), written for these tests from the wars the
earlier rounds left out (Myanmar, Syria, Lebanon and Israel, the Sahel, South Sudan, Chad, Haiti,
Colombia, eastern Congo) in the styles their outlets write: armed groups' raids on villages, a strike
told against the fighting around it, a town named by its people's adjective across a border, the
states and departments of those wars, and Syria's "countryside of" a city. Each test is a class."""

import pytest
from war_fixtures import lead_published, place_of

from harmledger.extract.classify import classify
from harmledger.extract.speakers import find_speaker


lead = lead_published("2024-06-17")


def event_place(text: str) -> tuple[str, str | None, str, str]:
    """The lead incident's place as (name, admin1, country, precision)."""
    return place_of(lead(text), ("name", "admin1", "country", "precision"))


@pytest.mark.parametrize("text", [
    # AFP on the Sahel, Radio Okapi and Radio Dabanga in translation, AP on Haiti
    "Jihadists killed at least 100 people, many of them civilians digging trenches, in an attack on Saturday "
    "in Barsalogho in central-northern Burkina Faso, a security source said.",
    "At least 15 civilians were killed in an attack by CODECO militia on the Djaiba site in Djugu territory, "
    "Ituri province, on Sunday, local civil society said.",
    "Gang members armed with automatic rifles attacked the town of Pont-Sonde in Haiti's Artibonite region "
    "on Thursday, killing at least 70 people.",
    "At least 104 people were killed when the Rapid Support Forces attacked the village of Wad El Noura in "
    "Gezira state on Wednesday, the resistance committees said.",
    "Twelve people were killed when ADF fighters attacked Mayikengo village in Lubero territory, North Kivu "
    "province, overnight on Tuesday, local sources said.",
    "Armed gangs attacked the commune of Arcahaie, north of Port-au-Prince, on Monday, killing five people.",
])
def test_an_armed_group_s_raid_on_a_village_is_an_attack_on_civilians(text):
    found = classify(text)
    assert (found.event_type, found.sub_event_type) == ("Violence against civilians", "Attack")


@pytest.mark.parametrize("text, sub_event", [
    # the same words against soldiers or with a weapon another rule names stay what they were (armed men who
    # attack a base fight armed men: a clash, since round 8)
    ("Al-Shabaab militants attacked a military base near Afgooye, killing five soldiers.", "Armed clash"),
    ("Russian troops attacked the village of Krynky with artillery, killing two civilians.",
     "Shelling/artillery/missile attack"),
    ("Militants attacked the village with drones overnight, wounding three residents.", "Air/drone strike"),
])
def test_a_raid_on_soldiers_or_with_a_named_weapon_is_no_attack_on_civilians(text, sub_event):
    assert classify(text).sub_event_type == sub_event


@pytest.mark.parametrize("text, sub_event", [
    # Reuters on Ethiopia and Sudan, Kyiv Independent: the fighting is the setting, the strike the news
    ("A drone strike in the Amhara regional town of Finote Selam killed at least 26 people on Sunday, a health "
     "official said, amid fighting between the army and Fano militia.", "Air/drone strike"),
    ("An air strike hit a market in El Obeid amid fierce fighting between the army and the RSF, killing 12 "
     "people.", "Air/drone strike"),
    ("A car bomb exploded in Idlib amid clashes between rival factions, killing four people.",
     "Remote explosive/landmine/IED"),
    # with nothing else named, the fighting is the incident
    ("Five soldiers were killed in fighting with the RSF near El Obeid on Monday.", "Armed clash"),
    ("Three civilians were killed amid heavy fighting in the town on Friday.", "Armed clash"),
])
def test_fighting_told_as_the_setting_yields_to_the_strike(text, sub_event):
    assert classify(text).sub_event_type == sub_event


@pytest.mark.parametrize("text, sub_event", [
    # AP / Times of Israel / Premium Times: gunmen firing into a crowd that is not a protest
    ("Two gunmen opened fire on a crowd in the Jaffa neighborhood of Tel Aviv on Tuesday evening, killing seven "
     "people.", "Attack"),
    ("Gunmen opened fire on a crowd at a bus stop in Beersheba, killing a soldier.", "Attack"),
    ("Bandits fired into a crowd at a wedding in Zamfara, killing nine guests.", "Attack"),
    # a crowd of protesters is still one
    ("Security forces opened fire on a crowd of protesters in Khartoum, killing three.",
     "Excessive force against protesters"),
])
def test_a_crowd_fired_on_is_a_protest_only_when_it_is_of_protesters(text, sub_event):
    assert classify(text).sub_event_type == sub_event


@pytest.mark.parametrize("text, country, name, precision", [
    # Ahram Online, Radio Dabanga, Kyiv Independent: a town across the border of the war the report is about
    ("A stray Israeli shell hit the Egyptian town of Rafah across the border, wounding three Egyptian border "
     "guards.", "EG", "Rafaḩ", "town"),
    ("Shells fired from Sudan landed in the Chadian town of Adre on Monday, wounding four refugees, officials "
     "said.", "TD", "Adré", "town"),
    ("Two Sudanese refugees were killed when shells hit the Chadian border town of Adre, aid workers said.", "TD",
     "Adré", "town"),
    # a village the gazetteer lacks is still in the country its adjective names
    ("Russian drones crashed in the Moldovan village of Larga on Sunday, Ukraine's air force said.", "MD",
     "Moldova", "country"),
    # and the war's own towns, named so, stay where they were
    ("An Israeli strike on the Lebanese border village of Kfar Kila killed two people on Friday.", "LB",
     "Kfar Kila", "town"),
    ("A Russian missile struck the Ukrainian city of Sumy on Sunday, killing 34 people.", "UA", "Sumy", "town"),
    ("Ukrainian drones struck the Russian border town of Shebekino overnight, injuring three people, Ukraine's "
     "military said.", "RU", "Shebekino", "town"),
])
def test_a_town_its_people_s_adjective_names_lies_in_that_country(text, country, name, precision):
    place_name, _, place_country, place_precision = event_place(text)
    assert (place_name, place_country, place_precision) == (name, country, precision)


@pytest.mark.parametrize("text, admin1, country", [
    # UNMISS, Radio Tamazuj, AFP on Mali, Chad and Ethiopia: areas whose few towns name no area in the data
    ("The UN mission in South Sudan condemned an attack on Friday on a cattle camp in Jonglei state in which 27 "
     "people were killed.", "Jonglei", "SS"),
    ("Gunmen killed 11 people in a revenge attack in Unity State on Sunday, local officials said.", "Unity", "SS"),
    ("A drone strike killed eight civilians in the Menaka region of Mali on Saturday, Tuareg rebels said.",
     "Menaka", "ML"),
    ("Boko Haram fighters killed 17 fishermen on an island in Chad's Lac province on Tuesday.", "Lac", "TD"),
])
def test_the_states_and_regions_of_the_sahel_and_south_sudan_are_named(text, admin1, country):
    _, place_admin1, place_country, _ = event_place(text)
    assert (place_admin1, place_country) == (admin1, country)


@pytest.mark.parametrize("text, admin1", [
    # El Tiempo / AFP on Colombia, Le Nouvelliste on Haiti: "department" makes a department's name the area
    ("ELN guerrillas attacked a police station with explosives in rural Arauca department on Tuesday night, "
     "wounding four officers.", "Arauca"),
    ("A drone loaded with explosives struck a military base in Cauca department on Monday, wounding three "
     "soldiers.", "Cauca"),
    ("Gang members killed six people in the Artibonite department on Sunday, local radio reported.", "Artibonite"),
    ("Gunmen attacked a bus in Meta department on Tuesday, killing three passengers.", "Meta"),
    ("A drone attack wounded five soldiers in Narino department on Thursday, the Colombian army said.", "Narino"),
    ("Armed men killed four farmers in Cesar department, Colombia, on Saturday.", "Cesar"),
    ("Armed men killed four people in Nord department on Sunday, Haitian police said.", "Nord"),
    ("Gangs killed nine people in Haiti's Centre department on Sunday, local officials said.", "Centre"),
])
def test_a_department_is_its_area(text, admin1):
    _, place_admin1, _, precision = event_place(text)
    assert (place_admin1, precision) == (admin1, "region")


@pytest.mark.parametrize("text, name", [
    # SOHR / Enab Baladi / SANA in English: "the countryside of Idlib" is the land around the city, so
    # the town the sentence goes on to name is where the strike fell
    ("In the countryside of Idlib, regime shelling on the town of Sarmin killed two children on Monday, the "
     "White Helmets said.", "Sarmīn"),
    ("In the northern countryside of Hama, government artillery shelled Kafr Zita, killing a woman.",
     "Kafr Zaytā"),
])
def test_the_countryside_of_a_city_yields_to_the_town_named_in_it(text, name):
    assert event_place(text)[0] == name


def test_the_countryside_of_a_city_alone_is_near_it():
    # SOHR: the strike fell somewhere around Aleppo, not in the city
    text = "Russian warplanes struck the western countryside of Aleppo on Sunday, killing four civilians."
    assert event_place(text)[::3] == ("Aleppo", "near")


@pytest.mark.parametrize("text", [
    # Al Jazeera, WAFA, SANA, L'Orient-Le Jour: an air power's "strike" with no platform named
    "An Israeli strike on the al-Tabin school in the Daraj neighbourhood of Gaza City during dawn prayers on "
    "Saturday killed more than 90 people, Gaza's civil defence said.",
    "Five people were killed in an Israeli strike on a school sheltering displaced families in Nuseirat refugee "
    "camp in central Gaza on Tuesday, the civil defence said.",
    "Israeli strikes on the area of Masyaf in Hama province killed 14 people and wounded 43 overnight, SANA said.",
    "An Israeli strike killed senior Hamas official Saleh al-Arouri in Beirut's southern suburbs on Tuesday.",
    "A coalition strike hit a detention centre in Saada, killing at least 70 people, MSF said.",
])
def test_an_air_power_s_strike_is_an_air_strike(text):
    found = classify(text)
    assert (found.weapon, found.sub_event_type) == ("airstrike", "Air/drone strike")


@pytest.mark.parametrize("text, weapon", [
    # the platform or gun the report names still decides
    ("An Israeli drone strike on a car in Nabatieh killed three people.", "drone"),
    ("Israeli tank shelling killed four people in Rafah.", "artillery"),
    ("An Israeli artillery strike hit the outskirts of Khiam, wounding two.", "artillery"),
    ("A Russian strike hit a residential building in Kharkiv, killing two.", None),
])
def test_a_named_platform_outranks_the_air_power_s_strike(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text, weapon", [
    # AFP on the Sahel, Reuters on Congo, Ukrainska Pravda: a mine dug for gold or coal is where, not what
    ("Earlier this month, an air strike on a gold mine in Burkina Faso's Sahel region killed dozens of artisanal "
     "miners, residents told AFP.", "airstrike"),
    ("Gunmen attacked an artisanal gold mine near Kidal, killing 30 miners, local officials said.", "small arms"),
    ("A Russian missile hit a coal mine in Pokrovsk on Tuesday, wounding four miners.", "missile"),
    ("A drone struck a truck leaving the coltan mines of Rubaya, killing its driver.", "drone"),
    # mines laid are still mines
    ("Two children were killed by mines left in a field near Izium.", "IED/mine"),
    ("A mine exploded under a truck near Gao, killing three soldiers.", "IED/mine"),
])
def test_a_mine_dug_for_ore_is_no_landmine(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text, published, name", [
    # Xinhua's "--" after its agency, NAN's agency in brackets with no dash: the dateline is where the
    # correspondent filed, the town the story goes on to name is where it happened
    ("KHARTOUM, Feb. 4 (Xinhua) -- At least 14 civilians were killed and 20 others injured on Saturday in artillery "
     "shelling on residential neighborhoods in Omdurman, a local rights group said.", "2024-02-04", "Omdurman"),
    ("KYIV, Sept. 4 (Xinhua) -- A Russian missile attack on the western Ukrainian city of Lviv killed seven people "
     "on Wednesday, the city's mayor said.", "2024-09-04", "Lviv"),
    ("JERUSALEM, Oct. 12 (Xinhua) -- Three Palestinians were killed in an Israeli airstrike on a house in the "
     "Jabalia refugee camp in northern Gaza, Palestinian medical sources said.", "2024-10-12", "Jabālyā"),
    ("NAIROBI, Kenya, May 5 (Xinhua) -- Al-Shabaab militants killed five soldiers in an ambush near Mandera, on "
     "the border with Somalia, officials said.", "2024-05-05", "Mandera"),
    ("ABUJA, July 15 (NAN) Bandits on Sunday killed 12 villagers in an attack on Kadisau community in Faskari "
     "local government area of Katsina State, police said.", "2024-07-15", "Faskari"),
])
def test_a_dateline_closed_by_two_dashes_or_its_agency_alone_is_where_the_reporter_stood(text, published, name):
    assert lead(text, published).place.name == name


@pytest.mark.parametrize("text, weapon", [
    # Sudan Tribune, Myanmar Now, Mizzima: the planes by make or by who flies them
    ("Army Antonov planes bombed a market in Nyala on Monday, killing 11 people.", "airstrike"),
    ("A Sudanese army Antonov dropped barrel bombs on Tabit, residents said.", "airstrike"),
    ("Junta jets bombed a village in Sagaing on Sunday, killing nine.", "airstrike"),
    ("Military planes struck a market in Tabayin township, killing 17.", "airstrike"),
    # Ukrainska Pravda: the thermobaric launchers by name
    ("A Russian TOS-1A hit Vuhledar on Monday, the regional governor said.", "rocket"),
])
def test_planes_by_make_and_thermobaric_launchers_are_named(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text, speaker", [
    # wire copy: the victims a role noun counts come before the official who gives the figure
    ("Late on Tuesday, Russian artillery shelled the centre of Kherson, wounding four residents, Governor "
     "Oleksandr Prokudin said.", "Governor Oleksandr Prokudin"),
    ("A drone hit a minibus in Nikopol, wounding four residents, Governor Serhiy Lysak said.",
     "Governor Serhiy Lysak"),
    ("An air strike killed eleven medics, Health Minister Haitham Ibrahim said.", "Health Minister Haitham Ibrahim"),
    # "according to" a role and the name after it, at the sentence's end
    ("The strike killed five people, according to the head of the city military administration, Oleksandr Vilkul.",
     "head of the city military administration, Oleksandr Vilkul"),
    ("Two people were wounded, according to the regional governor, Oleh Syniehubov.",
     "regional governor, Oleh Syniehubov"),
    # an initial's stop stays
    ("The death toll rose to 12, according to U.N. officials.", "U.N. officials"),
])
def test_the_speaker_is_the_official_not_the_victims_before_him(text, speaker):
    assert find_speaker(text) == speaker


@pytest.mark.parametrize("text, name", [
    # Ukrinform / Suspilne in English: the oblast's or region's possessive before the town it holds
    ("In Sumy Oblast's Bilopillia hromada, a Russian drone killed a man on Monday.", "Bilopillia"),
    ("Russian shelling of the Donetsk region's Kurakhove killed two civilians.", "Kurakhove"),
    ("In Kherson Oblast's Beryslav, a drone dropped explosives on a car, injuring a man.", "Beryslav"),
    ("A Russian guided bomb hit the Zaporizhzhia region's Huliaipole, killing one.", "Hulyaypole"),
    ("Artillery hit the Kharkiv region's Kupiansk district, killing one man.", "Kupyansk"),
    # Premium Times: a state's possessive held already
    ("Gunmen attacked Borno State's Gwoza, killing eight farmers.", "Gwoza"),
])
def test_a_region_s_possessive_is_the_region_holding_the_town_after_it(text, name):
    assert event_place(text)[0] == name


@pytest.mark.parametrize("text, name, precision", [
    # Al Jazeera / AP / WAFA: the Gaza Strip's parts by direction, where no town is named
    ("An Israeli strike in southern Gaza killed 12 people, the health ministry said.", "Khān Yūnis", "near"),
    ("Five people were killed by Israeli fire in the southern Gaza Strip, medics said.", "Khān Yūnis", "near"),
    ("Israeli strikes in northern Gaza killed 20 people on Saturday, the civil defence said.", "Jabālyā", "near"),
    # a town named in the part is where
    ("An Israeli strike on a house in Rafah in southern Gaza killed six people.", "Rafaḩ", "town"),
    ("An Israeli strike on Zawaida in central Gaza killed five.", "Az Zuwāydah", "town"),
    ("An Israeli air strike on a school in Gaza City killed 15 people.", "Gaza", "town"),
])
def test_gaza_s_parts_by_direction_lie_by_their_main_towns(text, name, precision):
    place = event_place(text)
    assert (place[0], place[3]) == (name, precision)
