"""War reports of a fifth round (issue 11, session 11), written for these tests in the styles of
wires, liveblogs, machine translation, local press and NGO or UN statements from Ukraine, Gaza,
Lebanon and Israel, Sudan, the Sahel and Nigeria, Congo, Myanmar, Somalia, Syria and Yemen,
Colombia and Mexico, Pakistan and Afghanistan, and Haiti: a strike told with the barrage it was
part of, a place that says who speaks or whence a rocket came, regions named together, an
organisation's name that holds a place's, WAFA's martyrs, towns GeoNames lists with no population,
a town struck in a report that names no country. Each test is a class."""

import pytest
from war_fixtures import lead_published, place_of

from harmledger.extract import extract
from harmledger.extract.classify import classify
from harmledger.geo import find_places


lead = lead_published("2024-06-20")


def toll(text: str, published: str = "2024-06-20") -> tuple[int | None, int | None]:
    found = lead(text, published)
    return (found.killed.best if found.killed else None), (found.injured.best if found.injured else None)


def where(text: str, published: str = "2024-06-20") -> tuple[str, str]:
    """The lead incident's place as (name, country)."""
    return place_of(lead(text, published), ("name", "country"))


@pytest.mark.parametrize("text, killed, injured, name", [
    # Reuters, AP, Kyiv Independent: one strike, then the night's toll across the country
    ("KYIV, Aug 26 (Reuters) - A Russian missile struck a hotel in the central Ukrainian city of Kryvyi Rih on "
     "Monday, killing one person and wounding five, as part of a barrage that killed seven people across Ukraine, "
     "officials said.", 1, 5, "Kryvyy Rih"),
    ("Two people were killed and 12 injured when a Russian drone hit an apartment block in Odesa on Tuesday, part "
     "of an overnight attack that killed 41 people across Ukraine, the air force said.", 2, 12, "Odesa"),
    ("A Russian glide bomb hit a residential area of Kramatorsk on Sunday afternoon, killing two people and "
     "injuring 17 as part of attacks that killed 11 civilians in the Donetsk region, governor Vadym Filashkin said.",
     2, 17, "Kramatorsk"),
    ("A drone hit a minibus in Nikopol on Friday, killing a man and wounding three, one of a wave of attacks that "
     "killed nine people across the Dnipropetrovsk region, the governor said.", 1, 3, "Nikopol"),
])
def test_a_strike_told_with_the_barrage_it_was_part_of_keeps_its_own_toll(text, killed, injured, name):
    assert toll(text) == (killed, injured)
    assert where(text)[0] == name


def test_the_barrage_s_toll_is_an_aggregate_of_its_own():
    text = ("Two people were killed and 12 injured when a Russian drone hit an apartment block in Odesa on Tuesday, "
            "part of an overnight attack that killed 41 people across Ukraine, the air force said.")
    tolls = [(m.kind, m.killed.best) for m in extract(text, "2024-06-19") if m.killed]
    assert tolls == [("event", 2), ("aggregate", 41)]


@pytest.mark.parametrize("text", [
    # a toll over the past day, or over regions, is still the sum it says it is
    "Russian shelling killed three civilians and wounded eight in the Kharkiv and Sumy regions over the past day, "
    "regional governors said.",
    "Across the Donetsk region, Russian attacks killed five people on Tuesday, the governor said.",
])
def test_a_toll_over_regions_or_the_past_day_stays_an_aggregate(text):
    assert [m.kind for m in extract(text, "2024-06-20") if m.killed] == ["aggregate"]


