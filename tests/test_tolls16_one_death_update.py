"""One person's death told as one of the people harmed ("One of two children wounded in two separate shootings
has died") is the news of one incident's toll, even where the sentence's other words tell a sum over several
incidents ("separate shootings", "over the weekend"): it stays with the lead incident, not an aggregate of its
own. A toll of many over the same words is still an aggregate.

The sentences are written for these tests, in several outlets' styles.
"""

from __future__ import annotations

import pytest

from harmledger.extract import extract


def _mentions(text: str):
    return extract(text, "2016-06-02")


@pytest.mark.parametrize("text", [
    "HOUSTON — Police said two boys were critically injured by gunfire on Friday night. "
    "One of two boys under the age of ten critically injured in separate shootings Friday night died Sunday at "
    "Children's Hospital.",
    "Two toddlers were shot in Memphis late Tuesday, police said. One of two toddlers under the age of three "
    "critically wounded in two separate shootings late Tuesday has died, according to the Memphis Police Department.",
])
def test_one_death_told_among_the_harmed_updates_the_lead_incident(text):
    mentions = _mentions(text)
    assert [m for m in mentions if m.kind == "aggregate"] == []
    lead = next(m for m in mentions if m.kind == "event" and not m.background)
    assert lead.killed is not None and lead.killed.value == 1


@pytest.mark.parametrize("text", [
    "Four people were killed in separate shootings across the city over the weekend, police said.",
    "Police said 12 people were shot, three of them fatally, in separate shootings across Chicago over the weekend.",
    # the dead told among the harmed counted by a figure: the sum of them all stays with the roundup
    "One of 12 people shot in separate shootings across Chicago over the weekend has died, police said.",
])
def test_guard_a_toll_of_many_over_separate_shootings_stays_an_aggregate(text):
    mentions = _mentions(text)
    assert any(m.kind == "aggregate" for m in mentions)
    assert all(m.killed is None or m.killed.value <= 1 for m in mentions if m.kind == "event")
