"""Reconciliation rule 3 on realistic sequences: a partial retelling days later is no revision."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, slot="injured", speaker=None):
    return Claim(f"{document}-1", document, date.fromisoformat(published), speaker, slot, value, "exact", value, value, None)


def test_an_arrest_story_naming_one_wounded_man_leaves_the_four_two_outlets_reported():
    """"Four men were wounded ..." (two outlets, Thursday); "... charged with shooting the man outside the store" (Saturday)."""
    claims = [_claim("wbtv", "2016-08-04", 4), _claim("times", "2016-08-04", 4), _claim("arrest", "2016-08-06", 1)]
    injured = reconcile(claims)["injured"]
    assert (injured.low, injured.best, injured.high) == (4, 4, 4)
    assert {c.document_id for c in injured.current} == {"wbtv", "times"}


def test_a_sentencing_story_recalling_the_man_who_died_leaves_the_two_killed():
    claims = [_claim("a", "2015-03-01", 2, "killed"), _claim("b", "2015-03-02", 2, "killed"), _claim("court", "2015-11-20", 1, "killed")]
    assert reconcile(claims)["killed"].best == 2


def test_a_rising_toll_supersedes_however_many_reports_gave_the_first_figure():
    """Three outlets say one died; the next day one says a second victim died in hospital."""
    claims = [_claim("a", "2017-05-01", 1, "killed"), _claim("b", "2017-05-01", 1, "killed"), _claim("c", "2017-05-01", 1, "killed"),
              _claim("d", "2017-05-02", 2, "killed")]
    assert reconcile(claims)["killed"].best == 2


def test_a_lower_figure_supersedes_once_as_many_reports_give_it():
    """"Five were wounded" (one outlet) is corrected to three by the police's count in the next two reports."""
    claims = [_claim("a", "2017-05-01", 5), _claim("b", "2017-05-02", 3), _claim("c", "2017-05-02", 3)]
    assert reconcile(claims)["injured"].best == 3
    alone = [_claim("a", "2017-05-01", 5), _claim("b", "2017-05-02", 3, speaker="police")]
    assert reconcile(alone)["injured"].best == 3


def test_a_report_counts_once_with_its_largest_figure():
    """One report telling the wounded twice (4, then "one of the four") is one report for 4, not two."""
    claims = [_claim("a", "2017-05-01", 4), Claim("a-2", "a", date(2017, 5, 1), None, "injured", 1, "exact", 1, 1, None),
              _claim("b", "2017-05-01", 4), _claim("c", "2017-05-03", 1)]
    assert reconcile(claims)["injured"].best == 4
