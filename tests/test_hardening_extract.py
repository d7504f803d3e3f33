"""Issue 12, the extract side: inputs that crashed, stalled or gave absurd figures on the old main.

Each test names the reproduction it pins. Speed itself is measured by ``make bench``; here
the work is shown bounded by structure (how long a sentence pattern work sees, how many
places a sentence is checked against), never by a clock.
"""

from __future__ import annotations

import warnings
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import given, strategies as st

from harmledger import extract
from harmledger.extract import pipeline
from harmledger.extract.limits import PLAUSIBLE_MAX, Budget, ExtractWarning
from harmledger.extract.speakers import find_speaker
from harmledger.geo.build import haversine_km
from harmledger.geo.places import _Nearby
from harmledger.text.numbers import find_quantities, parse_number


@pytest.mark.parametrize("ending", ["Pa", "ga", "La", "va", "Mo", "pa."])
def test_a_text_ending_in_a_short_prefix_of_a_gazetteer_key_does_not_crash(ending: str) -> None:
    mentions = extract(f"Two people were killed in Scranton, {ending}")
    assert [m.killed.value for m in mentions] == [2]


_POINT = st.tuples(st.floats(-89.9, 89.9), st.floats(-180, 180))


@given(st.lists(_POINT, max_size=30), _POINT)
def test_nearby_towns_by_grid_are_those_found_by_checking_every_town(towns, point) -> None:
    entries = [SimpleNamespace(index=i, lat=lat, lon=lon) for i, (lat, lon) in enumerate(towns)]
    entry = SimpleNamespace(index=-1, lat=point[0], lon=point[1])
    distances = [haversine_km(entry.lat, entry.lon, t.lat, t.lon) for t in entries]
    expected = 3.0 if any(d < 25 for d in distances) else 1.5 if any(d < 150 for d in distances) else 0.0
    assert _Nearby(entries).closeness(entry, (None,)) == expected  # no chosen town of its own to leave out


def _quietly(text: str, published=None):
    """extract's mentions and the ExtractWarnings it gave."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ExtractWarning)
        mentions = extract(text, published=published)
    return mentions, [str(w.message) for w in caught if issubclass(w.category, ExtractWarning)]


def _killed(mentions) -> list[int]:
    return [m.killed.value for m in mentions if m.killed]


def test_309_digits_before_a_casualty_word_are_no_figure() -> None:
    mentions, _ = _quietly("1" * 309 + " people were killed")
    assert _killed(mentions) == []


@pytest.mark.parametrize("published", ["0001-01-01", date(1, 1, 1), "9999-12-31"])
@pytest.mark.parametrize("when", ["last year", "in December", "yesterday", "last week", "on Monday"])
def test_a_publication_date_at_the_calendars_ends_dates_nothing_relative(published, when: str) -> None:
    [mention] = extract(f"Two people were killed {when}.", published=published)
    assert mention.killed.value == 2


def test_a_decimal_with_a_scale_word_is_its_whole_value_and_beyond_belief() -> None:
    assert parse_number("2.5 billion") == 2_500_000_000
    mentions, said = _quietly("Police said 2.5 billion people were killed.")
    assert _killed(mentions) == []
    assert said and "'2.5 billion people were killed'" in said[0] and "10,000,000" in said[0]


def test_a_fraction_of_a_person_is_no_count() -> None:
    assert parse_number("3.5") is None
    mentions, _ = _quietly("3.5 people were killed.")
    assert _killed(mentions) == []


def test_a_thousand_million_is_a_billion() -> None:
    assert parse_number("thousand million") == 1_000_000_000
    assert parse_number("two million three thousand") == 2_003_000
    mentions, said = _quietly("A thousand million people were killed.")
    assert _killed(mentions) == [] and len(said) == 1


def test_a_phone_number_is_no_range() -> None:
    assert find_quantities("(555) 123-4567") == []
    assert find_quantities("call 555-123-4567 now") == []
    assert [q.high for q in find_quantities("between 100-1000 people")] == [1000]
    mentions, _ = _quietly("Two people were killed. Call (555) 123-4567 killed.")
    assert _killed(mentions) == [2]


@pytest.mark.parametrize("figure", ["1,000,000,000,000", "999,999,999,999,999,999,999", "3,000,000,000", "20 million"])
def test_figures_above_the_plausible_bound_stay_out_of_every_slot_and_are_named(figure: str) -> None:
    mentions, said = _quietly(f"{figure} people were killed and 3 people were injured in Kyiv.")
    assert all(c.value <= PLAUSIBLE_MAX for m in mentions for c in (m.killed, m.injured, m.casualties, m.missing) if c)
    assert [m.injured.value for m in mentions] == [3] and _killed(mentions) == []
    assert len(said) == 1 and figure in said[0]


def test_the_plausible_bound_itself_is_a_count() -> None:
    mentions, said = _quietly("10 million people were killed.")
    assert _killed(mentions) == [PLAUSIBLE_MAX] and said == []


def test_each_sentence_is_asked_for_its_speaker_once(monkeypatch) -> None:
    """A run of "he said" sentences asked the sentences before again for each: exponential. A text said again
    is not asked again: the 60 alike are asked once."""
    calls = []

    def counted(sentence, previous=lambda: None):
        calls.append(sentence)
        return find_speaker(sentence, previous)

    monkeypatch.setattr(pipeline, "find_speaker", counted)
    mentions = extract("The governor said 3 people died. " + "He said two people were killed. " * 60)
    assert sorted(calls) == ["He said two people were killed.", "The governor said 3 people died."]
    assert mentions[0].killed.speaker == "governor" and mentions[-1].killed.speaker == "governor"


def test_a_sentence_takes_its_places_from_an_index_not_the_whole_document() -> None:
    places = [SimpleNamespace(start=s) for s in (40, 5, 90, 60)]
    index = pipeline._PlacesBySentence(places)
    assert [p.start for p in index.within(10, 61)] == [40, 60]
    assert index.within(91, 200) == [] and [p.start for p in index.within(0, 6)] == [5]


def test_a_spent_budget_stops_reading_with_a_warning_and_keeps_what_was_found() -> None:
    ticks = iter(range(1000))
    budget = Budget(1.5, clock=lambda: next(ticks))  # starts at 0 as the 1st sentence asks; spent at the 3rd
    text = "One man was killed in Kyiv. Two men were killed in Lviv. Three men were killed in Odesa."
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ExtractWarning)
        mentions = extract(text, budget=budget)
    assert _killed(mentions) == [1, 2]
    assert "after 2 of 3 sentences" in str(caught[0].message)
    assert _killed(extract(text, budget=Budget.unlimited())) == [1, 2, 3]


def test_resolving_a_run_of_pronouns_reads_each_sentence_a_bounded_number_of_times(monkeypatch) -> None:
    """Each sentence's pronoun is resolved from those already resolved, not by walking the whole run again."""
    reads = []
    said = pipeline._Speakers._said

    def counted(self, index):
        reads.append(index)
        return said(self, index)

    monkeypatch.setattr(pipeline._Speakers, "_said", counted)
    sentences = 300
    mentions = extract("The governor said it. " + "He said two people were killed. " * sentences)
    assert mentions[0].killed.speaker == "governor"
    assert len(reads) <= 3 * (sentences + 1)


