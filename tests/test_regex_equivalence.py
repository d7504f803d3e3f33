"""The faster forms of extract's patterns match exactly what the plain forms did.

``text.regex.choice`` factors words that share a beginning, ``extract.lookback`` tries
a pattern that ends before a quantity only where its head may begin, and ``CaselessSearch``
searches the lower-cased text case-sensitively; each promises the very matches (or answer)
of the flat alternation, the window search or the case-insensitive search it replaced.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings, strategies as st

from harmledger.extract import speakers
from harmledger.extract.lexicon import patterns
from harmledger.extract.lookback import LOOK_BACK, Backward, Lookback, backward
from harmledger.text.literals import GatedPattern, LiteralScan
from harmledger.text.regex import CaselessSearch, choice

_WORDS = st.lists(st.text(alphabet="abcAB -.", min_size=0, max_size=5), min_size=1, max_size=8)
_TEXT = st.text(alphabet="abcAB -.\n", max_size=40)


def _flat(items: list[str], literal: bool, flexible_spaces: bool) -> str:
    """The alternation as ``choice`` wrote it before it factored words."""
    out = [re.escape(i) if literal else i for i in sorted(items, key=len, reverse=True)]
    if flexible_spaces:
        out = [i.replace(r"\ " if literal else " ", r"\s+") for i in out]
    return "|".join(out)


@settings(max_examples=300, deadline=None)
@given(_WORDS, _TEXT, st.booleans(), st.booleans(), st.booleans())
def test_a_factored_choice_matches_what_the_flat_one_did(words, text, flexible_spaces, ignore_case, wrapped):
    flags = re.IGNORECASE if ignore_case else 0
    tail = r"(?:\s*b|\.)" if wrapped else ""  # something after the choice, so that a shorter word may be taken
    factored = re.compile(f"(?:{choice(words, flexible_spaces=flexible_spaces)}){tail}", flags)
    flat = re.compile(f"(?:{_flat(words, True, flexible_spaces)}){tail}", flags)
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert [bool(factored.match(text, i)) for i in range(len(text))] == [bool(flat.match(text, i)) for i in range(len(text))]


def _span(pattern: str, text: str) -> tuple[int, int] | None:
    match = re.match(f"(?:{pattern})", text, re.IGNORECASE)
    return match and match.span()


def test_regex_fragments_keep_their_place_in_the_choice():
    """A fragment may begin with any character: no word moves past it to join an earlier branch."""
    fragments = ["child", "ch(?:i|a)ld", "children", "x y", "chain"]
    for flexible_spaces in (False, True):
        factored, flat = choice(fragments, literal=False, flexible_spaces=flexible_spaces), _flat(fragments, False, flexible_spaces)
        for text in ("children", "chald", "chain", "x  y", "x y"):
            assert _span(factored, text) == _span(flat, text)


_HEADS = [backward(r"\b(?:ab|a)", r"\s+(?:b\s+)?"), backward(r"(?:[A-Za-z]\s*,|\()", r"\s*"),
          backward(r"\b(?:a|b)", r"[ab ]{0,3}?\s+", re.IGNORECASE)]


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="abAB ,(\n", max_size=LOOK_BACK + 60), st.integers(0, 400))
def test_a_lookback_finds_what_a_window_search_did(sentence, quantities):
    before = Lookback(sentence, quantities)
    for pattern in _HEADS:
        for end in range(len(sentence) + 1):
            found, searched = before.ending_at(pattern, end), pattern.whole.search(sentence, max(0, end - LOOK_BACK), end)
            assert (found and (found.span(), found.groups())) == (searched and (searched.span(), searched.groups()))


def test_the_casualty_lookbacks_are_lookbacks():
    assert all(isinstance(patterns()[name], Backward) for name in ("active_before", "toll_before", "toll_after_before", "companion"))


# The characters where lower-casing and re.IGNORECASE part ways ("İ", "ı", "ſ", the Kelvin sign),
# accented capitals that do not, and the ASCII letters they fold with
_CASED = st.text(alphabet="kiKsISaA ’-é\u00c9\u0130\u0131\u017f\u212a", max_size=12)


@settings(max_examples=300, deadline=None)
@given(_CASED, st.sampled_from(["kis", r"\bski\b", r"(?:a|ki)s|s(?<=\bs)\b", r"[a-k]i", r"[^a-z]s", "’s", r"é", r"(?-i:ki)", "Ki", r"\S\s", r"(?P<K>\w)\B"]))
def test_a_caseless_search_answers_as_the_case_insensitive_search(text, pattern):
    assert CaselessSearch(pattern).search(text) == bool(re.search(pattern, text, re.IGNORECASE))


def test_a_caseless_search_searches_lower_cased_text_only_where_that_is_the_same():
    assert CaselessSearch(r"killed|hit(?<=\bhit)\b")._lowered is not None
    assert CaselessSearch(r"(?P<Killed>\S+ killed)\B")._lowered is not None  # a group's name, "not a space"
    assert CaselessSearch(r"Killed")._lowered.pattern == "killed"  # a capital, lower-cased (``lower_case_twin``)
    for pattern in (r"(?-i:killed)", r"\x4b", r"k\u0130", r"(k)\1", r"\é"):  # a capital, written by code
        assert CaselessSearch(pattern)._lowered is None


_SPEECH = st.lists(st.sampled_from(["the", "a", "local", "police", "officials", "said", "He", "they", "spokesman", "Governor",
                                    "of", "Kharkiv", "regional", "military", "administration", "told", "also", "xpolice",
                                    "office's", "ministry", "according", "to", "O'Neil", ",", "\n", "  "]), max_size=16)


@settings(max_examples=300, deadline=None)
@given(_SPEECH)
def test_speakers_find_what_the_whole_pattern_finds(words):
    """``speakers._spoken`` tries roles only in the ``ROLE_WORDS`` words before one: the same speakers as the whole
    pattern, each ending where it ends; a phrase of more words before its role ("the Kharkiv local local local police
    said", 1 of 4,725 sentences of 400 GVA dev articles) begins at the fourth word (trying every word before a role
    cost about a tenth of extract's time)."""
    sentence = " ".join(words)
    whole = list(speakers._patterns()[1].finditer(sentence))
    found = list(speakers._spoken(sentence))
    assert [m.end() for m in found] == [m.end() for m in whole]
    assert all(m.start() >= w.start() for m, w in zip(found, whole))


def test_a_speaker_of_more_words_before_its_role_begins_at_the_fourth():
    sentence = "the Kharkiv local local local police said"
    assert [m.span() for m in speakers._patterns()[1].finditer(sentence)] == [(0, 41)]
    assert [m.span() for m in speakers._spoken(sentence)] == [(4, 41)]


# Choices whose branches overlap, share starts, need literals, test around themselves and name groups
_CHOICES = [
    r"\b(?:(?P<x>abc|ab)|(?P<y>b\s+abc|bca))\b",
    r"(?<!c\s)(?:aab|(?-i:Ca)b|a+b?|ba)(?=\s|$)",
    r"(?:cab(?=a)|(?:abc|cab)a|c\w*?abc)",
    r"\b(?=[abs])(?:(?P<killed>SAB\s+a|sab)|(?P<shot>ab(?:c|\s)ab)|abc)",
    r"(?:a(?:sab)?bc|Ca)",
]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "ab", "Ca", "Sab", "\u017fab", " "]), max_size=6).map("".join),
       st.sampled_from(_CHOICES), st.booleans())
