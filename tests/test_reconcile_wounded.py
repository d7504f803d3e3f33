"""Reconciliation rule 5 for the wounded, on sequences of real reports (gva-incidents dev records)."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, slot="injured", speaker=None):
    return Claim(f"{document}-{slot}", document, date.fromisoformat(published), speaker, slot, value, "exact", value, value, value, None)


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
