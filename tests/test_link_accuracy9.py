"""Two shootings of one Chicago neighbourhood and night, placed at one point, are told on two blocks; one shooting
told twice is told on one street, with its road word or without. The block a report names is a street of its own."""

from datetime import date

from harmledger.link.features import Side, document_features, match_probability, threshold
from harmledger.link.fingerprint import fingerprint

CHICAGO = (41.85003, -87.65005)
NIGHT = date(2017, 3, 30)

RESTAURANT = (
    "Four men were shot dead inside a restaurant in the South Shore neighborhood Wednesday night, Chicago police said. "
    "The men were sitting at a table about 7:50 p.m. in the 7900 block of South Jeffery when a gunman walked in and opened fire, police said. "
    "The victims, ages 22, 27, 31 and 34, were pronounced dead at the scene. No one was in custody."
)
APARTMENT = (
    "A pregnant woman was shot and killed in her apartment in the South Shore neighborhood Wednesday night, Chicago police said. "
    "The woman, 25, was inside the apartment about 11:40 p.m. in the 7100 block of South Clyde when someone fired through a window, police said. "
    "She was taken to Northwestern Memorial Hospital where she was pronounced dead. No one was in custody."
)
RESTAURANT_AGAIN = (
    "Police are searching for the gunman who killed four men at a South Shore restaurant on South Jeffery Boulevard on Wednesday. "
    "The men, 22, 27, 31 and 34, were eating when the shooter walked in about 7:50 p.m., police said. Neighbours left candles outside on Thursday."
)


def _side(text: str, published: date) -> Side:
    return Side(fingerprint(text, [], published=published), 1, *CHICAGO, NIGHT)


def test_the_block_of_a_shooting_is_its_street():
    """"the 7900 block of South Jeffery" names the street with no road word after it; "the 300 block of South" names none."""
    assert fingerprint(RESTAURANT, []).streets == ("South Jeffery",)
    assert fingerprint("Two men were shot in the 300 block of South on Friday, police said.", []).streets == ()


def test_a_numbered_street_is_a_street():
    """Chicago's, New York's and Philadelphia's numbered streets have no capitalised name for the street pattern."""
    told = fingerprint("A man, 28, was shot near West 42nd Street and South Langley Avenue on Sunday, police said.", [])
    assert told.streets == ("South Langley Avenue", "West 42nd Street")


def test_two_shootings_on_two_blocks_of_one_neighbourhood_are_apart():
    """Both placed at Chicago's point on one night, both in South Shore: the blocks differ, and so do the incidents."""
    restaurant, apartment = _side(RESTAURANT, NIGHT), _side(APARTMENT, NIGHT)
    shared = document_features(restaurant.fingerprint, apartment.fingerprint)
    assert shared.streets_apart == 1.0 and shared.street == 0.0
    assert match_probability(restaurant, apartment) < threshold()


def test_one_shooting_told_on_its_block_and_on_its_street_shares_the_street():
    """The first report names the block, the next day's the boulevard: one street, one incident."""
    first, again = _side(RESTAURANT, NIGHT), _side(RESTAURANT_AGAIN, date(2017, 3, 31))
    shared = document_features(first.fingerprint, again.fingerprint)
    assert shared.street == 1.0 and shared.streets_apart == 0.0
    assert match_probability(first, again) > threshold()
