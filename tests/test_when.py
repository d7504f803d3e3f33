"""Time expressions resolved against the publication date: the seed report's and common news forms."""

from datetime import date

import pytest

from harmledger.extract.when import document_when, resolve_when
from harmledger.text import split_sentences

MONDAY = date(2022, 6, 27)  # the seed report's publication day


def readings(text, published=MONDAY):
    return [(m.text, m.when.start.isoformat(), m.when.end.isoformat(), m.when.precision)
            for m in resolve_when(text, published)]


def seed_sentence(seed_text, phrase):
    return next(s.text for s in split_sentences(seed_text) if phrase in s.text)


@pytest.mark.parametrize(
    "phrase, expected",
    [
        ("Russian missile attack Monday", [("Monday", "2022-06-27", "2022-06-27", "day")]),
        ("such as one in March", [("in March", "2022-03-01", "2022-03-31", "month"),
                                  ("in April", "2022-04-01", "2022-04-30", "month")]),
        ("fired rockets that killed two people", [("overnight", "2022-06-26", "2022-06-27", "day")]),
        ("in the past day", [("in the past day", "2022-06-26", "2022-06-27", "day")]),
        ("forcing government troops out", [("in recent days", "2022-06-20", "2022-06-27", "week")]),
    ],
)
def test_seed_sentences(seed_text, phrase, expected):
    assert readings(seed_sentence(seed_text, phrase)) == expected


def test_seed_sunday_and_past_24_hours(seed_text):
    assert ("on Sunday", "2022-06-26", "2022-06-26", "day") in readings(seed_text)
    assert ("over the past 24 hours", "2022-06-26", "2022-06-27", "day") in readings(seed_text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("yesterday", ("yesterday", "2022-06-26", "2022-06-26", "day")),
        ("earlier today", ("earlier today", "2022-06-27", "2022-06-27", "day")),
        ("last Monday", ("last Monday", "2022-06-20", "2022-06-20", "day")),
        ("on Friday night", ("on Friday night", "2022-06-24", "2022-06-25", "day")),  # into Saturday's small hours
        ("last week", ("last week", "2022-06-20", "2022-06-26", "week")),
        ("earlier this month", ("earlier this month", "2022-06-01", "2022-06-27", "month")),
        ("last month", ("last month", "2022-05-01", "2022-05-31", "month")),
        ("in mid-September", ("in mid-September", "2021-09-01", "2021-09-30", "month")),
        ("in 2019", ("in 2019", "2019-01-01", "2019-12-31", "year")),
        ("in March 2014", ("in March 2014", "2014-03-01", "2014-03-31", "month")),
        ("On 14 August 2020,", ("14 August 2020", "2020-08-14", "2020-08-14", "day")),
        ("On Jan. 22 2019,", ("Jan. 22 2019", "2019-01-22", "2019-01-22", "day")),
        ("on March 25", ("March 25", "2022-03-25", "2022-03-25", "day")),
        ("on the 3rd of May", ("the 3rd of May", "2022-05-03", "2022-05-03", "day")),
        ("Monday, June 27, 2022", ("Monday, June 27, 2022", "2022-06-27", "2022-06-27", "day")),
        ("filed 2022-06-27", ("2022-06-27", "2022-06-27", "2022-06-27", "day")),
        ("on 14/08/2020", ("14/08/2020", "2020-08-14", "2020-08-14", "day")),
        ("on 6/13/2022", ("6/13/2022", "2022-06-13", "2022-06-13", "day")),
        ("On 13-14 March 2022,", ("13-14 March 2022", "2022-03-13", "2022-03-14", "day")),
        ("on the night of 26 to 27 June", ("26 to 27 June", "2022-06-26", "2022-06-27", "day")),
    ],
)
def test_common_forms(text, expected):
    assert readings(text) == [expected]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Around 15 March 2022 (month of), a group", date(2022, 3, 15), ("2022-03-01", "2022-03-15", "month")),
        ("Around 15 March 2023 (week of), Russian", date(2023, 3, 15), ("2023-03-12", "2023-03-15", "week")),
        ("Around 7 February 2024 (as reported), Ukrainian", date(2024, 2, 7), ("2024-02-01", "2024-02-07", "week")),
        ("Looting: Around 2 November 2022, Russian forces", date(2022, 11, 2), ("2022-10-30", "2022-11-02", "week")),
    ],
)
def test_acled_rough_dates_cover_the_day_and_never_run_past_publication(text, published, expected):
    (mention,) = resolve_when(text, published)
    assert (mention.when.start.isoformat(), mention.when.end.isoformat(), mention.when.precision) == expected


@pytest.mark.parametrize(
    "text",
    ["May God help us", "they march on", "next Friday", "killed 16 people", "version 1.5.2", "in the 1990s"],
)
def test_words_that_are_not_dates(text):
    assert readings(text) == []


def test_relative_expressions_need_a_publication_date():
    assert readings("on Monday overnight in March", None) == []
    assert readings("On 14 August 2020", None) == [("14 August 2020", "2020-08-14", "2020-08-14", "day")]


def test_offsets_point_into_the_text():
    text = "Officials said that overnight Russian shelling hit Kharkiv."
    (mention,) = resolve_when(text, MONDAY)
    assert text[mention.start:mention.end] == mention.text == "overnight"


def test_document_when_prefers_the_incident_sentence():
    text = "The mayor spoke on Tuesday. Shelling killed two people on Sunday in Kharkiv."
    when = document_when(text, MONDAY)
    assert (when.start, when.end) == (date(2022, 6, 26), date(2022, 6, 26))


def test_document_when_falls_back_to_any_date_then_publication():
    assert document_when("On 14 August 2020, about 20 people protested.", date(2020, 8, 14)).start == date(2020, 8, 14)
    assert document_when("Shelling hit the town.", MONDAY).start == MONDAY
    assert document_when("Shelling hit the town.", None) is None


def test_the_day_of_a_statement_dates_nothing():
    text = "A man robbed a massage parlor, police said Tuesday. It happened at 10:30 p.m. Monday."
    tuesday = date(2014, 1, 7)
    assert [m.of_statement for m in resolve_when(text, tuesday)] == [True, False]
    assert document_when(text, tuesday).start == date(2014, 1, 6)
