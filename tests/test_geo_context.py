"""Places read from the whole document (issue 11): towns war reports name that GeoNames' populated
places lack, admin areas named since GeoNames' names were taken, US namesakes told apart by the
state the text names anywhere, towns written as people, and neighbourhoods named without their
city. Every report here was written for these tests, in several outlets' styles."""

import pytest

from harmledger.geo import find_places


def places(text: str) -> list[tuple[str, str | None, str]]:
    return [(m.place.name, m.place.admin1, m.place.country) for m in find_places(text)]


def named(text: str) -> set[str]:
    return {m.text for m in find_places(text)}


@pytest.mark.parametrize("text, name, admin1, country", [
    ("EL FASHER, Sudan (Reuters) - Thousands who fled the city reached Tawila on foot, aid workers said.",
     "Tawila", "North Darfur", "SD"),
    ("Displaced families sheltering in Tawilah were hit by cholera, MSF said.", "Tawila", "North Darfur", "SD"),
    ("RSF drones struck Jebel Aulia, south of the capital, killing seven civilians.", "Jebel Aulia", "Khartoum", "SD"),
    ("Fighting flared around Jabal Awliya on Tuesday as the army advanced.", "Jebel Aulia", "Khartoum", "SD"),
    ("Activists said the paramilitary shelled Wad al-Noura, a village in Gezira, before storming it.",
     "Wad al-Noura", "Al Jazirah", "SD"),
    ("The Wad Al-Noora massacre left more than 100 villagers dead, the resistance committee said.",
     "Wad al-Noura", "Al Jazirah", "SD"),
    ("Gunmen killed four traders on the road to Otukpo on Thursday, police in Benue said.", "Otukpo", "Benue", "NG"),
    ("Jihadists attacked Barsalogho, forcing residents who were digging trenches to flee.",
     "Barsalogho", "Centre-Nord", "BF"),
])
def test_a_town_geonames_lacks_is_placed_at_its_own_point(text, name, admin1, country):
    assert (name, admin1, country) in places(text)


@pytest.mark.parametrize("text, admin1", [
    ("Gunmen attacked Yelewata late on Friday and set market stalls alight.", "Benue"),
    ("Bandits raided Kuchi in Munya LGA of Niger State, abducting dozens of villagers.", "Niger"),
])
def test_a_village_without_a_known_point_lies_at_its_lgas_headquarters(text, admin1):
    found = [m.place for m in find_places(text)]
    assert any(p.admin1 == admin1 and p.country == "NG" and p.precision == "near" for p in found)


@pytest.mark.parametrize("text, admin1", [
    ("Miners clashed with police in Kolwezi on Monday.", "Lualaba"),
    ("A boat capsized on the river near Kisangani, local officials said.", "Tshopo"),
    ("Protesters blocked roads in Lubumbashi.", "Haut-Katanga"),
    ("Rebels attacked Kananga before dawn.", "Kasai-Central"),
    ("Authorities in Gbadolite, Nord-Ubangi province, imposed a curfew.", "Nord-Ubangi"),
    ("Fighting in Kabinda displaced hundreds.", "Lomami"),
])
def test_dr_congos_towns_lie_in_their_provinces_since_2015(text, admin1):
    assert admin1 in {admin for _, admin, country in places(text) if country == "CD"}


@pytest.mark.parametrize("text, province", [
    ("Cholera spread through Tshopo province, the health ministry said.", "Tshopo"),
    ("ADF fighters crossed into Haut-Uele province.", "Haut-Uele"),
    ("Floods hit Kongo Central.", "Kongo-Central"),
])
def test_dr_congos_post_2015_provinces_are_named(text, province):
    assert (province, province, "CD") in places(text)


@pytest.mark.parametrize("text, admin1", [
    ("Police in Gaborone, Botswana, arrested three men.", "Gaborone"),
    ("Gunmen killed two guards in Timimoun, Algeria.", "Timimoun"),
])
def test_an_area_named_after_its_seat_has_its_name(text, admin1):
    assert admin1 in {admin for _, admin, _ in places(text)}


