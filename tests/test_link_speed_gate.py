"""A mention other than its report's lead is offered no candidate with a member beyond its radius: a member whose
latitude alone puts it beyond is not measured (``linker._measured`` gives ``FAR``). That is exact: every pair is either
``apart`` itself or lies beyond the radius measured, and the crowd and the candidates offered are the same."""

import math
from datetime import date, timedelta

import pytest

from harmledger.link.features import KM_PER_DEGREE, Side, apart, distance_km, near_apart
from harmledger.link.fingerprint import fingerprint
from harmledger.link.linker import FAR, RADIUS_KM, _beyond, _measured, _radius
from harmledger.model import Mention, Place

TOWNS = [  # real places of the GVA suite's reports, and points near them
    ("Decatur", "Georgia", 33.7748, -84.2963), ("Atlanta", "Georgia", 33.749, -84.388), ("Savannah", "Georgia", 32.0809, -81.0912),
    ("Chicago", "Illinois", 41.85, -87.65), ("Gary", "Indiana", 41.5934, -87.3464), ("Camden", "New Jersey", 39.9259, -75.1196),
    ("Philadelphia", "Pennsylvania", 39.9523, -75.1638), ("Macon", "Georgia", 32.8407, -83.6324), ("Marietta", "Georgia", 33.9526, -84.5499),
]
TEXT = ("Two men were shot Sunday night outside a convenience store on Candler Road, police said. Officers found Jamal Prescott, "
        "22, and Andre Whitfield, 19, wounded in the parking lot shortly before 11 p.m. Both were taken to Grady Memorial Hospital.")


def _side(town: str, state: str, lat: float, lon: float, day: int = 0) -> Side:
    placed = Mention(kind="event", place=Place(None, town, state, "US", lat, lon))
    published = date(2016, 3, 14) + timedelta(days=day)
    return Side(fingerprint(TEXT, [placed], title=f"Two shot in {town}", published=published), 1, lat, lon, published)


def _members() -> list[tuple[None, Side]]:
    """Every town, and points due north of Decatur just inside and just beyond each radius (by one float step)."""
    found = [(None, _side(*town, day=n % 3)) for n, town in enumerate(TOWNS)]
    lat, lon = TOWNS[0][2], TOWNS[0][3]
    for radius in RADIUS_KM.values():
        edge = lat + radius / KM_PER_DEGREE
        for north in (math.nextafter(edge, -math.inf), edge, math.nextafter(edge, math.inf), edge + 0.01, edge - 0.01):
            found.append((None, _side("Decatur", "Georgia", north, lon)))
    found.append((None, Side(found[0][1].fingerprint, 2, None, None, None)))  # unplaced
    return found


@pytest.mark.parametrize("precision", ["town", "near", "region", None])
def test_a_member_is_far_only_where_it_lies_beyond_the_radius_measured_and_else_measured_exactly(precision):
    row = {"precision": precision}
    mention = _side(*TOWNS[0])
    members = _members()
    measured = _measured(mention, members, _radius(row))
    exact = [apart(mention, other) for _, other in members]
    assert len(measured) == len(members)
    far = 0
    for got, want, (_, other) in zip(measured, exact, members):
        if got is FAR:
            far += 1
            assert _beyond(distance_km(mention, other), row)
        else:
            assert got == want
    assert far  # the latitudes' test spares some measuring: Chicago, Camden and the points far north lie beyond every radius but a region's
    beyond = [_beyond(km, row) for km, _ in exact]
    assert [got[0] is not None and got[0] > _radius(row) for got in measured] == beyond  # the candidates offered: the same
    assert [near_apart(*got) for got in measured] == [near_apart(*want) for want in exact]  # the crowd: the same


def test_the_lead_and_an_unplaced_mention_are_measured_against_every_member():
    members = _members()
    mention = _side(*TOWNS[0])
    assert _measured(mention, members, None) == [apart(mention, other) for _, other in members]
    unplaced = Side(mention.fingerprint, 1, None, None, mention.when)
    assert _measured(unplaced, members, _radius({"precision": "town"})) == [apart(unplaced, other) for _, other in members]
