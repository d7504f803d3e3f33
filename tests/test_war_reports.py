"""Reports of the kind issue 11 lists, written for these tests (several outlets' styles, several
conflicts): each test is a class of phrasings, with more than one example."""

from datetime import date

import pytest

from harmledger.extract import extract
from harmledger.extract.when import UNDATED, YEAR_ASSUMED, dateline_day


def lead(text: str, published: str | None = None):
    return next(m for m in extract(text, published) if not m.background and m.kind == "event")


@pytest.mark.parametrize("text, day, assumed", [
    ("June 2 (Reuters) - A drone hit a bus station in Sumy, killing two people.", date(2026, 6, 2), True),
    ("KYIV, July 9 — Russian missiles struck the capital overnight.", date(2026, 7, 9), True),
    ("GAZA CITY, Gaza Strip, 9 March 2024 (AP) - An airstrike hit a house in Deir al-Balah.", date(2024, 3, 9), False),
    ("MAIDUGURI, Nigeria, Jan. 20 (Reuters) - Gunmen attacked a village in Borno State.", date(2026, 1, 20), True),
    ("KHARTOUM (AP) — Shelling hit a market in Omdurman.", None, False),
    ("In June 2 people died - the police said.", None, False),
])
def test_a_datelines_day_is_read_with_its_year_or_the_latest_before_today(text, day, assumed):
    assert dateline_day(text, date(2026, 11, 26)) == (day, assumed)


def test_a_dateline_dates_a_report_without_metadata_and_anchors_its_day_words():
    year = date.today().year
    mention = lead("KHERSON, Ukraine, March 3, 2024 (AP) — Russian shelling killed a woman in the city on Saturday, "
                   "the regional governor said.")
    assert (mention.when.start, mention.when.end) == (date(2024, 3, 2), date(2024, 3, 2))
    assert mention.warnings == []
    mention = lead("EL FASHER, Sudan, May 12 (Reuters) - Paramilitary shelling killed at least 15 people overnight.")
    assert mention.when.end.month == 5 and mention.when.end.day == 12 and mention.when.end.year <= year
    assert mention.warnings == [YEAR_ASSUMED]


def test_a_report_nothing_dates_warns_instead_of_guessing():
    mention = lead("Gunmen killed eight villagers in Gwoza, Borno State, police said.")
    assert mention.when is None and UNDATED in mention.warnings
    assert lead("Gunmen killed eight villagers in Gwoza, Borno State, police said.", "2024-01-20").warnings == []


@pytest.mark.parametrize("text, place", [
    ("KHARTOUM (AP) — RSF shelling of a camp for displaced people near El Fasher killed at least 15 civilians.", "El Fasher"),
    ("KYIV, July 9 — At least 11 people were killed when guided bombs hit a market in Kostiantynivka.", "Kostyantynivka"),
    ("MAIDUGURI, Nigeria — Gunmen killed 8 villagers in Gwoza, Borno State, overnight, the police said.", "Gwoza"),
])
def test_a_dateline_city_is_not_the_incident_place_when_the_text_names_another(text, place):
    assert lead(text, "2024-05-12").place.name == place
