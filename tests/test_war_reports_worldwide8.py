"""War reports of an eighth round (issue 11, session 14), written for these tests in the styles of
Reuters and AP wires, the BBC, Al Jazeera, the Kyiv Independent, Sudan Tribune and Radio Dabanga,
Premium Times and Daily Trust, Garowe Online, the SOHR and Syria's civil defence, OCHA, and Ukrainian
and Sudanese officials in translation: who speaks for a figure where no title says so ("the North
Kordofan state government said", "a camp leader told Radio Dabanga", "military sources said"), a
city's airport as the city, a bomb set off by hand, the round, shell or munition a side fired, a side
accused or blamed in the passive, armed men "believed to be" a group, a side's shelling that killed
civilians, an armed side's attack on a village, a quadcopter, and a village the gazetteer lacked.
Guards keep what already held for camps, LGAs, hromadas, Sudanese localities, a city's districts,
datelines away from the place struck, follow-ups days later and towns named after a people.
Each test is a class; places are checked within 25 km of where the town or village lies."""

import pytest
from war_fixtures import km_from, lead

from harmledger.extract import extract


@pytest.mark.parametrize("text, speaker", [
    # Sudan Tribune, Radio Dabanga, Al Jazeera: a government, a group, a leader or an elder speaks for the toll
    ("RSF fighters attacked villages east of El Obeid on Saturday, killing 12 people, the North Kordofan state "
     "government said.", "North Kordofan state government"),
    ("The RSF attacked villages in Um Kadada locality of North Darfur on Monday, killing 15 civilians, the "
     "Emergency Lawyers group said.", "Emergency Lawyers group"),
    ("Gunmen attacked Ruwi village in Bokkos LGA of Plateau State on Monday night, killing 27 people, the local "
     "government chairman said.", "local government chairman"),
    ("Gunmen attacked the Kalma camp near Nyala on Wednesday night, killing five displaced people, a camp leader "
     "told Radio Dabanga.", "camp leader"),
    ("Suspected Boko Haram insurgents killed 12 farmers near Dikwa on Saturday, a militia leader said.",
     "militia leader"),
    ("Al-Shabaab gunmen killed six people at a water point near Luuq on Sunday, a local elder said.", "local elder"),
    # wires: state media, sources and aid workers
    ("An Israeli drone strike on a car in the southern city of Tyre killed two Hezbollah members on Monday, state "
     "media said.", "state media"),
    ("Suspected ISWAP fighters killed nine soldiers in an ambush near Damboa on Tuesday, military sources said.",
     "military sources"),
    ("An RSF drone attack on a fuel depot in Kosti on Tuesday killed one soldier, a military source said.",
     "military source"),
    ("Shelling on the Abu Shouk camp killed 11 people on Thursday, an aid worker told AFP.", "aid worker"),
    # Premium Times, Daily Trust: a police command's officer, a commissioner
    ("Bandits killed nine people in Tsafe LGA on Sunday, the Police Public Relations Officer, DSP Yazid Abubakar, "
     "said in a statement.", "Police Public Relations Officer, DSP Yazid Abubakar"),
    ("Gunmen killed seven farmers in Mangu on Friday, the district commissioner said.", "district commissioner"),
    # Sudan's emergency response rooms and Ukraine's officials speak from a town, which is part of the speaker
    ("RSF drones struck the Abu Shouk camp on Friday, killing six people, the Emergency Response Room in El Fasher "
     "said.", "Emergency Response Room in El Fasher"),
    ("A Russian drone hit a minibus in Bilozerka on Friday, killing the driver, officials in Kherson said.",
     "officials in Kherson"),
    ("Two people were killed when a Russian missile hit a warehouse in Odesa on Monday, rescue workers said.",
     "rescue workers"),
])
def test_who_speaks_for_a_toll_without_a_title(text, speaker):
    assert lead(text).killed.speaker == speaker


