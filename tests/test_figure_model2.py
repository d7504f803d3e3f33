"""The figure model's seam for training (issue 11's review): framing hands the lead incident's candidates and the
rules' answer to whoever collects them (``frame.figures_weighed``), where training once patched
``figure_model.chosen`` to see them; outside training, candidates are built only where the model has a choice."""

import pytest
from harmledger.extract import frame
from war_fixtures import lead, value

ONE_FIGURE = ("A 19-year-old man was shot and killed outside a convenience store on Elm Street early Saturday, "
              "police said.")
TWO_FIGURES = ("Prosecutors charged a Dallas man on Friday with murder in the shooting deaths of four people at a house party. "
               "The identities of two of those killed have not been released.")
NO_DEATH = "Four people were wounded in a shooting outside a nightclub on Main Street early Sunday, police said."


@pytest.mark.parametrize("text, rules, values", [
    (ONE_FIGURE, 1, [1, None]),
    (TWO_FIGURES, 2, [2, 4, None]),  # the rules take "two of those killed"; the model, below, the four
    (NO_DEATH, None, [None]),
])
def test_training_collects_every_lead_incidents_candidates(text, rules, values):
    with frame.figures_weighed() as weighed:
        lead(text, "2016-04-18")
    (found, answer), = weighed
    assert answer == rules and [c.value for c in found] == values


def test_nothing_is_collected_outside_the_block():
    with frame.figures_weighed() as weighed:
        pass
    lead(TWO_FIGURES, "2016-04-18")
    assert weighed == []


@pytest.mark.parametrize("text, killed", [(ONE_FIGURE, 1), (NO_DEATH, None)])
def test_candidates_are_built_only_where_the_model_has_a_choice(text, killed, monkeypatch):
    def refused(*args):
        raise AssertionError("candidates built where the model cannot choose")

    monkeypatch.setattr(frame, "candidates", refused)
    assert value(lead(text, "2016-04-18").killed) == killed


def test_the_model_still_chooses_where_it_can():
    assert value(lead(TWO_FIGURES, "2016-04-18").killed) == 4
