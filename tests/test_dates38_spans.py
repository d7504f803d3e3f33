"""What round dates38 added to extract.when, read sentence by sentence: a span over a month's end, the week a day
opens, a part of a month, and holidays named after "the eve of", "hours before", "the day after"; and where each must
not fire."""

from datetime import date

import pytest

from harmledger.extract.when import resolve_when


def whens(text: str, published: date | None) -> list[tuple]:
    return [(m.when.start, m.when.end, m.when.precision) for m in resolve_when(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("Fighting raged from 29 June to 3 July 2016 around Wau.", date(2016, 7, 10),
     (date(2016, 6, 29), date(2016, 7, 3), "day")),
    ("Between March 30 and April 2, police recorded six shootings in the city.", date(2018, 4, 5),
     (date(2018, 3, 30), date(2018, 4, 2), "day")),
    ("Cambridge Police Daily Log: March 30-April 1, 2018", None, (date(2018, 3, 30), date(2018, 4, 1), "day")),
    # the year written once belongs to the last day; a first day after it fell the year before
    ("Clashes from 28 December to 3 January 2016 killed 12 in Ituri.", date(2016, 1, 5),
     (date(2015, 12, 28), date(2016, 1, 3), "day")),
    ("Between 30 December 2015 and 2 January 2016, Boko Haram raided three villages.", None,
     (date(2015, 12, 30), date(2016, 1, 2), "day")),
])
def test_a_span_over_a_months_end_runs_from_its_first_day_to_its_last(text, published, expected):
    assert expected in whens(text, published)


def test_a_span_longer_than_two_months_is_no_incidents_days():
    """"From 1 January to 30 June 2016" is a period a toll covers: each day read alone, as before."""
    found = whens("From 1 January to 30 June 2016, 120 civilians were killed in the region.", date(2016, 7, 15))
    assert (date(2016, 1, 1), date(2016, 6, 30), "day") not in found
    assert (date(2016, 1, 1), date(2016, 1, 1), "day") in found


@pytest.mark.parametrize("text, published, expected", [
    ("He will be tried during the week of Nov. 3.", date(2025, 11, 20), (date(2025, 11, 3), date(2025, 11, 9), "week")),
    ("Arrests were made in the week of 12 March 2018.", None, (date(2018, 3, 12), date(2018, 3, 18), "week")),
    # the week stops at publication, as every interval does
    ("Gunmen killed two men in the week of 12 June 2016.", date(2016, 6, 14),
     (date(2016, 6, 12), date(2016, 6, 14), "week")),
])
def test_the_week_of_a_day_is_the_week_it_opens(text, published, expected):
    assert whens(text, published) == [expected]


@pytest.mark.parametrize("text, published, expected", [
    ("The tournament is held the third week of July.", date(2017, 8, 1),
     (date(2017, 7, 15), date(2017, 7, 21), "week")),
    ("In the final week of April 2015, shelling killed 5 in Shyrokyne.", None,
     (date(2015, 4, 24), date(2015, 4, 30), "week")),
    ("During the first half of February 2016, 9 soldiers were killed.", None,
     (date(2016, 2, 1), date(2016, 2, 15), "month")),
    ("In the second half of February 2016, 9 soldiers were killed.", None,
     (date(2016, 2, 16), date(2016, 2, 29), "month")),
    ("In the last week of November, drones hit Sumy daily.", date(2026, 11, 28),
     (date(2026, 11, 24), date(2026, 11, 28), "week")),
])
def test_a_part_of_a_month_is_those_days(text, published, expected):
    assert whens(text, published) == [expected]


def test_a_week_not_of_a_month_dates_nothing():
    """"The shooting death last week of 13-month-old Elijah" names a child's age, not a month's week ("last week of"
    stays unread, as on main, for the month's week it usually opens)."""
    found = whens("Police arrested a suspect in the shooting death last week of 13-month-old Elijah Johnson.",
                  date(2017, 3, 15))
    assert found == []