@pytest.mark.parametrize("text, name, country", [
    # AFP, Al Jazeera, Kyiv Independent: the officials' town says who speaks; the strike fell where the sentence says
    ("Gaza health officials said an Israeli air strike killed 11 people sheltering in a school in Rafah on Monday.",
     "Rafaḩ", "PS"),
    ("Kharkiv regional governor Oleh Syniehubov said Russian shelling killed two people in Kupiansk on Tuesday.",
     "Kupyansk", "UA"),
    ("Sumy regional military administration officials said a Russian drone struck a car in Krasnopillia, killing "
     "its driver.", "Krasnopillya", "UA"),
    ("Khan Younis civil defence officials said an Israeli strike killed eight people in Deir al-Balah on Sunday.",
     "Dayr al Balaḩ", "PS"),
    # alone, the speaker's town is where it happened
    ("Kharkiv mayor Ihor Terekhov said a Russian drone hit an apartment block, injuring five people.",
     "Kharkiv", "UA"),
])
def test_the_place_that_says_who_speaks_yields_to_where_it_fell(text, name, country):
    assert where(text) == (name, country)


@pytest.mark.parametrize("text, name, country", [
    # Times of Israel, Reuters, AP: where the rocket or drone came from, then where it fell
    ("Rockets fired from Gaza hit Sderot on Saturday, wounding two people, Israel's Magen David Adom said.",
     "Sderot", "IL"),
    ("Rockets fired from Lebanon struck Kiryat Shmona on Sunday, wounding three people, the Israeli military said.",
     "Qiryat Shmona", "IL"),
    ("A drone launched from Yemen hit an apartment building in Tel Aviv early on Friday, killing one man and "
     "wounding eight, Israeli police said.", "Tel Aviv", "IL"),
    ("Mortar bombs fired from El Obeid fell on a market in Kadugli, killing six people, residents said.",
     "Kadugli", "SD"),
])
def test_whence_a_strike_came_yields_to_where_it_fell(text, name, country):
    assert where(text) == (name, country)


@pytest.mark.parametrize("text, names", [
    # Ukrinform, Premium Times: names before a plural admin word are areas, not their namesake towns
    ("Russian attacks killed two people and wounded five in the Kherson and Zaporizhzhia regions on Tuesday, local "
     "officials said.", ("Kherson", "Zaporizhzhia")),
    ("Russian drones injured four people in the Sumy and Chernihiv oblasts overnight, officials said.",
     ("Sumy", "Chernihiv")),
    ("Floods and attacks killed 11 people in the Borno and Yobe states on Monday, officials said.", ("Borno", "Yobe")),
])
def test_regions_named_together_are_regions(text, names):
    places = [p.place for p in find_places(text)]
    regions = [(p.admin1, p.precision) for p in places if p.admin1 in names]
    assert regions and all(precision == "region" for _, precision in regions)
    assert lead(text).place.precision != "town"


def test_towns_named_together_stay_towns():
    assert where("Russian drones hit Kharkiv and Sumy overnight, injuring four people, officials said.") == (
        "Kharkiv", "UA")


@pytest.mark.parametrize("text, country", [
    # Myanmar Now, Mizzima, Radio Dabanga: the place in a rights group's or an armed group's name says who speaks
    ("The Chin Human Rights Organization said a military airstrike on Thantlang killed three civilians on Tuesday.",
     "MM"),
    ("The Kachin Independence Army said junta airstrikes killed five villagers near Bhamo on Sunday.", "MM"),
    ("The Karen National Union said junta artillery killed five villagers in Hpapun district on Friday.", "MM"),
    ("The Sudan Liberation Movement said RSF fighters killed 12 people in Tawila on Monday.", "SD"),
])
def test_an_organisation_s_name_is_no_place(text, country):
    assert lead(text).place.country == country


@pytest.mark.parametrize("text, killed, name", [
    # WAFA and Palestinian outlets in English: martyrs and the occupation's massacres
    ("Seven citizens were martyred and others injured in an Israeli occupation massacre targeting a house in the "
     "Nuseirat camp in the central Gaza Strip.", 7, "An Nuşayrāt"),
    ("Five citizens, including two children, were martyred at dawn today when Israeli occupation aircraft bombed "
     "a house in Khan Younis.", 5, "Khān Yūnis"),
    ("Four Palestinians were martyred in an Israeli occupation massacre in the Bureij camp this morning.", 4,
     "Al Burayj"),
])
def test_martyrs_of_an_occupation_massacre_are_its_dead(text, killed, name):
    found = lead(text)
    assert (found.killed.best, found.perpetrator, found.place.name) == (killed, "Israel", name)


