"""Extract work that grew with the square of a report's figures (session 24's scaling probe), shown bounded by
how often the figures are read, never by a clock.

A live blog that restates its toll over and over ("the death toll rose to 41 ... rose to 42 ...", a running
tally of a flood or a siege) gives the figure model one candidate a value. Each candidate looked through
every figure of the report three times (its own, the lead incident's largest, the first one told), so
4,000 restatements took 5 s in ``figure_features`` alone; grouped once, they take a few hundredths.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

from harmledger import extract
from harmledger.extract import frame
from harmledger.extract.figure_features import Told, candidates
from harmledger.extract.figures import Finding
from harmledger.extract.limits import ExtractWarning
from harmledger.model import Span


@dataclass(frozen=True)
class _CountedTold(Told):
    """A ``Told`` that counts each read of its fields."""

    def __getattribute__(self, name):
        if not name.startswith("__"):
            object.__getattribute__(self, "reads").append(name)
        return object.__getattribute__(self, name)


def _told(value: int, sentence: int, reads: list[str]) -> Told:
    finding = Finding("killed", value, "exact", None, None, None, 0, 2)
    told = _CountedTold(sentence, finding, Span(0, 2, str(value)), None, draft=sentence % 3, background=False, kind="event")
    object.__setattr__(told, "reads", reads)
    return told


def test_each_figure_is_read_a_bounded_number_of_times_however_many_values_the_report_gives():
    reads: list[str] = []
    told = [_told(value, sentence, reads) for sentence, value in enumerate(range(2, 602))]
    found = candidates("killed", 41, told, lead=0)
    assert [c.value for c in found] == list(range(2, 602)) + [None]
    assert len(reads) < 40 * len(told)  # was over 3 reads a figure for each of the 600 values: 1,800 a figure


def test_the_features_that_compare_a_value_with_every_figure_still_do():
    reads: list[str] = []
    told = [_told(9, 0, reads), _told(5, 1, reads), _told(12, 3, reads), _told(7, 6, reads)]  # drafts 0, 1, 0, 0
    by_value = {c.value: c for c in candidates("killed", 7, told, lead=0)}
    assert by_value[9].features["first_figure"] == 1.0 and by_value[5].features["first_figure"] == 0.0
    assert by_value[12].features["largest_in_lead"] == 1.0 and by_value[9].features["largest_in_lead"] == 0.0
    assert by_value[5].features["elsewhere_only"] == 1.0 and by_value[5].told.draft == 1
    assert by_value[7].features["rules"] == 1.0 and by_value[7].told.sentence == 6


def test_a_running_tally_of_restated_tolls_weighs_every_value_it_states():
    updates = " ".join(f"By {hour % 12 + 1} p.m. the death toll from the flooding in Derna had risen to {41 + hour}, "
                       "the Red Crescent said." for hour in range(150))
    with warnings.catch_warnings(), frame.figures_weighed() as weighed:
        warnings.simplefilter("ignore", ExtractWarning)
        extract("Floods swept through Derna, Libya, on Monday, killing at least 40 people, officials said. " + updates,
                published="2023-09-12")
    assert weighed, "the figure model was not asked"
    (found, _rules), = weighed
    values = [c.value for c in found if c.value is not None]
    assert {40, 41, 190} <= set(values) and len(values) == len(set(values))
