"""Session 22's war places: a wire dateline written with a double hyphen ("DAMASCUS (Xinhua) --") is where the
reporter sits, not the struck town; a port named with its town and governorate ("the Al-Salif port in Hodeidah
governorate") is the town's, not the governorate city's 60 km away; and villages and terminals GeoNames lacks
(Deir Kifa, Ras Isa) are listed at their own points, or else placed by the district the text names."""

import pytest
from war_fixtures import km_from, lead

from harmledger.geo.places import find_places


@pytest.mark.parametrize("text, dateline", [
    ("DAMASCUS (Xinhua) -- Two children were killed when a landmine exploded in a village in the Hama countryside, "
     "SANA reported.", "DAMASCUS"),
    ("KHARTOUM (Xinhua) -- At least 12 civilians were killed when a drone struck a market on Sunday.", "KHARTOUM"),
    ("GAZA (AP) -- An Israeli airstrike on a house killed seven people on Saturday.", "GAZA"),
])
def test_an_agency_dateline_with_a_double_hyphen_is_a_dateline(text, dateline):
    mention = next(p for p in find_places(text) if p.text == dateline)
    assert mention.is_dateline


@pytest.mark.parametrize("text, at", [
    ("KHARTOUM (Xinhua) -- At least 12 civilians were killed when a drone struck a market in the town of El Obeid in "
     "North Kordofan state on Sunday, a local official said.", (13.18, 30.22)),
    ("KYIV (Reuters) -- Russian missiles hit the city of Dnipro overnight, killing three people and wounding 20, the "
     "regional governor said.", (48.47, 35.04)),
    ("GAZA (AP) -- An Israeli airstrike on a house in the town of Beit Lahia in the northern Gaza Strip killed seven "
     "people on Saturday, the civil defence agency said.", (31.55, 34.50)),
])
def test_the_struck_town_wins_over_an_agency_dateline(text, at):
    assert km_from(lead(text).place, *at) < 25


@pytest.mark.parametrize("text, at", [
    ("US aggression airstrikes targeted the Salif port in Hodeidah governorate, killing two fishermen, Saba "
     "reported.", (15.31, 42.67)),
    ("US airstrikes hit the Ras Isa oil terminal in Hodeidah on Thursday, killing 38 people, the Houthi health "
     "ministry said.", (15.21, 42.68)),
    ("US and British jets struck the Al-Khawkhah port in Hodeidah governorate on Saturday, killing four fishermen, a "
     "local official told AFP.", (13.81, 43.25)),
    ("US airstrikes hit the Midi port in Hajjah province on Wednesday, killing a fisherman and wounding three, Houthi "
     "media said.", (16.32, 42.81)),
    ("Ukrainian drones struck the Ust-Luga port in Leningrad region overnight, setting a fuel terminal ablaze and "
     "injuring one worker, Governor Alexander Drozdenko said.", (59.67, 28.29)),
])
def test_a_port_is_placed_at_its_own_town(text, at):
    assert km_from(lead(text).place, *at) < 25


def test_a_facility_word_between_a_town_and_its_area_keeps_the_area_a_qualifier():
    places = find_places("Strikes targeted the Al-Salif port in Hodeidah governorate on Tuesday.")
    salif = next(p for p in places if p.text == "Al-Salif")
    assert (salif.place.country, salif.place.admin1) == ("YE", "al Hudaydah")
    assert km_from(salif.place, 15.31, 42.67) < 5


@pytest.mark.parametrize("text, at", [
    ("An Israeli drone strike hit a motorcycle in Deir Kifa, in the Tyre district, killing two men, the National "
     "News Agency reported.", (33.26, 35.40)),
    ("BEIRUT (AFP) — Israeli warplanes struck the outskirts of the village of Dayr Kifa on Monday, wounding three "
     "people, the health ministry said.", (33.26, 35.40)),
    ("BEIRUT (AFP) — An Israeli drone strike on a car in the village of Majdal Selm in the Marjayoun district killed "
     "two men on Tuesday, the state-run National News Agency said.", (33.36, 35.59)),
    ("BEIRUT (AFP) — An Israeli strike on a house in the village of Kfar Tebnit in Nabatieh province killed three "
     "people on Friday, the health ministry said.", (33.38, 35.48)),
])
def test_a_southern_lebanese_village_is_not_placed_at_the_beirut_dateline(text, at):
    place = lead(text).place
    assert place.name != "Beirut" and km_from(place, *at) < 25


@pytest.mark.parametrize("text, at", [
    ("JACKSON, Ga. (AP) -- Authorities say a teenager was killed and three other people were wounded in a shooting "
     "at a house party early Saturday. The Georgia Bureau of Investigation is leading the investigation.",
     (33.29, -83.97)),
    ("MONROE, La. (AP) -- A man was shot and killed outside a convenience store late Friday, and Louisiana State "
     "Police are investigating.", (32.51, -92.12)),
])
def test_a_us_agency_dateline_town_is_finer_than_its_state(text, at):
    assert km_from(lead(text).place, *at) < 25
