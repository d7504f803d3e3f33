"""Reconciliation rule 3 for the dead: a lower count of the killed that no named speaker gives does not revise them,
however many unattributed stories retell part of the dead (session 19, toll7)."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, speaker=None):
    return Claim(f"{document}-1", document, date.fromisoformat(published), speaker, "killed", value, "exact", value, value, value, None)


def test_the_gunman_counted_with_his_victims_stays_against_later_stories_of_the_victims():
    """"Three people are dead, including the gunman" (June 5); "a rampage that left two others dead" (June 7);
    "the two victims who were shot and killed" (June 8)."""
    claims = [_claim("spree", "2016-06-05", 3), _claim("witness", "2016-06-07", 2), _claim("victim", "2016-06-08", 2)]
    assert reconcile(claims)["killed"].best == 3


def test_a_sheriffs_two_dead_stay_against_stories_of_the_one_man_named():
    """"One man identified in fatal shooting" and the sheriff's two dead the same day; a court story months later of the one man."""
    claims = [_claim("identified", "2015-11-27", 1), _claim("sheriff", "2015-11-27", 2, speaker="Sacramento County Sheriff"),
              _claim("court", "2016-04-20", 1)]
    assert reconcile(claims)["killed"].best == 2


def test_a_named_speakers_lower_count_told_by_more_reports_still_corrects():
    """Five dead in a first report; the police and another outlet give four the next day."""
    claims = [_claim("first", "2017-05-01", 5), _claim("police", "2017-05-02", 4, speaker="police"), _claim("other", "2017-05-02", 4)]
    assert reconcile(claims)["killed"].best == 4


def test_nobody_died_still_corrects_unattributed():
    assert reconcile([_claim("a", "2014-05-31", 1), _claim("b", "2014-06-03", 0), _claim("c", "2014-06-04", 0)])["killed"].best == 0
