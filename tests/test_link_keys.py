"""What a report is keyed and compared by: the rare name of its town, and no calendar words as names."""

from datetime import date

from harmledger.link.fingerprint import fingerprint
from harmledger.model import Mention, Place


def _placed(text: str, title: str, town: str, state: str, lat: float, lon: float):
    placed = Mention(kind="event", place=Place(None, town, state, "US", lat, lon))
    return fingerprint(text, [placed], title=title, published=date(2016, 5, 2))


GALT_PLACED = _placed(
    "Seven people were hurt early Sunday when someone in a passing car fired into a crowd gathered outside a home on Dover Drive in "
    "Galt, police said. Two of the wounded were taken to a hospital in Sacramento in serious condition. Officers found more than "
    "twenty shell casings in the street and were looking for a dark sedan.",
    "7 hurt in Galt after drive-by shooting", "Galt", "California", 38.25, -121.30,
)
GALT_UNPLACED = fingerprint(
    "Police are searching for the shooters after a drive-by outside a birthday party left seven people wounded. Investigators said "
    "the car circled the block twice before someone inside opened fire. Anyone with information is asked to call the department.",
    [], title="7 injured in Galt drive-by shooting", published=date(2016, 5, 2),
)


def test_a_report_placed_in_a_small_town_and_one_left_unplaced_that_names_it_share_a_key():
    """The vectors leave a report's own places out, so the report placed in Galt lost the word its title shares with
    the unplaced report of the same shooting; the rare name of the town a report is placed in is a key again."""
    assert "galt" in GALT_PLACED.keys
    assert "galt" in set(GALT_PLACED.keys) & set(GALT_UNPLACED.keys)


def test_a_city_as_common_as_chicago_keys_no_block():
    """A city's every report shares its grid cells already; keying its name too would chain its shootings over weeks."""
    report = _placed(
        "A 19-year-old man was shot in the leg Tuesday night in the 1200 block of South Pulaski Road, police said. "
        "He was taken to Mount Sinai Hospital in good condition.",
        "Man, 19, wounded in West Side shooting", "Chicago", "Illinois", 41.85, -87.65,
    )
    assert "chicago" not in report.keys


def test_a_day_or_a_month_is_no_name_two_reports_share():
    """Two shootings reported on a Thursday in March: the day and the month name neither of them."""
    first = fingerprint(
        "A man was shot in the arm on Thursday outside a gas station, police said. Officers said in March that the corner "
        "had seen several robberies. Keandre Wallace, 22, was arrested on Friday.", []
    )
    second = fingerprint(
        "A woman was wounded on Thursday when shots were fired into her apartment, deputies said. It was the second "
        "shooting on the block since March. Deputies were looking for Tavion Briggs, 30.", []
    )
    assert not {"thursday", "march", "friday"} & (first.names.keys() | second.names.keys())
    assert "keandre_wallace" in first.names and "tavion_briggs" in second.names
