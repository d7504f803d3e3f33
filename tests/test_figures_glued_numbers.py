"""A number glued to a date's or a time's separator is part of that date or time, never a count: "Russian
shelling on 14/07 killed two civilians" had read "07 killed" as seven dead (and opened a second incident),
"at 23:40 killed" forty dead. Written for these tests in wire, translated and US local-news styles."""

import pytest
from war_fixtures import lead_published, value


lead = lead_published("2024-07-15")


@pytest.mark.parametrize("text, killed", [
    ("Russian shelling on 14/07 killed two civilians in Kherson, the regional governor said.", 2),
    ("An Israeli strike on 13/07 killed 12 people sheltering in a school in Nuseirat, the civil defence said.", 12),
    ("Shelling of the market at 07:30 killed four traders in Omdurman, the emergency lawyers group said.", 4),
    ("A drive-by shooting at 11:45 wounded one man and killed another on Elm Street, police said.", 1),
])
def test_a_number_after_a_date_or_time_separator_is_no_count(text, killed):
    assert value(lead(text).killed) == killed


def test_a_count_after_a_date_with_a_year_stays():
    text = "Shelling on 14/07/2024 killed three people in Nikopol, the regional governor said."
    assert value(lead(text).killed) == 3
