"""A sizeable US town that local news names bare, once (round 28). A report that names no country nor state
keeps an out-of-focus town written twice as a place; a town of LOCAL_TOWN_POPULATION people or more, under its
own name, is kept on one such frame ("in Sarasota", "OGDEN -", "Roswell police") when English does not write its
name often as a word or a name: its fame, not a surname's use, makes it as common as it is. Reports written for
these tests in the styles of US local television, newspapers and wire copy."""

import pytest

from harmledger.geo import find_places


def named(text: str) -> dict[str, str | None]:
    """Each place name the text resolves, with its state."""
    return {p.text: p.place.admin1 for p in find_places(text)}


@pytest.mark.parametrize("text, name, state", [
    # local television: the town once, after "in"
    ("Two men were killed after gunfire broke out in a parking lot early Sunday in Sarasota, officers said.",
     "Sarasota", "Florida"),
    ("A 17-year-old was wounded Tuesday night in Bismarck after an argument over a car, police said.",
     "Bismarck", "North Dakota"),
    # wire copy: the town only in the dateline
    ("SAN LEANDRO -- Three people were wounded when someone opened fire on a house party late Saturday, "
     "authorities said.", "SAN LEANDRO", "California"),
    ("OGDEN — A 9-year-old boy accidentally shot his younger sister with a handgun he found in a closet, "
     "officers said Thursday.", "OGDEN", "Utah"),
    # newspaper: the town's own police, or one of its people
    ("Hattiesburg police are looking for a gunman who wounded a clerk during a robbery Friday.", "Hattiesburg",
     "Mississippi"),
    ("A Lynn teen has been charged with shooting a 19-year-old outside a convenience store.", "Lynn", "Massachusetts"),
])
def test_a_sizeable_town_written_once_as_a_place_is_kept(text, name, state):
    assert named(text).get(name) == state


@pytest.mark.parametrize("text, name", [
    # a frame is still needed: the same names as people
    ("Lynn Harper, 52, said she heard four shots before dawn and called 911.", "Lynn"),
    ("Detective Ogden said the gun was never recovered.", "Ogden"),
    # a small town's name once in a frame is not enough: "Welcome" is a word, 6,700 people a village
    ("Officers responded to a call in Welcome Center parking lot where a man had been shot.", "Welcome"),
    # a common given name or surname of a sizeable town needs its two frames ("Gary" 4.4, "Franklin" 4.2)
    ("A 20-year-old man was shot and wounded in Franklin on Monday night, police said.", "Franklin"),
])
def test_a_name_not_written_as_a_sizeable_town_s_place_is_no_place(text, name):
    assert name not in named(text)
