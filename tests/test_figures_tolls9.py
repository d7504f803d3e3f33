"""Casualty figures read from one report: issue 10's toll bar, session 14 (tolls13).

Cases are written in the style of US local crime reporting (the GVA suites), not copied from it.
Each failed before the rule it pins; the guards say what must stay as it was.
"""

from __future__ import annotations

import pytest
from test_figures_tolls6 import _lead  # the lead incident's figures, read as session 12's cases read them


def _toll(text: str) -> tuple[int | None, int | None]:
    lead = _lead(text)
    assert lead is not None
    return (lead.killed.best if lead.killed else None, lead.injured.best if lead.injured else None)


# --- a person shot whom the sentence tells alive ("was grazed", "shot ... but survived") is wounded,
# not the dead told before them under another name

@pytest.mark.parametrize("text", [
    "Deputies say Marcus Lane fatally shot Tanya Brooks, 19, outside an apartment on Birch Road. Devin Cole, 22, was grazed and survived.",
    "Police said Ray Dunn was shot and killed in the parking lot on Friday night. His cousin, Andre Dunn, was grazed by a bullet.",
    "A 30-year-old man was shot to death on Cedar Avenue early Sunday. Kelsey Ward was shot in the arm but survived, police said.",
])
def test_a_victim_told_alive_after_a_killing_is_wounded(text):
    assert _toll(text) == (1, 1)


def test_the_dead_named_again_as_shot_is_still_one_victim():
    text = "Deputies say Marcus Lane fatally shot Tanya Brooks, 19, outside an apartment on Birch Road. Brooks was shot in the chest."
    assert _toll(text) == (1, None)


# --- harm only wondered about ("unclear whether any of the six suspects were injured") counts no one

@pytest.mark.parametrize("text", [
    "Officers exchanged gunfire with the suspects on Grant Street. Police said it was unclear whether any of the six suspects were injured.",
    "Officers exchanged gunfire with the robbers outside the bank. It was unclear whether the two suspects were wounded.",
])
def test_injuries_only_wondered_about_count_no_one(text):
    lead = _lead(text)
    assert lead is None or lead.injured is None


def test_a_count_told_plainly_beside_a_doubt_still_counts():
    text = "Two men were shot on Grant Street on Sunday. It was not clear if the men were shot by the same gunman."
    assert _toll(text) == (None, 2)