@pytest.mark.parametrize("text, lat, lon", [
    # Saba, Al-Masirah, Reuters, Sudan Tribune: a city's airport struck is in that city
    ("US strikes hit Hodeidah airport on Thursday, killing three people, the Houthi-run health ministry said.",
     14.80, 42.95),
    ("Israeli warplanes struck Sanaa airport on Thursday, killing two people, Houthi media reported.", 15.35, 44.21),
    ("RSF drones struck Port Sudan airport on Sunday, injuring three people, the army said.", 19.62, 37.22),
    ("An RSF drone attack on Kassala airport on Tuesday killed one soldier, a military source said.", 15.45, 36.40),
    ("A Sudanese army airstrike hit Nyala airport on Friday, killing four RSF fighters, the army said.", 12.05, 24.88),
])
def test_a_city_s_airport_is_in_the_city(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text, town", [
    # GVA's local news: an airport named for a person or a small namesake stays in the city told of
    ("A man was shot near Midway Airport on the Southwest Side on Sunday, Chicago police said.", "Chicago"),
    ("A man was shot in the parking lot of Hobby Airport on Sunday, Houston police said.", "Houston"),
])
def test_an_airport_named_for_a_person_is_no_town(text, town):
    assert lead(text).place.name == town


@pytest.mark.parametrize("text", [
    # Garowe Online, Premium Times, AP: a bomb set off by hand is an IED, not an air strike
    "Al-Shabaab militants set off a bomb at a beach restaurant in Mogadishu on Friday, killing 32 people, police "
    "said.",
    "Militants set off a bomb at a market in Konduga on Saturday, killing four people, officials said.",
    "Insurgents set off explosives at a checkpoint outside Baidoa on Monday, killing three soldiers, a local official "
    "said.",
    "A man set off a homemade bomb at a bus station in Maiduguri on Sunday, killing himself and two passengers, "
    "police said.",
])
def test_a_bomb_set_off_is_an_explosive_not_an_air_strike(text):
    found = lead(text)
    assert (found.sub_event_type, found.weapon) == ("Remote explosive/landmine/IED", "IED/mine")


@pytest.mark.parametrize("text, perpetrator, lat, lon", [
    # Kyiv Independent, Ukrinform, WAFA: the round, the shell or the munition a side fired names the side, and so
    # the country where the town struck lies
    ("A Russian mortar round hit a house in Vovchansk on Sunday, killing an elderly man, the regional governor said.",
     "Russia", 50.29, 36.94),
    ("An Israeli tank shell hit a school sheltering displaced families in Jabalia on Sunday, killing five people, "
     "civil defence spokesman Mahmoud Basal said.", "Israel", 31.53, 34.48),
    ("A Russian Lancet loitering munition hit a car near Beryslav on Friday, killing the driver, the regional "
     "administration said.", "Russia", 46.84, 33.43),
    ("A Russian mortar shell landed near a humanitarian aid point in Kurakhove on Tuesday, killing two volunteers, "
     "the regional governor said.", "Russia", 47.98, 37.28),
])
def test_the_round_a_side_fired_names_the_side(text, perpetrator, lat, lon):
    found = lead(text)
    assert found.perpetrator == perpetrator and km_from(found.place, lat, lon) < 25


@pytest.mark.parametrize("text, perpetrator", [
    # BBC, Al Jazeera: a side accused or blamed in the passive is the alleged doer
    ("The RSF has been accused of carrying out the attack on the Zamzam camp that killed at least 30 people, the "
     "camp's coordination committee said.", "RSF"),
    ("Russia was blamed for the missile strike on the hospital in Kyiv that killed two people on Monday, officials "
     "said.", "Russia"),
    ("Israel is accused of carrying out the strike on a school in Gaza City that killed 22 people on Sunday, the "
     "civil defence said.", "Israel"),
    ("The Sudanese army was blamed for an air strike on a market in Kabkabiya that killed 13 people on Monday, "
     "activists said.", "Sudan"),
])
def test_a_side_accused_in_the_passive_is_the_alleged_doer(text, perpetrator):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, "alleged")


@pytest.mark.parametrize("text, perpetrator", [
    # Premium Times, Daily Trust, Radio Dabanga: armed men "believed to be" a group are only thought to be it
    ("Gunmen believed to be bandits killed 11 villagers in Maru LGA of Zamfara State on Sunday, residents said.",
     None),
    ("Fighters believed to be from the RSF killed 18 civilians in the village of Tawila on Wednesday, activists said.",
     "RSF"),
    ("Militants believed to be Boko Haram fighters killed seven fishermen near Dikwa on Saturday, a militia leader "
     "said.", "Boko Haram"),
])
def test_armed_men_believed_to_be_a_group_are_alleged(text, perpetrator):
    found = lead(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, "alleged")