@pytest.mark.parametrize("text, town, state", [
    # a state written inside an organisation's name, as an adjective, or after a county
    ("Two men were shot outside a Birmingham nightclub early Sunday and taken to UAB Hospital, "
     "an Alabama Trauma Center spokesman said.", "Birmingham", "Alabama"),
    ("A teenager was wounded in Columbia on Friday night, the Missouri State Highway Patrol said.",
     "Columbia", "Missouri"),
    ("ONSLOW COUNTY, N.C. (WITN) - Deputies said a man was shot in Jacksonville after an argument.",
     "Jacksonville", "North Carolina"),
    ("Troopers said a woman was killed in Springfield, where the Illinois State Police are investigating.",
     "Springfield", "Illinois"),
])
def test_a_us_namesake_is_the_one_in_the_state_the_text_names(text, town, state):
    assert (town, state, "US") in places(text)


@pytest.mark.parametrize("text, state", [
    ("LEBANON, Ohio (WCPO) - A man was shot at a Lebanon gas station on Tuesday.", "Ohio"),
    ("MEXICO, Mo. - Police said two people were wounded in Mexico late Saturday.", "Missouri"),
    ("Peru, Ind. - A shooting at a home in Peru left one man dead.", "Indiana"),
])
def test_a_country_named_town_qualified_by_its_state_is_the_town(text, state):
    found = places(text)
    assert all(country == "US" for _, _, country in found)
    assert state in {admin for _, admin, _ in found}


@pytest.mark.parametrize("text, names", [
    ("Investigator R.J. Hunter said the car was found abandoned in Columbus, Ohio.", {"Hunter"}),
    ("Deputies in Tulsa, Oklahoma, said Angela D. Harrison, 35, died at the scene.", {"Harrison"}),
    ("Quincy Lynch, 23, was charged with murder in Macon, Georgia, deputies said.", {"Quincy"}),
    ("Julian A. Johnson was arrested at his home in Dayton, Ohio, a police report shows.", {"Julian", "Johnson"}),
    ("A jury in Denver, Colorado, heard Mitchell testified he had fired in self-defence.", {"Mitchell"}),
    ("Lt. T.J. Murphy said troopers found a handgun on a highway near Amarillo, Texas.", {"Murphy"}),
    ("Sgt. J.D. Nelson of the sheriff's office in Oakland, California, said the man fled.", {"Nelson"}),
])
def test_a_town_written_as_a_person_is_not_a_place(text, names):
    assert not named(text) & names


@pytest.mark.parametrize("text", [
    "Police in Hayes, Louisiana, said the shooting happened late Friday.",
    "A woman was shot in Quincy, Massachusetts, police said.",
    "Bell police said the men were shot near a liquor store in Bell.",
])
def test_a_town_of_a_surnames_spelling_written_as_a_place_stays_a_place(text):
    assert find_places(text)


@pytest.mark.parametrize("text, city", [
    ("CHICAGO (WLS) -- Two teenagers were shot in the Austin neighborhood on the city's West Side.", "Chicago"),
    ("Chicago police said a man was killed in the Lawndale neighborhood late Friday.", "Chicago"),
])
def test_a_neighbourhood_named_without_its_city_lies_in_the_city_the_text_tells_of(text, city):
    found = find_places(text)
    assert {m.place.name.split(" - ")[0] for m in found} == {city}
    assert any(m.place.name == f"{city} - {m.text}" for m in found)


def test_a_neighbourhood_of_its_own_name_by_the_city_the_text_tells_of_stays_itself():
    found = find_places("Russian glide bombs hit the Saltivka neighbourhood overnight, Kharkiv's mayor said.")
    assert {m.text for m in found} == {"Saltivka", "Kharkiv"}
    assert {m.place.admin1 for m in found} == {"Kharkiv"}


def test_a_name_inside_an_organisations_name_is_not_a_place():
    text = "A man was shot in Trenton, New Jersey. Copyright 2016 WSMV (Meredith Corporation). All rights reserved."
    assert named(text) == {"Trenton", "New Jersey"}


def test_a_listed_name_in_a_text_with_no_country_is_only_the_place_it_was_listed_for():
    # "Kuchi" is listed for the Nigerian village; its Ukrainian namesake needs a text about Ukraine
    assert not find_places("Kuchi nomads clashed with Hazara villagers over grazing land.")
