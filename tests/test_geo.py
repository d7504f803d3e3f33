"""The gazetteer, toponym recognition and geocoding (harmledger.geo)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from harmledger.geo import distance_km, find_places, geocode, geocode_explain
from harmledger.model import Place

SHARED = Path(__file__).parents[1].parent / "shared" / "data"
SEED = SHARED / "seed" / "kremenchuk-2022-06-27.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason="the shared seed data (../shared/data) is not checked out")


def _km(place: Place, lat: float, lon: float) -> float:
    return distance_km(place, Place(None, "", None, None, lat, lon))


@pytest.mark.parametrize(
    "variants, lat, lon",
    [
        (["Kyiv", "Kiev"], 50.45, 30.52),
        (["Kharkiv", "Kharkov"], 49.98, 36.25),
        (["Odesa", "Odessa"], 46.48, 30.73),
        (["Sievierodonetsk", "Severodonetsk", "Siverskodonetsk"], 48.95, 38.49),
        (["Lysychansk", "Lisichansk"], 48.90, 38.43),
        (["Sloviansk", "Slavyansk", "Slovyansk", "Slov\"yans'k"], 48.87, 37.62),
        (["Kremenchuk", "Kremenchug"], 49.07, 33.42),
        (["Mykolaiv", "Nikolaev"], 46.97, 32.0),
        (["Zaporizhzhia", "Zaporozhye"], 47.84, 35.14),
        (["Dnipro", "Dnepropetrovsk"], 48.45, 34.98),
        (["Bakhmut", "Artemivsk"], 48.60, 38.0),
    ],
)
def test_spelling_variants_resolve_to_one_place(variants: list[str], lat: float, lon: float) -> None:
    for name in variants:
        place = geocode(name, country="UA")
        assert place is not None, name
        assert _km(place, lat, lon) < 25, (name, place)
        assert place.country == "UA" and place.precision == "town"


@pytest.mark.parametrize(
    "query, name, admin1, precision",
    [
        ("Donetsk city", "Donetsk", "Donetsk", "town"),
        ("Okhtyrka, Sumy Oblast", "Okhtyrka", "Sumy", "town"),
        ("Izyum (Kharkiv Region)", "Izyum", "Kharkiv", "town"),
        ("Irpen, Kyiv vicinity", "Irpin", "Kyiv", "town"),
        ("Poltava region", "Poltava", "Poltava", "region"),
        ("Kharkiv oblast", "Kharkiv", "Kharkiv", "region"),
        ("Kyiv - Shevchenkivskyi", None, "Kyiv City", "town"),
    ],
)
def test_query_forms(query: str, name: str | None, admin1: str, precision: str) -> None:
    place = geocode(query, country="UA")
    assert place is not None, query
    if name:
        assert place.name == name
    assert (place.admin1, place.precision) == (admin1, precision)


def test_a_lone_town_query_needs_no_country() -> None:
    # Free text drops a small town of a country it never names (surnames, words); a query
    # is known to name a place, so "Soledar" alone is the Donetsk town.
    place = geocode("Soledar")
    assert place is not None and (place.name, place.country, place.admin1) == ("Soledar", "UA", "Donetsk")


def test_a_country_named_in_the_text_does_not_pull_towns_towards_its_centre() -> None:
    # Two Krasnohorivkas: a town of 15,000 in Donetsk and a village of 900 in Poltava, 140 km
    # from Ukraine's conventional centre point. Naming Ukraine says nothing about which.
    found = find_places("Troops of Ukraine came under mortar fire near Krasnohorivka on Monday.")
    town = next(m for m in found if m.text == "Krasnohorivka")
    assert town.place.admin1 == "Donetsk"


def test_a_people_named_gives_the_focus_but_is_no_place() -> None:
    # A report that names no country but "Ukrainian positions" is about Ukraine: its small
    # towns count; without that word a 13,000-inhabitant town abroad reads as a surname, unless
    # written where only a place fits ("near Zolote": every Zolote is in Ukraine).
    found = find_places("Separatist fighters fired at Ukrainian positions near Zolote overnight.")
    assert [(m.text, m.place.country, m.place.admin1) for m in found] == [("Zolote", "UA", "Luhansk")]
    assert find_places("Separatist fighters fired at positions overnight, Zolote wrote.") == []
    assert [m.place.country for m in find_places("Separatist fighters fired at positions near Zolote overnight.")] == ["UA"]
    assert geocode("Ukrainian") is None


def test_a_namesake_by_the_other_places_named_wins() -> None:
    # Donetsk oblast has several villages called Vodiane; beside Avdiivka it is the one next to it.
    found = find_places("Shelling hit Avdiivka and nearby Vodiane, Donetsk region, on Monday.")
    avdiivka, vodiane = (next(m.place for m in found if m.text == name) for name in ("Avdiivka", "Vodiane"))
    assert distance_km(avdiivka, vodiane) < 25


@pytest.mark.parametrize(
    "text, name",
    [
        ("The suspect fled to Florida after the shooting in Tampa.", "Florida"),
        ("He moved to Maine last year, police in Chicago said.", "Maine"),
    ],
)
def test_a_bare_state_name_is_the_state_not_a_small_namesake(text: str, name: str) -> None:
    # Florida, New York has 2,800 people and Des Plaines is also called Maine: neither is what
    # a bare "Florida" or "Maine" means, while a bare "Kharkiv" is the city, not the oblast.
    place = next(m.place for m in find_places(text) if m.text == name)
    assert (place.name, place.precision, place.country) == (name, "region", "US")


def test_free_text_takes_a_small_town_only_by_its_own_name() -> None:
    # GeoNames lists "Jones" as an old name of Saint Bernice, Indiana: in a story from Indiana
    # the surname must not become that village (Jones, Oklahoma still bears the name itself).
    found = find_places("Tyrone Jones, 24, was shot on Main Street in Indianapolis, Indiana.")
    assert "Saint Bernice" not in {m.place.name for m in found}
    baltimore = find_places("Another man was shot in Baltimore City on Sunday.")
    assert [(m.place.name, m.place.admin1) for m in baltimore] == [("Baltimore", "Maryland")]


@pytest.mark.parametrize(
    "text, places",
    [
        ("A man was shot in Phoenix, Arizona on Sunday.", [("Phoenix", "Arizona"), ("Arizona", "Arizona")]),
        ("Police in Jackson, MS said two men were hurt.", [("Jackson", "Mississippi")]),
        ("Phoenix Jones was shot on Sunday.", []),  # a name, a bird, a company: not a place bare
        # a big city after a word that says where, no name going on from it (places47)
        ("A man was shot in Phoenix on Sunday.", [("Phoenix", "Arizona")]),
        ("Police in Houston said a man was shot.", [("Houston", "Texas")]),  # Police, Poland: no
        ("She hit a snow bank on Lehigh Street, Court records say.", []),  # a town is no area
    ],
)
def test_names_mostly_used_as_words_are_places_only_with_their_state(text: str, places: list) -> None:
    assert [(m.place.name, m.place.admin1) for m in find_places(text)] == places


def test_kremenchuk_is_the_poltava_city_not_yampil() -> None:
    place = geocode("Kremenchuk")
    assert place is not None
    assert (place.name, place.admin1) == ("Kremenchuk", "Poltava")


@pytest.mark.parametrize(
    "query, reason",
    [("", "empty"), ("   ", "empty"), ("x" * 10_000, "too long"), ("Кременчук", "Latin"),
     ("Zzyzqxville Nowhere", "no place"), (None, "empty"), ("21/03/2022", "no letters")],
)
def test_bad_input_is_none_with_a_reason(query, reason: str) -> None:
    place, why = geocode_explain(query)
    assert place is None
    assert reason in why


def test_find_places_on_empty_or_odd_text() -> None:
    assert find_places("") == []
    assert find_places("Кременчук, Полтавська область") == []
    assert isinstance(find_places("x" * 10_000), list)


@pytest.mark.parametrize(
    "text, surface, admin1",
    [
        ("OAKLAND, Calif. (AP) — A man was shot and killed on Sunday.", "OAKLAND", "California"),
        ("Two men were wounded in Maple Heights, Ohio, police said.", "Maple Heights", "Ohio"),
        ("A teenager was shot in Odessa, Texas, on Friday night.", "Odessa", "Texas"),
    ],
)
def test_us_places_resolve_to_the_state_city(text: str, surface: str, admin1: str) -> None:
    mention = next(m for m in find_places(text) if m.text == surface)
    assert (mention.place.country, mention.place.admin1) == ("US", admin1)


def test_us_place_queries() -> None:
    place = geocode("OAKLAND, Calif.")
    assert place is not None and (place.name, place.admin1) == ("Oakland", "California")


def test_datelines_are_flagged() -> None:
    for text, surface in [
        ("SLOVIANSK, Ukraine (AP) — Russian shelling killed two.", "SLOVIANSK"),
        ("OAKLAND — A man was shot.", "OAKLAND"),
        ("Sloviansk: Dozens were killed in Kremenchuk.", "Sloviansk"),
    ]:
        mentions = find_places(text)
        datelines = [m for m in mentions if m.is_dateline]
        assert datelines[0].text == surface
        assert all(m.end < 30 for m in datelines), "only the opening words are the dateline"
    assert not next(m for m in find_places("Sloviansk: Dozens were killed in Kremenchuk.") if m.text == "Kremenchuk").is_dateline


def test_admin_hints_and_relations() -> None:
    text = "Shelling hit the village of Katerynivka, Kharkiv region, and a house near Kramatorsk."
    by_text = {m.text: m for m in find_places(text)}
    assert by_text["Kharkiv region"].place.precision == "region"
    assert by_text["Kharkiv region"].is_qualifier
    assert by_text["Katerynivka"].place.admin1 == "Kharkiv"  # no such village there: the region, not a namesake
    assert by_text["Kramatorsk"].relation == "near" and by_text["Kramatorsk"].place.precision == "near"


def test_common_words_and_person_names_are_not_places() -> None:
    text = ("President Vladimir Putin and Volodymyr Zelenskyy spoke on Independence Day. "
            "Mayor Ivan Fedorov said downtown was calm in March; analyst Oleh Zhdanov spoke of Victory.")
    assert find_places(text) == []


@needs_seed
def test_seed_gold_places_are_found_within_25_km() -> None:
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
    incidents = gold["incidents"] if isinstance(gold, dict) else gold
    mentions = find_places(text)
    for incident in incidents:
        want = incident["place"]
        reach = 150 if want["precision"] == "country" else 25  # a country's point is only its middle
        near = [m for m in mentions if _km(m.place, want["lat"], want["lon"]) < reach]
        assert near, f"{want['name']} not found within {reach} km"


@needs_seed
def test_seed_dateline_is_sloviansk_and_only_it() -> None:
    mentions = find_places(SEED.read_text(encoding="utf-8"))
    datelines = [m for m in mentions if m.is_dateline]
    assert [(m.start, m.text) for m in datelines] == [(0, "Sloviansk")]
    kremenchuk = [m for m in mentions if m.text == "Kremenchuk"]
    assert kremenchuk and all(m.place.admin1 == "Poltava" and not m.is_dateline for m in kremenchuk)


@needs_seed
def test_offsets_point_into_the_text() -> None:
    text = SEED.read_text(encoding="utf-8")
    for m in find_places(text):
        assert text[m.start : m.end] == m.text


def test_exonyms_of_big_cities_are_found_without_a_country_named():
    [found] = find_places("About 1000 entrepreneurs demonstrated in Kiev, demanding lower taxes.")
    assert found.place.name == "Kyiv" and found.text == "Kiev"


# Villages under 500 inhabitants come from the GeoNames postal-code dump, transliterated
# from Ukrainian (official KMU 2010 and BGN/PCGN spellings). Points: the team's reading of a map.
@pytest.mark.parametrize(
    "query, admin1, lat, lon",
    [
        ("Robotyne, Zaporizhzhia region", "Zaporizhia", 47.44, 35.84),
        ("Mali Shcherbaky", "Zaporizhia", 47.55, 35.55),
        ("Novoiakovlivka, Zaporizhzhia", "Zaporizhia", 47.63, 35.51),
        ("Novoyakovlivka, Zaporizhzhia", "Zaporizhia", 47.63, 35.51),
        ("Krasne Pershe, Kharkiv", "Kharkiv", 49.95, 37.76),
        ("Mali Scherbaky, Zaporizhia", "Zaporizhia", 47.55, 35.55),
    ],
)
def test_postal_villages_resolve(query: str, admin1: str, lat: float, lon: float) -> None:
    place = geocode(query, country="UA")
    assert place is not None, query
    assert (place.country, place.admin1, place.precision) == ("UA", admin1, "town")
    assert _km(place, lat, lon) < 10, place


def test_village_spellings_official_and_press() -> None:
    from harmledger.geo.normalize import fold
    from harmledger.geo.postal import spellings

    assert spellings("Новояковлівка")[0] == "Novoiakovlivka"
    assert "Novoyakovlivka" in spellings("Новояковлівка")
    assert "Klischiivka" in spellings("Кліщіївка")
    assert {fold(s) for s in spellings("Верхньоторецьке")} == {"verkhnotoretske", "verkhnyotoretske"}
    assert spellings("Привілля")[0] == "Pryvillia" and "Pryvillya" in spellings("Привілля")
    # the words of a longer name are spelt by either table: the press mixes them
    assert {"Chervonyi Maiak", "Chervonyy Mayak", "Chervonyi Mayak"} <= set(spellings("Червоний Маяк"))


def test_hromada_centre_is_the_member_its_adjective_is_built_on() -> None:
    from harmledger.geo.codifier import _centre

    members = [("C", "Спірне"), ("C", "Сіль"), ("M", "Соледар")]
    assert _centre("Соледарська", members) == "Соледар"
    assert _centre("Лиманська", [("C", "Лиман"), ("M", "Лиман")]) == "Лиман"  # a tie goes to the city


def test_codifier_village_missing_from_geonames_is_placed_at_its_hromada_centre() -> None:
    # Spirne (Donetsk oblast, Soledar hromada): the postal dump holds it only at an estimated
    # point 55 km south-west; the codifier places it in the hromada around Soledar.
    place = geocode("Spirne, Donetsk", country="UA")
    assert place is not None and (place.name, place.admin1) == ("Spirne", "Donetsk")
    assert _km(place, 48.69, 38.07) < 25, place


def test_villages_in_free_text_need_the_document_to_support_them() -> None:
    [village, region] = find_places("Russian forces shelled near Robotyne, Zaporizhzhia region.")
    assert (village.text, village.place.admin1, village.place.precision) == ("Robotyne", "Zaporizhia", "near")
    assert region.is_qualifier
    # The same name in a report about somewhere else is not taken for the village.
    assert [m.text for m in find_places("Police in Dayton, Ohio, said Robotyne had left.")] == ["Dayton", "Ohio"]


def test_a_country_is_not_qualified_and_possessives_match() -> None:
    found = find_places("NAF forces fired on Military Forces of Ukraine's positions near Marinka.")
    assert [(m.text, m.place.precision) for m in found] == [("Ukraine", "country"), ("Marinka", "near")]
    text = "NAF forces fired on positions of Military forces of Ukraine near Novozvanivka."
    [country, village] = find_places(text)
    assert (country.place.precision, village.place.name) == ("country", "Novozvanivka")


def test_crime_news_words_are_not_places_abroad() -> None:
    text = "She said Mary and Sam Rodriguez parked the Toyota by Jefferson Inc. in Dayton, Ohio, on that date."
    assert [(m.text, m.place.country) for m in find_places(text)] == [("Dayton", "US"), ("Ohio", "US")]


def test_misspelt_towns_are_not_taken_for_villages() -> None:
    place = geocode("Adviika", country="UA")  # Avdiivka misspelt; a village Zaviika is closer by letters
    assert place is not None and _km(place, 48.14, 37.74) < 25, place


def test_short_alternate_names_are_not_places_in_free_text() -> None:
    text = "Law enforcement said Russian Mil Mi-28 helicopters dropped VOG grenades on Robotyne, Zaporizhzhia region."
    assert [m.text for m in find_places(text)] == ["Robotyne", "Zaporizhzhia region"]
    assert [m.place.name for m in find_places("A man was shot in Richmond, Va., police said.")] == ["Richmond", "Virginia"]


def test_of_namesakes_in_a_named_oblast_the_one_by_the_front_is_meant() -> None:
    # Sumy oblast has two villages called Vilne of equal size: one on the Russian border,
    # one 130 km inside. Russian shelling of Sumy region reaches the border villages.
    text = ("Russian forces shelled Vilne in the Sumy region overnight, the regional military "
            "administration said, damaging two houses and a power line.")
    vilne = next(m for m in find_places(text) if m.text == "Vilne")
    assert vilne.place.admin1 == "Sumy" and vilne.place.lon > 35.0


def test_front_reach_knows_the_line_from_the_rear() -> None:
    from harmledger.geo.fronts import front_reach
    from harmledger.geo.gazetteer import gazetteer

    gaz = gazetteer()
    reach = front_reach(frozenset({"ukraine-2022"}), gaz)
    town = {name: next(e for e in gaz.lookup(name) if e.country == "UA" and e.kind == "town")
            for name in ("kostiantynivka", "lviv", "poltava")}
    assert reach.near(town["kostiantynivka"])  # 25 km behind Bakhmut and Chasiv Yar
    assert not reach.near(town["lviv"]) and not reach.near(town["poltava"])


@pytest.mark.parametrize("text, town, state", [
    ("Two teens were shot in Boynton Beach on Friday. Boynton Beach police are asking for tips.",
     "Boynton Beach", "Florida"),
    ("A Palm Bay man was wounded in Palm Bay late Sunday, officers said.", "Palm Bay", "Florida"),
    ("Deputies with the county sheriff's office found the victim in Taunton on Tuesday.", "Taunton", "Massachusetts"),
    ("Two men were shot in Brockton, the police department said.", "Brockton", "Massachusetts"),
])
def test_local_us_news_places_its_town_without_naming_the_country(text, town, state) -> None:
    places = [(m.place.name, m.place.admin1) for m in find_places(text)]
    assert (town, state) in places


@pytest.mark.parametrize("text", [
    "Officer Mitchell Gardner said Shannon Bell was in Hunter's car when she was shot.",
    "Tracy Shannon told reporters in Mitchell's office that Bell had left.",
])
def test_a_name_written_once_as_a_place_abroad_is_not_enough(text) -> None:
    assert not {m.text for m in find_places(text)} & {"Mitchell", "Gardner", "Shannon", "Bell", "Hunter"}


@pytest.mark.parametrize("text, word", [
    ("Many people were hurt in Dallas.", "Many"),
    ("Several were shot in Houston on Friday.", "Several"),
    ("She said so in Dallas. Many were hurt.", "Many"),
    ('"Many of them ran," a witness in Houston said.', "Many"),
])
def test_a_common_word_opening_a_sentence_is_not_a_town(text, word) -> None:
    assert word not in {m.text for m in find_places(text)}


def test_a_common_word_opening_a_sentence_is_a_town_where_qualified() -> None:
    assert ("Mobile", "Alabama") in {(m.text, m.place.admin1) for m in find_places("Mobile, Alabama police said two died.")}


@pytest.mark.parametrize("text", [
    "The man was shot near Independence and Wabash avenues in Chicago.",
    "Officers closed Wabash and Michigan avenues in Chicago.",
    "He lives between the Wabash and State streets in Chicago.",
])
def test_plural_street_names_are_not_towns(text) -> None:
    assert "Wabash" not in {m.text for m in find_places(text)}


@pytest.mark.parametrize("text", [
    "He was shot in a Greater Eastwood home in Houston.",
    "Police patrol Greater Eastwood, a Houston neighborhood.",
])
def test_a_greater_area_is_not_the_town_of_its_name(text) -> None:
    assert "Eastwood" not in {m.text for m in find_places(text)}


@pytest.mark.parametrize("text, town", [
    ("Memphis police officers said the shooting happened just before 9 p.m.", "Memphis"),
    ("Tampa Police are investigating a shooting that left two teens hurt.", "Tampa"),
    ("A man was killed, Kharkiv police said on Monday.", "Kharkiv"),
])
def test_a_towns_police_are_where_the_town_is(text, town) -> None:
    assert town in {m.place.name for m in find_places(text)}


@pytest.mark.parametrize("text, state", [
    ("INDIANAPOLIS, Ind. (Nov. 9, 2015) -- Two men were shot.", "Indiana"),
    ("Mobile, Ala. (Nov. 2) -- A woman was hurt.", "Alabama"),
])
def test_a_town_after_a_state_does_not_qualify_it(text, state) -> None:
    assert {m.place.admin1 for m in find_places(text)} == {state}
