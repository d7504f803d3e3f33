"""War reports of an eleventh round (issue 11, session 17): a night told by its weekday ("on Monday night",
"late on Saturday night", "Sunday overnight") is the evening of that day and the small hours of the next, as
"the night of Monday" already was: an attack after midnight is told so too, and a report published the next
day often dates it by the next. Written for these tests in the styles of Reuters and AP wires, the Kyiv
Independent, Al Jazeera, Radio Dabanga and US local news. Guards keep "overnight Monday" and "overnight into
Monday" (the night that ends on Monday), a morning or an evening, and a night told in a report of that same
night. Days are checked as the first and last day the event may have happened on."""

from datetime import date

import pytest
from war_fixtures import days_of, lead

from harmledger.extract import extract


@pytest.mark.parametrize("text, published, start, end", [
    ("Russian drones struck an apartment block in Odesa on Monday night, killing two people and wounding "
     "eight, the regional governor said on Tuesday.", "2024-07-16", date(2024, 7, 15), date(2024, 7, 16)),
    ("Israeli air strikes on a house in Nuseirat late on Saturday night killed nine members of one family, "
     "medics said.", "2024-07-21", date(2024, 7, 20), date(2024, 7, 21)),
    ("The RSF shelled the Abu Shouk camp on Sunday overnight, killing five displaced people, the camp's "
     "coordination committee said.", "2024-07-23", date(2024, 7, 21), date(2024, 7, 22)),
    ("A 17-year-old was shot and killed Friday night at an apartment complex, police said.",
     "2016-05-02", date(2016, 4, 29), date(2016, 4, 30)),
])
def test_a_night_told_by_its_weekday_runs_into_the_next_day(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # the night that ends on the day named
    ("Russia attacked Kyiv with drones overnight Monday, killing one man, the city's military administration "
     "said.", "2024-07-17", date(2024, 7, 14), date(2024, 7, 15)),
    ("Russian missiles hit Dnipro overnight into Tuesday, killing three people, the governor said.",
     "2024-07-17", date(2024, 7, 15), date(2024, 7, 16)),
    # a part of the day that is no night
    ("A Russian glide bomb hit Kharkiv on Monday evening, killing a woman, the governor said.",
     "2024-07-17", date(2024, 7, 15), date(2024, 7, 15)),
    ("Gunmen killed 12 villagers in Zamfara on Sunday morning, police said.",
     "2024-07-17", date(2024, 7, 14), date(2024, 7, 14)),
    # told the same night: nothing reported happens after its report
    ("Two people were killed when a Russian missile hit Kharkiv on Wednesday night, the mayor said.",
     "2024-07-17", date(2024, 7, 17), date(2024, 7, 17)),
])
def test_other_nights_and_parts_of_a_day_keep_their_days(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published, start, end", [
    # the last or first days of a named month are a time within it, not a toll over the days up to the report
    ("In the last days of December, gunmen killed 14 villagers in Mangu, Plateau State, police said.",
     "2024-01-10", date(2023, 12, 1), date(2023, 12, 31)),
    # the last week of a month is its last seven days (round dates38)
    ("A Russian missile killed four people in Kharkiv in the last week of June, the regional governor said.",
     "2024-07-10", date(2024, 6, 24), date(2024, 6, 30)),
    ("During the last days of April, RSF fighters killed at least 30 civilians in the village of Wad al-Noura, "
     "a local rights group said.", "2024-05-20", date(2024, 4, 1), date(2024, 4, 30)),
])
def test_the_last_days_of_a_month_date_one_incident_in_it(text, published, start, end):
    assert days_of(lead(text, published)) == (start, end)


@pytest.mark.parametrize("text, published", [
    # the days up to the report stay a toll over them
    ("Russian strikes killed 40 civilians in the last week, officials said.", "2024-07-10"),
    ("Shootings over the past week killed 12 people in Chicago.", "2024-07-10"),
])
def test_the_days_up_to_the_report_stay_a_toll_over_them(text, published):
    assert extract(text, published)[0].kind == "aggregate"
