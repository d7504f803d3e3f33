"""Round places44's probes of issue 11: places of real war reporting worldwide, whole reports in several outlets'
styles ("in X village of Y township", "the X camp near Y", "X locality, Y state", "in X, a village some 30 km from Y").

Each probe's place (its name, its country and a point within a few km) was written down before it was run. Of the 65
probes here, 57 are read right on main and kept as guards; the eight misses are strict xfails, with the reason: five
towns no packaged GeoNames data holds (two Myanmar townships, two Mali towns, a Cameroon village), and three
resolution misses left (a mixed transliteration, a report that names no country, a police force named after a
county). The mixed transliteration (Hulyaipole) is read since places45 (``build.short_i_spellings``).
Two more were written and then set apart after running, not to fit the code: 'Mandera county' is Kenya's county, an
admin1 area, which the gazetteer rightly answers as a region (the probe had been written as the town; its own test
below); and a Kachin probe was dropped, the point written for Laiza (24.07 N) disagreeing with the packaged table's
(24.76 N), which could not be checked offline."""

import pytest
from test_places35 import NOT_IN, _miss
from war_fixtures import km_from, lead_published

lead = lead_published("2026-11-28")
PLACE_KM = 25.0

NO_COUNTRY = ("the report names no country: GeoNames spells the town Aribinda (read as its near spelling only where "
              "Burkina Faso is named), and 'Soum province' is read as Senegal's town Soum")
AREA_FORCE = ("a police force named after an area is read as a town's own police ('Kent Police': Kent, Washington); a "
              "list of UK forces would misread US towns' police, which GVA dev names (Norfolk, Cambridge)")
FAR_NORTH = NOT_IN + "; 'Cameroon's Far North' without 'region' is read as no region, so the country answers"

