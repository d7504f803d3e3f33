"""Reconciliation rule 3 for the wounded: a later, lower count that as many reports give as the higher one supersedes
it only when a named speaker gives it or the dead rose by the fall; otherwise it is a story of some of the wounded."""

from datetime import date

from harmledger.link.reconcile import Claim, reconcile


def _claim(document, published, value, slot="injured", speaker=None):
    return Claim(f"{document}-{slot}", document, date.fromisoformat(published), speaker, slot, value, "exact", value, value, value, None)


def test_an_arrest_story_about_the_one_victim_it_follows_leaves_the_three_wounded():
    """"A man was killed and three other people were wounded outside a grocery store Thursday, police said" (WALB);
    a week later "Man arrested in fatal shooting at grocery store ... a second man shot in the leg has been released"."""
    claims = [_claim("walb", "2014-08-14", 3, speaker="police"), _claim("walb", "2014-08-14", 1, "killed", speaker="police"),
              _claim("arrest", "2014-08-22", 1), _claim("arrest", "2014-08-22", 1, "killed")]
    assert reconcile(claims)["injured"].best == 3


def test_a_victim_interview_the_next_day_leaves_the_three_the_first_report_counted():
    """"Man recalls terrifying encounter with suspect in fatal shootings" (three wounded); "Victim in Cape Coral
    shooting spree hoping for word on motive" the next day, of the one woman it interviews."""
    claims = [_claim("recalls", "2016-06-07", 3), _claim("recalls", "2016-06-07", 2, "killed"),
              _claim("victim", "2016-06-08", 1), _claim("victim", "2016-06-08", 2, "killed")]
    assert reconcile(claims)["injured"].best == 3


def test_the_wounded_fall_by_the_victim_who_died():
    """"Police: 5 people shot in east Baltimore" (Wednesday); "Police ID man who died in Wednesday quintuple
    shooting ... four others remain hospitalized" (Thursday): one of the five died, four are wounded."""
    claims = [_claim("shot", "2015-05-21", 5), _claim("died", "2015-05-22", 4), _claim("died", "2015-05-22", 1, "killed")]
    figures = reconcile(claims)
    assert (figures["killed"].best, figures["injured"].best) == (1, 4)


def test_a_named_speakers_lower_count_corrects_the_first_report():
    """"Seven wounded in Calumet City drive-by after funeral" (one outlet); the next day "Six people were wounded,
    Calumet City police Chief Edward Gilbert said"."""
    claims = [_claim("seven", "2015-10-19", 7), _claim("chief", "2015-10-20", 6, speaker="Calumet City police Chief Edward Gilbert")]
    assert reconcile(claims)["injured"].best == 6


def test_one_more_dead_does_not_account_for_two_fewer_wounded():
    """"One dead, three hurt in DeKalb home invasion" (police); a month later an unattributed story of "two killed,
    one wounded": one more dead cannot be the two wounded the later story leaves out, the three stand."""
    claims = [_claim("invasion", "2014-05-11", 3, speaker="Police"), _claim("invasion", "2014-05-11", 1, "killed"),
              _claim("month", "2014-06-13", 1), _claim("month", "2014-06-13", 2, "killed")]
    assert reconcile(claims)["injured"].best == 3
