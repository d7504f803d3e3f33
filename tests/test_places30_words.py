"""A town whose name English mostly writes as a word or a surname ("Phoenix", "Jackson"), written where only a
town fits: a dateline in capitals, or before its own police (``geo.places._written_as_town``)."""

from __future__ import annotations

import pytest

import harmledger
from harmledger.geo import find_places


def _places(text: str) -> list[tuple[str, str | None]]:
    return [(p.place.name, p.place.admin1) for p in find_places(text)]


def test_a_dateline_in_capitals_is_the_town() -> None:
    text = "PHOENIX (AP) — A 19-year-old man was shot and killed outside a convenience store early Sunday, police said."
    found = find_places(text)
    assert [(p.place.name, p.place.admin1, p.is_dateline) for p in found] == [("Phoenix", "Arizona", True)]
    assert harmledger.extract(text, published="2024-05-05")[0].place.name == "Phoenix"


@pytest.mark.parametrize("text", [
    "Jackson police are investigating a shooting that left two men wounded Saturday night on Northside Drive.",
    "Two men were wounded in a shooting on Northside Drive late Saturday, according to the Jackson Police Department.",
])
def test_a_town_s_own_police_name_the_town(text: str) -> None:
    assert ("Jackson", "Mississippi") in _places(text)


def test_the_town_s_other_mentions_are_the_town_too() -> None:
    text = ("Phoenix police taped off the scene at Seventh Street and Broadway. One person was shot dead and four "
            "others were injured in a Phoenix business area just before dawn.")
    assert [m.place.name for m in harmledger.extract(text, published="2024-05-05")][:1] == ["Phoenix"]


@pytest.mark.parametrize("text", [
    "Jackson was shot in the leg during an argument outside a bar, police said.",
    "Deshawn Jackson, 24, was shot in the leg during an argument outside a bar, police said.",
    "Police said Marcus Phoenix fired at officers before he was shot.",
    "Detective Mike Jackson told police the car was stolen.",
])
def test_a_person_of_the_name_is_still_no_town(text: str) -> None:
    assert _places(text) == []


@pytest.mark.parametrize("text", [
    "SAVANNAH, Ga. (WJCL) - Metro police say a Savannah teen was accidentally shot by her friend.",
    "State Police said a trooper shot the driver after a chase that ended in Savannah, Georgia.",
])
def test_a_kind_of_force_names_no_town(text: str) -> None:
    assert {admin1 for _, admin1 in _places(text)} == {"Georgia"}