# text, the place's name, its country, and a point of it (the place the lead incident happened in)
PROBES = [
    # Myanmar: townships and the villages of townships
    ('Junta aircraft bombed Let Yet Kone village in Tabayin township, Sagaing region, killing 11 schoolchildren, '
     'residents said.',
     'Tabayin', 'MM', 22.69, 95.34),
    ('A military airstrike on Pazigyi village in Kanbalu township, Sagaing region, killed more than 160 people, '
     'witnesses told the BBC.',
     'Kanbalu', 'MM', 23.2, 95.52),
    pytest.param(
        'Myanmar troops torched houses and shot dead four villagers in Myaing township, Magway region, local media '
        'reported.',
        'Myaing', 'MM', 21.62, 94.85, marks=_miss(NOT_IN + " (Myanmar's townships); Magway region answers")),
    ('Fighting in Lashio, the largest town in northern Shan State, left at least eight civilians dead, Myanmar Now '
     'reported.',
     'Lashio', 'MM', 22.94, 97.75),
    ('A junta air strike on a market in Mrauk-U township, Rakhine State, killed 12 people, the Arakan Army said.',
     'Mrauk-U', 'MM', 20.59, 93.19),
    ('Artillery shells fired by the military killed three civilians in Loikaw, the capital of Karenni State, on '
     'Tuesday.',
     'Loikaw', 'MM', 19.67, 97.21),
    ('Soldiers killed 17 villagers in Yin village of Kani township, Sagaing region, an official of the National '
     'Unity Government said.',
     'Kani', 'MM', 22.44, 94.85),
    pytest.param(
        'A military jet bombed a monastery in Hsihseng township in southern Shan State, killing four people, '
        'including a monk, locals said.',
        'Hsihseng', 'MM', 20.15, 97.25, marks=_miss(NOT_IN + " (Myanmar's townships); Shan State answers")),
    ('Shells landed in Myawaddy, on the Thai border in Karen State, wounding five people, Thai officials said.',
     'Myawaddy', 'MM', 16.69, 98.51),
    # Sudan: localities, states and camps
    ('RSF shelling of the Zamzam camp for displaced people, south of El Fasher, killed 12 people, MSF said.',
     'Zamzam', 'SD', 13.52, 25.3),
    ('The RSF and allied Arab militias killed hundreds of Masalit civilians in El Geneina, the capital of West '
     'Darfur, the UN said.',
     'El Geneina', 'SD', 13.45, 22.45),
    ('A drone struck a market in Sennar city, Sennar state, killing 21 people and wounding 67, a medical source '
     'said.',
     'Sennar', 'SD', 13.55, 33.63),
    ('Heavy fighting in Wad Madani, the capital of Gezira state, killed at least 30 civilians, the Sudan Doctors '
     'Network said.',
     'Wad Madani', 'SD', 14.4, 33.52),
    ('The RSF attacked Um Kadada, North Darfur, killing 15 people and looting the market, local sources said.',
     'Umm Keddada', 'SD', 13.6, 26.69),
    ('Artillery fire on Dilling in South Kordofan killed four civilians, including two children, on Sunday.',
     'Dilling', 'SD', 12.05, 29.65),
    ('RSF shelling of residential areas of El Obeid, the capital of North Kordofan, killed seven people, the state '
     'government said.',
     'El Obeid', 'SD', 13.18, 30.22),
    ("Clashes between the army and the RSF in Nyala, South Darfur's capital, killed 12 civilians, a rights group "
     'said.',
     'Nyala', 'SD', 12.05, 24.88),
    ('A drone strike on the town of Kosti in White Nile state killed five people and hit a power station, '
     'officials said.',
     'Kosti', 'SD', 13.16, 32.66),
    ('Gunmen killed 11 people in Kutum locality, North Darfur state, the Darfur Bar Association said.',
     'Kutum', 'SD', 14.2, 24.67),
    ("Jihadists killed hundreds of people in Barsalogho, in Burkina Faso's Sanmatenga province, as residents dug "
     'trenches.',
     'Barsalogho', 'BF', 13.42, -1.06),
    pytest.param(
        'Militants attacked Arbinda in Soum province, killing 35 civilians, most of them women, the government '
        'said.',
        'Arbinda', 'BF', 14.23, -0.87, marks=_miss(NO_COUNTRY)),
    ("Suspected Islamic State fighters killed 12 soldiers near Tera, in Niger's Tillaberi region, the defence "
     'ministry said.',
     'Tera', 'NE', 14.01, 0.75),
    ("Boko Haram fighters attacked Bosso, in Niger's Diffa region near Lake Chad, killing five soldiers.",
     'Bosso', 'NE', 13.7, 13.32),
    pytest.param(
        "A drone strike on Tinzaouaten, near the Algerian border in Mali's Kidal region, killed at least eight "
        'civilians, local officials said.',
        'Tinzaouaten', 'ML', 19.96, 2.93, marks=_miss(NOT_IN + " (Mali's Tin Zaouatene); Kidal region answers")),
    pytest.param(
        "Gunmen killed 14 people in Leré, a town of Mali's Timbuktu region, residents said.",
        'Leré', 'ML', 15.71, -4.91, marks=_miss(NOT_IN + " (only France's, Chad's, Nigeria's); Timbuktu answers")),
    ("A suicide bomber killed 17 people in Mora, in Cameroon's Far North region, the army said.",
     'Mora', 'CM', 11.05, 14.14),
    pytest.param(
        "Boko Haram fighters killed nine people in Kolofata, Mayo-Sava department, in Cameroon's Far North, "
        'officials said.',
        'Kolofata', 'CM', 11.16, 14.01, marks=_miss(FAR_NORTH)),
    ("Al-Shabaab gunmen attacked Mpeketoni in Kenya's Lamu county, killing at least 48 people.",
     'Mpeketoni', 'KE', -2.39, 40.7),
    # DRC: territories and camps
    ('ADF rebels killed 11 people in Komanda, in Irumu territory of Ituri province, a local official said.',
     'Komanda', 'CD', 1.37, 29.77),
    ('M23 shells hit Kitchanga in Masisi territory, North Kivu, killing three civilians, residents said.',
     'Kitchanga', 'CD', -1.2, 29.05),
    ('CODECO militiamen attacked villages around Mahagi in Ituri province, killing 12 people, the army said.',
     'Mahagi', 'CD', 2.31, 30.99),
    ('Bombs hit two camps for displaced people in Mugunga, on the western outskirts of Goma, killing at least 35 '
     'people.',
     'Goma', 'CD', -1.65, 29.17),
    ("ADF fighters killed 20 people in an overnight raid on Lubero centre, in North Kivu's Lubero territory, the "
     'army said.',
     'Lubero', 'CD', -0.16, 29.24),
    # Nigeria: LGAs and villages
    ('Gunmen killed about 100 people in Yelwata, a village in Guma LGA of Benue State, Amnesty International said.',
     'Yelwata', 'NG', 7.85, 8.78),
    ('Bandits killed 37 villagers in Zurmi local government area of Zamfara State, police said.',
     'Zurmi', 'NG', 12.78, 6.79),
    ('Boko Haram killed 40 rice farmers in Zabarmari, in Jere local government area of Borno State, officials '
     'said.',
     'Zabarmari', 'NG', 11.95, 13.27),
    ('ISWAP fighters attacked a military base in Monguno, Borno State, killing six soldiers, military sources '
     'said.',
     'Monguno', 'NG', 12.67, 13.61),
    ('Gunmen killed 12 people in Kajuru LGA of Kaduna State on Sunday, the state government said.',
     'Kajuru', 'NG', 10.32, 7.69),
    ('Attackers killed 15 people in Tsafe, Zamfara State, on Friday, residents said.',
     'Tsafe', 'NG', 12.17, 6.92),
    # Gaza and the West Bank: camps and neighbourhoods
    ('An Israeli strike on a home in Deir al-Balah killed six members of one family, hospital officials said.',
     'Deir al-Balah', 'PS', 31.42, 34.35),
    ('Israeli strikes on the Shati refugee camp, west of Gaza City, killed at least nine people, civil defence '
     'said.',
     'Shati', 'PS', 31.53, 34.45),
    ('An Israeli air strike on the Tuffah neighbourhood of Gaza City killed 10 people, medics said.',
     'Gaza City', 'PS', 31.51, 34.47),
    ('An Israeli strike on a house in Beit Lahia, in the northern Gaza Strip, killed 15 people, the health '
     'ministry said.',
     'Beit Lahia', 'PS', 31.55, 34.5),
    ('Israeli forces killed three Palestinians during a raid on the Jenin refugee camp, the Palestinian health '
     'ministry said.',
     'Jenin', 'PS', 32.46, 35.29),
    ('Israeli troops shot dead a 16-year-old in the Aqabat Jabr camp near Jericho, the Palestinian health ministry '
     'said.',
     'Aqabat Jabr', 'PS', 31.84, 35.44),
    ('Settlers set fire to homes and cars in Huwara, south of Nablus, and one Palestinian was killed, officials '
     'said.',
     'Huwara', 'PS', 32.15, 35.26),
    ('A Palestinian man was killed by Israeli fire in the village of Beita, near Nablus, the Red Crescent said.',
     'Beita', 'PS', 32.14, 35.29),
    ("Israeli forces killed two men in the Far'a camp in Tubas, the Palestinian news agency WAFA reported.",
     "Far'a camp", 'PS', 32.29, 35.35),
    # Ukraine: hromadas and city districts
    ('Russian shelling of the Nikopol hromada wounded two women on Sunday, Dnipropetrovsk governor Serhii Lysak '
     'said.',
     'Nikopol', 'UA', 47.57, 34.39),
    ('A guided bomb struck Kostiantynivka on Thursday, killing three people, the Donetsk regional administration '
     'said.',
     'Kostiantynivka', 'UA', 48.53, 37.71),
    ('Russian troops shelled Beryslav in Kherson oblast, wounding a 60-year-old man, the regional governor said.',
     'Beryslav', 'UA', 46.84, 33.42),
    ('A drone hit a car in the Krasnopillia hromada of Sumy oblast, killing the driver, the regional military '
     'administration said.',
     'Krasnopillia', 'UA', 50.78, 35.27),
    ('A Russian drone hit a high-rise in the Prymorskyi district of Odesa, injuring four people, governor Oleh '
     'Kiper said.',
     'Odesa', 'UA', 46.47, 30.73),
    # keyed since places45 (``build.short_i_spellings``)
    ('Russian artillery hit Hulyaipole in Zaporizhzhia oblast, killing an elderly man, Ivan Fedorov said.',
     'Hulyaipole', 'UA', 47.66, 36.26),
    ("An Israeli drone strike on a motorcycle in Khiam killed two men, Lebanon's National News Agency said.",
     'Khiam', 'LB', 33.33, 35.61),
    ('An Israeli air strike on a house in Mais al-Jabal killed three people, the Lebanese health ministry said.',
     'Mays al Jabal', 'LB', 33.17, 35.53),
    ('Israeli shelling hit the town of Shebaa in southern Lebanon, wounding two civilians, state media reported.',
     'Shebaa', 'LB', 33.35, 35.74),
    ('Israeli strikes on Baalbek in the Bekaa Valley killed at least 19 people, the health ministry said.',
     'Baalbek', 'LB', 34.01, 36.21),
    # Syria
    ('Russian air strikes on Maarat al-Numan in Idlib province killed 15 civilians, the Syrian Observatory said.',
     'Maarat al-Numan', 'SY', 35.65, 36.67),
    ('Shelling of Jisr al-Shughur killed two children, the White Helmets said.',
     'Jisr al-Shughur', 'SY', 35.81, 36.32),
    ('A car bomb exploded in Manbij, in Aleppo province, killing 20 people, a war monitor said.',
     'Manbij', 'SY', 36.53, 37.95),
    ('Turkish drone strikes on Tal Rifaat killed three SDF fighters, the group said.',
     "Tall Rif'at", 'SY', 36.47, 37.1),
    # A village the gazetteer lacks told by its distance from a town: the town, coarser
    ('Gunmen killed 18 people in Dogon Noma, a village some 30 km from Mangu in Plateau State, residents said.',
     'Mangu', 'NG', 9.52, 9.1),
    pytest.param(
    # A police force named after an area is no place of the event
        'A 34-year-old man was stabbed to death in Chatham on Saturday night, Kent Police said.',
        'Chatham', 'GB', 51.38, 0.53, marks=_miss(AREA_FORCE)),
    ('A man died after being shot in Melton on Sunday, Victoria Police said.',
     'Melton', 'AU', -37.68, 144.58),
]


def _name(probe) -> str:
    """The probe's place name, for its test id (a missed probe is a ``pytest.param``)."""
    return getattr(probe, "values", probe)[1]


@pytest.mark.parametrize(("text", "name", "country", "lat", "lon"), PROBES, ids=[_name(p) for p in PROBES])
def test_a_war_report_is_placed_where_its_lead_incident_happened(text, name, country, lat, lon):
    place = lead(text).place
    assert place is not None and place.country == country and km_from(place, lat, lon) < PLACE_KM, place


def test_a_kenyan_county_is_read_as_the_county():
    """Kenya's counties are GeoNames' admin1 areas: 'Mandera county' is the county, not its seat."""
    place = lead("A roadside bomb killed four police officers in Mandera county, near the Somali border, Kenyan "
                 "police said.").place
    assert (place.country, place.admin1, place.precision) == ("KE", "Mandera", "region")
