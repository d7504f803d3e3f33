"""The town whose police the text names places a lead incident only where they are the case's police: not a
person's job ("a retired New York police detective"), not across a line, and not a town outside the state the
text names. (A capitalised "Police" only before "Department", against county and state forces such as "Kent
Police", cost gva-incidents held-aside place<25km one record, dev none: left out.)"""

from __future__ import annotations

import pytest

from harmledger.extract import extract

_HARM = "A man was shot and killed late Saturday outside an apartment complex, authorities said. "


def _lead_place(text: str) -> str | None:
    lead = next(m for m in extract(text, "2024-05-01") if not m.background and m.kind == "event")
    return lead.place.name if lead.place else None


@pytest.mark.parametrize("text", [
    _HARM + "The victim was a retired New York police detective.",
    _HARM + "The victim was an off-duty Chicago police officer.",
    _HARM + "A Miami police officer was among the first to arrive.",
    _HARM + "The victim, a former Houston police officer, was 54.",
    _HARM + "The victim was 23 and lived in Memphis\nPolice said the two men had argued.",
    _HARM + "Georgia State Patrol and Columbus police responded to the scene.",
])
def test_police_that_are_not_the_case_s_place_nothing(text):
    assert _lead_place(text) is None


@pytest.mark.parametrize("text, town", [
    (_HARM + "A Memphis police spokesman said no arrests had been made.", "Memphis"),
    (_HARM + "Anyone with information should call the Durham Police Department.", "Durham"),
    (_HARM + "Dallas police said the suspect fled.", "Dallas"),
    (_HARM + "Columbus police said the victim, an Ohio State student, was 21.", "Columbus"),
])
def test_the_case_s_police_still_place_the_lead(text, town):
    assert _lead_place(text) == town
