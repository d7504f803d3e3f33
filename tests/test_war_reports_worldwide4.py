"""War reports of a fourth round (issue 11, session 10), written for these tests from the wars the
earlier rounds left out (Myanmar, Syria, Lebanon and Israel, the Sahel, South Sudan, Chad, Haiti,
Colombia, eastern Congo) in the styles their outlets write: armed groups' raids on villages, a strike
told against the fighting around it, a town named by its people's adjective across a border, the
states and departments of those wars, and Syria's "countryside of" a city. Each test is a class."""

import pytest

from harmledger.extract import extract
from harmledger.extract.classify import classify


def first_event(text: str, published: str | None = "2024-06-17"):
    return next(m for m in extract(text, published) if not m.background and m.kind == "event")


def event_place(text: str) -> tuple[str, str | None, str, str]:
    """The lead incident's place as (name, admin1, country, precision)."""
    found = first_event(text).place
    return found.name, found.admin1, found.country, found.precision


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
    # the same words against soldiers or with a weapon another rule names stay what they were
    ("Al-Shabaab militants attacked a military base near Afgooye, killing five soldiers.", None),
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
    ("ELN guerrillas attacked a police station with explosives in the town of Saravena, Arauca department, "
     "on Tuesday night, wounding four officers.", "Arauca"),
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