@pytest.mark.parametrize("text", [
    # Radio Dabanga, Sudan Tribune, Al Jazeera: a side's shelling that killed civilians is shelling
    "RSF shelling killed 14 civilians in the Abu Shouk camp on Friday, the resistance committee said.",
    "Rebel shelling killed five civilians in a displacement camp near Goma on Friday, the army said.",
    "RSF artillery killed nine civilians in the Al Wehda neighbourhood of El Fasher on Sunday, activists said.",
])
def test_a_side_s_shelling_that_killed_civilians_is_shelling(text):
    assert lead(text).sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.parametrize("text", [
    # Sudan Tribune, Premium Times, Reuters: an armed side's attack on a village, a camp or a town's people
    # with no weapon named is an attack on civilians
    "The number of people killed in Thursday's RSF attack on the village of Wad al-Noura in Gezira state has risen "
    "to 104, the Sovereign Council said on Saturday.",
    "An RSF attack on the village of Tawila on Sunday killed 20 civilians, the Emergency Lawyers group said.",
    "Suspected Fulani militia attacked Kwall in Bassa LGA of Plateau State on Sunday, killing 10 people, the Irigwe "
    "Development Association said.",
    "CODECO militia attacked a displacement camp in Djugu territory overnight, killing 18 people, local officials "
    "said.",
])
def test_an_armed_side_s_attack_on_a_village_is_an_attack(text):
    assert lead(text).sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    # WAFA, Al Jazeera, Times of Israel: settlers who attack a village attack its people
    "Israeli settlers attacked the village of Turmus Ayya near Ramallah on Friday, killing one Palestinian, the "
    "health ministry said.",
    "Dozens of Israeli settlers attacked the village of Huwara on Sunday, killing a man and burning homes, the "
    "Palestinian health ministry said.",
])
def test_settlers_who_attack_a_village_attack(text):
    assert lead(text).sub_event_type == "Attack"


@pytest.mark.parametrize("text", [
    # AFP on the Sahel, Premium Times, HumAngle: armed men who attack a military post or a police station fight
    # armed men, as ACLED codes it
    "JNIM fighters attacked a military post near Djibo on Sunday, killing 30 soldiers, security sources said.",
    "ISWAP fighters overran a military base in Marte on Saturday, killing 12 soldiers, military sources said.",
    "Gunmen attacked a police station in Katsina State on Monday night, killing four officers, police said.",
])
def test_armed_men_who_attack_a_post_clash(text):
    assert lead(text).sub_event_type == "Armed clash"


def test_a_drone_attack_on_a_military_base_stays_a_drone_strike():
    text = "Russian drones attacked a military base near Kharkiv on Sunday, injuring two soldiers, the governor said."
    assert lead(text).sub_event_type == "Air/drone strike"


def test_a_town_a_region_s_possessive_holds_is_in_that_region():
    # Myanmar Now, the Irrawaddy: "Sagaing Region's Kani township"; Kani is also a Japanese city
    text = ("Myanmar military jets bombed a monastery in Sagaing Region's Kani township on Sunday, killing 17 people, "
            "the National Unity Government said.")
    assert lead(text).place.country == "MM"


@pytest.mark.parametrize("text", [
    # WAFA, Al Jazeera: Israel's quadcopters are drones
    "An Israeli quadcopter opened fire on displaced people in Jabalia on Monday, killing two, the civil defence said.",
    "Israeli quadcopters fired on residents returning to their homes in Beit Lahia on Tuesday, killing three, "
    "medics said.",
])
def test_a_quadcopter_is_a_drone_strike(text):
    found = lead(text)
    assert (found.sub_event_type, found.weapon) == ("Air/drone strike", "drone")


@pytest.mark.parametrize("text, perpetrator", [
    # SOHR, the White Helmets: Kansafra in Jabal al-Zawiya, beside Kafr Nabl; the regime is Syria's there
    ("An airstrike on the Kansafra village in Idlib countryside killed three civilians on Sunday, the White Helmets "
     "said.", None),
    ("Regime artillery shelled the village of Kansafra in Jabal al-Zawiya on Monday, killing two children, the "
     "Syrian Civil Defence said.", "Syria"),
])
def test_a_village_of_jabal_al_zawiya(text, perpetrator):
    found = lead(text)
    assert found.perpetrator == perpetrator and km_from(found.place, 35.64, 36.56) < 25


