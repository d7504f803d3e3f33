"""A report whose title tells a death and one whose title tells only people shot or hurt are most likely two shootings
(``features.death_against_wounds``), unless the wounding was told first of the same day's event: a victim who died later."""

from datetime import date

from harmledger.link.features import FEATURES, Screen, Side, _model, ages_apart, death_against_wounds, features
from harmledger.link.fingerprint import fingerprint
from harmledger.model import Mention, Place

CHICAGO = (41.81, -87.63)


def _report(day: str, title: str, text: str, url: str):
    placed = Mention(kind="event", place=Place(None, "Chicago", "Illinois", "US", *CHICAGO))
    return fingerprint(text, [placed], title=title, published=date.fromisoformat(day), url=url)


TRIPLE_MURDER = _report(
    "2015-09-29", "Fuller Park Shooting Kills 3, Wounds 2, Police Say",
    "FULLER PARK — Five people were shot, three fatally, in a South Side shooting early Monday morning, police said. A few minutes "
    "after midnight, a group was standing in the 300 block of West 42nd Street when two men emerged from a nearby alley and started "
    "shooting at them, according to Officer Jose Estrada, a Chicago Police spokesman. A 24-year-old woman was pronounced dead at the scene.",
    "https://www.dnainfo.com/chicago/20150929/fuller-park/fuller-park-shooting-kills-3-wounds-2-police-say",
)
TODDLER = _report(
    "2015-09-29", "2-Year-Old Boy Accidentally Shot inside Home, Police Say",
    "GREATER GRAND CROSSING — A 2-year-old boy was accidentally shot in his leg early Tuesday morning, police said. Around 1:45 a.m., "
    "the boy was at his home in the 7000 block of South Harper Avenue when an accidental discharge grazed his leg, according to Officer "
    "Jose Estrada, a Chicago Police spokesman. The boy was taken to a hospital, where he was listed in good condition.",
    "https://www.dnainfo.com/chicago/20150929/greater-grand-crossing/2-year-old-boy-accidentally-shot-inside-home-police-say",
)
CRITICAL = _report(
    "2016-08-15", "Police: 8-Year-Old Girl Critical, Caught In Crossfire In Camden",
    "An 8-year-old girl was in critical condition after she was struck in the head by a stray bullet while playing outside her home "
    "on Sunday evening, police said.",
    "https://philadelphia.cbslocal.com/2016/08/15/camden-girl-critical",
)
DIED = _report(
    "2016-08-17", "Camden Girl, 8, Dies After Being Hit in Head by Stray Bullet",
    "An 8-year-old girl who was struck in the head by a stray bullet on Sunday evening has died, police said.",
    "https://www.nbcphiladelphia.com/news/local/camden-girl-dies",
)
ROUND_UP = _report(
    "2015-09-28", "4 Killed, 53 Wounded In Weekend Shootings Across Chicago",
    "Four men were killed and at least 53 other people were wounded in shootings across Chicago between late Friday afternoon and "
    "Monday morning.",
    "https://chicago.suntimes.com/news/weekend-shootings",
)
ARREST = _report(
    "2017-01-03", "Miami Teen Charged in Accidental Shooting of Friend on New Year's Eve",
    "An 18-year-old is behind bars after Miami-Dade Police say he accidentally shot and killed a friend on New Year's Eve.",
    "https://www.nbcmiami.com/news/local/miami-teen-charged",
)
DRIVE_BY = _report(
    "2017-01-01", "7 injured in NW Miami-Dade drive-by shooting",
    "A South Florida community is still reeling after four adults and three teenagers were shot outside a home in Northwest "
    "Miami-Dade. All of them survived.",
    "https://wsvn.com/news/local/7-injured-in-nw-miami-dade-drive-by-shooting",
)


