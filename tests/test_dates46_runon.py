"""A run-on text (round dates46, issue 11: "some inputs stall extract"): thousands of dated clauses with no full stop
between them, each followed by a phrase counting forward ("and a day later ..."), as a feed with its stops stripped or
a machine translation gives them. Each phrase counts from the latest day told before it; finding that day, and whether
a harm is told before or after the phrase, was a search over all the mentions or all the text before it for each
phrase: on main ``resolve_when`` took 27 s over 1,000 such clauses, and four times as long over twice as many.
(``extract`` hands it sentences of at most ``MAX_SENTENCE_CHARS``, so the cost showed where ``resolve_when`` is called
on a longer text.) The work is counted here, not timed.
"""

from datetime import date, timedelta

import pytest

from harmledger.extract import when
from harmledger.extract.when import last_day_told, resolve_when

CLAUSES = 2000
PUBLISHED = date(2026, 12, 31)


def _run_on(clause: str) -> str:
    """``CLAUSES`` clauses, each on a day of 2026 in turn (1 January, 2 January, ...), joined by commas alone."""
    days = (date(2026, 1, 1) + timedelta(days=i % 360) for i in range(CLAUSES))
    return ", ".join(clause.format(day=f"{d.day} {d:%B}") for d in days)


class _Counted:
    """A compiled pattern whose searches are counted."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)


@pytest.fixture
def counted(monkeypatch):
    """The calls to the test of a single day told and to the search for a new harm, counted."""
    calls = {"single_day_told": 0}
    single_day_told = when._single_day_told

    def counting(mention):
        calls["single_day_told"] += 1
        return single_day_told(mention)

    monkeypatch.setattr(when, "_single_day_told", counting)
    harm = _Counted(when._new_harm())
    monkeypatch.setattr(when, "_new_harm", lambda: harm)
    return calls, harm


def test_each_phrase_counting_on_in_a_run_on_text_counts_from_its_own_clause(counted):
    """Every "a day later" is the day after its clause's date, and each mention is tested once, not once a phrase."""
    calls, harm = counted
    mentions = resolve_when(_run_on("talks were held in Jeddah on {day}, and a day later the envoy left"), PUBLISHED)
    later = [m for m in mentions if m.text == "a day later"]
    stated = [m for m in mentions if m.text != "a day later"]
    assert len(later) == len(stated) == CLAUSES
    assert all(after.when.start == told.when.end + timedelta(days=1) for told, after in zip(stated, later))
    assert calls["single_day_told"] <= len(mentions)
    assert harm.calls <= 1


def test_a_harm_told_first_in_a_run_on_text_ends_the_counting_on_at_once(counted):
    """"Rockets hit Israel on 1 January, and a day later strikes killed six, ...": the harm told first is its clause's
    day's, and so for every later phrase; no phrase is dated, and the text is searched for a harm once."""
    calls, harm = counted
    mentions = resolve_when(_run_on("rockets hit Israel on {day}, and a day later strikes killed six"), PUBLISHED)
    assert [m.text for m in mentions[:2]] == ["1 January", "2 January"]
    assert not any(m.text == "a day later" for m in mentions)
    assert harm.calls <= 1


def test_the_last_day_told_of_a_sentence_asked_again_is_not_read_again(monkeypatch):
    """The pipeline asks the last day told of the sentence before each that counts on; a feed repeating its sentences
    asks it of the same one again."""
    reads = []
    monkeypatch.setattr(when, "resolve_when", lambda *args: reads.append(args) or resolve_when(*args))
    last_day_told.cache_clear()
    sentence = "Talks between the army and the RSF collapsed in Jeddah on Monday."
    days = {last_day_told(sentence, date(2026, 11, 28)) for _ in range(50)}
    assert days == {date(2026, 11, 23)} and len(reads) == 1
    last_day_told.cache_clear()
