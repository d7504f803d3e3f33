"""Several shootings in one city on one night: what keeps them apart, and what a late report is compared with."""

from datetime import date, timedelta

from harmledger.link.features import Side, match_probability, threshold
from harmledger.link.fingerprint import fingerprint
from harmledger.link.index import Postings
from harmledger.model import Mention, Place

AUSTIN = (41.894, -87.765)


def _austin_report(day: str, title: str, text: str) -> Side:
    """A report placed at the Austin neighbourhood's point, as the geocoder places every report of it."""
    lat, lon = AUSTIN
    placed = Mention(kind="event", place=Place(None, "Chicago", "Illinois", "US", lat, lon))
    published = date.fromisoformat(day)
    return Side(fingerprint(text, [placed], title=title, published=published), 1, lat, lon, published - timedelta(days=1), crowd=2)


AUGUSTA = _austin_report(
    "2016-07-05",
    "Man, 24, shot dead in Austin",
    "A 24-year-old man was shot and killed Monday night in the Austin neighborhood on the West Side, police said. "
    "Terrell Banks was standing on the sidewalk in the 5000 block of West Augusta Boulevard about 10:40 p.m. when someone in a passing "
    "car opened fire, striking him in the chest, according to police. He was pronounced dead at the scene. No one was in custody and "
    "Area North detectives were investigating.",
)
LOCKWOOD = _austin_report(
    "2016-07-05",
    "Man, 31, killed in Austin shooting",
    "A 31-year-old man was shot and killed late Monday in the Austin neighborhood on the West Side, police said. "
    "Marcus Reed was walking with a friend in the 300 block of North Lockwood Avenue about 11:15 p.m. when a gunman approached on foot "
    "and fired several shots, witnesses said. Reed was struck in the head and died at the scene. No one was in custody "
    "and Area North detectives were investigating.",
)
AUGUSTA_NAMED = _austin_report(
    "2016-07-06",
    "Victim of Augusta Boulevard shooting identified",
    "The man shot dead Monday night on West Augusta Boulevard in Austin has been identified as Terrell Banks, 24, of the Garfield Park "
    "neighborhood, the Cook County medical examiner's office said. Banks was hit in the chest by shots fired from a passing car. "
    "Relatives said he had just left a cousin's birthday party. Police have not announced any arrests.",
)


def test_two_shootings_one_night_in_one_neighbourhood_on_other_streets_stay_apart():
    """One outlet's two reports of one night share its words, its police area and the neighbourhood's point;
    each names its own street, which says they tell two shootings."""
    assert match_probability(AUGUSTA, LOCKWOOD) < threshold()


def test_the_next_days_report_naming_the_same_street_still_joins():
    assert match_probability(AUGUSTA, AUGUSTA_NAMED) > threshold()
    assert match_probability(LOCKWOOD, AUGUSTA_NAMED) < threshold()


def _city_cell(days: list[int]) -> Postings:
    """A city's grid cell: one incident a day on each of ``days`` (ordinal days from 1 January 2017)."""
    start = date(2017, 1, 1).toordinal()
    return Postings((start + day, f"shooting on day {day}") for day in days)


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


def test_a_report_read_late_is_compared_with_the_reports_published_by_its_day():
    """A 3 January report read after an incident's follow-ups of February is compared with that incident's
    January reports, as publication order would have compared it; an incident only later reports tell is
    compared whole (relinking moves it after the report)."""
    from harmledger.link.index import Member
    from harmledger.link.linker import _shown

    def report(name: str, day: str) -> Member:
        return Member(name, name, 1, *AUSTIN, date.fromisoformat(day), False, date.fromisoformat(day), True)

    told = [report("first report", "2017-01-02"), report("arrest", "2017-02-10"), report("court", "2017-02-20")]
    assert [m.id for m in _shown(told, date(2017, 1, 3))] == ["first report"]
    assert [m.id for m in _shown(told[1:], date(2017, 1, 3))] == ["arrest", "court"]
    assert _shown(told, date(2017, 3, 1)) == told
