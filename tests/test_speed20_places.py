"""Session 29 (speed20): find_places made cheaper, its answers the same.

Each shortcut is checked against the plain reading it stands for, on drawn inputs: the grid's towns within reach of a
candidate (found once per candidate, a few kept) against every town, setting aside any number of chosen towns.
"""

from __future__ import annotations

from types import SimpleNamespace

from hypothesis import given, settings, strategies as st

from harmledger.geo.build import haversine_km
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
