"""The actors' rows found over the lower-cased text with regex's shared twins (``lower_case_twin``,
``lowers_as_ignorecase``) are the rows each pattern finds by a plain search: on real dev texts, on drawn
strings holding letters beyond ASCII, and on the letters that lower-case apart from ``re.IGNORECASE``."""

from __future__ import annotations

from harmledger.geo import areas
from harmledger.text.regex import lowers_as_ignorecase
from speed_fixtures import dev_texts, drawn


def _rows_found(text: str) -> list[bool]:
    lowered = text.lower() if lowers_as_ignorecase(text) else None
    return [areas._found(row, text, lowered) for row in areas._rows()]


def _rows_searched(text: str) -> list[bool]:
    return [row.pattern.search(text) is not None for row in areas._rows()]


def test_every_row_but_few_has_its_quick_twin():
    rows = areas._rows()
    assert sum(row.quick is not None for row in rows) >= len(rows) - 2


def test_rows_as_searched_ondev_texts(eval_dir):
    found = 0
    for suite, records in (("acled-notes", 400), ("gva-articles", 150), ("seed", 60), ("gva-incidents", 100)):
        for text in dev_texts(eval_dir, suite)[:records]:
            expected = _rows_searched(text)
            assert _rows_found(text) == expected, text[:120]
            found += sum(expected)
    assert found >= 100


_PIECES = ["Russian ", "RUSSIAN ", "russian", "forces ", "Hamas ", "IDF ", "Israeli ", "strikes ", "RSF ", "al-Shabaab ",
           "Wagner ", "é", "Ukraïne ", "Київ ", "\u0130", "\u0131", "\u017f", "\u212a", "’", "—", "  ", "\n", ", ",
           "troops ", "shelled ", "Houthi ", "militants ", "xRussian", "Russianx "]


def test_rows_as_searched_on_drawn_text():
    found = 0
    for text in drawn(_PIECES, 1500, 14):
        expected = _rows_searched(text)
        assert _rows_found(text) == expected, text
        found += sum(expected)
    assert found >= 500


def test_a_text_with_accents_names_its_actors():
    """A text with "é" now takes the quick path (lower-casing keeps its offsets) and finds the same war."""
    text = "Russian forces shelled Kupiansk; the café was hit."
    assert lowers_as_ignorecase(text)
    assert areas.actor_areas(text).votes.get("UA") == 1.0
