"""Session 26's review of when.py's days of a named month, and slot_time.json's counted days of violence.

- "the 31st of last month" in December read as October 31 (two months back: the day fell back one more month where
  November lacked it); "the 30th of last month" in March as January 30. A day the month named lacks is no day: the
  mention tells that month.
- "the 25th of this month" on the 20th read as the previous month's 25th, "the 31st of this month" in November as
  October 31: a month named is never another month.
- "two days of shelling" .. "five days of fighting" were four copies of one phrase; now one, counted.
Each day case read wrongly on main a2ed52b.
"""

from datetime import date

import pytest

from harmledger.extract.when import resolve_when
from harmledger.model import When


def _readings(text: str, published: date) -> list[When]:
    return [m.when for m in resolve_when(text, published)]


@pytest.mark.parametrize("text, published, month", [
    ("Gunmen killed four farmers in the village on the 31st of last month, residents said.", date(2026, 12, 10),
     When(date(2026, 11, 1), date(2026, 11, 30), "month")),
    ("The strike on the 30th of last month killed six civilians, the health ministry said.", date(2026, 3, 10),
     When(date(2026, 2, 1), date(2026, 2, 28), "month")),
    ("Police said the raid took place on the 29th of the previous month.", date(2027, 3, 5),
     When(date(2027, 2, 1), date(2027, 2, 28), "month")),
    ("Residents said militiamen attacked the camp on the 31st of last month.", date(2026, 7, 2),
     When(date(2026, 6, 1), date(2026, 6, 30), "month")),
    ("The shelling on the 25th of this month killed three people, officials said.", date(2026, 11, 20),
     When(date(2026, 11, 1), date(2026, 11, 20), "month")),
    ("Gunmen attacked the convoy on the 31st of this month, the army said.", date(2026, 11, 28),
     When(date(2026, 11, 1), date(2026, 11, 28), "month")),
    ("A drone hit the market on the 22nd of the current month, the governor said.", date(2026, 4, 9),
     When(date(2026, 4, 1), date(2026, 4, 9), "month")),
])
def test_a_day_the_named_month_lacks_or_has_yet_to_reach_tells_that_month(text, published, month):
    assert _readings(text, published) == [month]


@pytest.mark.parametrize("text, published, day", [
    ("Gunmen killed four farmers in the village on the 30th of last month, residents said.", date(2026, 12, 10),
     date(2026, 11, 30)),
    ("The strike on the 28th of last month killed six civilians.", date(2026, 3, 10), date(2026, 2, 28)),
    ("The shelling on the 12th of this month killed three people.", date(2026, 11, 20), date(2026, 11, 12)),
    ("Militants struck the checkpoint on the 30th, police said.", date(2026, 12, 10), date(2026, 11, 30)),
])
def test_a_day_the_named_month_has_is_that_day(text, published, day):
    assert _readings(text, published) == [When(day, day, "day")]


@pytest.mark.parametrize("text, published, first", [
    ("Two days of Russian shelling killed nine people in Kherson, the governor said.", date(2026, 5, 8),
     date(2026, 5, 6)),
    ("3 days of fighting in the town left 40 dead, medics said.", date(2026, 5, 8), date(2026, 5, 5)),
    ("Four days of air strikes on the camp killed 17, activists said.", date(2026, 5, 8), date(2026, 5, 4)),
    ("Five days of clashes between the army and rebels killed 60.", date(2026, 5, 8), date(2026, 5, 3)),
])
def test_counted_days_of_violence_run_up_to_the_report(text, published, first):
    assert _readings(text, published) == [When(first, published, "day")]
