"""speed21's shortcuts in finding figures give the very answers of the searches they stand in for.

``find_quantities`` matches its pattern's case-sensitive twin over the lower-cased text and looks for a
phone number only where a phone number's ending is; ``counts`` searches an age bound only where its words are;
``named`` asks for a name's first letter where its first form consumed what stood before the name.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from harmledger.extract.counts import _AGE_BOUND, _AGE_LIST, _after_a_person, _age_lists
from harmledger.extract.lexicon import patterns
from harmledger.text.numbers import _PHONE, _PHONE_END, _pattern, _quantities, find_quantities

_PIECES = ["At least ", "AT LEAST ", "more than ", "No ", "no ", "two", "Twenty-One", "TWO", "one hundred and five",
           "dozens", "Scores", "between 3 and 5 ", "3-5", "12", "1,200", "2.5 million", "(555) ", "123-4567", "555.123.4567",
           " people", " killed", ", ", ". ", "-", "/", ":", "\u0130", "\u017f", "\u212a", "\u00e9t\u00e9 ", "ten (10) "]
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=10).map("".join)


def _read(match: re.Match[str]) -> tuple:
    """A quantity match as ``find_quantities`` reads it: its span and its groups, whose letters it reads case-blind."""
    return match.span(), {name: value and value.lower() for name, value in match.groupdict().items()}


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("AT LEAST TWO people and No 5 were killed")
@example("\u0130ki, two people")  # "İ" lower-cases to two characters: the pattern itself is matched
def test_the_quantities_twin_matches_what_the_pattern_matches(text):
    assert [_read(m) for m in _quantities().finditer(text)] == [_read(m) for m in _pattern().finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXTS)
@example("Call (555) 123-4567 or +1 555.123.4567")
def test_no_phone_number_is_missed_for_want_of_its_ending(text):
    if _PHONE.search(text):
        assert _PHONE_END.search(text)


def test_a_phone_number_is_still_no_quantity():
    assert [q.value for q in find_quantities("Call (555) 123-4567 if you saw the two men.")] == [2]
    assert [q.value for q in find_quantities("AT LEAST TWELVE people were hurt, 3-5 of them badly.")] == [12, 3]


_AGE_PIECES = ["a boy ", "children ", "Two men ", "UNDER ", "under the age of ", "Over ", "older than ", "Younger Than ", "above ",
               "aged ", "ages ", "10", "15 years old", ", ", " and ", "were shot", "\u017f", "\u212a", "\u0130"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_AGE_PIECES), max_size=10).map("".join))
@example("A BOY UNDER 10 and children older than 12 were shot")
def test_an_age_bound_is_searched_wherever_it_may_stand(text):
    lists = [m.span() for m in _AGE_LIST.finditer(text)]
    bounds = [m.span() for m in _AGE_BOUND.finditer(text) if _after_a_person(text, m.start())]
    assert _age_lists(text) == lists + bounds


_NAME_AT = r"(?=[A-ZHhSs])(?<![\w,])"
_NAMED_AS_BEFORE = re.compile(r"(?:^|[^\w,]\s*)" + patterns()["named"].pattern.removeprefix(_NAME_AT))  # its first form
_NAME_PIECES = ["Smith", "John Smith", "He", "he", "She", "she", "Police", "Jones, 33,", "Jr.", ", ", ",", " ", "  ", ". ", "(",
                "was shot", "was not injured", "died", "later died", "suffered gunshot wounds", "and", "Monday", "the"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NAME_PIECES), max_size=10).map("".join))
@example("Police said Smith was shot. He died.")
@example("Smith,He was shot")
@example("(She was shot, John Smith  was shot")
def test_a_named_victim_is_found_where_the_first_form_found_one(text):
    """``named`` asks for a name's first letter where nothing of a word nor a comma stands before it; its first
    form consumed what stood there: the same names, verbs and ends (only where the match begins moved)."""
    def read(match: re.Match[str]) -> tuple:
        return match.start("name"), match.end(), match.groupdict()
    assert patterns()["named"].pattern.startswith(_NAME_AT)
    assert [read(m) for m in patterns()["named"].finditer(text)] == [read(m) for m in _NAMED_AS_BEFORE.finditer(text)]
