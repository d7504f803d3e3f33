"""War reports from more conflicts and outlets (issue 11), written for these tests: saved pages
whose only date is the page's own stamp, capitals that speak for their governments, regions
told before or around the town they hold, towns of eastern Congo and Myanmar, towns a report
names with no country, and bombs planted rather than dropped. Each test is a class of phrasings."""

from datetime import date

import pytest
from war_fixtures import days_of, lead_published, place_of

from harmledger.extract import extract
from harmledger.extract.classify import classify
from harmledger.extract.when import UNDATED, dateline_day


lead = lead_published("2024-06-25")


def where(text: str, published: str = "2024-06-25") -> tuple[str, str | None, str, str]:
    """The lead incident's place as (name, admin1, country, precision)."""
    return place_of(lead(text, published), ("name", "admin1", "country", "precision"))


@pytest.mark.parametrize("text, day", [
    ("By Reuters\nJune 3, 2024 4:31 PM GMT+3 Updated 2 hours ago\nGunmen killed 12 people in Plateau State.",
     date(2024, 6, 3)),
    ("By Reuters\nJune 3, 20244:31 PM GMT+3Updated ago\nGunmen killed 12 people in Plateau State.", date(2024, 6, 3)),
    ("Published On 12 Jun 2024\nIsraeli strikes on Nuseirat killed 20 people, medics said.", date(2024, 6, 12)),
    ("Wed 12 Jun 2024 14.30 BST\nA Russian missile killed three people in Dnipro, officials said.", date(2024, 6, 12)),
    ("Drone attack kills five in El Fasher\nUpdated: 03.06.2024 17:05\nAn RSF drone struck a market in El Fasher.",
     date(2024, 6, 3)),
])
def test_a_pages_stamp_dates_a_report_without_metadata_or_dateline(text, day):
    assert dateline_day(text, date(2026, 11, 26)) == (day, False)
    mention = lead(text, None)
    assert mention.when is not None and mention.when.end == day and UNDATED not in mention.warnings


def test_a_figure_or_a_date_in_the_body_is_no_page_stamp():
    assert dateline_day("Gunmen killed 12 people.\n2024 was the deadliest year in Plateau State.", date(2026, 11, 26)) == (None, False)
    assert dateline_day("On June 3, 2024 gunmen killed 12 people in Plateau State.", date(2026, 11, 26)) == (None, False)


@pytest.mark.parametrize("text, place", [
    ("Moscow said its forces had struck military targets, while Kyiv said a Russian missile killed three civilians "
     "in the Kharkiv region town of Kupiansk.", "Kupyansk"),
    ("Kyiv says a Russian glide bomb killed two people in Kramatorsk on Tuesday.", "Kramatorsk"),
    ("Moscow said a Ukrainian drone attack killed two people in Belgorod, while Kyiv said Russian shelling killed a "
     "man in Kherson.", "Belgorod"),
    ("Abuja said troops killed 30 insurgents near Bama, Borno State, in an operation on Sunday.", "Bama"),
])
def test_a_capital_that_speaks_is_its_government_not_the_place(text, place):
    assert lead(text).place.name == place


@pytest.mark.parametrize("text, place", [
    ("The Myanmar military bombed a monastery in Sagaing's Kanbalu township, killing 4 people, residents said.",
     ("Kanbalu", "Sagaing", "MM", "town")),
    ("Junta jets bombed a village in Chin State's Mindat township, killing nine people, residents said.",
     ("Mindat", "Chin", "MM", "town")),
    ("Russian artillery hit the Donetsk region city of Pokrovsk, killing four people, the regional governor said.",
     ("Pokrovsk", "Donetsk", "UA", "town")),
])
def test_a_region_told_before_its_town_or_township_holds_it(text, place):
    assert where(text) == place


@pytest.mark.parametrize("text, place, admin1", [
    ("Shelling hit a market in Minova on Thursday, killing six people, Radio Okapi reported.", "Minova", "Sud-Kivu"),
    ("M23 rebels seized Kanyabayonga after days of fighting; at least 10 civilians were killed, local officials said.",
     "Kanyobagonga", "Nord-Kivu"),
    ("Fighting between M23 and Wazalendo militias in Kitchanga killed four civilians, local sources said.",
     "Kitshanga", "Nord-Kivu"),
    ("The Arakan Army said junta airstrikes on Maungdaw killed 20 civilians.", "Maungdaw", "Rakhine"),
    ("An airstrike on Laukkaing killed five civilians, the Myanmar National Democratic Alliance Army said.",
     "Laukkaing", "Shan"),
    ("RSF fighters shelled Karari, in northern Omdurman, killing 11 people, the Sudan Doctors Network said.",
     "Omdurman", "Khartoum"),
    ("RSF troops stormed Hasaheisa in Gezira state, killing at least 30 civilians, activists said.",
     "Al Hasaheisa", "Al Jazirah"),
    ("An Israeli strike on tents in al-Mawasi killed 17 displaced Palestinians, the civil defence said.",
     "Khān Yūnis", "Gaza Strip"),
])
def test_towns_of_congo_myanmar_sudan_and_gaza_as_outlets_spell_them(text, place, admin1):
    assert where(text)[:2] == (place, admin1)


@pytest.mark.parametrize("text", [
    "Bombs fell on the Mugunga camp for displaced people west of Goma, killing 12, the army said.",
    "Two bombs hit the Lushagala camp, killing at least nine people, mostly women and children.",
])
def test_a_camp_for_displaced_people_beside_goma_is_near_goma(text):
    assert where(text)[::3] == ("Goma", "near")


