"""War reports of a third round (issue 11, session 9), written for these tests: the weapons war
reports name by platform, brand or make (drones firing missiles, Shaheds, mortar bombs, planted
bombs, tank fire), page stamps in ISO and numeric forms and agency datelines without a dash that
date a report without metadata, Ukrainian places with the masculine adjective's several spellings ("-skyi",
"-sky", "-skiy"), raions named by their adjective ("the Pokrovskyi district"), and towns whose
GeoNames name carries a suffix or prefix the press drops ("Acapulco de Juárez"). Each test is a class."""

from datetime import date

import pytest
from war_fixtures import lead_published, place_of

from harmledger.extract.classify import classify


lead = lead_published("2024-06-17")


def event_place(text: str) -> tuple[str, str | None, str]:
    """The lead incident's place as (name, admin1, country)."""
    return place_of(lead(text))


@pytest.mark.parametrize("text, weapon", [
    # L'Orient-Le Jour / NNA: an Israeli drone firing missiles is a drone strike
    ("An Israeli drone fired a missile at a car in Nabatieh, killing two men.", "drone"),
    ("An Israeli drone fired two missiles at a motorcycle near Tyre, killing its rider, the health ministry said.",
     "drone"),
    ("Two people were killed when a missile fired from a drone hit their car on the Bint Jbeil road.", "drone"),
    # WAFA / Al Jazeera: helicopters and warplanes firing missiles are air strikes
    ("Israeli helicopters fired missiles at a house in the Jenin camp, killing three Palestinians.", "airstrike"),
    ("Israeli warplanes fired three missiles at a house in Gaza City, killing seven members of one family.",
     "airstrike"),
])
def test_a_missile_fired_from_a_drone_or_an_aircraft_is_that_platform_s_strike(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text", [
    # Kyiv Independent / Ukrainska Pravda: Shaheds and Gerans in the plural, Bayraktars, UAVs spelt out
    "Russia launched 40 Shaheds at Kyiv overnight, killing two people, the city administration said.",
    "Russian forces attacked Odesa with Gerans overnight, injuring four residents.",
    "An unmanned aerial vehicle struck a car near Kherson, wounding the driver, the regional governor said.",
    # Sudan and Ethiopia: Turkish-made drones named by make
    "A Bayraktar TB2 struck a convoy near Bahir Dar, killing eight fighters, witnesses said.",
    "An unmanned aircraft struck a bus in Nyala, killing five passengers.",
])
def test_drones_named_by_make_or_spelt_out_are_drone_strikes(text):
    found = classify(text)
    assert (found.weapon, found.sub_event_type) == ("drone", "Air/drone strike")


@pytest.mark.parametrize("text", [
    # Sudan Tribune / Radio Dabanga: mortar bombs on Omdurman and El Fasher
    "Mortar bombs fired by the RSF killed five people in Omdurman's Karari locality on Sunday.",
    "At least six people were killed when mortar bombs fell on the Abu Shouk camp, the resistance committee said.",
    # Garowe Online: al-Shabaab's mortar bombs on Mogadishu
    "Al-Shabaab fired mortar bombs at the presidential palace in Mogadishu, killing two guards.",
])
def test_mortar_bombs_are_mortar_fire_not_air_strikes(text):
    assert classify(text).weapon == "mortar"