@pytest.mark.parametrize("text, lat, lon", [
    # SOHR, Al Jazeera, TASS in translation: "X in southern Y" places X in Y, as "X in Y" does
    ("Russian warplanes struck the outskirts of Kansafra in southern Idlib on Tuesday, killing a woman and her son, "
     "the Syrian Observatory for Human Rights said.", 35.64, 36.56),
    ("Ukrainian shelling hit the village of Tyotkino in western Kursk on Sunday, killing a man, the regional governor "
     "said.", 51.28, 34.29),
])
def test_a_village_in_the_south_of_a_province_lies_in_it(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text", [
    # Kursk's and Belgorod's governors in wire copy: "ё" written "yo" (GeoNames' Tëtkino)
    "A Ukrainian drone hit a car in Tyotkino in Kursk region on Sunday, killing the driver, the regional governor "
    "said.",
    "Ukrainian artillery shelled Tyotkino on Monday, wounding two women, Kursk governor Alexei Smirnov said.",
])
def test_a_russian_border_village_spelt_with_yo(text):
    assert km_from(lead(text).place, 51.28, 34.29) < 25


def test_a_rights_group_s_name_is_no_town():
    text = ("Russian warplanes struck Kansafra on Tuesday, killing a woman and her son, the Syrian Observatory for "
            "Human Rights said.")
    assert all(m.place is None or m.place.country == "SY" for m in extract(text, "2024-07-20"))


@pytest.mark.parametrize("text, lat, lon", [
    # guards: camps, LGAs, hromadas, Sudanese localities and a city's districts that already held
    ("An Israeli airstrike hit a house in the Nuseirat camp in central Gaza on Saturday, killing at least 12 people, "
     "the civil defence agency said.", 31.45, 34.39),
    ("The RSF shelled the Zamzam camp for displaced people south of El Fasher on Sunday, killing at least 20 people, "
     "the camp's coordination committee said.", 13.50, 25.30),
    ("A female suicide bomber blew herself up at the Bakassi IDP camp in Maiduguri on Saturday, killing three "
     "people, the Borno State Emergency Management Agency said.", 11.85, 13.16),
    ("Boko Haram fighters killed 11 farmers in Kwatara village in Gwoza LGA of Borno State on Saturday, residents "
     "said.", 11.08, 13.69),
    ("Russian forces struck the Krasnopillia hromada of Sumy Oblast with artillery on Saturday, injuring a "
     "72-year-old woman, the regional military administration said.", 50.77, 35.26),
    ("The RSF attacked villages in Um Kadada locality of North Darfur on Monday, killing 15 civilians.", 13.60, 26.69),
    ("Artillery shells fired by the RSF hit the Karari locality of Omdurman on Sunday, killing eight civilians, the "
     "health ministry said.", 15.69, 32.47),
    ("A Russian missile hit an apartment block in the Kyivskyi district of Kharkiv on Saturday, injuring 12 people, "
     "Mayor Ihor Terekhov said.", 49.99, 36.25),
    ("Russian artillery shelled the Korabelnyi district of Kherson on Monday, killing a 60-year-old man, the city "
     "military administration said.", 46.62, 32.60),
    # a dateline away from the place struck, and a town named after a people
    ("PORT SUDAN, Sudan (AP) — RSF fighters shelled a hospital in El Obeid on Wednesday, killing six patients, "
     "officials said.", 13.18, 30.22),
    ("A Russian drone hit a house in the village of Ruski Tyshky on Friday, killing a woman, Governor Oleh "
     "Syniehubov said.", 50.14, 36.40),
    ("Russian missiles hit an energy facility in Ukrainka near Kyiv on Thursday, injuring two workers, the regional "
     "governor said.", 50.14, 30.75),
])
def test_places_that_held(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text, published, day", [
    # guards: a dateline dates a report with no metadata; a follow-up days later dates the strike it tells of
    ("KHARTOUM, 14 June 2024 (Sudan Tribune) – RSF shelling of the Karari locality of Omdurman on Thursday killed "
     "nine civilians, the health ministry said.", None, "2024-06-13"),
    ("The death toll from Monday's Russian missile strike on Kryvyi Rih rose to 12 on Saturday, Governor Serhiy Lysak "
     "said.", "2024-07-20", "2024-07-15"),
    ("Rescuers recovered two more bodies on Saturday from the rubble of the apartment block in Dnipro hit by a "
     "Russian missile on Wednesday, bringing the death toll to nine.", "2024-07-20", "2024-07-17"),
])
def test_dates_that_held(text, published, day):
    when = lead(text, published).when
    assert (str(when.start), str(when.end)) == (day, day)