def test_a_long_us_text_checks_each_town_against_its_neighbours_not_every_town(monkeypatch) -> None:
    """Session 16's out-of-state check asked, for each candidate town, every town the text names in its
    states: 28,300 distances for 300 towns (94 a town), growing with the square of the towns."""
    from harmledger.bench.extract import _us_towns
    from harmledger.geo import places

    distances = []
    measured = places.distance_km
    monkeypatch.setattr(places, "distance_km", lambda a, b: distances.append(1) or measured(a, b))
    towns = _us_towns(300)
    mentions = extract(" ".join(f"A man was shot in {town} on Friday, {town} police said." for town in towns),
                       published="2024-01-01")
    assert len(mentions) > 50
    assert len(distances) < 20 * len(towns)


def test_a_names_locative_frames_are_looked_for_about_its_writings_not_over_the_whole_text(monkeypatch) -> None:
    """Whether a text writes a name as a place ("shot in Benton", "Benton police") ran one pattern of
    the frames over the whole text for every name asked: a long text dense with towns (the bench's
    "1,500 towns") took time growing with its length times its names. The frames are looked for at
    the name's writings: the characters the patterns are tried over stay near the name's count."""
    import re

    from harmledger.bench.extract import _us_towns
    from harmledger.geo import places

    tried = []

    class Counted:
        def __init__(self, pattern):
            self.pattern = pattern

        def search(self, text, pos=0, endpos=None):
            tried.append((len(text) if endpos is None else endpos) - pos)
            return self.pattern.search(text, pos, len(text) if endpos is None else endpos)

        def match(self, text, pos=0):
            tried.append(len(self.pattern.pattern))
            return self.pattern.match(text, pos)

    counted = SimpleNamespace(**{name: getattr(re, name) for name in ("escape", "compile", "findall")})
    counted.findall = lambda pattern, text: tried.append(len(text)) or re.findall(pattern, text)
    counted.compile = lambda pattern: Counted(re.compile(pattern))
    places._locative_frames.cache_clear()
    monkeypatch.setattr(places, "re", counted)
    text = " ".join(f"A man was shot in {town} on Friday, {town} police said." for town in _us_towns(300))
    try:
        assert places._written_as_place(text, "Benton")
        assert not places._written_as_place(text + " Mr. Smith met Mr. Smith.", "Smith")
    finally:
        places._locative_frames.cache_clear()
    assert sum(tried) < len(text) / 10


@given(_POINT, _POINT, st.sampled_from([25.0, 150.0]))
def test_within_km_says_what_the_distance_says(a, b, km) -> None:
    from harmledger.geo import places

    a, b = SimpleNamespace(lat=a[0], lon=a[1]), SimpleNamespace(lat=b[0], lon=b[1])
    assert places.within_km(a, b, km) == (places.distance_km(a, b) < km)


def test_a_long_us_text_works_out_the_distance_only_to_towns_within_reach_of_latitude(monkeypatch) -> None:
    """The towns a grid gives about a candidate lie in the 27 cubes around it, most of them further
    off in latitude alone than the distance asked: 13 distances a town on the 300 towns, 6 without them."""
    from harmledger.bench.extract import _us_towns
    from harmledger.geo import places

    distances = []
    measured = places.distance_km
    monkeypatch.setattr(places, "distance_km", lambda a, b: distances.append(1) or measured(a, b))
    towns = _us_towns(300)
    extract(" ".join(f"A man was shot in {town} on Friday, {town} police said." for town in towns), published="2024-01-01")
    assert len(distances) < 10 * len(towns)
