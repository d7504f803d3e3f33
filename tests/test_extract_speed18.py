"""Fast paths of extraction checked against the slow reference they replace, on real dev text."""

from __future__ import annotations

import re

import pytest

from harmledger.geo import areas
from harmledger.geo.areas import ActorAreas, actor_areas
from harmledger.text.regex import lowers_as_ignorecase
from speed_fixtures import dev_texts


def _every_row_searched(text: str) -> ActorAreas:
    """``actor_areas`` as it was before its one scan for the rows' words: every row's pattern searched."""
    reference = ActorAreas()
    lowered = text.lower() if lowers_as_ignorecase(text) else None
    for row in areas._rows():
        if areas._found(row, text, lowered):
            reference.admins |= row.admins
            reference.fronts |= row.fronts
            for rank, country in enumerate(row.countries):
                weight = 1.0 if rank == 0 else areas.SECONDARY_THEATRE
                reference.votes[country] = max(reference.votes.get(country, 0.0), weight)
    return reference


@pytest.mark.parametrize("suite", ["acled-notes", "gva-articles"])
def test_actor_areas_as_every_row_searched(eval_dir, suite):
    texts = dev_texts(eval_dir, suite)[:400]
    found = 0
    for text in texts:
        expected = _every_row_searched(text)
        assert actor_areas(text) == expected, text[:200]
        found += bool(expected.votes)
    assert found >= 20  # the texts name actors: the scan's rows are asked, not only refused


def test_actor_areas_of_text_lower_casing_apart():
    """"İ" lower-cases to two characters: such a text is searched row by row, and still found."""
    text = "İstanbul: Russian forces shelled Kupiansk overnight."
    assert actor_areas(text) == _every_row_searched(text)
    assert actor_areas(text).votes.get("UA") == 1.0


def test_body_before_as_searched_everywhere(eval_dir):
    """Before every word of real dev text, the body a speaker serves is found as the plain search finds it."""
    from harmledger.extract.speakers import _BODY_BEFORE, _body_before

    bodies = 0
    for text in dev_texts(eval_dir, "acled-notes")[:300] + dev_texts(eval_dir, "gva-articles")[:100]:
        for who in (m.start() for m in re.finditer(r"\b\w", text)):
            expected = _BODY_BEFORE.search(text, max(0, who - 60), who)
            found = _body_before(text, who)
            assert (found and found.span()) == (expected and expected.span()), text[max(0, who - 60):who]
            bodies += expected is not None
    assert bodies >= 5


def test_body_before_a_speaker():
    from harmledger.extract.speakers import find_speaker

    assert find_speaker("Two civilians were killed, the southern defence forces of Ukraine said.") == "southern defence forces of Ukraine"
    assert find_speaker("Three were wounded, the General Staff of the Armed Forces said.") == "General Staff of the Armed Forces"


def test_cubes_around_in_their_order():
    """The 27 cubes about a cell, in the order the nested steps gave them (towns are looked through in it)."""
    from harmledger.geo import cube, cubes_around

    for lat, lon in [(41.08, -81.52), (-33.87, 151.21), (89.9, 0.0), (0.0, -179.99)]:
        cell = cube(lat, lon, 25.0)
        expected = [(cell[0] + dx, cell[1] + dy, cell[2] + dz) for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)]
        assert cubes_around(cell) == expected


def test_named_groups_as_groupdict_gives_them(eval_dir):
    """A named group read from its pattern's names is what ``groupdict`` gives, on every match of the
    patterns ``implicit_figures`` tries in real dev sentences, "also" and "others" among them."""
    from harmledger.extract.victims import _group, _tried

    tried = _tried()
    names = {"also", "others", "victim", "no_such_group"}
    asked = told = 0
    for text in dev_texts(eval_dir, "gva-articles")[:150]:
        for gated in tried.gated.values():
            for match in gated.pattern.finditer(text):
                for name in names | set(match.re.groupindex):
                    assert _group(match, name) == match.groupdict().get(name)
                    asked += 1
                    told += name in ("also", "others") and _group(match, name) is not None
    assert asked > 1000 and told > 0
