"""Speed round 23: ``when._found`` scans only the shapes that can match a text: every shape but 'month' and
'weekday' needs a digit, and the days and spans of a month need a month's name. A shape left unscanned must match
nothing, on dev text (its sentences) and on drawn text. A dateline's day, a chronology's and a page's stamp hold a
digit too: a text without one is not tried for them."""

from __future__ import annotations

from datetime import date

import pytest

from harmledger.extract.when import (_NEED_A_MONTH, _dateline_day, _page_stamp, _patterns, _shapes_to_scan,
                                     dateline_day, resolve_when)
from harmledger.text import split_sentences
from speed_fixtures import dev_texts, drawn

_PIECES = ["May", "March", "Monday", " 12", "3", "/", "-", ".", " on ", " to ", "th", " 2024", "18:00", " p.m.",
           ", ", "the ", "Mayor", "Sun", "and", " ", "\n", "Nov. ", "between ", "of"]


def _unscanned_shapes_that_match(text: str) -> list[str]:
    scanned = _shapes_to_scan(text)
    return [shape for shape, pattern in _patterns().items() if shape not in scanned and pattern.search(text)]


@pytest.mark.parametrize("suite", ["gva-articles", "acled-notes", "seed"])
def test_no_shape_left_unscanned_matches_a_dev_sentence(eval_dir, suite):
    sentences = [s.text for text in dev_texts(eval_dir, suite)[:300] for s in split_sentences(text)]
    assert [(s, _unscanned_shapes_that_match(s)) for s in sentences if _unscanned_shapes_that_match(s)] == []


def test_no_shape_left_unscanned_matches_a_drawn_text():
    texts = list(drawn(_PIECES, 4000, 14))
    assert [(t, _unscanned_shapes_that_match(t)) for t in texts if _unscanned_shapes_that_match(t)] == []


_DATELINE_PIECES = ["KYIV", ", ", "July", " 9", " (Reuters)", " — ", "Nov.", " 27", "\n", "Published ", "2024", "/",
                    "Friday", " ", "—", "10:05", " GMT", "Gunmen killed", "3", "."]


def _digitless_lines_told(texts: list[str]) -> list[str]:
    """The texts without a digit that a dateline's or a stamp's pattern matches at a line's start (none may)."""
    def starts(text):
        return [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]
    return [t for t in texts if not any(c.isdigit() for c in t)
            and any(p.match(t, s) for p in (_dateline_day(), _page_stamp()) for s in starts(t))]


def test_no_digitless_text_opens_a_dateline_or_a_stamp(eval_dir):
    texts = [s.text for text in dev_texts(eval_dir, "gva-articles")[:300] for s in split_sentences(text)]
    texts += [text[:400] for suite in ("acled-notes", "seed") for text in dev_texts(eval_dir, suite)]
    drawn_texts = list(drawn(_DATELINE_PIECES, 4000, 12))
    assert sum(not any(c.isdigit() for c in t) for t in drawn_texts) > 500  # the check has digitless texts to try
    assert any(_dateline_day().match(t) for t in drawn_texts)  # and the patterns match drawn text that has digits
    assert _digitless_lines_told(texts + drawn_texts) == []


def test_datelines_are_read_as_before():
    today = date(2026, 11, 28)
    assert dateline_day("KYIV, Nov 27 (Reuters) - Russian drones hit the city overnight.", today) == (date(2026, 11, 27), True)
    assert dateline_day("DAYTON, Ohio (AP) — A man was shot Friday, police said.", today) == (None, False)
    assert dateline_day("Nov. 27, 2026 — Gunmen killed 12 worshippers.", today) == (None, False)


def test_a_text_without_a_digit_is_scanned_for_months_and_weekdays_only():
    assert set(_shapes_to_scan("Police said a man was shot on Monday in May.")) == {"month", "weekday"}
    assert _NEED_A_MONTH.isdisjoint(_shapes_to_scan("Two men, 19 and 22, were shot on Saturday night."))
    assert _NEED_A_MONTH <= set(_shapes_to_scan("He was shot on 12 May 2024."))


@pytest.mark.parametrize("text, told", [
    ("A man, 34, was shot dead on Saturday night in the 1200 block of Elm Street, police said.",
     [("on Saturday night", "2026-11-21")]),
    ("The crash happened at 2:30 p.m. on Interstate 40, troopers said Tuesday.", [("Tuesday", "2026-11-24")]),
    ("Smith, 71, of Dayton, died March 3, 2025, surrounded by family.", [("March 3, 2025", "2025-03-03")]),
    ("Jurors convicted him on 14 May of the 2023 killing.", [("14 May", "2026-05-14")]),
    ("WASHINGTON (AP) — Two people were killed on Nov. 20 when a gunman opened fire.", [("Nov. 20", "2026-11-20")]),
])
def test_local_news_and_wire_days_are_read_as_before(text, told):
    """Ordinary local news and wire copy, each with digits that are no day beside the day it tells."""
    assert [(m.text, m.when.start.isoformat()) for m in resolve_when(text, date(2026, 11, 25))] == told
