"""Extract work that grew with the square of a text's length (session 25's scaling probe: each family of
pathological text timed at n and 4n), shown bounded by structure or by counted reads, never by a clock.

- A run of white space (a PDF's layout, a table flattened with tabs and no-break spaces): the sentence splitter's
  boundary pattern was tried at each character of the run and each try read the rest of the run, so 40,000
  spaces took 5 s in ``split_sentences`` alone.
- A long headline (a crawler's "title" field holding a page's list of headlines): ``headline.as_prose`` read the
  whole headline before each present-tense verb and after each harm, so 90 KB of headlines took 5 s and 1 MB
  would take many minutes, before the time budget's clock starts. It now reads back only over the gap and the
  word before a verb, and keeps the next death found; a title longer than any headline
  (``limits.MAX_TITLE_CHARS``) is not read at all.
"""

from __future__ import annotations

import re
import warnings

import pytest

from harmledger import extract
from harmledger.extract import headline
from harmledger.extract.limits import ExtractWarning
from harmledger.text import sentences
from harmledger.text.sentences import split_sentences


@pytest.mark.parametrize("run", [" " * 50, "\t \u00a0" * 20, " \n " * 30, "\n\n\n" + " " * 40, "   \n\t\n  "])
def test_no_sentence_boundary_begins_inside_a_run_of_white_space(run):
    """Why a run costs its length once: the pattern is refused at once at each of the run's characters after its first."""
    text = f"Two people were killed in Kharkiv.{run}Police said the strike hit a school"
    first = text.index(run)
    for inside in range(first + 1, first + len(run)):
        assert sentences._BOUNDARY.match(text, inside) is None


@pytest.mark.parametrize("run, split", [
    (" \n\n ", True),  # a paragraph break inside spaces
    ("   \t\u00a0  ", True),  # a stop, spaces and a capital
    ("\n", True),  # a line after a stop
])
def test_a_run_of_white_space_still_ends_the_sentence_before_it(run, split):
    text = f"Two people were killed in Kharkiv, officials said.{run}Police said the strike hit a school."
    assert [s.text for s in split_sentences(text)] == ["Two people were killed in Kharkiv, officials said.",
                                                       "Police said the strike hit a school."]


def test_a_paragraph_break_deep_in_a_long_run_of_spaces_still_splits():
    text = "Gunmen killed three villagers in Zamfara state" + " " * 30_000 + "\n\n" + " " * 30_000 + "Police said"
    assert [s.text for s in split_sentences(text)] == ["Gunmen killed three villagers in Zamfara state", "Police said"]


def test_a_report_padded_with_a_million_blanks_is_read_through():
    """A million spaces inside a sentence: read in a fraction of a second, where the square of the run (each of
    its characters reading the rest) was hours."""
    text = ("KYIV, March 4 - A Russian drone strike killed two people in Kharkiv on Monday" + " " * 1_000_000
            + "the governor said. Three more were wounded in Sumy, officials said.")
    with warnings.catch_warnings():
        warnings.simplefilter("error", ExtractWarning)  # no time budget spent: the whole text was read
        found = extract(text, published="2024-03-04")
    assert {m.killed.value for m in found if m.killed} == {2}
    assert {m.injured.value for m in found if m.injured} == {3}


class _CountedTitle(str):
    """A headline that counts the characters each slice or index of it hands out."""

    reads: list[int]

    def __getitem__(self, key):
        got = super().__getitem__(key)
        self.reads.append(len(got))
        return got


class _CountedScans:
    """A compiled pattern that counts the characters each search of it reads: to its match's end, else to the end."""

    def __init__(self, pattern: re.Pattern[str], reads: list[int]):
        self.pattern, self.reads = pattern, reads

    def search(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        found = self.pattern.search(text, pos, end)
        self.reads.append((found.end() if found else end) - pos)
        return found

    def finditer(self, text, pos=0, endpos=None):
        end = len(text) if endpos is None else min(endpos, len(text))
        self.reads.append(end - pos)
        return self.pattern.finditer(text, pos, end)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


_HEADLINES = [
    "Man shoots 2 neighbors, wounds third in Akron", "Teen wounded in drive-by dies at hospital",
    "Police: Woman kills husband, self in murder-suicide", "3 killed, 5 injured in overnight shooting",
    "Gunman opens fire at bar, kills one", "Boy, 5, shot in ankle while sleeping | WSMV",
    "Drone strike kills four at El Fasher hospital", "Father of three dies from his wounds",
]


def _counted_reads(monkeypatch, title: str) -> list[int]:
    reads: list[int] = []
    for name, value in list(vars(headline).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(headline, name, _CountedScans(value, reads))
    rules = headline._rules()
    monkeypatch.setattr(headline, "_rules", lambda: {k: _CountedScans(v, reads) if isinstance(v, re.Pattern) else v for k, v in rules.items()})
    counted = _CountedTitle(title)
    counted.reads = reads
    headline.as_prose(counted)
    return reads


def test_a_short_headline_is_read_a_few_times_over(monkeypatch):
    """The counting itself: it sees the reads that a headline's rewrite makes."""
    title = _HEADLINES[0]
    reads = _counted_reads(monkeypatch, title)
    assert len(title) <= sum(reads) < 60 * len(title)


def test_a_long_headline_is_read_a_bounded_number_of_times_however_long(monkeypatch):
    title = " ".join(_HEADLINES[n % len(_HEADLINES)] for n in range(400))
    reads = _counted_reads(monkeypatch, title)
    assert sum(reads) < 60 * len(title)  # was 100 times the length and more: quadratic in the headline's length


def test_a_title_longer_than_any_headline_is_not_read_and_the_warning_says_so(monkeypatch):
    """A crawler's "title" field holding a page's list of other stories: not read as this report's headline, so
    its rewrite (before the time budget's clock) is never asked to read it."""
    from harmledger.extract import pipeline

    rewritten: list[str] = []
    monkeypatch.setattr(pipeline, "as_prose", lambda title: rewritten.append(title) or headline.as_prose(title))
    text = "Two people were shot dead outside a nightclub in Memphis early on Sunday, police said."
    title = " | ".join(_HEADLINES[n % len(_HEADLINES)] for n in range(5_000))
    with pytest.warns(ExtractWarning, match=rf"the title is {len(title):,} characters long, more than any headline \(1,000 at most\): not read"):
        found = extract(text, published="2024-05-05", title=title)
    assert not rewritten
    assert [(m.killed.value, m.place.name) for m in found] == [(2, "Memphis")]


def test_a_long_headline_within_the_limit_is_still_read_where_the_text_gives_no_figure():
    title = ("Drone strike kills four at El Fasher hospital as RSF shelling of the city's last working medical "
             "facilities enters its third week, aid groups say, while thousands flee toward Tawila and the camps "
             "of North Darfur state amid warnings of famine, cholera and mass killings along the road out of the city")
    assert 200 < len(title) < 1_000
    found = extract("Accept cookies to continue. Subscribe to our newsletter.", published="2024-05-05", title=title)
    assert [m.killed.value for m in found if m.killed] == [4]