@pytest.mark.parametrize("text, name, country", [
    # El Tiempo, Dawn, Premium Times: seats GeoNames lists with no population, with their area named
    ("ELN guerrillas killed two soldiers in an attack on a military post in Saravena, Arauca department, on "
     "Tuesday, the army said.", "Saravena", "CO"),
    ("FARC dissidents attacked a police station in San Vicente del Caguan, Caqueta department, wounding three "
     "officers.", "San Vicente del Caguán", "CO"),
    ("A drone attack on a military base in Saravena, Colombia, wounded four soldiers, the army said.", "Saravena",
     "CO"),
])
def test_a_seat_listed_with_no_population_is_a_town_where_its_country_is_told(text, name, country):
    assert where(text) == (name, country)


@pytest.mark.parametrize("text, name, country", [
    # AP and Le Nouvelliste: a town written as the one attacked, in a report that names no country
    ("Gangs attacked the town of Mirebalais on Monday, killing at least 10 people, police said.", "Mirebalais", "HT"),
    ("Gunmen attacked the village of Bungudu on Sunday, killing 12 residents, police said.", "Bungudu", "NG"),
    ("Bandits hit Tsafe overnight, killing six people, residents said.", "Tsafe", "NG"),
])
def test_a_town_written_as_the_one_attacked_is_kept_without_a_country(text, name, country):
    assert where(text) == (name, country)


@pytest.mark.parametrize("text, admin1, country", [
    # Myanmar Now, Dawn, Premium Times: "X township, Y region": the area word before the comma, then the area holding X
    ("A military airstrike killed 12 civilians at a wedding in Kani township, Sagaing region, on Tuesday, the National "
     "Unity Government said.", "Sagaing", "MM"),
    ("Junta artillery shelled Myaung township, Sagaing region, killing four villagers.", "Sagaing", "MM"),
    ("A bomb planted on a motorcycle exploded near a police van in Bajaur district, Khyber Pakhtunkhwa, killing five "
     "policemen.", "Khyber Pakhtunkhwa", "PK"),
])
def test_an_area_word_before_the_comma_still_lets_the_region_after_it_qualify(text, admin1, country):
    place = lead(text).place
    assert (place.admin1, place.country) == (admin1, country)


@pytest.mark.parametrize("text, name", [
    # AFP on the Sahel: a road between two towns, in a report that names no country
    ("Two soldiers were killed and five wounded when their vehicle hit an IED between Djibo and Namssiguia on "
     "Thursday, security sources said.", "Djibo"),
    ("Jihadists ambushed a convoy between Fada N'Gourma and Kantchari, killing 15 soldiers.", "Fada N'gourma"),
])
def test_a_town_a_road_runs_between_is_kept_without_a_country(text, name):
    assert lead(text).place.name == name


@pytest.mark.parametrize("text", [
    # Reuters, Al Masirah: the US's and Britain's strikes on Yemen are air strikes
    "US and British strikes on Hodeidah province killed 16 people on Thursday, the Houthi-run health ministry said.",
    "British strikes hit a radar site near Hodeidah, the Houthis said.",
    "US strikes on Sanaa killed two people on Saturday, Houthi media reported.",
])
def test_the_us_s_and_britain_s_strikes_are_air_strikes(text):
    assert classify(text).weapon == "airstrike"


@pytest.mark.parametrize("text", [
    # AFP, Milenio, Premium Times: men who opened fire fired guns
    "Armed men opened fire on a party in Salvatierra, Guanajuato, on Sunday, killing 12 people.",
    "Assailants opened fire on worshippers at a mosque in Katsina State, killing five.",
    "Soldiers opened fire on a crowd in Mandalay on Friday, wounding three people, witnesses said.",
])
def test_men_who_opened_fire_fired_guns(text):
    assert classify(text).weapon == "small arms"


