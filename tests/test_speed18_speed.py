"""Speed round 18: "X said" tried inside a word only where a role or an article begins there, and the heads of the
patterns that end before a figure found behind the gate of their first letters; the same matches as before."""

from __future__ import annotations

import re

from harmledger.extract import speakers
from harmledger.extract.lookback import LOOK_BACK, Lookback, backward
from speed_fixtures import drawn


def _spoken_at_every_letter(sentence: str) -> list[tuple]:
    """``speakers._spoken`` as it was: the pattern with roles tried at every letter of each role's stretch."""
    roles, roleless = speakers._roleless()
    spoken = speakers._patterns()[1]
    stretches = [(speakers._words_before(sentence, role, speakers.ROLE_WORDS), role) for role in roles.starts(sentence)]
    found, position = [], 0
    while True:
        plain = roleless.search(sentence, position)
        limit = plain.start() if plain else len(sentence)
        match, tried = None, position - 1
        for first, last in stretches:
            for start in range(max(first, tried + 1), min(last, limit) + 1):
                if sentence[start].isalpha() and (match := spoken.match(sentence, start)):
                    break
                tried = start
            if match:
                break
        match = match or plain
        if match is None:
            return found
        found.append((match.span(), match.group("who")))
        position = match.end()


def _spoken(sentence: str) -> list[tuple]:
    return [(match.span(), match.group("who")) for match in speakers._spoken(sentence)]


# words that end in an article ("soothe", "Alabama", "translocal") or hold a role inside them ("xpolice",
# "vicegovernor"), beside names, roles, pronouns and verbs
_INSIDE_WORDS = ["soothe ", "Alabama ", "translocal ", "xpolice ", "vicegovernor ", "bathe", "Sofia ", "Alpha ", "Beta ",
                 "Gamma ", "police ", "Police ", "governor ", "chief ", "of ", "the ", "The ", "a ", "local ", "said",
                 " said ", "told ", "he ", "She ", "they ", ", ", ". ", "and ", "officials ", "Kharkiv ", "\u212aherson ",
                 "\u017fheriff ", "42 ", "'s "]


def test_speakers_inside_words_as_at_every_letter():
    found = 0
    for sentence in drawn(_INSIDE_WORDS, 3000, 16):
        expected = _spoken_at_every_letter(sentence)
        assert _spoken(sentence) == expected, sentence
        found += len(expected)
    assert found > 500


def test_a_speaker_that_begins_with_an_article_inside_a_word():
    """From "soothe" no modifier reaches the role past three names; from its "the" the three are one name."""
    sentence = "We soothe Alpha Beta Gamma police said"
    assert [m.span() for m in speakers._patterns()[1].finditer(sentence)] == [(6, 38)]
    assert _spoken(sentence) == [((6, 38), "the Alpha Beta Gamma police")]


def test_a_speaker_whose_role_begins_inside_a_word():
    """"vicegovernor" holds "governor"; the pattern with roles matches there, not at the word's start."""
    sentence = "The vicegovernor said"
    assert _spoken(sentence) == _spoken_at_every_letter(sentence)
    assert _spoken(sentence)[0][0][1] == len(sentence)


_HEAD_WORDS = ["called ", "Dialled ", "DIAL ", "recall ", "ages ", "age of ", "Ages ", "March ", "mar ", "Kyiv ", "May ",
               "dismay ", "(", "Jr., ", "J. ", "buried ", "laid to rest ", "\u212a", "\u017f", "911 ", "12 ", "2 ", " "]


_HEADS = [(r"\b(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?)", r"\s+", re.IGNORECASE), (r"\bages?", r"\s+of\s+", re.IGNORECASE),
          (r"\b(?:jan(?:uary)?|mar(?:ch)?|may)", r"\s+", re.IGNORECASE), (r"(?:[A-Za-z]\.?\s*,|\()", r"\s*", 0),
          (r"\b(?:buried|laid\s+to\s+rest)", r"\s+(?:the\s+)?", re.IGNORECASE)]


def test_heads_found_behind_their_first_letters_as_without_the_gate():
    found = 0
    for sentence in drawn(_HEAD_WORDS, 600, 14):
        for head, rest, flags in _HEADS:
            pattern = backward(head, rest, flags)
            assert [m.start() for m in pattern.heads.finditer(sentence)] == [
                m.start() for m in re.finditer(f"(?={head})", sentence, flags)], (sentence, head)
            indexed, searched = Lookback(sentence, len(sentence) + 1), Lookback(sentence, 0)
            assert indexed._indexed and not searched._indexed
            for end in range(len(sentence) + 1):
                one, other = indexed.ending_at(pattern, end), searched.ending_at(pattern, end)
                assert (one and one.span()) == (other and other.span()), (sentence, head, end)
                found += one is not None
    assert found > 500


_CITED = ["citing ", "Citing ", "QUOTING ", "c\u0131ting ", "C\u0130TING ", "according to ", "According to ", "local ", "media ",
          "reports", "report ", "police", ", ", ",", " said ", "the group ", "Reuters ", "\u201c", "; "]


def test_sources_cited_blanked_only_where_their_words_are_as_everywhere():
    blanked = 0
    for sentence in drawn(_CITED, 3000, 12):
        expected = speakers._UNSPOKEN.sub(lambda words: " " * len(words.group()), sentence)
        assert speakers._unspoken_blanked(sentence) == expected, sentence
        blanked += expected != sentence
    assert blanked > 200
