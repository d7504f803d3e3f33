"""Review 26 (places37's towns of a state named elsewhere): the day or month a town may be followed by
("in Appling on Saturday", "outside Danielsville Sunday night") is read in English from slot_time.json, whatever
the process's locale: calendar's names had followed ``setlocale``. A guard: in an English locale the
old names were the same."""

from harmledger.geo.places import _days_and_months

ENGLISH = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
           "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def test_the_days_and_months_a_town_may_be_followed_by_are_english_full_names():
    assert _days_and_months() == ENGLISH