@example("xcaba", _CHOICES[2], False)  # two alternatives from one place: the first listed wins
@example("Sab a", _CHOICES[3], True)  # a capital literal, compared lower-cased
@example("\u017fab a", _CHOICES[3], True)  # "ſ" is "s" to IGNORECASE alone
@example("abc", _CHOICES[4], False)  # an optional literal is no need
def test_a_gated_pattern_finds_what_the_pattern_finds(text, pattern, ignore_case):
    """Only the alternatives whose literals the text holds are tried: the same matches, groups and all."""
    compiled = re.compile(pattern, re.IGNORECASE if ignore_case else 0)
    gated = GatedPattern(compiled)
    present = LiteralScan(gated.literals).present(text)
    assert [_found(m) for m in gated.finditer(text, present)] == [_found(m) for m in compiled.finditer(text)]


def _found(match: re.Match[str]) -> tuple:
    return match.span(), match.groupdict(), match.lastgroup, match.re.groupindex


def test_a_pattern_is_split_into_its_alternatives_with_their_literals():
    gated = GatedPattern(re.compile(r"\b(?:(?P<killed>died|passed\s+away)|(?P<shot>shot\s+(?:him|her)self))\b", re.IGNORECASE))
    assert len(gated._alternatives) == 3
    assert [gate.clauses for _, gate in gated._alternatives] == [[{"died"}], [{"passed"}, {"away"}], [{"shot"}, {"himself", "herself"}]]
    present = LiteralScan(gated.literals).present("A man who was SHOT later DIED.")
    assert present == {"shot", "died"}
    assert [m.group("killed") for m in gated.finditer("A man who was SHOT later DIED.", present)] == ["DIED"]
    assert LiteralScan(gated.literals).present("\u017fhot") is None  # "ſ" is an "s" only to IGNORECASE


def test_the_literals_of_a_factored_choice_are_read_whole():
    """``choice`` shares first letters ("d(?:ie(?:d|s)|eclared\\s+dead)"): each word is still a literal."""
    words = choice(["died", "dies", "declared dead"], flexible_spaces=True)
    gated = GatedPattern(re.compile(rf"\b(?:{words})\b", re.IGNORECASE))
    assert [gate.clauses for _, gate in gated._alternatives] == [[{"died", "dies", "declared"}]]


def test_a_choice_that_may_match_empty_text_is_tried_whole():
    pattern = re.compile(r"\b(?:killed|x*)", re.IGNORECASE)
    gated = GatedPattern(pattern)
    text = "Two were KILLED."
    assert len(gated._alternatives) == 1
    assert [m.span() for m in gated.finditer(text, LiteralScan(gated.literals).present(text))] == [m.span() for m in pattern.finditer(text)]
