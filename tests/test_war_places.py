"""The lead incident's place in war reports, by class (issue 11): reports written for these tests in
several outlets' styles, about several conflicts, where the place is a town no country is named
beside, a local government area, or a camp or town outlets spell otherwise than GeoNames."""

import pytest

from harmledger.extract import extract


def place(text: str):
    found = next(m for m in extract(text, "2024-06-12") if not m.background and m.kind == "event").place
    return found and (found.name, found.country, found.precision)


@pytest.mark.parametrize("text, name, country", [
    ("Bandits attacked Kankara on Sunday night, killing 14 residents and abducting several others.", "Kankara", "NG"),
    ("Armed herdsmen killed 12 farmers in Bokkos, police said on Tuesday.", "Bokkos", "NG"),
    ("Nigerian troops repelled an attack on Damboa, killing 20 insurgents, the army said.", "Damboa", "NG"),
    ("The Sudanese army shelled Kadugli on Monday, killing nine civilians, activists said.", "Kadugli", "SD"),
    ("Hamas fighters fired rockets at Sderot, wounding two people, Israeli medics said.", "Sderot", "IL"),
    ("M23 rebels shelled Sake on Friday, killing six displaced people, local officials said.", "Sake", "CD"),
    ("Al-Shabaab fighters stormed a hotel in Kismayo, killing at least nine people, police said.", "Kismayo", "SO"),
])
def test_an_armed_group_or_army_says_which_countrys_town_is_meant(text, name, country):
    assert place(text)[:2] == (name, country)


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed 23 villagers in Shiroro LGA of Niger State, residents said.", "Kuta"),
    ("Bandits attacked three communities in Rafi Local Government Area, killing 11 people.", "Kagara"),
    ("Armed herders attacked Yelwata community in Guma LGA, Benue State, killing more than 100 people.", "Gbajimba"),
    ("Suspected herdsmen killed 15 people in Agatu, Benue State, on Sunday.", "Obagaji"),
    ("Gunmen killed 33 people in attacks on villages in Zangon Kataf, Kaduna State.", "Zonkwa"),
])
def test_a_nigerian_local_government_area_lies_at_its_headquarters(text, name):
    assert place(text) == (name, "NG", "near")


@pytest.mark.parametrize("text, name, country, precision", [
    ("An Israeli airstrike on Nur Shams camp killed four people late on Monday.", "Ţūlkarm", "PS", "near"),
    ("Israeli forces killed three Palestinians in a raid on the Far'a camp, the health ministry said.", "Ţūbās", "PS", "near"),
    ("Israeli troops shot dead two men in Aqabat Jabr camp on Thursday.", "Jericho", "PS", "near"),
    ("An Israeli drone strike on a car in Qalqilya killed two people.", "Qalqīlyah", "PS", "town"),
    ("RSF shelling of Um Rawaba in North Kordofan killed 12 people.", "Umm Ruwaba", "SD", "town"),
    ("RSF fighters stormed Al-Managil, killing 10 civilians, activists said.", "Al Manāqil", "SD", "town"),
    ("US and British strikes on Hodeidah port killed at least six people, Houthi-run media said.", "Al Ḩudaydah", "YE", "town"),
])
def test_camps_and_towns_as_outlets_spell_them(text, name, country, precision):
    assert place(text) == (name, country, precision)


@pytest.mark.parametrize("text, name, admin1", [
    ("On June 10, at 08:20, the enemy attacked the territory of Velykopysarivska hromada with a drone. A 55-year-old "
     "man was wounded, the Sumy Regional Military Administration reported.", "Velyka Pysarivka", "Sumy"),
    ("Russian troops dropped guided bombs on the Krasnopilska territorial community, killing 2 civilians.",
     "Krasnopillya", "Sumy"),
    ("Russian forces shelled the Bilopilska community with mortars; a woman was injured.", "Bilopillia", "Sumy"),
    ("Marhanetska hromada came under Russian artillery fire; one man was killed, the Dnipropetrovsk regional "
     "governor said.", "Marhanets", "Dnipropetrovsk"),
])
def test_a_hromada_named_by_its_adjective_lies_about_its_centre_not_at_the_regional_capital(text, name, admin1):
    found = next(m for m in extract(text, "2024-06-12") if m.kind == "event").place
    assert (found.name, found.admin1, found.precision) == (name, admin1, "near")
