"""Mends of review28b's findings in round places45 (geo.places): the lead incident's place where a country speaks of
what was done to it, and where a front is named by a town or an oblast.

1. A country that speaks is an actor (no place) only where it tells of its own armed action: "its" and an armed
   noun ("Russia said on Monday its forces had captured Kurakhove") or "it" and an attacking verb ("Israel said it
   struck ..."); a country hit or grieving ("Israel said it was hit by rockets", "Thailand said its soldiers were
   wounded") is where the text is.
2. "<oblast> front / front line / frontline / axis / direction" names the oblast (a region), which a town of the
   oblast named in the report outranks; a town's front ("the Bakhmut front"), Gaza's, Lebanon's and a front porch
   are places.

Each probe's expected place (the gazetteer's own entry, or the country or oblast where the report names no place the
gazetteer holds) was written down before the probe was run. Of the 29 probes, 25 were read wrong on main (11 of a
country that speaks, 14 of a front); 28 pass now, and one is a strict xfail, with the reason."""

import pytest
from test_places45_probes import PLACE_KM, lead
from war_fixtures import km_from


# Why a probe is still missed
UNLISTED_TOWN = ("the gazetteer has no 'Bulo Burte' (GeoNames writes Buulobarde), and Somalia telling of its own forces "
                 "is the actor, no place (as 'Russia said its forces ...'): the report names no place that is read")


def _miss(reason: str) -> pytest.MarkDecorator:
    return pytest.mark.xfail(strict=True, reason=reason)


# text, and the place: ("town", lat, lon), ("country", code) or ("region", country, admin1 code)
VICTIM_COUNTRIES = [
    ('Israel said it was hit by rockets fired from Lebanon, one of which killed two people in Nahariya.',
     ("town", 33.01, 35.1)),
    ('Israel said it was struck by a drone launched from Yemen that killed one person in Eilat.',
     ("town", 29.56, 34.95)),
    ('Israel says its civilians were killed when Hezbollah rockets hit Majdal Shams.',
     ("country", "IL")),
    ('Thailand said its soldiers were wounded by a landmine near Chong Chom on the Cambodian border.',
     ("country", "TH")),
    ('Chad said its soldiers were killed when Boko Haram fighters attacked an army post at Ngouboua on Lake Chad.',
     ("country", "TD")),
    ('Pakistan said its civilians were killed when Indian shelling hit villages in Poonch.',
     ("country", "PK")),
    ('Poland said it had found the wreckage of a drone that killed two farmers in Przewodow.',
     ("country", "PL")),
    ('Lebanon said its soldiers were killed when an Israeli strike hit an army post near Marjayoun.',
     ("town", 33.36, 35.59)),
    ('Russia said it was attacked by Ukrainian drones that killed two people in Belgorod.',
     ("town", 50.6, 36.58)),
]

ACTOR_COUNTRIES = [
    ('Russia said on Monday its forces had captured Kurakhove, where shelling killed three civilians, Ukrainian '
     'officials said.',
     ("town", 47.98, 37.28)),
    ('Israel said on Tuesday its jets struck Hezbollah targets in Nabatieh, where medics said seven people were '
     'killed.',
     ("town", 33.38, 35.48)),
    ('Russia claimed on Friday that its troops had taken Toretsk, where a drone killed two civilians, Ukrainian '
     'officials said.',
     ("town", 48.39, 37.85)),
    pytest.param('Somalia said its forces killed 30 al-Shabaab fighters near Bulo Burte.',
                 ("country", "SO"), marks=_miss(UNLISTED_TOWN)),
]

FRONTS = [
    ('Two Ukrainian soldiers were killed on the Bakhmut front on Tuesday, the brigade said.',
     ("town", 48.59, 38.0)),
    ('Russian shelling on the Pokrovsk front line killed three civilians, the regional governor said.',
     ("town", 48.28, 37.18)),
    ('Fighting on the Pokrovsk front killed three civilians in the town on Monday, the Donetsk governor said.',
     ("town", 48.28, 37.18)),
    ("Russia's defence ministry said its forces had repelled attacks on the Kupiansk front, killing 40 Ukrainian "
     'soldiers.',
     ("town", 49.71, 37.62)),
    ('Two Israeli soldiers were killed on the Gaza front on Tuesday, the military said.',
     ("town", 31.5, 34.47)),
    ('Hezbollah fired rockets at Israeli positions on the Lebanon front, wounding two soldiers.',
     ("country", "LB")),
    ('A man was shot dead on his Baltimore front porch late Sunday, police said.',
     ("town", 39.29, -76.61)),
    ('Two Ukrainian soldiers were killed on the Zaporizhzhia front, their brigade said.',
     ("region", "UA", "26")),
    ('A Russian drone struck a car on the Kherson front line, killing a volunteer, regional governor Oleksandr '
     'Prokudin said.',
     ("region", "UA", "08")),
    ('Russian troops attacked Ukrainian positions on the Kharkiv axis, killing two soldiers, the General Staff said.',
     ("region", "UA", "07")),
    ('Two Russian soldiers were killed on the Kursk front on Sunday, the regional governor said.',
     ("region", "RU", "41")),
    ('Russian troops fired artillery in the direction of Kherson, killing a man in the city.',
     ("town", 46.64, 32.61)),
    # a town of the oblast outranks the oblast's front
    ('On the Kherson axis, Russian artillery hit Tiahynka, wounding a woman.',
     ("town", 46.78, 33.06)),
    ('In the Kherson direction, Russian drones struck Bilozerka, killing a man.',
     ("town", 46.63, 32.44)),
    ('On the Kherson frontline, Russian shelling killed a man in Beryslav.',
     ("town", 46.84, 33.43)),
    ('On the Zaporizhzhia axis, a drone struck Piatykhatky, killing a soldier.',
     ("town", 47.59, 35.36)),
]


# the gazetteer's oblast points (the means of their places)
_OBLAST_POINTS = {("UA", "26"): (47.19, 35.5), ("UA", "08"): (46.55, 33.27), ("UA", "07"): (49.78, 36.47),
                  ("RU", "41"): (51.66, 35.97)}


def _read_as(place, expected) -> bool:
    kind, *where = expected
    if place is None:
        return False
    if kind == "town":
        return place.precision in ("town", "near") and km_from(place, *where) < PLACE_KM
    if kind == "country":
        return place.precision == "country" and place.country == where[0]
    country, code = where
    return place.precision == "region" and place.country == country and km_from(
        place, *_OBLAST_POINTS[country, code]) < PLACE_KM



def _ids(probes) -> list[str]:
    return [getattr(p, "values", p)[0][:40] for p in probes]


@pytest.mark.parametrize(("text", "expected"), VICTIM_COUNTRIES, ids=_ids(VICTIM_COUNTRIES))
def test_a_country_hit_is_where_the_text_is(text, expected):
    place = lead(text).place
    assert _read_as(place, expected), place


@pytest.mark.parametrize(("text", "expected"), ACTOR_COUNTRIES, ids=_ids(ACTOR_COUNTRIES))
def test_a_country_telling_of_its_own_attack_is_no_place(text, expected):
    place = lead(text).place
    assert _read_as(place, expected), place


@pytest.mark.parametrize(("text", "expected"), FRONTS, ids=_ids(FRONTS))
def test_a_front_is_its_town_or_its_oblast(text, expected):
    place = lead(text).place
    assert _read_as(place, expected), place