@pytest.mark.parametrize("text, place, country", [
    ("Rescuers pulled two more bodies from the rubble of a five-storey building in Vilniansk, bringing the toll to "
     "nine.", "Vilnyansk", "UA"),
    ("The shelling started on the night of 12 to 13 June and killed six civilians in Vovchansk, the prosecutor's "
     "office said.", "Vovchansk", "UA"),
    ("Security forces said 15 soldiers died last Friday when their convoy hit a roadside bomb near Djibo.", "Djibo", "BF"),
    ("Unknown gunmen stormed Tillaberi overnight, killing seven people, a local official said.", "Tillabéri", "NE"),
])
def test_a_town_named_once_where_only_a_place_fits_in_a_report_naming_no_country(text, place, country):
    assert where(text, "2024-06-17")[::2] == (place, country)


@pytest.mark.parametrize("text, place, admin1", [
    ("Yesterday evening the occupiers shelled Beryslav; a 67-year-old man was killed.", "Beryslav", "Kherson"),
    ("A Shahed drone hit a house in Zolochiv overnight, injuring two people.", "Zolochiv", "Kharkiv"),
    ("Wednesday's strike, with S-300 missiles, destroyed a house in Vilniansk and killed two people.",
     "Vilnyansk", "Zaporizhia"),
])
def test_a_wars_own_words_and_weapons_say_where_the_report_is(text, place, admin1):
    assert where(text, "2024-06-17")[:2] == (place, admin1)


def test_a_surname_some_countries_share_as_a_town_is_not_taken_on_one_frame():
    assert all(m.place is None or m.place.name != "Bell" for m in extract(
        "Investigators said the suspect was arrested in Bell after a shooting that killed two men.", "2024-06-17"))


@pytest.mark.parametrize("text", [
    "Security forces said 15 soldiers died when their convoy hit a roadside bomb near Djibo, Burkina Faso.",
    "A pipe bomb exploded at a market in Maiduguri, killing two traders.",
    "A magnetic bomb attached to a car killed a Ukrainian officer in Kherson.",
])
def test_bombs_planted_by_a_road_or_on_a_car_are_ieds_not_airstrikes(text):
    found = classify(text)
    assert (found.weapon, found.sub_event_type) == ("IED/mine", "Remote explosive/landmine/IED")


@pytest.mark.parametrize("text, start, end", [
    ("A week after the RSF attack on Wad al-Noura killed over 100 people, survivors are still searching for "
     "relatives.", date(2024, 6, 10), date(2024, 6, 10)),  # a week: seven days (war37)
    ("Ten days after a Russian missile hit a hospital in Kyiv, killing 2, doctors returned to work.",
     date(2024, 6, 7), date(2024, 6, 7)),
    ("Three days after gunmen killed 11 worshippers in Katsina State, the mosque reopened.",
     date(2024, 6, 14), date(2024, 6, 14)),
    # further on, "a week after" counts from the day the sentence told, not the report's
    ("Gunmen killed 12 people in Gusau, Zamfara State, on Sunday, a week after a similar attack in the area left "
     "20 dead.", date(2024, 6, 16), date(2024, 6, 16)),
])
def test_days_after_an_attack_opening_a_follow_up_count_back_from_the_report(text, start, end):
    assert days_of(lead(text, "2024-06-17")) == (start, end)


@pytest.mark.parametrize("text, start, end", [
    ("Heavy clashes in Khartoum on Saturday and Sunday killed at least 30 civilians, a doctors' group said.",
     date(2024, 6, 15), date(2024, 6, 16)),
    ("On Saturday night and early Sunday, Russian drones struck Odesa, killing one man.",
     date(2024, 6, 15), date(2024, 6, 16)),
])
def test_two_days_told_together_are_both(text, start, end):
    assert days_of(lead(text, "2024-06-17")) == (start, end)


@pytest.mark.parametrize("text, perpetrator, attribution", [
    ("JNIM militants killed dozens of civilians in Barsalogho, Burkina Faso, a security source said.", "JNIM", None),
    ("The Myanmar junta's airstrike killed 11 people in Sagaing region, according to the National Unity Government.",
     "Myanmar military", None),
    ("M23 rebels, backed by Rwanda, shelled Sake, killing 5 civilians, the Congolese army said.", "M23", None),
    ("Al-Shabaab fighters stormed a hotel in Kismayo, killing nine people, police said.", "Al-Shabaab", None),
    ("A drone attack blamed on Ukraine killed two people in Belgorod, governor Vyacheslav Gladkov said.",
     "Ukraine", "alleged"),
    ("Israel said it targeted a Hamas command centre in a school in Nuseirat; the Gaza civil defence said 30 people "
     "were killed.", "Israel", "claimed"),
])
def test_the_sides_of_more_wars_and_the_side_blamed_or_claiming(text, perpetrator, attribution):
    mention = lead(text)
    assert (mention.perpetrator, mention.attribution) == (perpetrator, attribution)


@pytest.mark.parametrize("text, speaker", [
    ("According to the head of the Kherson regional military administration, Oleksandr Prokudin, Russian troops "
     "shelled Bilozerka, killing a man.", "head of the Kherson regional military administration, Oleksandr Prokudin"),
    ("A spokesperson for the Palestinian Red Crescent said an Israeli drone strike killed 4 people in Jabalia.",
     "spokesperson for the Palestinian Red Crescent"),
    ("A spokesman for the Sudanese army said RSF shelling killed 20 people in El Obeid.", "spokesman for the Sudanese army"),
    ("The Russian governor of Belgorod region said a Ukrainian drone killed two people.",
     "Russian governor of Belgorod region"),
    ("The governor of Borno State said Boko Haram fighters killed 20 farmers in Gwoza.", "governor of Borno State"),
])
def test_a_spokesperson_or_head_speaks_with_the_body_they_serve(text, speaker):
    assert lead(text).killed.speaker == speaker
