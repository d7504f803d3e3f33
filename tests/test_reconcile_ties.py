"""Reconciliation rule 5 on a tie (link/reconcile.py): between figures of the dead that as many reports give and no
named speaker gives, the smaller is best, where an official's count, the wounded and the missing take the larger.
The sequences follow gva-incidents dev records: a reporter's own figure of more dead the same day counts another
shooting's dead with this one's as often as a toll that rose, and the victims who die later are told on later days."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, slot="killed", speaker=None):
    return Claim(f"{document}-{slot}", document, date.fromisoformat(published), speaker, slot, value, "exact", value, value, value, None)


def test_a_same_day_report_of_more_dead_across_a_chase_does_not_outweigh_one_of_the_shooting():
    """"Multiple people shot, killed in northwest Detroit" (one dead) and "Police: Gun battle, chase, brawl end with
    5 shot, 2 dead" the same day."""
    claims = [_claim("shot-killed", "2014-09-12", 1), _claim("gun-battle", "2014-09-12", 2)]
    assert reconcile(claims)["killed"].best == 1


def test_a_round_up_of_a_violent_day_does_not_outweigh_the_shootings_own_report():
    """"2 dead, 2 injured during violent 24 hours in St. Louis" (this shooting's one dead) against a report of
    three dead the same day."""
    claims = [_claim("violent-24-hours", "2016-10-16", 1), _claim("three-dead", "2016-10-16", 3)]
    assert reconcile(claims)["killed"].best == 1


def test_more_reports_of_the_larger_toll_still_outweigh_the_smaller():
    claims = [_claim("a", "2016-10-16", 1), _claim("b", "2016-10-16", 3), _claim("c", "2016-10-16", 3)]
    assert reconcile(claims)["killed"].best == 3


def test_an_officials_count_that_rose_the_same_day_stands():
    """The regional governor's "killing 12 people" and, later the same day, "killing 22 people": a count going on."""
    claims = [_claim("morning", "2024-03-04", 12, speaker="the regional governor"),
              _claim("evening", "2024-03-04", 22, speaker="the regional governor")]
    assert reconcile(claims)["killed"].best == 22


def test_a_named_speakers_larger_toll_still_outweighs_an_unattributed_smaller_one():
    claims = [_claim("a", "2016-10-16", 1), _claim("b", "2016-10-16", 2, speaker="police")]
    assert reconcile(claims)["killed"].best == 2


def test_a_toll_that_rose_on_a_later_day_stands():
    claims = [_claim("a", "2016-10-16", 1), _claim("b", "2016-10-17", 2)]
    assert reconcile(claims)["killed"].best == 2


def test_the_wounded_still_take_the_larger_count_on_a_tie():
    claims = [_claim("a", "2016-04-18", 2, "injured"), _claim("b", "2016-04-18", 3, "injured")]
    assert reconcile(claims)["injured"].best == 3
