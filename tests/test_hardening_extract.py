"""Issue 12, the extract side: inputs that crashed, stalled or gave absurd figures on the old main.

Each test names the reproduction it pins. Speed itself is measured by ``make bench``; here
the work is shown bounded by structure (how long a sentence pattern work sees, how many
places a sentence is checked against), never by a clock.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from hypothesis import given, strategies as st

from harmledger import extract
from harmledger.geo.build import haversine_km
from harmledger.geo.places import _Nearby


@pytest.mark.parametrize("ending", ["Pa", "ga", "La", "va", "Mo", "pa."])
def test_a_text_ending_in_a_short_prefix_of_a_gazetteer_key_does_not_crash(ending: str) -> None:
    mentions = extract(f"Two people were killed in Scranton, {ending}")
    assert [m.killed.value for m in mentions] == [2]


_POINT = st.tuples(st.floats(-89.9, 89.9), st.floats(-180, 180))


@given(st.lists(_POINT, max_size=30), _POINT)
def test_nearby_towns_by_grid_are_those_found_by_checking_every_town(towns, point) -> None:
    entries = [SimpleNamespace(index=i, lat=lat, lon=lon) for i, (lat, lon) in enumerate(towns)]
    entry = SimpleNamespace(index=-1, lat=point[0], lon=point[1])
    distances = [haversine_km(entry.lat, entry.lon, t.lat, t.lon) for t in entries]
    expected = 3.0 if any(d < 25 for d in distances) else 1.5 if any(d < 150 for d in distances) else 0.0
    assert _Nearby(entries).closeness(entry, None) == expected
