"""Session 29 (speed20): find_places made cheaper, its answers the same.

Each shortcut is checked against the plain reading it stands for, on drawn inputs: the grid's towns within reach of a
candidate (found once per candidate, a few kept) against every town, setting aside any number of chosen towns.
"""

from __future__ import annotations

from types import SimpleNamespace
from unittest import mock

from hypothesis import given, settings, strategies as st

from harmledger.geo.build import haversine_km
from harmledger.geo import places
from harmledger.geo.places import _Grid, _Nearby

_POINT = st.tuples(st.floats(-60, 60), st.floats(-20, 20))  # a small patch of the globe: many towns within reach


@settings(max_examples=300, deadline=None)
@given(st.lists(_POINT, max_size=25), _POINT, st.data())
def test_a_town_within_reach_besides_the_chosen_is_found_as_by_asking_every_town(towns, point, data) -> None:
    entries = [SimpleNamespace(index=i, lat=lat, lon=lon) for i, (lat, lon) in enumerate(towns)]
    entry = SimpleNamespace(index=-1, lat=point[0], lon=point[1])
    besides = tuple(data.draw(st.lists(st.sampled_from(entries), max_size=8))) if entries else ()
    besides += (None,)
    for km in (_Nearby.CLOSE_KM, _Nearby.REACH_KM, 2000.0):
        grid = _Grid(entries, km)
        expected = any(all(t is not b for b in besides) and haversine_km(entry.lat, entry.lon, t.lat, t.lon) < km
                       for t in entries)
        assert grid.any_within(entry, besides) == expected
        assert grid.any_within(entry, besides) == expected  # asked again, from what was found the first time


def test_more_chosen_towns_than_the_few_kept_ask_every_town_again() -> None:
    # six towns a few km apart: the first FEW within reach are all set aside, the fifth or sixth is not
    entries = [SimpleNamespace(index=i, lat=50.0 + i * 0.01, lon=30.0) for i in range(6)]
    entry = SimpleNamespace(index=-1, lat=50.0, lon=30.0)
    grid = _Grid(entries, _Nearby.CLOSE_KM)
    assert len(grid.within(entry)) == _Grid.FEW
    assert grid.any_within(entry, tuple(entries[:5]))
    assert not grid.any_within(entry, tuple(entries))


def test_a_candidate_too_far_behind_is_not_asked_for_towns_within_reach() -> None:
    # one town 100 km away: within reach, not close; the bonus for it is given only where it could still count
    town = SimpleNamespace(index=0, lat=50.9, lon=30.0)
    entry = SimpleNamespace(index=1, lat=50.0, lon=30.0)
    nearby = _Nearby([town])
    assert nearby.closeness(entry, (None,)) == _Nearby.REACH_BONUS
    assert nearby.closeness(entry, (None,), reach_counts=False) == 0.0
    assert nearby.closeness(entry, (town,)) == 0.0


# --- a full name's words before a name: the word right before, in lower case, is asked first -----------------------

_WORDS = ["in", "near", "Omar", "Musa", "Sergeant", "Sgt.", "bin", "abu", "Abu", "said", "the", "iPhone", "o'Neil",
          "U.S.", "al-", "(in", "\n", "Dr.", "of", "Police", "Kano", "17,"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=8), st.sampled_from(["", ", 17", " Jr., 30", " said"]))
def test_a_full_name_is_read_as_when_the_words_before_were_always_read(words, after) -> None:
    text = " ".join(words) + (" " if words else "") + "Salem" + after
    start = len(text) - len("Salem" + after)
    end = start + len("Salem")
    found = places._inside_full_name(text, start, end)
    with mock.patch.object(places, "_after_lower_case_word", return_value=False):
        assert places._inside_full_name(text, start, end) == found


def test_a_name_after_a_word_in_lower_case_is_no_full_name_but_after_a_particle_may_be() -> None:
    assert places._after_lower_case_word("shot in Kano", len("shot in "))
    assert not places._after_lower_case_word("Yazan bin Kano", len("Yazan bin "))
    assert places._inside_full_name("Yazan bin Kano, 17, was hurt", len("Yazan bin "), len("Yazan bin Kano"))
    assert not places._inside_full_name("a bomb near Kano, 17 km away", len("a bomb near "), len("a bomb near Kano"))


# --- a name told again alike is weighed once per pass: the same choices as weighing each mention ------------------

_TOLD_AGAIN = [
    ("SPRINGFIELD, Ill. (AP) - A man was shot in Springfield on Friday, Springfield police said. The shooting in "
     "Springfield was the third this month, and a Decatur man was hurt in Decatur on Sunday."),
    ("A 19-year-old was killed in Columbus on Saturday night. Columbus police said the shooting happened near "
     "Ohio State; a second man was taken to a Columbus hospital. Columbus, Ohio, has seen 80 homicides this year."),
    ("Russian forces shelled Kupiansk and Vovchansk overnight, the Kharkiv regional governor said. In Kupiansk two "
     "people were killed; Vovchansk and Kupiansk have been shelled daily since May."),
    ("Jackson police are investigating a shooting on Capitol Street. Jackson, MS - the victim died at a Jackson "
     "hospital, and a second shooting in Jackson followed an hour later."),
]


def _places(text: str) -> list[dict]:
    return [mention.to_dict() for mention in places.find_places(text)]


def test_the_choices_of_names_told_again_are_those_of_weighing_each_mention() -> None:
    alike = [_places(text) for text in _TOLD_AGAIN]
    with mock.patch.object(places, "_choose", lambda match, context, matches, others=None:
                           places._best_candidate(match, context, matches, others)):
        each = [_places(text) for text in _TOLD_AGAIN]
    assert alike == each
    assert {m["place"]["name"] for m in alike[0]} >= {"Springfield", "Decatur"}
