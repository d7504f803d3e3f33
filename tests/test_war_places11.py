"""Places of war reports that round 10 (tests/test_war_places10.py) left (issue 11): a Mexican state named alone
whose namesake city holds a small share of its people ("gunmen in Guanajuato") is the state; the neighbourhoods
of Port-au-Prince its gangs fight over, Omdurman's and Khartoum's localities, the displaced camps of El Geneina,
Zalingei and Maiduguri, which GeoNames' populated places lack, lie in or beside their city; Arauca's Puerto
Jordán has its own point. Reports written for
these tests in the styles of AP, Reuters, AFP, Radio Dabanga, Le Nouvelliste and Premium Times in translation or
in English. Towns are checked within 25 km of where they lie."""

import pytest
from war_fixtures import km_from, lead


@pytest.mark.parametrize("text", [
    # AP, Reuters, El Universal in translation: Guanajuato city holds under 2% of its state's people
    "Gunmen killed seven people at a bar in Guanajuato on Sunday night, the state prosecutor's office said.",
    "Suspected cartel gunmen opened fire at a party in Guanajuato, killing 11 people, officials said on Monday.",
    "Armed men burst into a drug rehabilitation centre in Guanajuato and shot dead 12 people, state security "
    "officials said.",
])
def test_a_state_named_alone_whose_city_is_small_beside_it_is_the_state(text):
    place = lead(text).place
    assert (place.name, place.country, place.precision) == ("Guanajuato", "MX", "region")


@pytest.mark.parametrize("text, lat, lon", [
    # a state capital with a share of its state's people is still what its bare name means
    ("Gunmen killed five people in Zacatecas on Sunday, police said.", 22.77, -102.58),
    # the city named with its state
    ("Gunmen killed 12 people at a bar in Irapuato, Guanajuato, on Saturday, officials said.", 20.67, -101.36),
    ("Gunmen killed four people in the city of Guanajuato on Friday, the municipal police said.", 21.02, -101.26),
])
def test_a_city_named_so_keeps_its_point(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text, lat, lon", [
    # AFP, Le Nouvelliste, AP: Port-au-Prince's neighbourhoods
    ("Gang members killed at least 15 people in Martissant overnight, residents said on Friday.", 18.54, -72.34),
    ("Members of the Village de Dieu gang attacked Solino on Tuesday, killing six people and burning homes, "
     "the National Human Rights Defense Network said.", 18.54, -72.34),
    ("At least 20 people were killed when gangs stormed Nazon on Monday, the UN said.", 18.54, -72.34),
    ("Police said four officers were killed in a gang ambush in Grand Ravine on Sunday.", 18.54, -72.34),
    ("Gunmen killed five people in Tabarre on Saturday, a local official said.", 18.54, -72.34),
    # Radio Dabanga, Reuters: Omdurman's and Khartoum's localities
    ("RSF shelling of Ombada killed 14 civilians on Tuesday, the Emergency Lawyers group said.", 15.64, 32.48),
    ("Artillery shells fell on a market in Um Badda, killing 21 people, volunteers said.", 15.64, 32.48),
    ("An air strike on Kalakla killed eight people on Sunday, a resistance committee said.", 15.55, 32.53),
    # Darfur's displaced camps beside El Geneina and Zalingei
    ("Militiamen stormed the Krinding camp for displaced people on Thursday, killing 12 people.", 13.45, 22.45),
    ("Gunmen attacked the Hassahissa camp on Sunday, killing three displaced people, the camp coordinator told "
     "Radio Dabanga.", 12.91, 23.47),
    ("Two displaced people were shot dead in Khamsa Dagaig camp on Monday, a camp leader said.", 12.91, 23.47),
    # Premium Times, Reuters: Maiduguri's camps and Zabarmari, and Kaura Namoda as outlets also spell it
    ("A suicide bomber killed five people at the Bakassi camp for displaced people on Sunday, police said.",
     11.85, 13.16),
    ("Two suicide bombers killed 16 people at the Dalori camp outside the city on Tuesday, the state emergency "
     "agency said.", 11.85, 13.16),
    ("Boko Haram fighters killed 43 rice farmers near Zabarmari on Saturday, the governor said.", 11.85, 13.16),
    ("Bandits killed nine villagers near Kauran Namoda on Wednesday, police in Zamfara said.", 12.59, 6.59),
    # El Tiempo in translation, Reuters: Arauca's Puerto Jordán, which GeoNames lacks (Spanish Wikipedia's point)
    ("ELN rebels attacked a police station in Puerto Jordán on Sunday, killing two officers, the army said.",
     6.69, -71.34),
    ("Two soldiers were killed when FARC dissidents detonated a car bomb in Puerto Jordan on Tuesday, the "
     "Colombian army said.", 6.69, -71.34),
])
def test_a_neighbourhood_or_camp_lies_in_or_beside_its_city(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25
