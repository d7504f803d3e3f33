"""Two round-ups of a city's shootings published weeks apart tell two weekends, though they share the streets, the ages
and the words of their many victims as one shooting's reports do: Chicago's Labor Day weekend round-up and the round-up
three weeks later were one incident, which the Fuller Park triple shooting then joined through the later one."""

from datetime import date, timedelta

import pytest

from harmledger import extract
from harmledger.link.features import comparable, document_features, is_round_up
from harmledger.link.fingerprint import Fingerprint, fingerprint

LABOR_DAY_TITLE = 'Police: 8 killed, 46 wounded in Labor Day weekend shootings'
LABOR_DAY = "\n\n".join((
    'Eight people were killed and at least 46 others wounded in shootings across Chicago over Labor Day weekend, police said.',
    'The final shooting of the weekend turned fatal in the Old Irving Park neighborhood early Tuesday on the Northwest Side.',
    'A 31-year-old man got into a fight shortly after 3 a.m. in the 3300 block of North Keeler with someone who then pulled out a gun and shot him in the chest, according to Chicago Police. He was taken to Advocate Illinois Masonic Medical Center, where he later died, police said.',
    'Monday night, a 23-year-old man was shot and killed in the East Garfield Park neighborhood, police said.',
    'Deandre Myles was standing on a sidewalk in the 3100 block of West Fifth Avenue about 7:45 p.m. when someone walked up and shot him repeatedly, according to police and the Cook County medical examiner’s office.',
    'Myles, who lived in the 2000 block of West Maypole, was taken to Stroger Hospital, where he later died, authorities said.',
    'Sunday morning on the South Side, a woman was killed and a man wounded in an Englewood shooting.',
    'About 7:45 a.m., officers responded to a call of shots fired in the 7200 block of South Green and found two people shot. A 20-year-old woman was shot in the abdomen and pronounced dead at the scene, police said. Her name was withheld Tuesday morning pending family notification.',
    'A 34-year-old man was shot in the leg and taken in good condition to Advocate Christ Medical Center in Oak Lawn.',
    'A few hours earlier Sunday morning, a man was killed and another injured in a shooting on the Near West Side. They were standing outside about 2:30 a.m. in the 1100 block of West Randolph when a black van pulled up and someone inside opened fire, police said.',
    'Lavell Southern, 23, was shot multiple times in the back and taken to Stroger Hospital, where he was pronounced dead at 3:02 a.m., authorities said. He lived in the 8800 block of South Bennett.',
    'The other man, 24, suffered a gunshot wound to the upper left arm and was also taken to Stroger, where his condition stabilized, police said.',
    'About an hour earlier, a woman was shot to death in the Woodlawn neighborhood on the South Side, police said. Shaquandra Ratliff, 20, was shot in the head about 1:30 a.m. Sunday during an outdoor party in an alley in the 6100 block of South Cottage Grove, authorities said. Ratliff, who lived in the 6800 block of South Morgan, was taken to Northwestern Memorial Hospital where she was pronounced dead at 2:29 a.m., authorities said.',
    'Late Friday, two fatal drive-by attacks happened within 20 minutes of each other on the Southwest and West sides.',
))
WEEKEND_TITLE = '4 Killed, 53 Wounded In Weekend Shootings Across Chicago'
WEEKEND = "\n\n".join((
    'CHICAGO (STMW) — Four men were killed and at least 53 other people — including a 10-year-old girl — were wounded in shootings across Chicago between late Friday afternoon and Monday morning.',
    'The latest homicide happened Sunday afternoon in the North Lawndale neighborhood on the West Side.',
    'About 3 p.m., Quinton Dgoins, 25, was inside a car in the 3900 block of West Roosevelt Road when another car drove by and people from inside both cars began shooting at each other, according to Chicago Police and the Cook County medical examiner’s office.',
    'Dgoins, of the 3000 block of West Flournoy Street, was shot in the back and shoulder and taken to Mount Sinai where he was pronounced dead at 2:42 p.m., authorities said.',
    'Earlier Sunday, a man was shot to death in the Longwood Manor neighborhood on the South Side.',
    'Marcus Cox, 28, was standing outside about 4:20 a.m. in the 9600 block of South Morgan when someone fired shots in his direction, striking him in the abdomen, authorities said.',
    'Cox, who lived on the same block as the shooting, was taken to Advocate Christ Medical Center in Oak Lawn, where he was pronounced dead at 3:19 p.m., the medical examiner’s office said.',
    'About an hour earlier, a man was gunned down in the Pilsen neighborhood on the Lower West Side.',
    'Abraham Barrera, 23, and another man, 24, were driving in the 1100 block of West 18th Street about 3:20 a.m. when someone walked out of an alley and opened fire, authorities said. Both were shot in the head.',
    'Barrera, who lived in the 4100 block of West 58th Place, was taken to Mount Sinai Hospital, where he died at 5:33 a.m., authorities said. The 24-year-old was taken to Mount Sinai Hospital in critical condition.',
    'Investigators think the shooting was gang-related.',
    'The weekend’s first fatal shooting happened in a Bronzeville neighborhood apartment complex Saturday on the South Side.',
    'About noon, a 25-year-old man was arguing with a 34-year-old man inside the apartment in the 700 block of East 47th Street when the older man opened fire, police said.',
    'The younger man suffered three gunshot wounds and was taken to Stroger, where he was pronounced dead at 12:43 p.m., authorities said. Officials withheld his name Sunday.',
    'Police identified the shooter as Marvin Lee. He initially called for help saying the other man had broken into his home, but detectives determined they knew each other and had an altercation prior to the shooting.',
    'Lee, who lives on the block where the shooting happened, was charged with first-degree murder and was ordered held without bond Sunday. He is next scheduled to appear in court Monday.',
    'In the most recent non-fatal shooting, two men were shot early Monday in the Belmont Cragin neighborhood, prompting a brief police chase on the Northwest Side.',
    'The two men, ages 28 and 30, were both shot at 2:53 a.m. during argument with someone outside in the 5700 block of West Grand, police said. The 28-year-old was shot in the abdomen and was taken to Stroger Hospital, where his condition was stabilized, police said. The older man suffered multiple gunshot wounds to the back and was taken in serious condition to Loyola University Medical Center.',
    'When officers responded to the scene of the shooting, a male ran away and a foot chase ensued, police said. Shots were fired from police officers in the 2700 block of North Major, but no one was struck and the suspect was subsequently taken into custody. A weapon was recovered and charges were pending early Monday, police said.',
    'About midnight Monday, a man was shot in the West Elsdon neighborhood on the Southwest Side. The 23-year-old was standing outside in the 4000 block of West 55th Street when he heard gunfire and realized he’d been shot in the right thigh. He walked into Rush University Medical Center and was later transferred to Stroger Hospital, police said. His condition was stabilized.',
))
LABOR_DAY_PUBLISHED, WEEKEND_PUBLISHED = date(2015, 9, 5), date(2015, 9, 28)
ONE_SHOOTING = (
    "Deandre Myles was standing on a sidewalk in the 3100 block of West Fifth Avenue about 7:45 p.m. when someone walked up "
    "and shot him repeatedly, according to police and the Cook County medical examiner's office. Myles, 23, was shot and "
    "killed in the East Garfield Park neighborhood Monday night, police said."
)