@pytest.mark.parametrize("text, perpetrator", [
    # Garowe Online, Dawn, Reuters: the group that claims an attack is its side, with the claim
    ("Al-Shabaab claimed responsibility for a car bomb in Mogadishu that killed nine people on Sunday.", "Al-Shabaab"),
    ("The Pakistani Taliban claimed responsibility for the attack on a police post in Bannu that killed six "
     "officers.", "TTP"),
    ("The Balochistan Liberation Army claimed responsibility for the attack on a railway station in Quetta.", "BLA"),
    ("Hamas has claimed responsibility for the rocket attack on Tel Aviv.", "Hamas"),
])
def test_the_group_that_claimed_an_attack_made_it(text, perpetrator):
    found = classify(text)
    assert (found.perpetrator, found.attribution) == (perpetrator, "claimed")


@pytest.mark.parametrize("text, perpetrator", [
    # El Tiempo, Tolo News: the sides of Colombia's and Afghanistan's wars by the words their press uses
    ("ELN guerrillas killed two soldiers in an attack on a military post in Saravena, Arauca department.", "ELN"),
    ("Taliban fighters attacked a checkpoint in Panjshir on Tuesday, killing three resistance fighters.", "Taliban"),
    # a spokesman speaks for his side; he does not strike
    ("A Taliban spokesman said a suicide bomber killed five people at a ministry in Kabul on Monday.", None),
])
def test_the_sides_of_colombia_s_and_afghanistan_s_wars(text, perpetrator):
    assert classify(text).perpetrator == perpetrator


