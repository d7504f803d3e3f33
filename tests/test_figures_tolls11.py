"""Headlines that drop the article before the round that hit someone ("4-year-old boy hit by stray bullet"):
read as "hit by a stray bullet", as the prose rules read it (issue 10). The headlines are gva-incidents dev
titles over pages of banners and menus, where the headline is all a report tells."""

from __future__ import annotations

import pytest
from test_headlines import _figures  # each figure as (value, the title's words it points at), over a page of banners

from harmledger.extract.headline import as_prose


@pytest.mark.parametrize("title", [
    "4-year-old boy hit by stray bullet outside DeKalb apartments",
    "4-year-old boy hit by stray bullet in parking lot",
    "Woman hit by stray bullet a block from shooting scene",
    "San Francisco: 5-year-old girl hit by stray bullet",
])
def test_one_hit_by_a_stray_bullet_is_one_wounded(title):
    assert _figures(title)["injured"][0] == 1


def test_the_article_is_put_in_and_traced_to_no_word_of_the_title():
    prose = as_prose("Toddler Grazed by Bullet During Shooting")
    at = prose.text.index("a bullet")
    assert not prose.copied[at] and prose.text[at + 2:at + 8] == "bullet"


def test_bullets_told_in_the_plural_take_no_article():
    assert "by a " not in as_prose("Home hit by bullets overnight").text