def _told(text: str, title: str | None, published: date) -> Fingerprint:
    return fingerprint(text, extract(text, published, title=title), title=title, published=published)


@pytest.fixture(scope="module")
def labor_day() -> Fingerprint:
    return _told(LABOR_DAY, LABOR_DAY_TITLE, LABOR_DAY_PUBLISHED)


def _weekend(published: date) -> Fingerprint:
    return _told(WEEKEND, WEEKEND_TITLE, published)


def test_a_report_of_many_shootings_is_a_round_up(labor_day):
    """Each weekend's report tells five shootings or more; a report of one shooting tells one."""
    assert is_round_up(labor_day) and is_round_up(_weekend(WEEKEND_PUBLISHED))
    assert not is_round_up(_told(ONE_SHOOTING, None, LABOR_DAY_PUBLISHED))


def test_round_ups_of_two_weekends_are_not_compared(labor_day):
    """Three weeks apart, the two round-ups share streets, ages and a name in full, and were scored as one incident."""
    weekend = _weekend(WEEKEND_PUBLISHED)
    assert not comparable(labor_day, weekend, document_features(labor_day, weekend))


def test_round_ups_of_one_weekend_are_compared(labor_day):
    """Two outlets' round-ups published within days of each other may tell one weekend."""
    weekend = _weekend(LABOR_DAY_PUBLISHED + timedelta(days=2))
    assert comparable(labor_day, weekend, document_features(labor_day, weekend))


def test_a_round_up_and_a_report_of_one_shooting_are_compared():
    """A report of one shooting is compared with a round-up weeks later as with any report: the gate is for two round-ups."""
    one, weekend = _told(ONE_SHOOTING, None, LABOR_DAY_PUBLISHED), _weekend(WEEKEND_PUBLISHED)
    assert comparable(one, weekend, document_features(one, weekend))