@pytest.mark.parametrize("text, published, day", [
    ("Russian drones hit Odesa on the eve of Christmas Day, killing a guard.", date(2026, 12, 27), date(2026, 12, 24)),
    ("The day before Christmas, gunmen killed 14 villagers in Plateau state.", date(2026, 12, 27), date(2026, 12, 24)),
    ("The day after Christmas, a drone strike killed three fighters in Idlib.", date(2026, 12, 28), date(2026, 12, 26)),
    ("On Boxing Day, a shooting at a pub in Liverpool killed one man.", date(2026, 12, 28), date(2026, 12, 26)),
    ("Militants stormed a hotel in Mogadishu on the eve of the New Year.", date(2027, 1, 3), date(2026, 12, 31)),
    ("Exactly two weeks ago today, a bomb killed 9 in Quetta.", date(2026, 11, 28), date(2026, 11, 14)),
])
def test_a_holiday_or_a_day_counted_back_is_that_day(text, published, day):
    assert (day, day, "day") in whens(text, published)


def test_the_start_of_the_month_is_the_month_so_far():
    found = whens("At the beginning of the month, clashes killed 8 in Tawila.", date(2026, 12, 10))
    assert found == [(date(2026, 12, 1), date(2026, 12, 10), "month")]


@pytest.mark.parametrize("text, published", [
    ("Police are searching for two suspects wanted in a weekend shooting in Stanton.", date(2018, 3, 6)),
    ("Authorities released the names of the victim and suspect in a fatal weekend shooting outside a bar.",
     date(2018, 3, 7)),
    ("A man has been charged in connection with weekend gunfire that injured 5 people in Halifax.", date(2018, 3, 5)),
    ("Weekend violence left 31 people shot across Chicago, police said.", date(2018, 3, 5)),
])
def test_a_weekend_shooting_is_the_last_weekend(text, published):
    """US local news writes "a weekend shooting" without "the": the Saturday and Sunday before the report."""
    assert whens(text, published) == [(date(2018, 3, 3), date(2018, 3, 4), "week")]


@pytest.mark.parametrize("text, published, day", [
    # counted from publication where the main clause tells no day of its own
    ("Three days on from the strike that killed 11 in Kharkiv, the city is mourning.", date(2026, 11, 28),
     date(2026, 11, 25)),
    ("A week since gunmen killed 30 worshippers in Katsina, no arrests have been made.", date(2026, 11, 28),
     date(2026, 11, 21)),
    # from the day the main clause tells
    ("A week on from the missile strike on Ternopil, rescuers on Friday pulled two more bodies from the rubble.",
     date(2026, 11, 28), date(2026, 11, 20)),
])
def test_a_follow_up_opening_on_from_or_since_counts_back(text, published, day):
    assert (day, day, "day") == whens(text, published)[0]


@pytest.mark.parametrize("text, published, expected", [
    ("Police said the shooting happened on the Sunday before last.", date(2026, 11, 28),
     [(date(2026, 11, 15), date(2026, 11, 15), "day")]),
    # told on a Thursday, the Thursday before last is two weeks back
    ("The raid came on Thursday before last, residents said.", date(2026, 11, 26),
     [(date(2026, 11, 12), date(2026, 11, 12), "day")]),
    ("The bodies were found on Saturday or Sunday near Kidal.", date(2026, 11, 30),
     [(date(2026, 11, 28), date(2026, 11, 29), "day")]),
    ("Two police officers were shot a fortnight ago in Benin City.", date(2026, 11, 28),
     [(date(2026, 11, 11), date(2026, 11, 17), "week")]),
])
def test_weekdays_counted_further_back_or_told_as_either(text, published, expected):
    assert whens(text, published) == expected


def test_the_previous_morning_is_the_day_before_the_one_told():
    found = whens("The governor said on Wednesday that a drone had hit a bus the previous morning.", date(2026, 11, 28))
    assert (date(2026, 11, 24), date(2026, 11, 24), "day") in found


def test_the_previous_weekend_counts_from_the_day_a_source_spoke():
    """Told on Wednesday in Saturday's paper: the weekend before that Wednesday."""
    found = whens("Gunmen killed three farmers the previous weekend, police said on Wednesday.", date(2026, 11, 28))
    assert (date(2026, 11, 21), date(2026, 11, 22), "week") in found
