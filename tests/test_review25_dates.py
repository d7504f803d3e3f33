"""Session 25's review of when.py's round-26 spans, weekends and weekdays: each case read wrongly on f9a2806.

- "and" joined two separate days into a span ("Attacks on 12 May and 20 June"): only "between ... and" is one.
- "before last" read "the Sunday before last night's shooting" as the Sunday a week earlier.
- a named holiday's weekend ("the Memorial Day weekend shooting", "Easter weekend violence") was read as the last
  weekend before the report.
- "Thursday or Friday last week" was this week's Thursday and Friday with a separate "last week".
"""

from datetime import date

import pytest

from harmledger.extract.when import resolve_when
from harmledger.model import When


def _readings(text: str, published: date) -> list[tuple[str, When]]:
    return [(m.text, m.when) for m in resolve_when(text, published)]


def _day(day: date) -> When:
    return When(day, day, "day")


@pytest.mark.parametrize("text, published, days", [
    ("Attacks on 12 May and 20 June killed five people.", date(2018, 7, 1),
     [date(2018, 5, 12), date(2018, 6, 20)]),
    ("Militants struck the village on March 3 and April 9, killing 14 in all, the governor said.", date(2019, 5, 2),
     [date(2019, 3, 3), date(2019, 4, 9)]),
    ("Two separate raids, on 28 February and 3 March 2015, left 11 civilians dead.", date(2015, 4, 1),
     [date(2015, 2, 28), date(2015, 3, 3)]),
])
def test_and_between_two_dates_tells_two_days(text, published, days):
    """Two days joined by "and" without "between" are two days, not every day from the first to the second."""
    found = [when for _, when in _readings(text, published) if when.precision == "day"]
    assert found == [_day(day) for day in days]


@pytest.mark.parametrize("text, published, first, last", [
    ("Fighting between 28 February and 3 March 2015 killed 40 people.", date(2015, 4, 1),
     date(2015, 2, 28), date(2015, 3, 3)),
    ("Between May 30 and June 2, airstrikes killed 23 civilians in Idlib, monitors said.", date(2019, 6, 10),
     date(2019, 5, 30), date(2019, 6, 2)),
    ("Clashes from 30 May to 2 June 2018 left 17 dead.", date(2018, 6, 20), date(2018, 5, 30), date(2018, 6, 2)),
])
def test_between_and_or_to_is_still_a_span(text, published, first, last):
    assert When(first, last, "day") in [when for _, when in _readings(text, published)]


@pytest.mark.parametrize("text, published, day", [
    # Monday 2024-05-06: the Sunday before it, not a week earlier
    ("The two were last seen on Sunday before last night's shooting in Dayton that killed one man.",
     date(2024, 5, 6), date(2024, 5, 5)),
    ("Residents had fled on Friday before last year's offensive reached the town, killing dozens.",
     date(2024, 5, 6), date(2024, 5, 3)),
    ("The gunmen were seen in the market on Saturday before last weekend's raid in which nine died.",
     date(2024, 5, 6), date(2024, 5, 4)),
])
def test_before_last_night_or_year_is_no_week_back(text, published, day):
    assert _day(day) in [when for _, when in _readings(text, published)]


@pytest.mark.parametrize("text, published, day", [
    ("Police said the shooting happened on the Sunday before last.", date(2026, 11, 28), date(2026, 11, 15)),
    ("Gunmen killed 12 villagers in Benue on Thursday before last, police said.", date(2026, 11, 28),
     date(2026, 11, 19)),
])
def test_before_last_alone_is_still_a_week_back(text, published, day):
    assert _day(day) in [when for _, when in _readings(text, published)]


@pytest.mark.parametrize("text, published", [
    ("Police made an arrest in the Memorial Day weekend shooting in Dayton that killed two.", date(2024, 6, 19)),
    ("Easter weekend violence left four people dead across the city, police said.", date(2024, 4, 10)),
    ("Detectives are still looking for the gunman in a Labor Day weekend shooting on the South Side.",
     date(2024, 9, 20)),
    ("Chicago police released new details on a deadly July Fourth weekend shooting.", date(2024, 7, 20)),
    ("Officials reviewed the holiday weekend shootings that killed nine across the state.", date(2024, 12, 30)),
])
def test_a_named_holidays_weekend_is_not_the_last_weekend(text, published):
    """A holiday's or other named weekend is that holiday's, which the text does not date: not the last weekend."""
    saturday = published - date.resolution * ((published.weekday() - 5) % 7)
    assert all(when.start != saturday for _, when in _readings(text, published))


@pytest.mark.parametrize("text, published", [
    ("Police are searching for two suspects wanted in a weekend shooting in Stanton.", date(2018, 3, 6)),
    ("A weekend shooting in Akron left one man dead, police said.", date(2018, 3, 6)),
    ("Deadly weekend violence in Kano claimed six lives, police said.", date(2018, 3, 6)),
])
def test_a_weekend_shooting_is_still_the_last_weekend(text, published):
    assert When(date(2018, 3, 3), date(2018, 3, 4), "week") in [when for _, when in _readings(text, published)]


@pytest.mark.parametrize("text", [
    "Gunmen attacked the village on Thursday or Friday last week, killing six, residents said.",
    "Gunmen attacked the village late Thursday or early Friday last week, killing six.",
    "Strikes on Thursday and Friday last week killed six people in Kherson, officials said.",
])
def test_two_weekdays_last_week_are_last_weeks(text):
    """Told on Saturday 15 June 2024: 6-7 June, and no separate "last week"."""
    assert [when for _, when in _readings(text, date(2024, 6, 15))] == [When(date(2024, 6, 6), date(2024, 6, 7), "day")]
