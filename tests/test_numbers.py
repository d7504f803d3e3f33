from hypothesis import given, strategies as st

from harmledger.text.numbers import find_quantities, parse_number


def only(text):
    found = find_quantities(text)
    assert len(found) == 1, found
    q = found[0]
    return text[q.start:q.end], q.value, q.qualifier, q.low, q.best, q.high


def test_digits_with_separators():
    assert only("more than 1,000 civilians")[:3] == ("more than 1,000", 1000, "more_than")


def test_number_words_up_to_millions():
    assert parse_number("twenty-one") == 21
    assert parse_number("one hundred and five") == 105
    assert parse_number("two million") == 2_000_000
    assert parse_number("2.5 million") == 2_500_000


def test_counting_conventions_of_the_design():
    assert only("at least 16")[2:] == ("at_least", 16, 16, None)
    assert only("more than 59")[2:] == ("more_than", 60, 60, None)
    assert only("over 59")[2:] == ("more_than", 60, 60, None)
    assert only("about 600")[2:] == ("about", None, 600, None)
    assert only("nearly 600")[2:] == ("about", None, 600, None)
    assert only("up to 10")[2:] == ("up_to", None, 10, 10)
    assert only("between 5 and 10")[2:] == ("range", 5, 5, 10)
    assert only("Dozens of")[1:] == (24, "vague", 24, 24, None)
    assert only("a dozen")[1:] == (12, "about", None, 12, None)
    assert only("several")[1:3] == (3, "vague")
    assert only("hundreds")[1:3] == (200, "vague")


def test_hyphenated_word_is_one_number_not_a_range():
    assert only("twenty-one dead")[1:3] == (21, "exact")


def test_no_one_is_not_one():
    assert [q.value for q in find_quantities("no one was hurt")] == []


@given(st.integers(min_value=0, max_value=10_000_000))
def test_digits_round_trip(n):
    assert parse_number(f"{n:,}") == n


def test_a_number_glued_after_a_hyphen_is_part_of_a_name():
    assert [q.value for q in find_quantities("a 7-Eleven clerk")] == [7]
    assert find_quantities("COVID-19 patients") == []
