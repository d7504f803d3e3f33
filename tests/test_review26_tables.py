"""Round 29's figures mended after review: a title-case headline's numbers are no flattened table, the bodies
of the dead taken to hospitals are still dead, patients moved between hospitals are no wounded, and "feared"
counts the dead only told passive or before its clause ends."""

from __future__ import annotations

import pytest

from harmledger.extract.counts import find_counts


def _figures(sentence: str) -> list[tuple[str, int]]:
    return [(c.slot, c.value) for c in find_counts(sentence)]


@pytest.mark.parametrize("sentence, figures", [
    ("2 Dead 3 Injured In Overnight Shooting", [("killed", 2), ("injured", 3)]),
    ("Crash Leaves 2 Dead 3 Injured On I-95", [("killed", 2), ("injured", 3)]),
    ("Gunfire At Block Party: 4 Dead 7 Wounded In Southside", [("killed", 4), ("injured", 7)]),
    # a flash update's flattened table still gives each column its figure
    ("Casualties: Killed 3 Injured 17", [("killed", 3), ("injured", 17)]),
    ("Key figures: Killed: 25; Injured: 61", [("killed", 25), ("injured", 61)]),
])
def test_a_headline_s_numbers_are_no_table_columns(sentence, figures):
    assert _figures(sentence) == figures


def test_a_number_after_a_label_and_another_number_is_no_column():
    assert ("injured", 2) not in _figures("Week 3 Injured 2 players return")


@pytest.mark.parametrize("sentence, figures", [
    ("The bodies of 12 people were taken to hospitals, the civil defence agency said.", [("killed", 12)]),
    ("Medics said the remains of nine people were rushed to hospitals in Khan Younis.", [("killed", 9)]),
    ("Rescuers recovered 12 bodies and took them to hospitals.", [("killed", 12)]),
    ("Nine wounded were rushed to hospitals in Khan Younis.", [("injured", 9)]),
])
def test_the_bodies_taken_to_hospitals_are_the_dead(sentence, figures):
    assert _figures(sentence) == figures


@pytest.mark.parametrize("sentence", [
    "Around 30 patients were transported to hospitals in the south.",
    "The 200 premature babies were evacuated to hospitals in Egypt.",
])
def test_patients_moved_to_hospitals_are_no_wounded(sentence):
    assert _figures(sentence) == []


def test_the_shot_taken_to_hospitals_are_also_read_as_injured():
    """The trade-off round 29 chose: "taken to hospitals" (bare plural) is a wound term, so the shot taken there
    are read as injured too, the dead among them included (framing weighs the figures)."""
    assert _figures("Two people were shot, one fatally. Both were taken to hospitals.") == [
        ("shot", 2), ("killed", 1), ("injured", 2)]


@pytest.mark.parametrize("sentence, figures", [
    ("Seven persons were feared killed in the attack.", [("killed", 7)]),
    ("12 are feared dead after the boat capsized.", [("killed", 12)]),
    ("At least 30 migrants feared dead in boat capsize off Libya", [("killed", 30)]),
    ("Four fishermen feared killed.", [("killed", 4)]),
    ("The three residents feared dead bodies would spread disease.", []),
    ("Two villagers feared killed relatives had been buried in a mass grave.", []),
])
def test_feared_counts_the_dead_only_as_believed_dead(sentence, figures):
    assert _figures(sentence) == figures
