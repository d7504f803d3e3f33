"""A report's day says which front its namesakes are weighed by (``geo.fronts.fronts_on``).

Donetsk oblast has villages called Fedorivka, Vodiane and Kamianka both on the contact line of
2014-2022 (the Mariupol sector) and on the front since 2022 (Bakhmut, Vuhledar, Avdiivka): a report
of 2023 means the one on the front of its day, a report of 2018 the one on the old contact line.
"""

from __future__ import annotations

from datetime import date

import pytest

import harmledger
from harmledger.geo import find_places
from harmledger.geo.fronts import fronts_on

BOTH = frozenset({"donbas-2014", "ukraine-2022"})


def _first_place(text: str, day: date | None):
    return find_places(text, on=day)[0].place


def test_a_day_keeps_the_fronts_fought_on_that_day() -> None:
    assert fronts_on(BOTH, date(2018, 4, 5)) == {"donbas-2014"}
    assert fronts_on(BOTH, date(2022, 2, 23)) == {"donbas-2014"}
    assert fronts_on(BOTH, date(2022, 2, 24)) == {"ukraine-2022"}
    assert fronts_on(BOTH, date(2024, 3, 10)) == {"ukraine-2022"}
    assert fronts_on(BOTH, date(2010, 1, 1)) == frozenset()  # before any war on these lines


def test_an_unknown_day_keeps_every_front() -> None:
    assert fronts_on(BOTH, None) == BOTH
    assert fronts_on(frozenset(), date(2024, 3, 10)) == frozenset()


@pytest.mark.parametrize("text", [
    "Russian artillery hit Fedorivka in the Donetsk region on Monday, damaging a school, the regional governor said.",
    "Ukraine's General Staff said its troops repelled Russian assaults near Fedorivka, Donetsk Oblast, over the past day.",
])
def test_a_namesake_on_the_front_of_the_report_s_day(text: str) -> None:
    today = _first_place(text, date(2023, 5, 1))
    old_line = _first_place(text, date(2018, 6, 1))
    assert today.name == old_line.name == "Fedorivka"
    assert today.lat > 48.4  # the Bakhmut-Siversk front
    assert old_line.lat < 47.6  # the Mariupol sector of the 2014 contact line


def test_a_report_of_today_is_not_drawn_to_the_old_contact_line() -> None:
    text = "Ukrainian defenders repelled a Russian attack near Kamyanka in Donetsk region, the General Staff reported."
    assert _first_place(text, date(2023, 5, 1)).lat > 48.0  # by Avdiivka
    assert _first_place(text, date(2018, 6, 1)).lat < 47.6


def test_extraction_weighs_the_fronts_of_the_published_day() -> None:
    today = harmledger.extract("Russian troops shelled Vodyane in Donetsk oblast overnight, local officials reported.",
                               published="2023-05-01")
    before = harmledger.extract("NAF fighters fired grenade launchers at Ukrainian positions near Vodyane, Donetsk oblast,"
                                " the JFO press centre said.", published="2018-06-01")
    assert today[0].place.name == before[0].place.name == "Vodiane"
    assert today[0].place.lat > 47.6  # by Vuhledar, on today's front
    assert before[0].place.lat < 47.5  # by Shyrokyne, on the 2014 contact line