@pytest.mark.parametrize("text", [
    # Reuters / Dawn / Garowe Online: bombs planted, hidden or set off on the ground
    "A bomb exploded at a crowded market in Mogadishu on Sunday, killing seven people, police said.",
    "A bomb hidden in a motorcycle exploded near a police station in Quetta, killing three officers.",
    "Militants planted a bomb at a bus stop in Peshawar, killing four commuters.",
    # the acronyms of car bombs
    "A VBIED exploded at an army checkpoint near Afgooye, killing nine soldiers.",
    "A booby-trapped car exploded in Afrin's main square, killing six civilians.",
])
def test_bombs_planted_or_set_off_on_the_ground_are_ieds(text):
    found = classify(text)
    assert (found.weapon, found.sub_event_type) == ("IED/mine", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text", [
    # Al Jazeera / WAFA: tanks shelling in Gaza
    "Israeli tank shelling killed three people near the Kuwait roundabout in Gaza City.",
    "Israeli tanks shelled a school sheltering displaced families in Jabalia, killing five.",
    "Witnesses said tanks opened fire on tents in al-Mawasi, killing four people.",
])
def test_tank_fire_is_artillery(text):
    assert classify(text).weapon == "artillery"


@pytest.mark.parametrize("text, weapon", [
    # what the new platform cues must leave alone
    ("Russian Tu-95 bombers launched Kh-101 cruise missiles at Kyiv overnight, killing four.", "missile"),
    ("An aerial bomb exploded near a school in Kharkiv, injuring six children.", "airstrike"),
    ("Russia launched 40 drones and six missiles at Kyiv overnight.", "missile"),
])
def test_strategic_bombers_missiles_and_aerial_bombs_keep_their_weapon(text, weapon):
    assert classify(text).weapon == weapon


@pytest.mark.parametrize("text, place", [
    # Kyiv Independent / Suspilne in English: the press's "-y" of an official "-yi"
    ("A Russian drone hit a bus in Veliky Burluk, Kharkiv region, killing the driver, the governor said.",
     ("Velykyi Burluk", "Kharkiv", "UA")),
    ("Russian forces shelled Stary Saltiv overnight, injuring three residents, the regional governor said.",
     ("Staryi Saltiv", "Kharkiv", "UA")),
    ("A Russian drone struck a car in Novy Buh, Mykolaiv region, killing its driver.", ("Novyi Buh", "Mykolaiv", "UA")),
    # Reuters / TASS: the Russian "-iy" and "-skiy"
    ("A Russian missile hit an industrial site in Khmelnytskiy overnight, killing two workers.",
     ("Khmelnytskyi", "Khmelnytskyi", "UA")),
    ("Russian forces shelled Stariy Saltiv on Tuesday, killing a 70-year-old woman, the governor said.",
     ("Staryi Saltiv", "Kharkiv", "UA")),
    ("Russian shelling killed two civilians in Pervomaisky, Kharkiv region, the governor said.",
     ("Zlatopil", "Kharkiv", "UA")),
])
def test_a_ukrainian_adjective_in_any_of_its_spellings(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    # Ukrainian regional administrations, translated: the raion by its adjective, at its centre
    ("Russian forces shelled the Pokrovskyi district of Donetsk region, killing two people.",
     ("Pokrovsk", "Donetsk", "UA")),
    ("Russian strikes on the Nikopolskyi district killed a woman, the regional governor said.",
     ("Nikopol", "Dnipropetrovsk", "UA")),
    ("A Russian guided bomb hit the Kramatorskyi district, injuring five people.", ("Kramatorsk", "Donetsk", "UA")),
    ("Russian artillery hit the Chuhuivskyi raion of Kharkiv Oblast, killing one man.", ("Chuhuyiv", "Kharkiv", "UA")),
    ("Russian troops attacked the Synelnykivskyi district with drones, injuring three.",
     ("Synelnykove", "Dnipropetrovsk", "UA")),
    ("Russian forces shelled the Beryslavskyi district of Kherson region overnight, killing one.",
     ("Beryslav", "Kherson", "UA")),
    # and with the press's "-sky"
    ("Russian shelling of the Kupiansky district killed two residents, the regional governor said.",
     ("Kupyansk", "Kharkiv", "UA")),
])
def test_a_raion_named_by_its_adjective_is_at_its_centre(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    # El Universal / Reuters / AP: the city without the suffix GeoNames writes
    ("Gunmen killed five people at a bar in Acapulco, Guerrero, prosecutors said.",
     ("Acapulco de Juárez", "Guerrero", "MX")),
    ("Gunmen killed four people in Iguala on Saturday, state officials said.",
     ("Iguala de la Independencia", "Guerrero", "MX")),
    ("Gunmen killed three people in Xalapa on Sunday, the Veracruz prosecutor's office said.",
     ("Xalapa de Enríquez", "Veracruz", "MX")),
    ("Gunmen killed two police officers in Pachuca, Hidalgo, on Monday.", ("Pachuca de Soto", "Hidalgo", "MX")),
    # and without the honorific
    ("Gunmen attacked a family in Zitacuaro, Michoacan, on Sunday, killing four.",
     ("Heróica Zitácuaro", "Michoacan", "MX")),
    ("Cartel gunmen killed five people in Matamoros, Tamaulipas, on Friday.",
     ("Heroica Matamoros", "Tamaulipas", "MX")),
])
def test_a_mexican_city_without_the_suffix_or_honorific_of_its_geonames_name(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, place", [
    # US local news: a state's name opening a city's says the country, not the state
    ("One person was killed in a shooting in Kansas City late Saturday, police said.",
     ("Kansas City", "Missouri", "US")),
    ("Kansas City police said a man was shot and killed in Independence on Friday night.",
     ("Kansas City", "Missouri", "US")),
    ("A woman was killed in a shooting in Kansas City on Sunday; police later arrested a man in Independence.",
     ("Kansas City", "Missouri", "US")),
    ("Kansas City police said two men were wounded in a shooting in Grandview early Saturday.",
     ("Kansas City", "Missouri", "US")),
    ("Two men were shot dead outside a club in Missouri City on Sunday, police said.",
     ("Missouri City", "Texas", "US")),
    ("A man was killed in a shooting in Michigan City early Friday, police said.", ("Michigan City", "Indiana", "US")),
    ("Police said a woman was wounded in a shooting in Iowa City on Saturday night.", ("Iowa City", "Iowa", "US")),
    # the state named after the city still picks the namesake
    ("A man was shot and killed in Kansas City, Kansas, on Friday, police said.", ("Kansas City", "Kansas", "US")),
])
def test_a_state_s_name_opening_a_city_s_is_no_state(text, place):
    assert event_place(text) == place


