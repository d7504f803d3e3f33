"""Dates of a third round (issue 11): a wire copy posted or crawled days after its dateline ("BEIRUT, July 9 (Reuters)
-" on a page dated July 20) dates its "on Tuesday" by the dateline, not by the page; and a weekday that is a first name
("the council chairman, Monday Kassah, said") dates nothing. Written for these tests in the styles of Reuters, AP,
AFP, Premium Times and Daily Trust, about Lebanon, Pakistan, Somalia, Yemen and Nigeria."""

from datetime import date

import pytest
from war_fixtures import days_of, lead

from harmledger.extract.when import anchor_day, resolve_when

PAGE_DAY = "2024-07-20"  # a Saturday; every dateline below lies before it


@pytest.mark.parametrize("text, day", [
    ("BEIRUT, July 9 (Reuters) - An Israeli drone strike on a car in southern Lebanon killed two people on Tuesday, "
     "Lebanese state media said.", date(2024, 7, 9)),
    ("PESHAWAR, Pakistan, July 12 (AP) — A suicide bomber rammed an explosives-laden vehicle into a military convoy "
     "in North Waziristan on Friday, killing eight soldiers, the military said.", date(2024, 7, 12)),
    ("SANAA, July 16 (Reuters) - An air strike on the port of Hodeidah killed six people on Monday, Houthi-run "
     "Al Masirah TV said.", date(2024, 7, 15)),
    ("MAIDUGURI, Nigeria, July 13 (AFP) - Suspected jihadists killed 11 farmers on Thursday near Gwoza, "
     "residents said.", date(2024, 7, 11)),
])
def test_a_weekday_is_the_datelines_not_the_page_s(text, day):
    assert days_of(lead(text, PAGE_DAY)) == (day, day)


def test_overnight_runs_up_to_the_dateline_s_day():
    text = ("MOGADISHU, July 11 (Reuters) - A car bomb exploded near a restaurant in Mogadishu overnight, killing at "
            "least five people, police said on Thursday.")
    assert days_of(lead(text, PAGE_DAY)) == (date(2024, 7, 10), date(2024, 7, 11))


@pytest.mark.parametrize("text, published, anchor", [
    # the dateline is the day the page was published
    ("KYIV, July 20 (Reuters) - A drone hit a car.", date(2024, 7, 20), date(2024, 7, 20)),
    # a dateline after the page's day, or weeks before it, is no wire copy's: the page's day stays
    ("KYIV, July 22 (Reuters) - A drone hit a car.", date(2024, 7, 20), date(2024, 7, 20)),
    ("KYIV, May 2 (Reuters) - A drone hit a car.", date(2024, 7, 20), date(2024, 7, 20)),
    # no dateline at all
    ("A drone hit a car in Kherson on Friday, the governor said.", date(2024, 7, 20), date(2024, 7, 20)),
    # a copy crawled a few days late
    ("GAZA, July 16 (Reuters) - A strike hit a school.", date(2024, 7, 20), date(2024, 7, 16)),
])
def test_the_anchor_is_a_recent_dateline_else_the_page_s_day(text, published, anchor):
    assert anchor_day(text, published, date(2026, 11, 26)) == (anchor, [])


def days_told(text: str) -> list[tuple[date, date]]:
    return [(m.when.start, m.when.end) for m in resolve_when(text, date(2024, 7, 20)) if not m.of_statement]


@pytest.mark.parametrize("text", [
    "Gunmen killed 17 people in Bokkos, the chairman of the council, Monday Kassah, told journalists.",
    "Sunday Abu, a farmer, was shot dead on his way to the market, his brother said.",
    "Local vigilante leader, Friday Musa, said the bandits had fled.",
])
def test_a_weekday_that_is_a_first_name_dates_nothing(text):
    assert days_told(text) == []


@pytest.mark.parametrize("text, day", [
    ("Gunmen Kill 17 Monday Night In Jos", date(2024, 7, 15)),
    ("Shelling Sunday Killed Three In Kherson", date(2024, 7, 14)),
    ("On Sunday Kyiv time the strike hit a power plant.", date(2024, 7, 14)),
    ("Friday Musa, the village head, said 12 people were killed on Thursday.", date(2024, 7, 18)),
])
def test_a_weekday_in_a_headline_or_after_on_still_dates(text, day):
    assert days_told(text)[0][0] == day


@pytest.mark.parametrize("text, days", [
    ("Twelve people were killed in clashes between the army and the RSF in El Obeid over the weekend, a local doctor "
     "said on Monday.", (date(2024, 7, 13), date(2024, 7, 14))),
    ("Gunmen killed 12 people in Zurmi yesterday, police said on Tuesday.", (date(2024, 7, 15), date(2024, 7, 15))),
    ("An air strike killed five people in Hodeidah two days ago, Houthi-run media said on Wednesday.",
     (date(2024, 7, 15), date(2024, 7, 15))),
    # with no day of the statement, the page's day counts
    ("Gunmen killed 12 people in Zurmi yesterday, police said.", (date(2024, 7, 19), date(2024, 7, 19))),
])
def test_relative_days_count_from_the_day_the_source_spoke(text, days):
    assert days_told(text)[0] == days


@pytest.mark.parametrize("text, days", [
    # a day counted back before the day the source spoke, told after it
    ("Two people were killed in an Israeli strike on a car near Tyre a day earlier, Lebanese media said on Friday.",
     (date(2024, 7, 18), date(2024, 7, 18))),
    ("Gunmen had killed 17 people in Zurmi the previous day, police said on Wednesday.",
     (date(2024, 7, 16), date(2024, 7, 16))),
    # told before it, as before
    ("Officials said on Wednesday that gunmen had killed 17 people the previous day.",
     (date(2024, 7, 16), date(2024, 7, 16))),
])
def test_a_day_earlier_counts_back_from_the_day_told(text, days):
    assert days_of(lead(text, PAGE_DAY)) == days


@pytest.mark.parametrize("text, days", [
    ("Twelve people were killed on 8/9 July when gunmen attacked the village of Kurmin Masara, police said.",
     (date(2024, 7, 8), date(2024, 7, 9))),
    ("Shelling on the night of 14/15 July 2024 killed two people in Nikopol, the governor said.",
     (date(2024, 7, 14), date(2024, 7, 15))),
])
def test_a_night_told_as_two_days_with_a_slash_runs_over_both(text, days):
    assert days_of(lead(text, PAGE_DAY)) == days
