"""Places of real war reporting and ACLED-style notes across conflicts (places35, issue 11).

Each probe's place (its name, its country, a point within a few km) was written down before it was run."""

import pytest
from war_fixtures import km_from, lead_published

lead = lead_published("2026-11-28")
PLACE_KM = 25.0


# Why a probe misses, where it misses because the place is not in the gazetteer
NOT_IN = "not in the gazetteer: GeoNames' populated places ≥ 500 lack it and no packaged source has it"


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


def lies_at(text: str, country: str, lat: float, lon: float) -> bool:
    """Whether the report's lead incident lies in ``country`` within ``PLACE_KM`` of the point."""
    place = lead(text).place
    return place is not None and place.country == country and km_from(place, lat, lon) < PLACE_KM


# text, country, lat, lon (the place the lead incident happened in)
PROBES = [
    # Ukraine: frontline towns, villages and hromadas
    ("Russian forces shelled the Bilozerka hromada of Kherson oblast on Monday, injuring a 58-year-old woman, the "
     "regional military administration said.", "UA", 46.63, 32.44),
    ("A man was killed when Russian troops shelled Stepnohirsk in Zaporizhzhia oblast overnight, governor Ivan "
     "Fedorov said on Telegram.", "UA", 47.57, 35.33),
    ("Russian drones struck Marhanets hromada in the Nikopol district, wounding two people, Serhii Lysak said.", "UA",
     47.65, 34.62),
    ("Russian shelling of the Korabelnyi district of Kherson killed a 71-year-old man on Tuesday, the city military "
     "administration said.", "UA", 46.64, 32.61),
    ("On 14 March 2023, Russian forces shelled Chornobaivka, Kherson raion. One civilian was injured.", "UA", 46.70,
     32.55),
    ("A guided aerial bomb hit Velykyi Burluk in Kharkiv oblast on Wednesday, killing one person, Oleh Syniehubov "
     "said.", "UA", 50.06, 37.39),
    ("Three people were wounded when a Russian drone hit a car in the Zolochiv hromada, Kharkiv region, officials "
     "said.", "UA", 50.28, 35.98),
    ("Russian forces struck Myrnohrad with artillery on Thursday, killing two civilians, Donetsk governor Vadym "
     "Filashkin said.", "UA", 48.30, 37.26),
    ("Russian troops shelled Bilopillia in Sumy oblast 14 times over the day, the regional administration said; a "
     "woman was injured.", "UA", 51.15, 34.31),
    ("On 2 June 2024, Russian forces shelled Semenivka, Chernihiv oblast, damaging houses. No casualties were "
     "reported.", "UA", 52.18, 32.58),
    ("A Russian drone attack on Ochakiv in Mykolaiv oblast wounded three people, the regional governor said.", "UA",
     46.61, 31.55),
    # Russia's border regions
    ("Ukrainian shelling killed a man in Shebekino, Belgorod region governor Vyacheslav Gladkov said on Sunday.",
     "RU", 50.41, 36.89),
    ("A drone attack on Grayvoron in Russia's Belgorod region injured two people, the governor said.", "RU", 50.48,
     35.67),
    ("Ukrainian forces shelled the village of Tetkino in Russia's Kursk region, wounding a woman, the acting governor "
     "said.", "RU", 51.27, 34.28),
    ("A drone struck a car near Krasnaya Yaruga in the Belgorod region, killing the driver, local authorities "
     "said.", "RU", 50.70, 35.67),
    # Gaza: camps and neighbourhoods
    ("An Israeli airstrike on a house in the Jabalia refugee camp killed 11 people, the Gaza civil defence said.",
     "PS", 31.53, 34.48),
    ("Israeli strikes on the Bureij camp in central Gaza killed at least seven people overnight, medics said.", "PS",
     31.44, 34.40),
    ("Five people were killed when an Israeli drone struck a group in the Maghazi camp, hospital officials said.",
     "PS", 31.42, 34.38),
    ("Israeli tank fire in the Tal as-Sultan neighbourhood of Rafah killed four Palestinians, witnesses said.", "PS",
     31.32, 34.24),
    ("An Israeli strike on a school sheltering displaced families in the Sabra neighbourhood of Gaza City killed "
     "nine people.", "PS", 31.50, 34.45),
    ("Israeli shelling of Abasan al-Kabira, east of Khan Younis, killed three people on Friday, medics said.", "PS",
     31.32, 34.35),
    # West Bank
    ("Israeli forces killed two Palestinians during a raid on the Nur Shams camp near Tulkarm, the Palestinian "
     "health ministry said.", "PS", 32.31, 35.05),
    ("A Palestinian was shot dead by Israeli troops in Qabatiya, south of Jenin, the health ministry said.", "PS",
     32.41, 35.28),
    ("Settlers attacked the village of Turmus Ayya, near Ramallah, setting fire to homes and cars, residents "
     "said.", "PS", 32.03, 35.29),
    ("Israeli forces raided the Balata refugee camp in Nablus, killing a 17-year-old, the Palestinian Red Crescent "
     "said.", "PS", 32.21, 35.29),
    # South Lebanon
    ("An Israeli strike on a house in Aitaroun killed two people, Lebanon's health ministry said.", "LB", 33.12,
     35.47),
    ("Israeli drones struck a car in Kfar Kila on Tuesday, killing a Hezbollah member, Lebanese state media "
     "reported.", "LB", 33.28, 35.56),
    ("Israeli shelling hit the outskirts of Aita al-Shaab, wounding three people, the National News Agency said.",
     "LB", 33.10, 35.33),
    # Sudan
    ("The RSF shelled the Abu Shouk camp for displaced people north of El Fasher, killing 14, the resistance "
     "committee said.", "SD", 13.66, 25.33),
    ("A drone strike on a market in Kadugli, South Kordofan, killed at least 12 people, a local official said.",
     "SD", 11.01, 29.72),
    ("The Rapid Support Forces attacked villages in the Al-Managil locality of Gezira state, killing 25 people, "
     "activists said.", "SD", 14.25, 32.99),
    ("RSF fighters shelled the town of Babanusa in West Kordofan, killing five civilians, a medical group said.",
     "SD", 11.33, 27.81),
    # Nigeria
    ("Boko Haram fighters killed nine farmers in Gwoza local government area of Borno State, residents said.", "NG",
     11.08, 13.69),
    ("Gunmen killed 40 people in attacks on villages in Bokkos LGA of Plateau State, the local council chairman "
     "said.", "NG", 9.30, 8.99),
    ("Bandits killed 16 people in Maru local government area of Zamfara state, police said on Sunday.", "NG", 12.33,
     6.40),
    ("Suspected herders attacked communities in Agatu LGA of Benue State, killing 11 people, officials said.", "NG",
     7.87, 7.88),
    # Sahel
    ("Jihadists killed at least 20 soldiers in an attack on an army post near Djibo in northern Burkina Faso, "
     "security sources said.", "BF", 14.10, -1.63),
    pytest.param(
        "Gunmen killed 12 civilians in the commune of Banibangou in Niger's Tillaberi region, the defence ministry "
        "said.", "NE", 15.04, 2.70,
        marks=_miss(NOT_IN + " (Niger's communes); its region, 130 km off, answers")),
    ("Islamic State fighters attacked villages around Menaka in Mali's north-east, killing 30 people, local "
     "officials said.", "ML", 15.92, 2.40),
    # Myanmar
    pytest.param(
        "A military airstrike on a village in Kawlin township, Sagaing region, killed 15 people, a local resistance "
        "group said.", "MM", 23.79, 95.68,
        marks=_miss(NOT_IN + " (Myanmar's townships); its region answers")),
    ("Junta jets bombed Thantlang township in Chin State, killing four civilians, the Chin Human Rights "
     "Organization said.", "MM", 22.70, 93.43),
    # Syria
    ("Russian warplanes struck Ariha in Idlib province, killing five civilians, rescuers said.", "SY", 35.81, 36.61),
    ("A car bomb exploded in Hajin in Deir ez-Zor province, killing two SDF fighters, a war monitor said.", "SY",
     34.69, 40.83),
    # Yemen
    ("Houthi shelling of a residential area in Hays district, south of Hodeidah, wounded four children, a medical "
     "source said.", "YE", 13.93, 43.48),
    # DRC
    ("CODECO militiamen attacked a displacement camp in Djugu territory, Ituri province, killing 18 people, a local "
     "official said.", "CD", 1.92, 30.50),
    ("ADF rebels killed 22 civilians in an overnight attack near Oicha in North Kivu's Beni territory, the army "
     "said.", "CD", 0.70, 29.52),
    # Somalia
    ("A suicide car bomb killed 13 people at a checkpoint in Beledweyne, Hiiraan region, police said.", "SO", 4.74,
     45.20),
    # a spelling GeoNames lacks (it has Buulobarde, 'Bulo Burti', 'Buulo Burte'): geo_local_names.tsv (places46)
    ("Al-Shabaab fighters attacked a military base near Bulo Burte, killing several soldiers, residents said.",
     "SO", 3.85, 45.57),
    # Haiti
    ("Gang members shot dead six people in the Carrefour-Feuilles neighbourhood of Port-au-Prince, a rights group "
     "said.", "HT", 18.53, -72.35),
    ("Armed gangs attacked Pont-Sondé in the Artibonite department, killing at least 70 people, the UN said.", "HT",
     19.15, -72.61),
    # Mexico, Colombia
    # GeoNames' alternate name of Comalapa, read before the state it lies in (acled41)
    ("Gunmen killed five people at a party in Frontera Comalapa, Chiapas, state prosecutors said.", "MX", 15.66,
     -92.14),
    ("FARC dissidents attacked a police station in Jamundí, Valle del Cauca, wounding two officers, the army "
     "said.", "CO", 3.26, -76.54),
    ("An explosive device went off in Tibú, Norte de Santander, killing a soldier, Colombian authorities said.", "CO",
     8.64, -72.74),
    # an attacker's country named first
    ("Russia launched 40 drones overnight; in Kupiansk-Vuzlovyi a woman was killed, the Kharkiv governor said.", "UA",
     49.63, 37.69),
    ("Israel struck southern Lebanon again on Monday, killing two people in Khiam, the health ministry said.", "LB",
     33.33, 35.61),
]


@pytest.mark.parametrize("text, country, lat, lon", PROBES)
def test_the_lead_incident_lies_at_the_place_the_report_names(text: str, country: str, lat: float, lon: float) -> None:
    assert lies_at(text, country, lat, lon), lead(text).place