@pytest.mark.parametrize("text, day", [
    # saved pages: ISO stamps, numeric stamps either way round, a place and a bullet before the day
    ("Last updated: 2024-07-15 09:15\nRussian missiles struck Kyiv on Sunday evening, killing three people.",
     date(2024, 7, 14)),
    ("2024-06-12T08:30:00+03:00\nRussian drones attacked Odesa on Monday night, killing two people.",
     date(2024, 6, 10)),
    ("15/06/2024 09:15\nGunmen killed 12 villagers in Zamfara State on Friday.", date(2024, 6, 14)),
    ("Date: 14-06-2024\nAn airstrike hit a market in Hajjah governorate, killing seven civilians.", date(2024, 6, 14)),
    ("Kyiv • 12 June 2024\nRussian forces attacked Nikopol with artillery overnight, injuring two people.",
     date(2024, 6, 12)),
    ("Khartoum | 10/06/2024\nRSF shelling killed 15 people in El Obeid on Sunday.", date(2024, 6, 9)),
    # News Agency of Nigeria: the agency in brackets, then the text, no dash
    ("ABUJA, June 16, 2024 (NAN) Bandits killed 23 villagers in Zamfara State on Saturday.", date(2024, 6, 15)),
    ("MAIDUGURI, June 30, 2024 (NAN) Female suicide bombers killed 18 people in Gwoza on Saturday.",
     date(2024, 6, 29)),
])
def test_a_stamp_or_dateline_of_more_shapes_dates_a_report_without_metadata(text, day):
    when = lead(text, None).when
    assert when.start <= day <= when.end and (when.end - when.start).days <= 1
