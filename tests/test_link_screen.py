"""A mention is screened against its candidates' members by one ``features.Screen``: what its own report gives (title
flags, terms, the model's weights as they bear on a pair) is read once, and each pair costs only what the other report
adds. The screen's bound is never below the model's sum on real reports, so a pair it leaves unscored is one whose
probability is below the floor: the linker's decisions are those of scoring every pair."""

from datetime import date

from test_link_features_harm import ARREST, CRITICAL, DIED, DRIVE_BY, ROUND_UP, TODDLER, TRIPLE_MURDER
from test_link_scale6 import ELSEWHERE, FIRST, FOLLOW_UP

from harmledger.link.features import FEATURES, Screen, Side, _bearing, _model, apart, features, match_probability, threshold
from harmledger.link.linker import RELINK_SHARE

REPORTS = (FIRST, FOLLOW_UP, ELSEWHERE, TRIPLE_MURDER, TODDLER, CRITICAL, DIED, ROUND_UP, ARREST, DRIVE_BY)
PLACEMENTS = [(33.77, -84.28, date(2016, 3, 13)), (33.80, -84.30, date(2016, 3, 14)), (41.81, -87.63, date(2015, 9, 28)), (None, None, None)]


def _sum(a: Side, b: Side) -> float:
    intercept, weights = _model()
    return intercept + sum(w * f for w, f in zip(weights, features(a, b)))


def test_the_screen_bounds_every_pair_of_real_reports_and_leaves_out_only_pairs_below_the_floor():
    kept = left_out = 0
    for fa in REPORTS:
        for lat, lon, when in PLACEMENTS[:3]:
            for crowd in (0, 3):
                a = Side(fa, 1, lat, lon, when, crowd)
                for floor in (threshold(), threshold() * RELINK_SHARE):  # what other mentions and a lead's relinks read
                    screen = Screen(a, floor)
                    for fb in REPORTS:
                        for placement in PLACEMENTS:
                            b = Side(fb, 1, *placement)
                            bound = screen.ceiling(b, apart(a, b))
                            assert bound == screen.ceiling(b)  # the distance and days the linker read once for the crowd
                            assert bound >= _sum(a, b) - 1e-12
                            if screen.hopeless(b, apart(a, b)):
                                left_out += 1
                                assert match_probability(a, b) < floor
                            else:
                                kept += 1
    assert left_out > kept > 0  # the screen leaves most pairs out, not all


def test_the_screen_reads_each_weight_as_it_bears_on_the_bound():
    """A feature the bound takes as ``features`` computes it weighs as fitted; one it takes at its ceiling weighs only where
    it raises the sum (a negative weight at a shared term's ceiling would lower the bound below the sum)."""
    intercept, weights = _model()
    bearing = _bearing()
    assert bearing.intercept == intercept
    fitted = dict(zip(FEATURES, weights))
    assert bearing.names_cosine == fitted["names_cosine"] < 0 and bearing.death_against_wounds == fitted["death_against_wounds"] < 0
    assert fitted["rare_shared_words"] < 0 and bearing.rare_shared_words == 0.0
    assert bearing.evidence_cosine == fitted["evidence_cosine"] > 0
