"""A holiday's name is no one's name in full: every report of a New Year's Eve names it, as every report of a
Thursday names the day, and shared it made a Memphis party-bus shooting and an Idaho Falls killing one incident."""

from datetime import date

from harmledger.link.features import document_features
from harmledger.link.fingerprint import fingerprint

PARTY_BUS = (
    "A New Year's Eve celebration at Ice Bar and Grill on Hacks Cross Road ended with five people in the hospital. "
    "Two of the victims remain in critical condition."
)
IDAHO_FALLS = (
    "Truckee police have arrested a man suspected of killing his girlfriend in Idaho on New Year's Day. "
    "Kevin Michael McQuilliams, 26, was believed to have been involved in the fatal shooting in Idaho Falls."
)
LABOR_DAY = "Police: 8 killed, 46 wounded in Labor Day weekend shootings. Officers said Labor Day weekend was violent."


def test_a_holiday_is_not_a_name():
    """"New Year" and "Labor Day" name a day, not anyone; the suspect's name in full is still one."""
    assert "new_year" not in fingerprint(PARTY_BUS, [], published=date(2015, 1, 7)).names
    assert "labor_day" not in fingerprint(LABOR_DAY, [], published=date(2015, 9, 8)).names
    assert "kevin_michael_mcquilliams" in fingerprint(IDAHO_FALLS, [], published=date(2015, 1, 3)).names


def test_two_shootings_of_new_years_eve_share_no_name():
    """The party bus in Memphis and the killing in Idaho Falls: the holiday was the one name in full both gave."""
    party_bus, idaho_falls = fingerprint(PARTY_BUS, [], published=date(2015, 1, 7)), fingerprint(IDAHO_FALLS, [], published=date(2015, 1, 3))
    assert document_features(party_bus, idaho_falls).full_names == 0.0
