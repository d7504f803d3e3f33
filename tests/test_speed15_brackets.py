"""The brackets a text opens, found by a search, are where the loop over every character found them: on real dev
texts and on drawn strings."""

from __future__ import annotations

from harmledger.geo.normalize import fold_text
from harmledger.geo.places import _Brackets
from speed_fixtures import dev_texts, drawn


def _opens_as_before(folded: str) -> list[int]:
    return [at for at, char in enumerate(folded) if char == "("]


def test_opens_as_before_ondev_texts(eval_dir):
    opened = 0
    for suite, records in (("gva-articles", 150), ("acled-notes", 300), ("seed", 60), ("gva-incidents", 60)):
        for text in dev_texts(eval_dir, suite)[:records]:
            folded, _ = fold_text(text)
            expected = _opens_as_before(folded)
            assert _Brackets(folded, []).opens == expected
            opened += len(expected)
    assert opened > 100


def test_opens_as_before_on_drawn_text():
    opened = 0
    pieces = ["(", ")", "((", "Kharkiv ", "(Oblast) ", "é", "\u212a", "  ", "\n", "\\(", "[", "x"]
    for text in drawn(pieces, 3000, 20):
        folded, _ = fold_text(text)
        expected = _opens_as_before(folded)
        assert _Brackets(folded, []).opens == expected, folded
        opened += len(expected)
    assert opened > 1000


def test_a_town_s_bracket_still_names_its_area():
    folded, _ = fold_text("Shelling hit Kupiansk (Kharkiv oblast) and (later) Izium.")
    assert _Brackets(folded, []).opens == [folded.index("("), folded.index("(later")]
