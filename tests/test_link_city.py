"""Several shootings in one city on one night: what keeps them apart, and what a late report is compared with."""

from datetime import date

from harmledger.link.index import Postings


def _city_cell(days: list[int]) -> Postings:
    """A city's grid cell: one incident a day on each of ``days`` (ordinal days from 1 January 2017)."""
    postings = Postings()
    start = date(2017, 1, 1).toordinal()
    for day in days:
        postings.append(start + day, f"shooting on day {day}")
    return postings


def test_a_key_offers_a_report_read_in_publication_order_its_latest_incidents():
    postings, start = _city_cell(list(range(0, 40))), date(2017, 1, 1).toordinal()
    day = start + 39
    assert postings.nearest(day - 120, day, day + 120, 3) == ["shooting on day 39", "shooting on day 38", "shooting on day 37"]


def test_a_key_offers_a_report_read_late_the_incidents_of_its_own_days_not_the_weeks_after():
    """A report from 3 January read after the city's shootings of the next weeks (a feed read late, a shuffled
    batch) is offered the shootings around its own day, as publication order would have offered it."""
    postings, start = _city_cell(list(range(0, 40))), date(2017, 1, 1).toordinal()
    day = start + 2
    offered = postings.nearest(day - 120, day, day + 120, 4)
    assert sorted(offered) == ["shooting on day 0", "shooting on day 1", "shooting on day 2", "shooting on day 3"]