@pytest.mark.parametrize("text, published, killed, injured, name, country, day", [
    # a round of reports from many wars and outlets that the rules already read right: kept so they stay so
    ("SUMY, Ukraine (AP) — A Russian drone struck a bus carrying evacuees near the town of Bilopillia on Saturday, "
     "killing nine people and wounding four, Ukrainian officials said.", "2024-06-22", 9, 4, "Bilopillia", "UA",
     "2024-06-22"),
    ("On the night of June 20, the occupiers attacked Dnipro with attack drones. As a result of the attack, a "
     "43-year-old woman was killed and four more people were injured, said the head of the OVA Serhiy Lysak.",
     "2024-06-21", 1, 4, "Dnipro", "UA", "2024-06-20"),
    ("Ukrainian drones attacked the Russian city of Kursk overnight, injuring five people, the region's acting "
     "governor said.", "2024-06-20", None, 5, "Kursk", "RU", None),
    ("An Israeli strike killed at least 16 people at a school-turned-shelter in Nuseirat on Saturday, Gaza's "
     "civil defence said. More than 37,000 Palestinians have been killed in Gaza since October 2023.", "2024-06-23",
     16, None, "An Nuşayrāt", "PS", "2024-06-22"),
    ("At least 40 people were killed when the RSF shelled a market in El Fasher on Sunday, the Sudan Doctors "
     "Network said.", "2024-06-17", 40, None, "El Fasher", "SD", "2024-06-16"),
    ("Sudanese army warplanes bombed a market in Kabkabiya in North Darfur on Monday, killing more than 100 "
     "people, activists said.", "2024-06-20", 101, None, "Kabkābīyah", "SD", "2024-06-17"),
    ("Suspected Boko Haram insurgents killed 37 people in Mafa, Borno State, on Sunday night, police said.",
     "2024-06-17", 37, None, "Mafa", "NG", "2024-06-16"),
    ("M23 rebels shelled Sake on Wednesday, killing five civilians, Radio Okapi reported.", "2024-06-20", 5, None,
     "Sake", "CD", "2024-06-19"),
    ("A suicide car bomb exploded outside a cafe in Mogadishu's Hodan district on Friday, killing six people, "
     "police said.", "2024-06-22", 6, None, "Mogadishu", "SO", "2024-06-21"),
    ("A roadside bomb killed four soldiers near Beledweyne, Hiiraan region, on Monday, a military officer said.",
     "2024-06-20", 4, None, "Beledweyne", "SO", "2024-06-17"),
    ("A car bomb exploded in Manbij on Monday, killing 20 people, most of them women farm workers, the civil "
     "defence said.", "2024-06-20", 20, None, "Manbij", "SY", "2024-06-17"),
    ("Houthi shelling killed a child and wounded three others in Taiz on Sunday, local officials said.",
     "2024-06-17", 1, 3, "Taiz", "YE", "2024-06-16"),
    ("Gunmen killed 11 people at a bar in Irapuato, Guanajuato, on Saturday night, local authorities said.",
     "2024-06-17", 11, None, "Irapuato", "MX", "2024-06-15"),
    ("A suicide bomber blew himself up at the railway station in Quetta on Saturday, killing at least 26 people, "
     "police said.", "2024-11-10", 26, None, "Quetta", "PK", "2024-11-09"),
    ("On 12 June, an airstrike hit a residential building in Deir al Balah, killing 14 people, including six "
     "children, OCHA reported.", "2024-06-14", 14, None, "Dayr al Balaḩ", "PS", "2024-06-12"),
    ("MSF strongly condemns the attack on 3 June on the Saudi hospital in El Fasher, in which two people were "
     "killed and 14 injured.", "2024-06-05", 2, 14, "El Fasher", "SD", "2024-06-03"),
    ("Human Rights Watch said Russian forces used a guided aerial bomb to strike a Kharkiv hypermarket on 25 May, "
     "killing 19 civilians.", "2024-06-20", 19, None, "Kharkiv", "UA", "2024-05-25"),
    ("UNICEF said an airstrike on a school in Paletwa township in Chin State killed six children on 12 June.",
     "2024-06-20", 6, None, "Paletwa", "MM", "2024-06-12"),
    # liveblogs: a time, then the town on a line of its own or after the time
    ("10:42\nKherson\nA 58-year-old man was killed by Russian shelling on Thursday morning, the regional military "
     "administration said.", "2024-06-20", 1, None, "Kherson", "UA", "2024-06-20"),
    ("14:05 Kharkiv\nRussian guided bombs hit an industrial area of the city, injuring nine people, mayor Ihor "
     "Terekhov said.", "2024-06-20", None, 9, "Kharkiv", "UA", "2024-06-20"),
    ("Zaporizhzhia, 09:15\nTwo people were injured when a Russian drone hit a car on the outskirts of the city, "
     "governor Ivan Fedorov said.", "2024-06-20", None, 2, "Zaporizhzhya", "UA", "2024-06-20"),
    # Sudan Tribune's dateline and outlet, MSF's statement a day later, a toll that rose
    ("Khartoum - Sudan Tribune\nAt least 20 civilians were killed on Saturday when the RSF shelled the Karari "
     "locality of Omdurman, medics said.", "2024-06-23", 20, None, "Omdurman", "SD", "2024-06-22"),
    ("Medecins Sans Frontieres said on Wednesday that mortar shells struck the Bashair hospital in Khartoum on "
     "Tuesday, killing four patients.", "2024-06-19", 4, None, "Khartoum", "SD", "2024-06-18"),
    ("The death toll from Saturday's Israeli strike on the al-Mawasi area of Khan Younis has risen to 90, the Gaza "
     "health ministry said on Sunday.", "2024-07-14", 90, None, "Khān Yūnis", "PS", "2024-07-13"),
    ("Gunmen on motorbikes killed 19 people in Zurmi local government area of Zamfara State on Tuesday, the police "
     "said.", "2024-06-20", 19, None, "Zurmi", "NG", "2024-06-18"),
    ("Unknown gunmen shot dead three members of a family in Culiacan, Sinaloa, on Wednesday night, the state "
     "prosecutor's office said.", "2024-06-20", 3, None, "Culiacán", "MX", "2024-06-19"),
])
def test_reports_from_many_wars_and_outlets(text, published, killed, injured, name, country, day):
    found = lead(text, published)
    got = (found.killed.best if found.killed else None, found.injured.best if found.injured else None,
           found.place.name, found.place.country)
    assert got == (killed, injured, name, country)
    if day:
        assert str(found.when.start) <= day <= str(found.when.end)
