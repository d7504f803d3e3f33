"""Places of war and local reports (issue 11, round 25). Reports written for these tests in the styles of
Reuters, AP, AFP, Al Jazeera, WAFA and US local television; towns are checked within 25 km.

A town a report names no country for is still where it says when the text writes it as what an attack hit:
"a strike on the Nuseirat camp" as surely as "a strike on Nuseirat". A hospital or jail named for the area
it serves ("Palestine Regional Medical Center") is where the wounded were taken, not where anything happened,
and its "Regional" is no admin word; a city's or an oblast's regional hospital is still the city's."""

import pytest
from war_fixtures import km_from, lead

from harmledger.geo import find_places


@pytest.mark.parametrize("text, lat, lon", [
    # Al Jazeera, WAFA: a Gaza camp named with its article, no country named
    ("A drone strike on the Nuseirat refugee camp killed five people, including two children, Al-Awda Hospital "
     "said.", 31.45, 34.39),
    ("Israeli warplanes bombed the Bureij camp overnight, killing seven members of one family, medics said.", 31.44, 34.40),
    # AFP: a West Bank camp raided
    ("Troops raided the Tulkarm camp before dawn on Thursday, killing two young men, the health ministry said.",
     32.31, 35.03),
])
def test_a_place_struck_is_told_with_its_article(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


def test_the_article_does_not_make_a_word_a_place():
    """The frame still asks for a rare name that one country's towns alone bear: "the Hunter family" is a family."""
    text = "Gunmen attacked the Hunter family home on Sunday night, killing two people, police said."
    assert not [p for p in find_places(text) if p.text == "Hunter"]


@pytest.mark.parametrize("text, lat, lon", [
    # US local television: the victim flown to a regional hospital named for another town
    ("CROCKETT, Texas - A man was shot Saturday night and flown to Palestine Regional Medical Center, the "
     "Houston County Sheriff's Office said.", 31.32, -95.46),
    ("A woman was shot in the leg in Glasgow on Friday and taken to T.J. Samson Community Hospital; a teenager "
     "wounded with her went to Taylor Regional Hospital, Kentucky State Police said.", 37.00, -85.91),
])
def test_a_regional_hospital_is_not_the_place(text, lat, lon):
    assert km_from(lead(text).place, lat, lon) < 25


@pytest.mark.parametrize("text, name", [
    ("The victim was flown to Palestine Regional Medical Center in serious condition.", "Palestine"),
    ("The suspect was booked into Taylor Regional Jail on Monday.", "Taylor"),
    ("He was taken to Baxter Regional Medical Center, where he died.", "Baxter"),
])
def test_a_small_town_s_regional_facility_names_no_place(text, name):
    assert not [p for p in find_places(text) if p.text.startswith(name)]


@pytest.mark.parametrize("text, name, lat, lon", [
    # a city's regional hospital is the city's; a Ukrainian oblast's regional administration is the oblast's
    ("Three people were taken to Orlando Regional Medical Center after the shooting.", "Orlando", 28.54, -81.38),
    ("The Kharkiv Regional Military Administration said two people were wounded.", "Kharkiv", 49.6, 36.6),
    ("Russian drones struck the Kherson Regional Hospital on Tuesday, wounding two doctors.", "Kherson", 46.64, 32.61),
])
def test_a_big_town_s_facility_and_an_oblast_s_administration_stay(text, name, lat, lon):
    found = [p for p in find_places(text) if p.text.startswith(name)]
    assert found and km_from(found[0].place, lat, lon) < 100


@pytest.mark.parametrize("text, lat, lon", [
    # New York Daily News, AP: a borough GeoNames writes with its article, the press with a lower-case one
    ("Two teenagers were wounded by gunfire in the Bronx early Sunday, the NYPD said.", 40.85, -73.87),
    ("A man was shot dead outside a deli in the Bronx's Mott Haven neighborhood, police said.", 40.85, -73.87),
    # Reuters: the court's seat
    ("Lawyers for the victims of the shelling filed their case at the court in the Hague on Friday.", 52.08, 4.30),
])
def test_a_name_with_its_article_in_lower_case(text, lat, lon):
    found = [p for p in find_places(text) if not p.is_qualifier]
    assert found and km_from(found[0].place, lat, lon) < 25


def test_a_lower_case_article_before_a_word_stays_no_place():
    assert not find_places("Deputies searched the woodlands behind the school on Monday.")
