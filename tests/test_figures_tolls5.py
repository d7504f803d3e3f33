"""Casualty figures read from one sentence or headline: issue 10's toll bar, session 11 (tolls9).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract


def _killed(text: str, title: str | None = None) -> int | None:
    """The killed figure of the report's lead incident."""
    mentions = extract(text, "2016-10-31", title=title)
    lead = next((m for m in mentions if m.kind == "event" and not m.background), None)
    return lead.killed.best if lead and lead.killed else None


# --- an ordinal in digits tells the toll as the worded one does ("a fourth victim died": 4)

@pytest.mark.parametrize(("text", "title", "killed"), [
    ("Police said a 4th victim died Monday at the hospital.", None, 4),
    ("The 3rd person shot outside the club has died, the coroner said.", None, 3),
    ("", "5th person dies after August murder-suicide in Clay County", 5),
    ("", "2nd victim dies after Elm Street shooting", 2),
])
def test_a_digit_ordinal_victim_who_died_counts_the_dead_so_far(text, title, killed):
    assert _killed(text, title) == killed


@pytest.mark.parametrize(("text", "title", "killed"), [
    ("The May 4th shooting victim died Monday, police said.", None, 1),  # a date's digits, not an ordinal
    ("Police said a fourth victim died Monday at the hospital.", None, 4),
    ("", "2 teens killed in Elm Street shooting", 2),
    ("", "Third victim dies after Florida mass shooting", 3),
])
def test_guard_dates_counts_and_worded_ordinals_read_as_before(text, title, killed):
    assert _killed(text, title) == killed


@pytest.mark.parametrize("sentence", [
    "A 3rd grade student was shot in the leg, police said.",
    "Police said the 2nd Precinct officer was wounded in the exchange.",
])
def test_guard_digits_before_another_word_are_no_ordinal_of_victims(sentence):
    mentions = extract(sentence, "2016-10-31")
    assert [m.injured.best for m in mentions if m.injured] == [1]