def test_a_title_of_the_dead_against_a_title_of_the_wounded_alone():
    assert death_against_wounds(TRIPLE_MURDER, TODDLER) == death_against_wounds(TODDLER, TRIPLE_MURDER) == (True, False)
    assert death_against_wounds(CRITICAL, DIED) == death_against_wounds(DIED, CRITICAL) == (True, True)  # the wounding told first
    englewood = _report("2016-08-31", "Englewood Shootings Wound 6, Police Say", "Three shootings left six people wounded.", "https://www.dnainfo.com/a")
    austin = _report("2016-08-30", "16-year-old boy killed, another teen wounded in Austin shooting", "A 16-year-old boy was killed.", "https://chicago.suntimes.com/a")
    assert death_against_wounds(englewood, austin) == (True, False)


def test_titles_that_both_tell_the_dead_or_tell_no_harm_do_not_count():
    assert death_against_wounds(ROUND_UP, TRIPLE_MURDER) == (False, False)  # "Kills 3, Wounds 2" tells the dead
    assert death_against_wounds(ARREST, DRIVE_BY) == (False, False)  # a charge with no death word: a missing count is not a zero


def _side(report, when: date) -> Side:
    return Side(report, 1, *CHICAGO, when)


DEATH, DEATH_AGES_APART = FEATURES.index("death_against_wounds"), FEATURES.index("death_against_wounds_ages_apart")


def test_a_victim_who_died_later_is_left_out_but_not_a_death_days_after_another_wounding():
    """The report of the wounding came first: where both date the shooting to the same day, the girl who was critical is
    the girl who died; where the death report dates its shooting days later, it tells another shooting."""
    assert features(_side(CRITICAL, date(2016, 8, 14)), _side(DIED, date(2016, 8, 14)))[DEATH] == 0.0
    assert features(_side(CRITICAL, date(2016, 8, 14)), _side(DIED, date(2016, 8, 17)))[DEATH] == 1.0
    assert features(_side(TODDLER, date(2015, 9, 29)), _side(TRIPLE_MURDER, date(2015, 9, 28)))[DEATH] == 1.0


def test_victims_of_other_ages_weigh_with_the_dead_against_the_wounded():
    """The toddler of 2 is not the woman of 24 who died in Fuller Park; the girl of 8 is the girl of 8."""
    assert ages_apart(TODDLER, TRIPLE_MURDER) and not ages_apart(CRITICAL, DIED)
    assert features(_side(TODDLER, date(2015, 9, 29)), _side(TRIPLE_MURDER, date(2015, 9, 28)))[DEATH_AGES_APART] == 1.0
    assert features(_side(CRITICAL, date(2016, 8, 14)), _side(DIED, date(2016, 8, 17)))[DEATH_AGES_APART] == 0.0


def test_the_ceiling_bounds_the_sum_with_the_titles_of_the_dead_and_the_wounded():
    intercept, weights = _model()
    for report in (TRIPLE_MURDER, TODDLER, CRITICAL, DIED, ROUND_UP, ARREST, DRIVE_BY):
        for other in (TRIPLE_MURDER, TODDLER, CRITICAL, DIED):
            for when in (date(2015, 9, 28), date(2016, 8, 14), None):
                a, b = _side(report, date(2016, 8, 14)), _side(other, when)
                assert Screen(a).ceiling(b) >= intercept + sum(w * f for w, f in zip(weights, features(a, b))) - 1e-12


def test_a_weight_fitted_alone_leaves_the_others_as_shipped():
    """``link.train --only``: the new weight is fitted over the shipped model's sum; every other weight stays."""
    from harmledger.link.train import fitted_over

    shipped = {"features": list(FEATURES[:-1]), "weights": [0.5] * (len(FEATURES) - 1), "intercept": -1.0}
    told = [0.0] * (len(FEATURES) - 1)
    rows = [[*told, 1.0]] * 400 + [[*told, 0.0]] * 400  # the sum without it is -1.0: odds of 1 in e
    labels = [False] * 360 + [True] * 40 + [False] * 292 + [True] * 108
    weights = fitted_over(shipped, rows, labels, [FEATURES[-1]])
    assert weights[:-1] == shipped["weights"] and -1.3 < weights[-1] < -1.0  # odds of 1 in 9: log(1/9) + 1 = -1.2
