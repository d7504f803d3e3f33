"""Reconciliation rule 3 for the dead: one later report of fewer killed retells part of them, it does not revise them.

The last two tests guard the rule's edges (a zero corrects; a figure the first day passed over stays passed over)."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, slot="killed", speaker=None):
    return Claim(f"{document}-1", document, date.fromisoformat(published), speaker, slot, value, "exact", value, value, value, None)


def test_a_later_story_naming_the_mother_and_children_leaves_the_father_counted():
    """"... killed his wife and three children" (police, June 9); "Lee and her three children were shot dead" (June 14)."""
    claims = [_claim("first", "2015-06-09", 5, speaker="Anaconda-Deer Lodge County Police"), _claim("funeral", "2015-06-14", 4)]
    killed = reconcile(claims)["killed"]
    assert killed.best == 5
    assert [c.document_id for c in killed.current] == ["first"]


def test_one_dead_a_week_later_leaves_the_two_dead_of_the_first_report():
    """"Two dead, two injured in shooting" (July 11); "... one dead" (July 19)."""
    assert reconcile([_claim("a", "2013-07-11", 2), _claim("b", "2013-07-19", 1)])["killed"].best == 2


def test_a_story_months_later_about_one_of_three_victims_leaves_the_three():
    """"Three people died" (police, September 29); "Ayanna Northern, 22, was shot in the chest and was pronounced dead" (November 30)."""
    claims = [_claim("a", "2015-09-29", 3, speaker="police"), _claim("b", "2015-11-30", 1, speaker="police")]
    assert reconcile(claims)["killed"].best == 3


def test_fewer_dead_supersede_once_more_reports_give_them():
    """One outlet's five dead is corrected to four by the next two reports, the coroner's among them."""
    claims = [_claim("a", "2017-05-01", 5), _claim("b", "2017-05-02", 4, speaker="coroner"), _claim("c", "2017-05-02", 4)]
    assert reconcile(claims)["killed"].best == 4


def test_a_later_report_that_nobody_died_corrects_the_one_dead():
    """"A man was shot dead" (May 31); "Nobody died" (June 3)."""
    assert reconcile([_claim("a", "2014-05-31", 1), _claim("b", "2014-06-03", 0)])["killed"].best == 0


def test_the_figure_the_earlier_days_passed_over_does_not_come_back():
    """An unattributed ten dead passed over for the police's one on the first day ("Amyira Felder was murdered");
    two dead five days later: the two stand, the ten do not return as the figure the days before gave."""
    claims = [_claim("other", "2016-09-16", 10), _claim("police", "2016-09-16", 1, speaker="Police"), _claim("later", "2016-09-21", 2)]
    assert reconcile(claims)["killed"].best == 2

