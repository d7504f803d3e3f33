"""A round-up sentence in the text: "five people were dead ... in a string of separate, apparently unrelated
shootings", "Three people were killed in a violent weekend in Baltimore County". Its toll is the sum over many
incidents, told before the report goes through them one by one, so it is an aggregate and not the toll of the
incident the report leads with, however many words describe the string of shootings.

The texts are written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract

PUBLISHED = "2016-05-02"


def _mentions(text: str):
    return extract(text, PUBLISHED, title="Police investigate shootings")


@pytest.mark.parametrize("sentence", [
    "Within three hours, four people were dead and two wounded in a string of separate, apparently unrelated shootings in the city.",
    "Three people are dead and at least five hurt after a spate of violent, and often senseless, shootings across Fresno.",
    "Two men were killed and a woman was wounded in a series of unrelated late-night shootings, police said.",
    "Four people were killed in a rash of gang-related homicides on the West Side, police said.",
    "Five people were killed in a string of gun violence that stretched from Friday evening into Sunday.",
    "Three people were killed in a violent weekend in Baltimore County that included a double and a triple shooting.",
    "It was another violent night in Cincinnati as eight people were shot, two of them fatally, police said.",
    "Six people were killed during the most violent Memorial Day weekend the city has seen in a decade.",
])
def test_a_round_up_sentence_is_an_aggregate_toll(sentence):
    text = sentence + (" The first shooting happened around 9 p.m. Friday in the 1500 block of Elm Street, "
                       "where a 24-year-old man was shot in the leg, police said.")
    mentions = _mentions(text)
    round_up = next(m for m in mentions if m.killed is not None and m.killed.span.text in sentence)
    assert round_up.kind == "aggregate"
    lead = next(m for m in mentions if m.kind == "event" and not m.background)
    assert lead.killed is None
    assert lead.injured is not None and lead.injured.value == 1


@pytest.mark.parametrize(("sentence", "killed"), [
    ("A gunman killed three people at a Lakewood bar early Sunday in a violent rampage, police said.", 3),
    ("Two men were shot dead in a violent robbery at a convenience store on Main Street, police said.", 2),
    ("A series of Russian missile attacks killed five people in Kharkiv overnight, the governor said.", 5),
])
def test_guard_one_incident_told_with_violent_words_keeps_its_toll(sentence, killed):
    lead = next(m for m in _mentions(sentence) if m.kind == "event" and not m.background)
    assert lead.killed.value == killed
