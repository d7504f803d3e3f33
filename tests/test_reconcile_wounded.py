"""Reconciliation rules 5 and 7 for the wounded, on sequences of real reports (gva-incidents dev records)."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, slot="injured", speaker=None):
    return Claim(f"{document}-{slot}", document, date.fromisoformat(published), speaker, slot, value, "exact", value, value, value, None)


def test_the_boy_shot_in_the_head_who_died_the_next_day_is_no_longer_wounded():
    """"Boy Accidentally Shot in Head in Portage Park, Police Say" (June 12); "Officials: Boy, 15, who shot himself
    accidentally in head dies" (June 13)."""
    claims = [_claim("shot", "2015-06-12", 1, speaker="police"), _claim("dies", "2015-06-13", 1, "killed", speaker="authorities")]
    figures = reconcile(claims)
    assert (figures["killed"].best, figures["injured"].best, figures["injured"].low) == (1, 0, 0)


def test_the_man_shot_in_a_parked_car_who_died_is_counted_once():
    """"Man shot in parked car at Coastland Center Mall" (August 15); "17-year-old dies in shooting at Coastland
    Center mall" (two reports, August 16)."""
    claims = [_claim("shot", "2016-08-15", 1), _claim("dies", "2016-08-16", 1, "killed", speaker="Naples Police Department"),
              _claim("police", "2016-08-16", 1, "killed", speaker="Police")]
    assert reconcile(claims)["injured"].best == 0


def test_a_death_told_the_day_the_wounded_were_counted_leaves_them():
    """"One dead, four wounded": the dead and the wounded of one day's report are different people."""
    claims = [_claim("a", "2016-05-01", 4), _claim("a", "2016-05-01", 1, "killed")]
    assert reconcile(claims)["injured"].best == 4


def test_one_more_dead_after_seven_wounded_leaves_the_seven():
    """Seven wounded, and a week later one dead: which of them died, if any, no figure says."""
    claims = [_claim("a", "2017-01-01", 7, speaker="police"), _claim("b", "2017-01-08", 1, "killed")]
    assert reconcile(claims)["injured"].best == 7


def test_two_reports_of_one_wounded_outweigh_one_of_four_the_same_day():
    """"Gunman Kills Three, Barricades Himself Inside Kensington Home" (police: one shot and wounded) and "Man Charged
    With Murdering 3 People, Shooting Another Inside Kensington Home" against one police report of four."""
    claims = [_claim("kills-three", "2016-04-18", 1, speaker="police"), _claim("charged", "2016-04-18", 1),
              _claim("other", "2016-04-18", 4, speaker="police")]
    assert reconcile(claims)["injured"].best == 1


def test_on_a_tie_of_reports_the_larger_figure_stands():
    """One report of two wounded, another of three, the same day: counting goes on, the three stand."""
    claims = [_claim("a", "2016-04-18", 2), _claim("b", "2016-04-18", 3)]
    assert reconcile(claims)["injured"].best == 3
